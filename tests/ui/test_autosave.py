"""Nothing to save: text is saved 500 ms after typing, on focus-out, on navigation, on tab switch and
when the window closes; a failed save keeps the text on screen and is retried."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.domain.answers import AnswerValue
from app.storage import DiskFullError
from tests.ui.helpers import add_assessment, make_controller, make_window, make_workspace, set_language

FRENCH = "Le code pénal réprime la tentative ; voir l'article 227-23 — « œuvre »."
ARABIC = "يجرّم القانون الجنائي الشروع في الجريمة (المادة 475)."


@pytest.fixture(autouse=True)
def english():
    set_language("en")
    yield
    set_language("en")


def type_text(widget, text: str) -> None:
    """Key events per character (qtbot.keyClicks refuses non-ASCII text)."""
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)


def test_a_half_filled_assessment_closed_with_the_x_loses_nothing(qtbot, tmp_path: Path) -> None:
    db = tmp_path / "a.sqlite"
    controller = make_controller(db)
    aid = add_assessment(controller)
    window = make_window(qtbot, controller)
    window.open_assessment(aid)
    page = window.page.questions
    long_comment = ("Observation détaillée. " * 220)[:5000]

    QTest.keyClick(page.radios[AnswerValue.FULLY], Qt.Key.Key_3)
    type_text(page.legal_provision, "Code pénal, art. 227-23")
    QTest.keyClick(page.radios[AnswerValue.FULLY], Qt.Key.Key_PageDown)  # navigation flushes
    QTest.keyClick(page.radios[AnswerValue.FULLY], Qt.Key.Key_1)
    page.comment.setFocus()
    type_text(page.comment, FRENCH)
    QTest.keyClick(page.comment, Qt.Key.Key_PageDown)
    QTest.keyClick(page.radios[AnswerValue.FULLY], Qt.Key.Key_2)
    page.evidence.setPlainText(ARABIC)
    page.comment.setPlainText(long_comment)
    assert page.has_pending() and page._timer.isActive()  # the debounce has not fired yet
    window.close()  # the window's X, before the 500 ms are up

    controller.ws.close()
    fresh = make_workspace(db)
    answers = fresh.answers(aid)
    assert answers["III.A-01"].value is AnswerValue.PARTIALLY
    assert answers["III.A-01"].legal_provision == "Code pénal, art. 227-23"
    assert answers["III.A-02"].value is AnswerValue.FULLY
    assert answers["III.A-02"].comment == FRENCH
    assert answers["III.A-03"].value is AnswerValue.LARGELY
    assert answers["III.A-03"].evidence == ARABIC
    assert answers["III.A-03"].comment == long_comment and len(long_comment) == 5000
    fresh.close()


def test_text_is_saved_after_the_debounce_without_leaving_the_field(qtbot, tmp_path: Path) -> None:
    controller = make_controller(tmp_path / "a.sqlite")
    window = make_window(qtbot, controller)
    window.open_assessment(add_assessment(controller))
    page = window.page.questions
    page.comment.setFocus()
    QTest.keyClicks(page.comment, "typed")
    assert controller.answer("III.A-01") is None  # not yet: 500 ms after the last key
    qtbot.waitUntil(lambda: controller.answer("III.A-01") is not None, timeout=3000)
    assert controller.answer("III.A-01").comment == "typed"
    assert "Saved" in window.saved_label.text()
    assert page.comment.hasFocus()


def test_focus_out_and_tab_switch_flush_at_once(qtbot, tmp_path: Path) -> None:
    controller = make_controller(tmp_path / "a.sqlite")
    window = make_window(qtbot, controller)
    window.open_assessment(add_assessment(controller))
    page = window.page.questions
    page.evidence.setFocus()
    QTest.keyClicks(page.evidence, "report 2024")
    page.comment.setFocus()  # focus-out of the evidence box
    assert controller.answer("III.A-01").evidence == "report 2024"
    QTest.keyClicks(page.comment, "note")
    window.page.tabs.setCurrentIndex(window.page.RESULTS)
    assert controller.answer("III.A-01").comment == "note"


def test_disk_full_shows_a_banner_keeps_the_text_and_retries(qtbot, tmp_path: Path, monkeypatch) -> None:
    controller = make_controller(tmp_path / "a.sqlite")
    window = make_window(qtbot, controller)
    window.open_assessment(add_assessment(controller))
    page = window.page.questions
    real = controller.ws.set_answer

    def full(*_a, **_k):
        raise DiskFullError(tmp_path / "a.sqlite")

    monkeypatch.setattr(controller.ws, "set_answer", full)
    page.comment.setFocus()
    QTest.keyClicks(page.comment, "precious words")
    assert page.flush() is False
    assert window.failure.isVisible() and "disk is full" in window.failure.text()
    assert page.comment.toPlainText() == "precious words"
    assert "Not saved" in window.saved_label.text()
    QTest.keyClick(page.radios[AnswerValue.FULLY], Qt.Key.Key_PageDown)
    assert page.qid == "III.A-01"  # it does not move on and drop the text
    monkeypatch.setattr(controller.ws, "set_answer", real)
    QTest.keyClicks(page.comment, "!")  # the next edit retries
    qtbot.waitUntil(lambda: controller.answer("III.A-01") is not None, timeout=3000)
    assert controller.answer("III.A-01").comment == "precious words!"
    assert window.failure.isHidden()


@pytest.mark.parametrize(("lang", "words"), [("en", "100,001 characters"), ("fr", "100\u202f001 caractères")])
def test_a_comment_over_the_exchange_limit_is_refused_and_kept_on_screen(qtbot, tmp_path: Path, lang, words) -> None:
    """A comment of a megabyte was stored, then made a file receivers refused ('zip bomb', 'dépasse 100000'): the
    window now refuses it on saving with the count in characters, the text stays on screen (minor 5)."""
    set_language(lang)
    controller = make_controller(tmp_path / "a.sqlite")
    window = make_window(qtbot, controller)
    window.open_assessment(add_assessment(controller))
    page = window.page.questions
    page.comment.setFocus()
    page.comment.setPlainText("x" * 100_001)  # pasted
    assert page.flush() is False
    assert window.failure.isVisible() and words in window.failure.text(), window.failure.text()
    assert page.comment.toPlainText() == "x" * 100_001
    assert controller.answer("III.A-01") is None
    page.comment.setPlainText("x" * 100_000)  # at the limit: saved
    assert page.flush() is True
    assert len(controller.answer("III.A-01").comment) == 100_000


def test_export_share_and_template_say_they_were_not_done_when_the_text_cannot_be_saved(
        qtbot, tmp_path: Path, monkeypatch) -> None:
    """On a full disk with an unsaved answer, Export, Template and Share did nothing, silently (minor 6)."""
    from PySide6.QtWidgets import QMessageBox

    controller = make_controller(tmp_path / "a.sqlite")
    window = make_window(qtbot, controller)
    window.open_assessment(add_assessment(controller))
    page = window.page.questions

    def full(*_a, **_k):
        raise DiskFullError(tmp_path / "a.sqlite")

    said: list[str] = []
    monkeypatch.setattr(controller.ws, "set_answer", full)
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: said.append(text))
    page.comment.setFocus()
    QTest.keyClicks(page.comment, "precious words")
    window.export("pdf")
    window.save_template()
    window.share_assessment()
    assert len(said) == 3 and all(s.startswith("Not done: ") and "could not be saved" in s for s in said)
    assert "Export report" in said[0] and page.comment.toPlainText() == "precious words"


def test_a_comment_pasted_with_control_characters_is_saved_as_a_receiver_accepts_it(qtbot, tmp_path: Path) -> None:
    """Arabic pasted from Word (U+202B…U+202C), a vertical tab, U+202E: stored, then Share made a file every
    receiver refused (outside adversary M1). The window's save now stores it as the reader accepts it."""
    from app.services import exchange as ex
    from app.services.imports import control_in

    controller = make_controller(tmp_path / "a.sqlite")
    window = make_window(qtbot, controller)
    aid = add_assessment(controller)
    window.open_assessment(aid)
    page = window.page.questions
    page.comment.setFocus()
    page.comment.setPlainText("\u202b" + ARABIC + "\u202c\x0bsuite\u202e")
    assert page.flush() is True
    stored = controller.answer("III.A-01").comment
    assert stored == "\u202b" + ARABIC + "\u202c\nsuite" and control_in(stored) is None
    path = ex.share(controller.ws, aid, tmp_path / "s.opsc", by="F").path
    other = make_workspace(tmp_path / "b.sqlite")
    try:
        got = ex.receive(other, path)
        assert other.answers(got.assessment_id)["III.A-01"].comment == stored
    finally:
        other.close()
