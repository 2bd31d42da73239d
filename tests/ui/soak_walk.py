"""Soak test: the real window, the shipped questionnaire, a whole session without a crash.

Guards against the PySide6 6.12.0 reference-count bug (each `Signal(object)` emit of None/True/False
dropped a reference; the window aborted with "none_dealloc" after ~115 answers) and anything like it.
Every question of the shipped questionnaire is answered in the window, by keyboard (a digit, then
Page Down) and by mouse (a click on the answer, a click on Next), in English, French and Arabic;
then a long session switches sections, tabs, assessments, languages and text sizes many times and
sends a few thousand change notices through the interface. What is on disk is checked at the end
through a new connection. See docs/known-issues.md.

This file is run by tests/ui/test_soak.py in a child process (an interpreter abort would otherwise
end the whole test run without a word); run it alone with `pytest tests/ui/soak_walk.py`.
"""

from __future__ import annotations

import gc
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QRadioButton, QStyle, QStyleOptionButton

from app.domain.answers import SCALE_ORDER, AnswerValue
from app.services import catalog
from app.services.workspace import Workspace
from app.ui.main_window import LANGUAGES as MAIN_LANGUAGES
from app.ui.main_window import SCALE_STEP, MainWindow
from tests.ui.helpers import activate, focused, ready_window

LANGUAGES = ("en", "fr", "ar")
ROUND_TRIPS = 3000


@pytest.fixture(autouse=True)
def fresh_catalog():
    catalog.load.cache_clear()
    yield
    catalog.load.cache_clear()


def current_window(old: MainWindow) -> MainWindow:
    """The window that replaced `old` after a language or text-size change rebuilt it."""
    shown = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, MainWindow) and w is not old and w.isVisible() and not w._replaced]
    assert len(shown) == 1, f"expected one new main window, found {len(shown)}"
    return shown[0]


def switch(qtbot, window: MainWindow, *, lang: str | None = None, scale: float | None = None) -> MainWindow:
    """Change the language (View > Language menu) or the text size (Ctrl+0, then Ctrl++ as often as
    needed), the way a user does: each change rebuilds the window in place."""
    if lang is not None and lang != window.settings.language:
        codes = [code for code, _name in MAIN_LANGUAGES]
        menu_actions = [a for a in window.data_actions if a.isCheckable()]
        assert len(menu_actions) == len(codes)
        menu_actions[codes.index(lang)].trigger()
        window = adopt(qtbot, current_window(window))
    if scale is not None and scale != window.settings.text_scale:
        before = window.settings.text_scale
        QTest.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
        if before != 1.0:
            window = adopt(qtbot, current_window(window))
        for _ in range(round((scale - 1.0) / SCALE_STEP)):
            QTest.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
            window = adopt(qtbot, current_window(window))
    return window


def adopt(qtbot, window: MainWindow) -> MainWindow:
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    activate(qtbot, window)
    return window


def new_assessment(window: MainWindow, title: str) -> int:
    aid = window.controller.create(title=title, country_code="BF", assessment_date=date(2026, 11, 30),
                                   organisation="Ministère de la Justice")
    assert aid is not None
    window.open_assessment(aid)
    assert window.controller.current == aid
    return aid


def expected_value(i: int) -> AnswerValue:
    """A spread of answers (not N/A, which asks for a reason and is covered by the keyboard walk)."""
    choices = [v for v in SCALE_ORDER if v is not AnswerValue.NA]
    return choices[i % len(choices)]


def answer_all_by_keyboard(qtbot, window: MainWindow) -> dict[str, AnswerValue]:
    page = window.page.questions
    ids = [q.id for q in window.controller.questionnaire.questions()]
    page.show_question(ids[0])
    page.focus_answer()
    given: dict[str, AnswerValue] = {}
    for i, qid in enumerate(ids):
        assert page.qid == qid, f"expected {qid}, the page shows {page.qid}"
        value = expected_value(i)
        QTest.keyClick(focused(), Qt.Key(ord(str(SCALE_ORDER.index(value) + 1))))
        given[qid] = value
        QTest.keyClick(focused(), Qt.Key.Key_PageDown)
        if i % 25 == 0:
            QApplication.processEvents()
    return given


def answer_all_by_mouse(qtbot, window: MainWindow) -> dict[str, AnswerValue]:
    page = window.page.questions
    ids = [q.id for q in window.controller.questionnaire.questions()]
    page.show_question(ids[0])
    given: dict[str, AnswerValue] = {}
    for i, qid in enumerate(ids):
        assert page.qid == qid, f"expected {qid}, the page shows {page.qid}"
        value = expected_value(i + 1)
        radio = page.radios[value]
        QTest.mouseClick(radio, Qt.MouseButton.LeftButton, pos=indicator(radio))
        assert radio.isChecked(), f"{qid}: the click on {value.name} did not choose it"
        given[qid] = value
        if i < len(ids) - 1:
            QTest.mouseClick(page.next_button, Qt.MouseButton.LeftButton,
                             pos=page.next_button.rect().center())
        if i % 25 == 0:
            QApplication.processEvents()
    return given


def indicator(radio: QRadioButton) -> QPoint:
    """Where a user clicks: on the indicator and label (at the leading edge; on the right in Arabic)."""
    option = QStyleOptionButton()
    radio.initStyleOption(option)
    rect = radio.style().subElementRect(QStyle.SubElement.SE_RadioButtonClickRect, option, radio)
    point = rect.center()  # the style already gives it in visual coordinates
    assert radio.hitButton(point), f"{point} is not on the radio button {radio.text()!r}"
    return point


def stored(db: Path, assessment_id: int) -> dict[str, AnswerValue | None]:
    questionnaire = catalog.load().questionnaire
    assert questionnaire is not None
    ws = Workspace.open(db, questionnaire)
    try:
        return {qid: a.value for qid, a in ws.answers(assessment_id).items()}
    finally:
        ws.close()


def test_every_question_answered_by_keyboard_and_mouse_in_three_languages(qtbot, tmp_path: Path) -> None:
    db = tmp_path / "soak.sqlite"
    window = ready_window(qtbot, db, timeout=20000)
    total = len(window.controller.questionnaire.questions())
    assert total > 200, "the soak test runs on the full shipped questionnaire"
    expected: dict[int, dict[str, AnswerValue]] = {}
    for lang in LANGUAGES:
        window = switch(qtbot, window, lang=lang)
        assert window.settings.language == lang
        aid = new_assessment(window, f"Clavier {lang}")
        expected[aid] = answer_all_by_keyboard(qtbot, window)
        aid = new_assessment(window, f"Souris {lang}")
        expected[aid] = answer_all_by_mouse(qtbot, window)
        gc.collect()
    window.close()
    window.controller.ws.close()
    for aid, answers in expected.items():
        assert len(answers) == total
        assert stored(db, aid) == answers, f"assessment {aid}: what is on disk differs from what was answered"


def test_a_long_session_switching_everything(qtbot, tmp_path: Path) -> None:
    db = tmp_path / "long.sqlite"
    window = ready_window(qtbot, db, timeout=20000)
    first = new_assessment(window, "Revue nationale 2024")
    second = new_assessment(window, "Revue nationale 2026")
    sections = window.controller.questionnaire.sections
    seen: list[tuple[str, float]] = []
    for lang, scale in [(lang, s) for s in (1.0, 1.25, 1.5) for lang in LANGUAGES]:
        window = switch(qtbot, window, lang=lang, scale=scale)
        seen.append((window.settings.language, window.settings.text_scale))
        for aid in (first, second):
            window.open_assessment(aid)
            page = window.page
            for section in sections:  # a click on the section in the tree
                item = page.tree.items[section.id]
                page.tree.scrollToItem(item)
                QTest.mouseClick(page.tree.viewport(), Qt.MouseButton.LeftButton,
                                 pos=page.tree.visualItemRect(item).center())
                assert page.questions.qid == section.questions[0].id, section.id
                QTest.keyClick(focused(), Qt.Key.Key_2)
            bar = page.tabs.tabBar()
            for tab in (page.RESULTS, page.ACTIONS, page.QUESTIONS):  # a click on each tab: the views recompute
                QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(tab).center())
                assert page.tabs.currentIndex() == tab
                QApplication.processEvents()
        window.close_assessment()
        QApplication.processEvents()
    assert len(set(seen)) == 9, seen

    # A few thousand change notices through the interface: every view refreshes on each one.
    window.open_assessment(second)
    qids = [q.id for q in window.controller.questionnaire.questions()][:12]
    for n in range(ROUND_TRIPS):
        value = None if n % 3 == 0 else SCALE_ORDER[n % 4]
        assert window.controller.set_answer(qids[n % len(qids)], value=value) is not None
        if n % 100 == 0:
            QApplication.processEvents()
    window.close()
    window.controller.ws.close()

    answers = stored(db, second)
    for n in range(ROUND_TRIPS - len(qids), ROUND_TRIPS):  # the last write to each question won
        value = None if n % 3 == 0 else SCALE_ORDER[n % 4]
        assert answers.get(qids[n % len(qids)]) == value
    first_answers = stored(db, first)
    for section in sections:  # key 2 was pressed on the first question of every section
        assert first_answers.get(section.questions[0].id) is AnswerValue.LARGELY, section.id
