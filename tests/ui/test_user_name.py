"""Who changes are recorded as (issue 14: "who — the user name given at first run or the server user"):
the name typed in the welcome or in Settings is the audit trail's "who", the row's changed_by and the
default author of a shared file; empty, the computer's login name is used."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app.services import exchange
from app.services.settings import Settings, load_settings, login_name, save_settings
from app.ui.application import show_first_run
from app.ui.exchange_dialogs import ShareDialog
from app.ui.help import FirstRunDialog, SettingsDialog
from app.ui.history_dialog import HistoryDialog
from tests.ui.helpers import add_assessment, make_controller, make_window


def who_of_trail(controller, aid: int) -> list[str]:
    return [e.who for e in controller.ws.repo.audit_entries(aid)]


def test_the_name_given_at_first_run_is_recorded_in_the_history(qtbot, tmp_path: Path, data_home: Path) -> None:
    controller = make_controller(tmp_path / "a.sqlite")
    aid = add_assessment(controller)
    assert controller.ws.user == login_name()  # nothing given yet: the login name
    window = make_window(qtbot, controller, Settings(first_run_done=False))
    filled: list[bool] = []

    def fill() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, FirstRunDialog) and w.isVisible())
        dialog.identity.name.setText("  Amina   Benali ")
        dialog.identity.institution.setText("Ministère de la Justice")
        filled.append(True)
        dialog.accept()

    QTimer.singleShot(100, fill)
    show_first_run(window)
    assert filled
    saved = json.loads((data_home / "settings.json").read_text(encoding="utf-8"))
    assert (saved["user_name"], saved["institution"]) == ("Amina Benali", "Ministère de la Justice")

    window.open_assessment(aid)
    page = window.page.questions
    page.show_question("III.A-01")
    controller.set_answer("III.A-01", value="partially")
    assert who_of_trail(controller, aid)[-1] == "Amina Benali"
    assert controller.ws.stored_answer(aid, "III.A-01").changed_by == "Amina Benali"
    dialog = HistoryDialog("III.A-01", controller.history("III.A-01"))
    qtbot.addWidget(dialog)
    assert dialog.table.item(0, 1).text() == "Amina Benali"
    assert who_of_trail(controller, aid)[0] == login_name()  # what was done before keeps its author

    # the share dialog offers the name and the institution given
    share = ShareDialog(controller, aid)
    qtbot.addWidget(share)
    assert (share.author.text(), share.institution.text()) == ("Amina Benali", "Ministère de la Justice")
    window.close()
    controller.ws.close()


def test_the_name_changed_in_settings_applies_to_the_next_change(qtbot, tmp_path: Path, monkeypatch) -> None:
    controller = make_controller(tmp_path / "a.sqlite")
    aid = add_assessment(controller)
    window = make_window(qtbot, controller)
    window.open_assessment(aid)

    def fill() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, SettingsDialog) and w.isVisible())
        dialog.identity.name.setText("Bruno Diallo")
        dialog.accept()

    QTimer.singleShot(100, fill)
    window.open_settings()
    assert load_settings().user_name == "Bruno Diallo"
    controller.set_answer("V-01", value="not")
    assert who_of_trail(controller, aid)[-1] == "Bruno Diallo"

    def clear() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, SettingsDialog) and w.isVisible())
        assert dialog.identity.name.placeholderText() == login_name()  # what an empty name stands for
        dialog.identity.name.clear()
        dialog.accept()

    QTimer.singleShot(100, clear)
    window.open_settings()
    controller.set_answer("V-01", value="fully")
    assert who_of_trail(controller, aid)[-1] == login_name()
    window.close()
    controller.ws.close()


def test_a_workspace_opened_later_uses_the_saved_name_and_shares_under_it(tmp_path: Path) -> None:
    save_settings(Settings(first_run_done=True, user_name="Chloé Martin", institution="UNICEF"))
    controller = make_controller(tmp_path / "a.sqlite")
    aid = add_assessment(controller)
    assert who_of_trail(controller, aid) == ["Chloé Martin"]
    shared = exchange.share(controller.ws, aid, tmp_path / "x.opsc")
    assert exchange.read_exchange(controller.ws, shared.path).manifest.written_by == "Chloé Martin"
    controller.ws.close()


def test_a_hand_damaged_name_in_the_settings_is_tidied(data_home: Path) -> None:
    data_home.mkdir(parents=True, exist_ok=True)
    (data_home / "settings.json").write_text(json.dumps({"user_name": "a\nb" + "x" * 500, "institution": 7}),
                                             encoding="utf-8")
    s = load_settings()
    assert s.user_name.startswith("a b") and len(s.user_name) == 200
    assert s.institution == ""
