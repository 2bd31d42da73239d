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
