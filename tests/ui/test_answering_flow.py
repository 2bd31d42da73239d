"""Answering quickly: keys to the next unanswered question, to a "Don't know", to the next/previous
section; the scale defined on screen; plain words for the weight; a clear first step; the welcome
dialog switching language with its window; country search ignoring accents and diacritics."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel

from app.domain.answers import SCALE_ORDER, AnswerValue
from app.services.settings import Settings, load_settings, save_settings
from app.ui import application, i18n
from app.ui.assessment_dialogs import AssessmentDialog, CountryBox
from app.ui.help import FirstRunDialog
from app.ui.main_window import MainWindow
from tests.ui.helpers import add_assessment, make_controller, make_window, set_language
from tests.ui.test_i18n import compiled_translations  # noqa: F401  (a fixture)


@pytest.fixture(autouse=True)
def english():
    set_language("en")
    yield
    set_language("en")


@pytest.fixture
def controller(tmp_path: Path):
    c = make_controller(tmp_path / "a.sqlite")
    yield c
    c.ws.close()


def open_first(qtbot, controller):
    aid = add_assessment(controller)
    window = make_window(qtbot, controller)
    window.open_assessment(aid)
    return window, window.page.questions


def ids(controller) -> list[str]:
    return [q.id for q in controller.questionnaire.questions()]


def test_f3_goes_to_the_next_unanswered_question_wrapping_round(qtbot, controller) -> None:
    window, page = open_first(qtbot, controller)
    every = ids(controller)
    for qid in every[:3] + every[4:6]:
        controller.set_answer(qid, value=AnswerValue.FULLY)
    page.show_question(every[0])
    QTest.keyClick(window, Qt.Key.Key_F3)
    assert page.qid == every[3]
    assert QApplication.focusWidget() in page.radios.values()  # keys 1–6 answer it at once
    QTest.keyClick(window, Qt.Key.Key_F3)
    assert page.qid == every[6]
    QTest.keyClick(window, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert page.qid == every[3]
    for qid in every:
        controller.set_answer(qid, value=AnswerValue.NOT)
    window.go("next_unanswered")
    assert window.statusBar().currentMessage() == "Every question has an answer."


def test_f3_says_how_many_answers_are_dont_know_or_to_confirm_and_the_message_goes_on_the_next_move(
        qtbot, controller) -> None:
    """The outside walk: F3 said "Every question has an answer." while the coverage counted the "Don't know"
    answers as not covered (and, in a follow-up, answers carried over were still to confirm), and the message
    stayed 8 seconds after Ctrl+F3 had moved on."""
    from datetime import date

    window, page = open_first(qtbot, controller)
    every = ids(controller)
    for i, qid in enumerate(every):
        controller.set_answer(qid, value=AnswerValue.DONT_KNOW if i % 4 == 1 else AnswerValue.LARGELY)
    dont_know = sum(1 for i in range(len(every)) if i % 4 == 1)
    assert dont_know > 1
    window.go("next_unanswered")
    message = window.statusBar().currentMessage()
    assert message.startswith("Unanswered: 0 · ")
    assert f"“Don't know”: {dont_know} (Ctrl+F3)" in message
    assert "to confirm" not in message
    QTest.keyClick(window, Qt.Key.Key_F3, Qt.KeyboardModifier.ControlModifier)
    assert page.qid == every[1]
    assert window.statusBar().currentMessage() == ""  # the move happened: the old message is gone
    follow_up = controller.start_follow_up(controller.current, "Suivi 2027", date(2027, 3, 1))
    window.open_assessment(follow_up)
    window.page.questions.show_question(every[0])
    window.go("next_unanswered")
    message = window.statusBar().currentMessage()
    # a carried-over "Don't know" is to confirm, as the Results tab counts it (not a "Don't know" of this follow-up)
    assert message == f"Unanswered: 0 · to confirm: {len(every):,} (Ctrl+Shift+F3)", message
    assert "Every question has an answer" not in message  # answers are still to confirm
    QTest.keyClick(window, Qt.Key.Key_F3, Qt.KeyboardModifier.ControlModifier)  # no "Don't know" of its own
    assert window.statusBar().currentMessage() == "No question is answered “Don't know”."
    # short enough for the status bar at 1024x600 beside "All changes are saved automatically"
    window.resize(1024 - 16, 600 - 72)
    window.go("next_unanswered")
    QApplication.processEvents()
    bar = window.statusBar()
    shown = bar.currentMessage()
    permanent = max((w.width() for w in bar.findChildren(QLabel) if w.isVisible() and w.text() != shown), default=0)
    assert bar.fontMetrics().horizontalAdvance(shown) <= bar.width() - permanent - 20, (shown, bar.width(), permanent)


def test_ctrl_f3_lists_the_dont_know_answers_one_by_one(qtbot, controller) -> None:
    window, page = open_first(qtbot, controller)
    every = ids(controller)
    window.go("next_dont_know")
    assert "Don't know" in window.statusBar().currentMessage()
    controller.set_answer(every[2], value=AnswerValue.DONT_KNOW)
    controller.set_answer(every[5], value=AnswerValue.DONT_KNOW)
    QTest.keyClick(window, Qt.Key.Key_F3, Qt.KeyboardModifier.ControlModifier)
    assert page.qid == every[2]
    QTest.keyClick(window, Qt.Key.Key_F3, Qt.KeyboardModifier.ControlModifier)
    assert page.qid == every[5]


def test_ctrl_page_down_and_up_move_by_section_from_the_results_too(qtbot, controller) -> None:
    window, page = open_first(qtbot, controller)
    sections = [s for s in controller.questionnaire.sections if s.questions]
    window.show_tab(1)
    QTest.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.page.tabs.currentIndex() == 0
    assert page.qid == sections[1].questions[0].id
    assert window.page.tree.currentItem() is window.page.tree.items[sections[1].id]
    QTest.keyClick(window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert page.qid == sections[0].questions[0].id
    window.go("previous_section")
    assert window.statusBar().currentMessage() == "This is the first section."
    menu_texts = [a.text() for a in window.go_actions]
    assert "&Next section" in menu_texts and window.go_actions[0].shortcut().toString() == "F3"


def test_the_scale_is_defined_beside_each_answer_and_the_weight_in_plain_words(qtbot, controller) -> None:
    _window, page = open_first(qtbot, controller)
    largely, partially = page.meaning_labels[AnswerValue.LARGELY], page.meaning_labels[AnswerValue.PARTIALLY]
    assert largely.isVisible() and largely.text() == "it exists, with minor shortcomings"
    assert "important parts are missing" in partially.text()
    assert page.radios[AnswerValue.LARGELY].toolTip() == largely.text()
    assert len({label.text() for label in page.meaning_labels.values()}) == len(SCALE_ORDER)
    refs = page.references.text()
    assert "Wording" not in refs and "counts" in refs and "in the score" in refs
    assert "firmer request weighs more" in page.references.toolTip()


def test_an_empty_file_shows_one_clear_first_step(qtbot, controller) -> None:
    window = make_window(qtbot, controller)
    page = window.list_page
    assert page.empty.isVisible() and page.empty_new_button.isVisible()
    assert not page.table.isVisible() and not page.new_button.isVisible()
    assert QApplication.focusWidget() is page.empty_new_button
    add_assessment(controller)
    assert page.table.isVisible() and page.new_button.isVisible() and not page.empty.isVisible()


def test_the_welcome_dialog_keeps_start_and_the_window_follows_its_language(
        qtbot, qapp, controller, data_home, compiled_translations) -> None:  # noqa: F811
    save_settings(Settings(first_run_done=False, language="en"))
    window = MainWindow(controller, Settings(first_run_done=False, language="en"))
    window.show()
    seen: dict[str, object] = {}

    def in_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, FirstRunDialog)
        dialog.language.setCurrentIndex(dialog.language.findData("fr"))
        seen["start"] = dialog.start_button.text()
        seen["visible"] = dialog.start_button.isVisible()
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        seen["menus"] = [a.text() for w in windows for a in w.menuBar().actions()]
        dialog.accept()

    QTimer.singleShot(0, in_dialog)
    application.show_first_run(window)
    assert seen["start"] == "&Commencer" and seen["visible"]
    assert "&Fichier" in seen["menus"] and "&File" not in seen["menus"]  # rebuilt in French, not flipped only
    assert load_settings().language == "fr"
    for w in QApplication.topLevelWidgets():
        if isinstance(w, MainWindow):
            w.close()


@pytest.mark.parametrize(("lang", "typed", "code"), [
    ("fr", "ethiop", "ET"), ("ar", "النيجر", "NE"), ("en", "ivory", "CI"), ("fr", "cote d'iv", "CI"),
    ("ar", "المغرب", "MA"), ("en", "kenya", "KE")])
def test_country_search_ignores_accents_diacritics_and_knows_aliases(qtbot, lang, typed, code) -> None:
    set_language(lang)
    box = CountryBox(lang)
    qtbot.addWidget(box)
    box.show()
    box._search(typed)
    found = box.matches.stringList()
    assert found, typed
    box.setEditText(found[0])
    assert box.code() == code


def test_a_name_typed_without_accents_is_accepted(qtbot) -> None:
    set_language("fr")
    dialog = AssessmentDialog()
    qtbot.addWidget(dialog)
    dialog.title.setText("Revue")
    dialog.country.setEditText("ethiopie")
    dialog.accept()
    assert dialog.values()["country_code"] == "ET"
    i18n.apply_language(QApplication.instance(), "en")  # type: ignore[arg-type]
