"""Pseudo-translation: with a translator that changes every string, any visible text that stays the
same did not go through tr() and would stay English in French and Arabic."""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QGroupBox,
    QLabel,
    QListView,
    QMenu,
    QTabWidget,
    QWidget,
)

from app.domain.answers import ANSWER_LABELS, CONFIDENCE_LABELS
from app.domain.questionnaire import Questionnaire
from app.domain.scoring import BANDS
from app.services.settings import Settings
from app.ui import i18n
from app.ui.help import AboutDialog, FirstRunDialog, SettingsDialog

# Texts that are data, not interface: numbers, versions, paths, ids, language names in their own words.
NOT_WORDS = re.compile(r"^[\W\d_]*$")
DATA_PROPERTY = "i18n_data"  # a widget showing user data or questionnaire content may set this


@pytest.fixture
def pseudo(qapp: QApplication) -> Iterator[None]:
    i18n.apply_language(qapp, "en")
    translator = i18n.install_pseudo(qapp)
    yield
    qapp.removeTranslator(translator)
    i18n.apply_language(qapp, "en")


def content_texts(questionnaire: Questionnaire) -> set[str]:
    """Texts translated by the content itself (questionnaire files, domain label tables), not by tr()."""
    texts: set[str] = set(i18n.NAMES.values())
    for table in (ANSWER_LABELS, CONFIDENCE_LABELS):
        texts |= {labels["en"] for labels in table.values()}
    texts |= {b.label.get("en") for b in BANDS}
    for item in (*questionnaire.chapters, *questionnaire.sections):
        texts |= {item.id, item.title.get("en")}
    for q in questionnaire.questions():
        texts |= {q.id, q.text.get("en"), q.guidance.get("en")}
    return {t for t in texts if t}


def is_content(text: str, content: set[str]) -> bool:
    """The text is made only of questionnaire content, ids and separators."""
    rest = text
    for piece in sorted(content, key=len, reverse=True):
        rest = rest.replace(piece, " ")
    return bool(NOT_WORDS.match(rest))


def is_data(widget: QWidget | None) -> bool:
    while widget is not None:
        if widget.property(DATA_PROPERTY):
            return True
        widget = widget.parentWidget()
    return False


def action_texts(actions: list[QAction], where: str) -> Iterator[tuple[str, str]]:
    for action in actions:
        if action.isSeparator() or not action.isVisible():
            continue
        menu = action.menu()
        if isinstance(menu, QMenu):
            yield f"{where} menu", menu.title()
            yield from action_texts(menu.actions(), f"{where} › {menu.title()}")
        else:
            yield f"{where} action", action.text()
            if action.toolTip() and action.toolTip() != action.text().replace("&", ""):
                yield f"{where} tooltip", action.toolTip()


def header_texts(view: QAbstractItemView) -> Iterator[tuple[str, str]]:
    model = view.model()
    if model is None or isinstance(view, QListView):  # a list has no header
        return
    for orientation, count in ((Qt.Orientation.Horizontal, model.columnCount()),):
        for i in range(count):
            text = model.headerData(i, orientation, Qt.ItemDataRole.DisplayRole)
            if text:
                yield f"{type(view).__name__} header", str(text)


def visible_texts(window: QWidget) -> Iterator[tuple[str, str]]:
    yield "window title", window.windowTitle()
    for w in [window, *window.findChildren(QWidget)]:
        if (w is not window and not w.isVisibleTo(window)) or is_data(w):
            continue
        kind = type(w).__name__
        if isinstance(w, QLabel | QAbstractButton):
            yield kind, w.text()
        elif isinstance(w, QGroupBox):
            yield kind, w.title()
        elif isinstance(w, QTabWidget):
            yield from ((f"{kind} tab", w.tabText(i)) for i in range(w.count()))
        elif isinstance(w, QAbstractItemView):
            yield from header_texts(w)
        if w.toolTip():
            yield f"{kind} tooltip", w.toolTip()
        if w.accessibleName():
            yield f"{kind} accessible name", w.accessibleName()
        yield from action_texts(w.actions(), kind)


def untranslated(window: QWidget, content: set[str] = frozenset()) -> list[str]:  # type: ignore[assignment]
    window.show()
    QApplication.processEvents()
    found = []
    texts = list(visible_texts(window))
    assert sum("⟦" in text for _, text in texts) >= 5, "the walk found almost no translated text"
    for where, text in texts:
        plain = re.sub(r"<[^>]+>", "", text).replace("&", "").strip()
        if not plain or NOT_WORDS.match(plain) or "⟦" in text or Path(plain).is_absolute() or is_content(plain, content):
            continue
        found.append(f"{where}: {text!r}")
    window.close()
    return sorted(set(found))


def test_pseudo_translation_changes_text_and_keeps_placeholders() -> None:
    assert i18n.pseudo("Save {n} files to %1") == "⟦Šâvé {n} fîléš tö %1⟧"
    assert i18n.pseudo("<b>&Open</b>") == "⟦<b>&Öpéñ</b>⟧"


def test_own_dialogs_are_fully_translatable(qtbot, pseudo, questionnaire) -> None:
    problems = []
    for dialog in (FirstRunDialog(None), AboutDialog(None, questionnaire), SettingsDialog(None, Settings())):
        qtbot.addWidget(dialog)
        problems += [f"{type(dialog).__name__} {p}" for p in untranslated(dialog)]
    assert not problems, "texts not going through tr():\n" + "\n".join(problems)


@pytest.mark.skipif(importlib.util.find_spec("app.ui.main_window") is None, reason="no main window yet")
def test_main_window_is_fully_translatable(qtbot, pseudo, tmp_path: Path, questionnaire) -> None:
    """The list, then an open assessment on every tab: the question page (with "not applicable", so
    that its reason field shows), the three pages of the results and the action plan with an action."""
    from app.domain.answers import AnswerValue
    from app.services.workspace import Workspace
    from app.storage import open_database
    from app.ui.controller import Controller
    from app.ui.main_window import MainWindow
    from tests.ui.workshop_helpers import group_file

    controller = Controller(Workspace(open_database(tmp_path / "a.sqlite"), questionnaire))
    window = MainWindow(controller, Settings())
    qtbot.addWidget(window)
    content = content_texts(questionnaire)
    problems = untranslated(window, content)
    controller.create(title="Revue", country_code="MA")  # user data: ignored below
    [assessment] = controller.assessments()
    first, second = questionnaire.questions()[:2]
    controller.open(assessment.id)
    handout = controller.share(assessment.id, tmp_path / "handout.opsc", "Animateur", None, None).path
    controller.set_answer(first.id, value=AnswerValue.NOT, comment="Rien")
    controller.set_answer(second.id, value=AnswerValue.NA)
    controller.add_action(first.id, description="Loi", lead="Ministère")
    controller.receive(group_file(handout, tmp_path, "g", "Groupe", {first.id: (AnswerValue.FULLY, "Oui")}))
    page = window.page
    visited: list[str] = []

    def walk(name: str, show: Callable[[], object]) -> None:
        window.show()
        show()
        QApplication.processEvents()
        visited.append(name)
        problems.extend(f"{name}: {p}" for p in untranslated(window, content) if "Revue" not in p and "Groupe" not in p)

    walk("question page", lambda: page.go_to_question(second.id))
    assert page.questions.na_frame.isVisibleTo(page)
    for i in range(page.results_view.tabs.count()):
        walk(f"results page {i}", lambda i=i: (window.show_tab(page.RESULTS), page.results_view.tabs.setCurrentIndex(i)))
    walk("action plan", lambda: window.show_tab(page.ACTIONS))
    assert page.actions_view.table.model().rowCount() == 1
    walk("workshop", lambda: (window.show_tab(page.WORKSHOP), page.workshop_view.show_question(first.id)))
    assert page.workshop_view.table.rowCount() == 1
    controller.ws.close()
    assert visited == ["question page", *[f"results page {i}" for i in range(7)], "action plan", "workshop"]
    assert not problems, "texts not going through tr():\n" + "\n".join(sorted(set(problems)))
