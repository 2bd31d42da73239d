"""A whole section done without a mouse: only key events sent to the focused widget, and shortcuts.

The walk starts from the ready main window on a real SQLite file, creates an assessment (Ctrl+N, type
the title and the country, Enter), closes it and opens it again with Enter in the list, answers every
question of the first section (a digit key, Tab into the comment, type, Ctrl+Enter to go on; a "not
applicable" answer with its reason typed), looks at the results (Ctrl+2) and quits (Ctrl+Q). A new
Workspace on the same file then finds every answer and comment, and the section fully covered.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QPlainTextEdit, QWidget

from app.domain.answers import AnswerValue
from app.services import catalog
from app.services.workspace import Workspace
from app.ui.assessment_dialogs import AssessmentDialog
from tests.ui.helpers import activate, focused, ready_window

Mod = Qt.KeyboardModifier
TITLE = "Revue nationale — été 2026"  # non-ASCII: typed one key event per character
DIGITS = {"1": AnswerValue.FULLY, "2": AnswerValue.LARGELY, "3": AnswerValue.PARTIALLY, "4": AnswerValue.NOT,
          "5": AnswerValue.NA}


@pytest.fixture(autouse=True)
def fresh_catalog():
    catalog.load.cache_clear()
    yield
    catalog.load.cache_clear()


def press(key: Qt.Key, modifiers: Qt.KeyboardModifier = Mod.NoModifier) -> None:
    QTest.keyClick(focused(), key, modifiers)


def type_text(text: str) -> None:
    """Type into the focused widget, one key press and release per character (works for any script)."""
    for ch in text:
        key = Qt.Key(ord(ch.upper())) if ch.isascii() and ch.isalnum() else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(focused(), QKeyEvent(kind, key, Mod.NoModifier, ch))


def when_modal(qtbot, act: Callable[[QWidget], None]) -> list[str]:
    """Run `act` on the next modal dialog as soon as it is shown (exec() blocks the caller meanwhile)."""
    errors: list[str] = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isActiveWindow():
            QTimer.singleShot(20, poll)
            return
        try:
            act(dialog)
        except Exception as e:  # reported by the test, not lost in the event loop
            errors.append(repr(e))
            dialog.close()

    QTimer.singleShot(0, poll)
    return errors


def fill_new_assessment(dialog: QWidget) -> None:
    assert isinstance(dialog, AssessmentDialog)
    assert focused() is dialog.title, "the title field has the focus when the dialog opens"
    type_text(TITLE)
    press(Qt.Key.Key_Tab)
    assert focused() in (dialog.country, dialog.country.lineEdit())
    type_text("Morocco")
    press(Qt.Key.Key_Return)  # picks the completion
    press(Qt.Key.Key_Return)  # the default button: Create


def tab_to(target: QWidget, limit: int = 8) -> int:
    """Press Tab until `target` has the focus; how many presses it took."""
    for n in range(1, limit + 1):
        press(Qt.Key.Key_Tab)
        if focused() is target:
            return n
    raise AssertionError(f"Tab never reached {target.accessibleName()!r}; stuck on {focused()!r}")


def test_a_section_is_answered_with_the_keyboard_only(qtbot, tmp_path: Path) -> None:
    db = tmp_path / "walk.sqlite"
    window = ready_window(qtbot, db)
    assert window.list_page.table.rowCount() == 0
    assert focused() is window.list_page.empty_new_button  # an empty file: the focus is on "New assessment"

    errors = when_modal(qtbot, fill_new_assessment)
    press(Qt.Key.Key_N, Mod.ControlModifier)
    assert not errors, errors
    qtbot.waitUntil(lambda: window.controller.current is not None)
    activate(qtbot, window)
    [summary] = window.controller.assessments()
    assert (summary.title, summary.country_code) == (TITLE, "MA")

    press(Qt.Key.Key_W, Mod.ControlModifier)  # close it ...
    qtbot.waitUntil(lambda: window.controller.current is None)
    assert focused() is window.list_page.table
    press(Qt.Key.Key_Return)  # ... and open it again from the list
    qtbot.waitUntil(lambda: window.controller.current == summary.id)

    page = window.page.questions
    section = window.controller.questionnaire.sections[0]
    assert page.qid == section.questions[0].id
    assert page.isAncestorOf(focused()) and isinstance(focused(), QAbstractButton), focused()
    expected: dict[str, tuple[AnswerValue, str, str]] = {}
    for i, question in enumerate(section.questions):
        assert page.qid == question.id
        assert page.isAncestorOf(focused()), f"{question.id}: the focus left the question page"
        digit = "5" if i == 1 else str(i % 4 + 1)
        press(Qt.Key(ord(digit)))
        reason = ""
        if digit == "5":
            assert focused() is page.na_reason  # "not applicable" asks for its reason at once
            reason = "Pas de tourisme sexuel signalé"
            type_text(reason)
        tab_to(page.comment)
        comment = f"Commentaire {question.id} — vérifié"
        type_text(comment)
        assert isinstance(focused(), QPlainTextEdit) and focused().toPlainText() == comment
        expected[question.id] = (DIGITS[digit], reason, comment)
        press(Qt.Key.Key_Return, Mod.ControlModifier)  # saves and goes on
    assert page.qid != section.questions[-1].id  # moved on past the section

    press(Qt.Key.Key_2, Mod.ControlModifier)  # the results
    assert window.page.tabs.currentWidget() is window.page.results_view
    press(Qt.Key.Key_Q, Mod.ControlModifier)
    qtbot.waitUntil(lambda: not window.isVisible())
    window.controller.ws.close()

    ws = Workspace.open(db, window.controller.questionnaire)  # a new connection: what is on disk
    try:
        answers = ws.answers(summary.id)
        stored = {qid: (a.value, a.na_reason, a.comment) for qid, a in answers.items()}
        coverage = ws.score(summary.id).sections[section.id].coverage
    finally:
        ws.close()
    assert stored == expected
    assert coverage == 1.0
