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


def _to_review_shown(window, colleague, aid: int):
    """III.A-01 answered before a questionnaire upgrade and waiting to be reviewed, as my window shows it."""
    colleague.set_answer(aid, "III.A-01", 0, value="largely", comment="before the upgrade", to_review=True)
    page = window.page.questions
    page.show_question("III.A-02")
    page.show_question("III.A-01")
    assert page.review_frame.isVisibleTo(window) and page._version == 1
    return page


def test_mark_as_reviewed_is_saved_against_the_version_shown(two, monkeypatch) -> None:
    """Someone changed the answer after I opened it: marking it reviewed shows their version first."""
    window, colleague, aid = two
    page = _to_review_shown(window, colleague, aid)
    _their_save(colleague, aid, comment="rewritten by amina")  # a comment only: still to review
    seen: list[ConflictDialog] = []

    def keep_theirs(dialog: ConflictDialog) -> int:
        seen.append(dialog)
        return ConflictDialog.KEEP_THEIRS

    monkeypatch.setattr(conflict_dialog, "ask", keep_theirs)
    page.mark_reviewed()
    assert len(seen) == 1 and "amina" in seen[0].intro.text()
    stored = colleague.stored_answer(aid, "III.A-01")
    assert (stored.answer.comment, stored.answer.to_review, stored.version) == ("rewritten by amina", True, 2)
    assert page.comment.toPlainText() == "rewritten by amina" and page.review_frame.isVisibleTo(window)
    # now that I have seen their version, marking it reviewed goes through without a question
    monkeypatch.setattr(conflict_dialog, "ask", lambda d: pytest.fail("no conflict expected"))
    page.mark_reviewed()
    stored = colleague.stored_answer(aid, "III.A-01")
    assert (stored.answer.to_review, stored.answer.comment, stored.version) == (False, "rewritten by amina", 3)
    assert page.review_frame.isHidden() and not page.has_pending()


def test_mark_as_reviewed_keeping_mine_replaces_theirs_reviewed(two, monkeypatch) -> None:
    window, colleague, aid = two
    page = _to_review_shown(window, colleague, aid)
    _their_save(colleague, aid, comment="rewritten by amina")
    monkeypatch.setattr(conflict_dialog, "ask", lambda d: ConflictDialog.KEEP_MINE)
    page.mark_reviewed()
    stored = colleague.stored_answer(aid, "III.A-01")
    assert (stored.answer.comment, stored.answer.value, stored.answer.to_review) == (
        "before the upgrade", AnswerValue.LARGELY, False)
    assert stored.version == 3 and page.review_frame.isHidden()


def test_an_action_someone_changed_meanwhile_is_not_overwritten_and_i_am_told(two, qtbot) -> None:
    from PySide6.QtCore import Qt

    from app.ui.action_dialog import ActionDialog

    window, colleague, aid = two
    controller = window.controller
    controller.add_action("III.A-01", description="Train judges", budget=1000.0)
    [shown] = controller.actions()
    dialog = ActionDialog(controller, action=shown)
    qtbot.addWidget(dialog)
    dialog.show()
    colleague.update_action(shown.id, shown.version, budget=2500.0)  # amina, while my dialog is open
    dialog.description.setPlainText("Train judges and prosecutors")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.change is None  # not saved, still on screen with what I typed
    assert "amina changed this action" in dialog.error.text() and not dialog.error.isHidden()
    assert dialog.description.toPlainText() == "Train judges and prosecutors"
    [stored] = colleague.actions(aid)
    assert (stored.description, stored.budget) == ("Train judges", 2500.0)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # told, I save again: mine replaces theirs
    assert dialog.change is not None and not dialog.isVisible()
    [stored] = colleague.actions(aid)
    assert (stored.description, stored.version) == ("Train judges and prosecutors", 3)


def test_details_someone_changed_meanwhile_are_not_overwritten_and_i_am_told(two, monkeypatch, tmp_path) -> None:
    from app.ui.assessment_dialogs import AssessmentDialog

    window, colleague, aid = two
    notices: list[str] = []

    def fill(self: AssessmentDialog) -> int:
        if not notices:  # the first time: amina saves while I type
            colleague.update_assessment(aid, colleague.info(aid).version, executive_summary="Hers")
            assert self.report is not None
            self.report.limitations.setPlainText("Mine")
        notices.append(self.notice.text())
        if len(notices) == 2:
            self.grab().save(str(tmp_path / "details-conflict.png"))
        return int(AssessmentDialog.DialogCode.Accepted)

    monkeypatch.setattr(AssessmentDialog, "exec", fill)
    window.list_page.select(aid)
    window.list_page.edit_selected()
    assert notices[0] == "" and "amina changed the details of this assessment" in notices[1]
    assert len(notices) == 2  # shown again with my text and the notice; saved the second time
    info = colleague.info(aid)
    assert info.limitations == "Mine" and info.executive_summary == ""  # all of mine, as on screen


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
