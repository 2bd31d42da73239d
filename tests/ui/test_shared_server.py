"""Working together: an answer someone else saved is never overwritten unseen (both engines behave the
same; the window is tested on a SQLite file shared by two sessions), and File → Connect to a server…
on a real PostgreSQL server, with the password never stored."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.domain.answers import AnswerValue
from app.services.settings import Settings
from app.ui import application, conflict_dialog
from app.ui.conflict_dialog import ConflictDialog
from tests.pg_server import ADMIN, ADMIN_PASSWORD
from tests.ui.helpers import add_assessment, make_controller, make_window, make_workspace, set_language


@pytest.fixture(autouse=True)
def english():
    set_language("en")
    yield
    set_language("en")


@pytest.fixture
def two(qtbot, tmp_path: Path):
    """My window on an assessment at question III.A-01, and a colleague's session on the same database."""
    controller = make_controller(tmp_path / "shared.sqlite")
    aid = add_assessment(controller)
    window = make_window(qtbot, controller)
    window.open_assessment(aid)
    colleague = make_workspace(tmp_path / "shared.sqlite")
    colleague.db.user = "amina"  # a second person (on a server: their own database login)
    colleague.repo.db.user = "amina"
    yield window, colleague, aid
    window.close()
    colleague.close()
    controller.ws.close()


def _their_save(colleague, aid: int, **values) -> None:
    stored = colleague.stored_answer(aid, "III.A-01")
    colleague.set_answer(aid, "III.A-01", stored.version if stored else 0, **values)


def test_a_conflict_shows_their_version_and_keeping_mine_replaces_it(two, monkeypatch, tmp_path) -> None:
    window, colleague, aid = two
    page = window.page.questions
    assert page.qid == "III.A-01"
    _their_save(colleague, aid, value="fully", comment="Penal code art. 227, checked with the ministry")
    seen: list[ConflictDialog] = []

    def choose_mine(dialog: ConflictDialog) -> int:
        dialog.show()
        dialog.grab().save(str(tmp_path / "conflict.png"))
        seen.append(dialog)
        return ConflictDialog.KEEP_MINE

    monkeypatch.setattr(conflict_dialog, "ask", choose_mine)
    page.choose(AnswerValue.NOT)  # saved at once, against the version I loaded (none)
    [dialog] = seen
    texts = " ".join(w.text() for w in dialog.findChildren(type(dialog.intro)))
    assert "amina" in dialog.intro.text()
    assert "Penal code art. 227, checked with the ministry" in texts  # their version, before mine replaces it
    assert "Fully" in texts and "Not" in texts and "value" in dialog.differing and "comment" in dialog.differing
    stored = colleague.stored_answer(aid, "III.A-01")
    assert stored.answer.value is AnswerValue.NOT and stored.answer.comment == ""  # all of mine, as on screen
    assert stored.version == 2 and stored.changed_by == window.controller.ws.user
    assert not page.has_pending()


def test_keeping_their_version_drops_mine_and_shows_theirs(two, monkeypatch) -> None:
    window, colleague, aid = two
    page = window.page.questions
    _their_save(colleague, aid, value="largely", comment="theirs")
    monkeypatch.setattr(conflict_dialog, "ask", lambda d: ConflictDialog.KEEP_THEIRS)
    page.comment.setPlainText("mine, typed while they saved")
    assert page.flush()
    assert page.comment.toPlainText() == "theirs" and page.radios[AnswerValue.LARGELY].isChecked()
    stored = colleague.stored_answer(aid, "III.A-01")
    assert (stored.answer.comment, stored.version) == ("theirs", 1)
    page.choose(AnswerValue.FULLY)  # from their version on, my saves go through without a question
    assert colleague.stored_answer(aid, "III.A-01").answer.value is AnswerValue.FULLY


def test_my_own_saves_never_conflict_with_themselves(two, monkeypatch) -> None:
    window, _colleague, _aid = two
    page = window.page.questions
    monkeypatch.setattr(conflict_dialog, "ask", lambda d: pytest.fail("no conflict expected"))
    for value in (AnswerValue.FULLY, AnswerValue.NOT, AnswerValue.PARTIALLY):
        page.choose(value)
    page.comment.setPlainText("a comment")
    assert page.flush()
    assert window.controller.stored_answer("III.A-01").version == 4


def test_connect_to_a_server_asks_the_password_each_time_and_never_stores_it(qtbot, pg_server, pg_url,
                                                                              monkeypatch, tmp_path) -> None:
    controller = make_controller(tmp_path / "local.sqlite")
    settings = Settings(first_run_done=True)
    window = make_window(qtbot, controller, settings)
    schema = pg_url.split("search_path%3D")[1]
    attempts: list[str] = []

    def fill(dialog) -> int:
        attempts.append(dialog.message.text())
        dialog.host.setText("127.0.0.1")
        dialog.port.setValue(pg_server.port)
        dialog.database.setText("opsc_tests")
        dialog.user.setText(ADMIN)
        dialog.password.setText("wrong" if len(attempts) == 1 else ADMIN_PASSWORD)
        dialog.grab().save(str(tmp_path / f"connect{len(attempts)}.png"))
        return int(dialog.DialogCode.Accepted)

    monkeypatch.setenv("PGOPTIONS", f"-csearch_path={schema}")  # this test's own schema on the shared server
    monkeypatch.setattr(application, "run_dialog", fill)
    window.connect_to_server()
    assert attempts[0] == "" and "did not accept" in attempts[1]  # a wrong password: told, asked again
    assert window.controller.file is None and window.controller.ws.user == ADMIN
    assert window.file_label.text() == f"Server: {ADMIN}@127.0.0.1/opsc_tests"
    aid = add_assessment(window.controller, "Shared review", "SN")
    assert [s.title for s in window.controller.assessments()] == ["Shared review"] and aid == 1
    saved = json.loads((Path(tmp_path / "opsc-home" / "settings.json")).read_text(encoding="utf-8"))
    assert saved["last_database"].startswith("postgresql+psycopg://") and ADMIN_PASSWORD not in json.dumps(saved)
    assert "sslmode=require" in saved["last_database"]
    window.close()
    window.controller.close_database()
