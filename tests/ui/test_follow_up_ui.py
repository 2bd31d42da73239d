"""Follow-up reviews in the window, over a real SQLite file: start one from the list, see the answers
carried over (question page, tree, progress, results list), confirm one with Ctrl+K, change another."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from app.domain.answers import AnswerValue
from app.ui import i18n
from app.ui.follow_up import CARRIED_MARK, FollowUpDialog
from tests.factories import sample_answers
from tests.ui.helpers import add_assessment, make_controller, make_window, set_language


@pytest.fixture
def lang() -> str:
    return "en"


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch, lang):
    set_language(lang)
    c = make_controller(tmp_path / "a.sqlite")
    base = add_assessment(c, "Review 2024", "MA")
    c.open(base)
    for a in sample_answers():
        c.set_answer(a.question_id, value=a.value, na_reason=a.na_reason, confidence=a.confidence,
                     comment=a.comment)
    c.add_action("III.B-01", description="Create a database", status="in_progress")
    c.close_assessment()
    w = make_window(qtbot, c)
    monkeypatch.setattr(FollowUpDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    yield w
    c.ws.close()
    set_language("en")


def _start(window) -> int:
    page = window.list_page
    page.select(page.summaries[0].id)
    new = page.follow_up_selected()
    assert new is not None and window.controller.current == new
    return new


def test_follow_up_from_the_list_opens_it_with_answers_to_confirm(window):
    new = _start(window)
    c = window.controller
    assert c.baseline_of(new) == window.list_page.summaries[0].id or c.baseline_of(new) is not None
    info = c.info(new)
    assert info.title == "Review 2024 — follow-up" and info.country_code == "MA"
    carried = c.carried_over()
    assert carried == ["III.A-01", "III.A-02", "III.A-03", "III.B-01", "III.B-02", "V-01"]
    page = window.page.questions
    page.show_question("III.A-01")
    assert page.carried_frame.isVisibleTo(page) and page.radios[AnswerValue.FULLY].isChecked()
    assert "carried over" in page.answer_box.title()
    assert "6 carried over, to confirm" in page.progress.text()
    tree = window.page.tree
    assert tree.items["III.A"].text(1) == f"0/3 {CARRIED_MARK}3"  # 3 carried over (an N/A too: open until confirmed)
    results = window.page.results_view
    results.refresh()
    assert results.carried_list.table.rowCount() == 6
    assert "(6)" in results.tabs.tabText(results.tabs.indexOf(results.carried_list))
    assert c.score().overall.answered == 0  # carried over counts as unanswered until confirmed


def test_ctrl_k_confirms_and_changing_the_answer_confirms_too(qtbot, window):
    _start(window)
    c, page = window.controller, window.page.questions
    page.show_question("III.A-01")
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert not page.carried_frame.isVisibleTo(page)
    assert not c.answers()["III.A-01"].carried_over and c.answers()["III.A-01"].value is AnswerValue.FULLY
    page.show_question("III.A-02")
    page.choose(AnswerValue.LARGELY)
    assert not page.carried_frame.isVisibleTo(page)
    assert c.answers()["III.A-02"].value is AnswerValue.LARGELY and not c.answers()["III.A-02"].carried_over
    assert c.score().overall.answered == 2
    assert "4 carried over" in page.progress.text()
    window.go("next_carried_over")
    assert page.qid == "III.A-03"


def test_confirm_all_from_the_results_list(window, monkeypatch):
    _start(window)
    results = window.page.results_view
    results.refresh()
    monkeypatch.setattr(QMessageBox, "exec", lambda box: box.setProperty("x", 1))
    monkeypatch.setattr(QMessageBox, "clickedButton", lambda box: box.buttons()[-1] if box.buttons()[-1].text()
                        == "Confirm all" else box.buttons()[0])
    assert results.carried_list.confirm_all()
    assert window.controller.carried_over() == []
    results.refresh()
    assert results.carried_list.table.rowCount() == 0


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_carried_over_banner_translated(window, lang):
    new = _start(window)
    # the default title in the interface language, not the English '— follow-up' (outside review, minor 5)
    assert window.controller.info(new).title == {"fr": "Review 2024 — suivi", "ar": "Review 2024 — متابعة"}[lang]
    page = window.page.questions
    page.show_question("III.A-01")
    assert "↻" in page.carried_label.text() and "Carried over" not in page.carried_label.text()
    assert page.confirm_button.text() != "Confirm: &keep this answer"
    assert window.layoutDirection() == (Qt.LayoutDirection.RightToLeft if lang == "ar" else Qt.LayoutDirection.LeftToRight)
    assert i18n.current_language() == lang


def test_a_follow_up_opens_at_its_first_answer_to_confirm(window):
    """Not at the first never-answered question (it skipped the carried-over answers to confirm)."""
    new = _start(window)
    assert window.controller.current == new
    page = window.page.questions
    page.show_first()
    assert page.qid == window.controller.carried_over()[0] == "III.A-01"
