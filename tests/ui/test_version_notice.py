"""The notice above an assessment when the questionnaire changed: wording (dismissed for good) or meaning."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from app.domain.answers import AnswerValue
from app.services.workspace import Workspace
from app.storage import open_database
from app.ui import i18n
from app.ui.controller import Controller
from app.ui.section_tree import AssessmentPage
from tests.factories import make_questionnaire
from tests.services.test_versions import version_2


def page_for(qtbot, path, questionnaire, aid):
    c = Controller(Workspace(open_database(path), questionnaire))
    page = AssessmentPage(c)
    qtbot.addWidget(page)
    page.show()
    c.open(aid)
    page.load(aid)
    return c, page


def test_wording_notice_is_cleared_and_meaning_notice_lists_the_questions(qtbot, qapp, tmp_path):
    i18n.apply_language(qapp, "en")
    q1, path = make_questionnaire(), tmp_path / "a.sqlite"
    ws = Workspace(open_database(path), q1)
    aid = ws.create_assessment("Review", "MA")
    ws.set_answer(aid, "V-02", value=AnswerValue.LARGELY)
    ws.close()

    c, page = page_for(qtbot, path, q1, aid)
    assert page.banner.isHidden()
    c.ws.close()

    c, page = page_for(qtbot, path, replace(q1, content_hash="sha256:typo-fixed"), aid)
    assert page.banner.isVisible() and "No question changed meaning" in page.banner.text()
    assert page.version_button.isVisible()
    qtbot.mouseClick(page.version_button, Qt.MouseButton.LeftButton)
    assert page.banner.isHidden()
    c.ws.close()
    c, page = page_for(qtbot, path, replace(q1, content_hash="sha256:typo-fixed"), aid)
    assert page.banner.isHidden()  # cleared for good
    c.ws.close()

    c, page = page_for(qtbot, path, version_2(q1), aid)
    text = page.banner.text()
    assert page.banner.isVisible() and "changed in meaning" in text
    assert "answered against test-q 1.0, scored with test-q 2.0" in text and "(2): V-02, III.A-03" in text
    c.ws.close()


def test_upgrade_from_the_window_then_review_and_follow_up(qtbot, qapp, tmp_path):
    i18n.apply_language(qapp, "en")
    q1, path = make_questionnaire(), tmp_path / "a.sqlite"
    ws = Workspace(open_database(path), q1)
    aid = ws.create_assessment("Review", "MA")
    ws.set_answer(aid, "V-02", value=AnswerValue.LARGELY)
    ws.set_answer(aid, "III.A-03", value=AnswerValue.NOT)
    ws.close()
    c, page = page_for(qtbot, path, version_2(q1), aid)
    assert page.version_button.isVisible() and page.version_button.text() == "&Upgrade…"
    page.upgrade(aid, confirm=False)
    assert page.banner.isHidden()  # now answered against the version in use
    qp = page.questions
    assert qp.qid == "V-02" and qp.review_frame.isVisibleTo(page)  # opens at the answer to review
    assert page.tree.items["V"].text(1) == "1/2 ⚑"
    assert "To review after a questionnaire update: 1" in page.tree.items["V"].toolTip(1)
    qtbot.mouseClick(qp.review_button, Qt.MouseButton.LeftButton)
    assert qp.review_frame.isHidden() and not c.answer("V-02").to_review
    assert page.tree.items["V"].text(1) == "1/2"
    # don't know: the institution to ask goes on the follow-up list
    page.go_to_question("III.B-02")
    qp.choose(AnswerValue.DONT_KNOW)
    assert qp.dont_know_frame.isVisibleTo(page)
    qp.institution.setText("Ministère de l'Intérieur")
    assert qp.flush() or qp.has_pending()
    qtbot.waitUntil(lambda: c.answer("III.B-02").institution == "Ministère de l'Intérieur")
    page.results_view.refresh()
    t = page.results_view.dont_know_table
    assert t.rowCount() == 1 and t.item(0, 1).text() == "III.B-02" and t.item(0, 3).text() == "Ministère de l'Intérieur"
    c.ws.close()
