"""The questionnaire walk: keys 1-6, Page Down, N/A needs a reason, texts in the interface language."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.domain.answers import AnswerValue, Confidence
from app.domain.questionnaire import Text
from tests.ui.helpers import add_assessment, make_controller, make_window, set_language


@pytest.fixture(autouse=True)
def english():
    set_language("en")
    yield
    set_language("en")


@pytest.fixture
def window(qtbot, tmp_path: Path):
    controller = make_controller(tmp_path / "a.sqlite")
    aid = add_assessment(controller)
    w = make_window(qtbot, controller)
    w.open_assessment(aid)
    yield w
    w.close()
    controller.ws.close()


def test_opening_shows_the_first_question_with_its_references(window) -> None:
    page = window.page.questions
    assert page.qid == "III.A-01"
    assert page.text.text() == "Question III.A-01?"
    assert "¶14" in page.references.text() and "OPSC art. 3" in page.references.text()
    assert "must" in page.references.text() and "3" in page.references.text()
    assert page.guidance.toPlainText().startswith("Guidance for III.A-01.")
    assert "1 of 3" in page.position.text()
    assert page.untranslated.isHidden()
    assert "asked by this question" in page.law_label.text()  # III.A-01 asks for the law


def test_keys_answer_and_page_down_moves_on_across_sections(window, qtbot) -> None:
    page, c = window.page.questions, window.controller
    QTest.keyClick(page.radios[AnswerValue.FULLY], Qt.Key.Key_2)
    assert c.answer("III.A-01").value is AnswerValue.LARGELY
    assert page.radios[AnswerValue.LARGELY].isChecked()
    for expected in ("III.A-02", "III.A-03", "III.B-01"):  # past the last question of III.A into III.B
        QTest.keyClick(page.radios[AnswerValue.FULLY], Qt.Key.Key_PageDown)
        assert page.qid == expected
    assert window.page.tree.currentItem() is window.page.tree.items["III.B"]
    QTest.keyClick(page.radios[AnswerValue.FULLY], Qt.Key.Key_PageUp)
    assert page.qid == "III.A-03"
    QTest.keyClick(page.radios[AnswerValue.FULLY], Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert page.qid == "III.B-01"


def test_digit_keys_type_into_text_boxes_but_alt_digit_answers(window) -> None:
    page, c = window.page.questions, window.controller
    page.comment.setFocus()
    QTest.keyClick(page.comment, Qt.Key.Key_3)
    assert page.comment.toPlainText() == "3"
    assert c.answer("III.A-01") is None or c.answer("III.A-01").value is None
    QTest.keyClick(page.comment, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
    assert c.answer("III.A-01").value is AnswerValue.NOT
    assert c.answer("III.A-01").comment == "3"  # the pending text was saved with the choice
    assert page.comment.toPlainText() == "3"


def test_not_applicable_asks_for_a_reason_and_counts_as_unanswered_until_given(window, qtbot) -> None:
    page, c = window.page.questions, window.controller
    assert page.na_frame.isHidden()
    QTest.keyClick(page.radios[AnswerValue.FULLY], Qt.Key.Key_5)
    assert c.answer("III.A-01").value is AnswerValue.NA
    assert page.na_frame.isVisible() and page.na_warning.isVisible()
    assert page.na_reason.hasFocus()
    assert window.page.tree.items["III.A"].text(1) == "0/3"
    QTest.keyClicks(page.na_reason, "No such offence")
    assert page.na_warning.isHidden()
    qtbot.waitUntil(lambda: c.answer("III.A-01").na_reason == "No such offence")
    # the one progress rule: answered on the scale, out of applicable questions (N/A with a reason leaves)
    assert window.page.tree.items["III.A"].text(1) == "0/2"
    QTest.keyClick(page.radios[AnswerValue.FULLY], Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert page.na_frame.isHidden()


def test_confidence_and_clear_answer_save_at_once(window) -> None:
    page, c = window.page.questions, window.controller
    QTest.keyClick(page.radios[AnswerValue.FULLY], Qt.Key.Key_1)
    page.confidence.setCurrentIndex(page.confidence.findData("verified"))
    page.confidence.activated.emit(page.confidence.currentIndex())
    assert c.answer("III.A-01").confidence is Confidence.VERIFIED
    page.clear_button.click()
    assert c.answer("III.A-01").value is None
    assert not any(r.isChecked() for r in page.radios.values())


def test_tree_section_click_opens_its_first_question(window) -> None:
    tree = window.page.tree
    tree.itemClicked.emit(tree.items["V"], 0)
    assert window.page.questions.qid == "V-01"
    assert tree.items["V"].text(1) == "0/2"


def test_french_and_arabic_content_and_the_missing_translation_mark(window, qtbot) -> None:
    c = window.controller
    set_language("fr")
    window.page.questions.show_question("III.A-02")
    assert window.page.questions.text.text() == "Question III.A-02? (fr) é"
    assert window.page.questions.untranslated.isHidden()
    # a question with no French text falls back to English, marked as such
    q = c.questionnaire.question("III.A-03")
    object.__setattr__(q, "text", Text({"en": "Only in English?"}))
    window.page.questions.show_question("III.A-03")
    assert window.page.questions.text.text() == "Only in English?"
    assert window.page.questions.untranslated.isVisible()
    set_language("ar")
    window.page.questions.show_question("V-01")
    assert window.page.questions.text.text() == "نص Question V-01?"
    assert window.isRightToLeft()


def test_every_input_has_an_accessible_name(window) -> None:
    page = window.page.questions
    widgets = [*page.radios.values(), page.na_reason, page.legal_provision, page.confidence, page.evidence,
               page.comment, page.prev_button, page.next_button, page.clear_button, window.page.tree]
    assert all(w.accessibleName() for w in widgets)
