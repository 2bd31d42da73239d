"""Keyboard accelerators (&-mnemonics) never clash, in English, French and Arabic.

Scopes, as the keyboard sees them:
- the window: its menu bar titles, the tab bars and the buttons, check boxes, group boxes and labels
  with a buddy that are visible together on each page (Alt+letter reaches any of them);
- each menu (and submenu): its items;
- each dialog: everything visible in it.
Two items of one scope with the same letter mean Alt+letter does nothing (ambiguous) or, in a menu,
only cycles between them."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QMenu, QTabBar, QWidget

from app.definitions.loader import Problem
from app.domain.answers import Answer, AnswerValue
from app.services.catalog import Loaded
from app.services.imports import ImportPlan, ImportRefused, PlannedRow
from app.services.settings import Settings
from tests.ui.helpers import add_assessment, make_controller, set_language

LANGS = ("en", "fr", "ar")


def mnemonic(text: str) -> str | None:
    """The letter Alt reaches in `text` ('&&' is a literal ampersand), folded; None if there is none."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] != "&":
                return text[i + 1].casefold()
            i += 1
        i += 1
    return None


def test_mnemonic_reading() -> None:
    assert mnemonic("&File") == "f" and mnemonic("É&valuation") == "v" and mnemonic("Save && &quit") == "q"
    assert mnemonic("A && B") is None and mnemonic("&É") == "é"


def clashes(scope: str, items: list[str]) -> list[str]:
    by_letter: dict[str, list[str]] = defaultdict(list)
    for text in items:
        letter = mnemonic(text)
        if letter:
            by_letter[letter].append(text)
    return [f"{scope}: '{letter}' in {', '.join(repr(t) for t in texts)}"
            for letter, texts in sorted(by_letter.items()) if len(texts) > 1]


def menu_scopes(menu: QMenu, where: str) -> Iterator[tuple[str, list[str]]]:
    actions = [a for a in menu.actions() if not a.isSeparator() and a.isVisible()]
    yield f"{where} › {menu.title()}", [a.text() for a in actions]
    for a in actions:
        sub = a.menu()
        if isinstance(sub, QMenu):
            yield from menu_scopes(sub, f"{where} › {menu.title()}")


def widget_texts(top: QWidget) -> list[str]:
    """Texts of what Alt+letter reaches in `top` as shown now."""
    texts: list[str] = []
    for w in top.findChildren(QWidget):
        if not w.isVisibleTo(top):
            continue
        if isinstance(w, QAbstractButton) or isinstance(w, QLabel) and w.buddy() is not None:
            texts.append(w.text())
        elif isinstance(w, QGroupBox) and w.isCheckable():
            texts.append(w.title())
        elif isinstance(w, QTabBar):
            texts += [w.tabText(i) for i in range(w.count()) if w.isTabVisible(i)]
    return texts


def window_problems(qtbot, tmp_path: Path, questionnaire) -> list[str]:
    from app.ui.main_window import MainWindow

    controller = make_controller(tmp_path / "a.sqlite", questionnaire)
    window = MainWindow(controller, Settings(first_run_done=True))
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    bar = window.menuBar()
    menus = [a.menu() for a in bar.actions() if isinstance(a.menu(), QMenu) and a.isVisible()]
    assert len(menus) >= 5, "the walk found no menus"
    problems: list[str] = []
    for menu in menus:
        for scope, texts in menu_scopes(menu, "menu"):
            problems += clashes(scope, texts)

    def page(name: str, show: Callable[[], object]) -> None:
        show()
        QApplication.processEvents()
        problems.extend(clashes(f"window ({name})", [m.title() for m in menus] + widget_texts(window.centralWidget())))

    page("assessment list", lambda: None)
    aid = add_assessment(controller)
    controller.open(aid)
    first = questionnaire.questions()[0]
    controller.add_action(first.id, description="Loi", lead="Ministère")
    view = window.page
    page("questionnaire", lambda: window.show_tab(view.QUESTIONS))
    for i in range(view.results_view.tabs.count()):
        page(f"results {i}", lambda i=i: (window.show_tab(view.RESULTS), view.results_view.tabs.setCurrentIndex(i)))
    page("action plan", lambda: window.show_tab(view.ACTIONS))
    page("workshop", lambda: window.show_tab(view.WORKSHOP))
    controller.ws.close()
    window.close()
    return problems


def dialogs(tmp_path: Path, questionnaire) -> Iterator[QWidget]:
    from app.ui.action_dialog import ActionDialog
    from app.ui.assessment_dialogs import AssessmentDialog
    from app.ui.backups_dialog import RestoreBackupDialog
    from app.ui.conflict_dialog import ConflictDialog
    from app.ui.errors import QuestionnaireProblemsDialog, StorageErrorDialog
    from app.ui.exchange_dialogs import PassphraseDialog, ReceiveOutcome, ReceiveSummary, ShareDialog
    from app.ui.file_dialogs import ExportDialog, ExportDoneDialog, ImportPreviewDialog, ImportProblemsDialog
    from app.ui.help import AboutDialog, FirstRunDialog, SettingsDialog, UserGuideDialog
    from app.ui.server_dialog import ServerDialog
    from app.ui.weights import WeightsDialog
    from app.ui.workshop import AdoptDialog
    from tests.ui.workshop_helpers import group_file

    controller = make_controller(tmp_path / "d.sqlite", questionnaire)
    aid = add_assessment(controller)
    controller.open(aid)
    first = questionnaire.questions()[0]
    handout = controller.share(aid, tmp_path / "handout.opsc", "Facilitator", None, None).path
    controller.receive(group_file(handout, tmp_path, "g", "Group", {first.id: (AnswerValue.FULLY, "yes")}))
    share = ShareDialog(controller, aid)
    share.protect.setChecked(True)
    yield share
    yield PassphraseDialog("g.opsc", wrong=True)
    yield ReceiveSummary([ReceiveOutcome(tmp_path / "g.opsc", "contribution", "Group", "Review")])
    row = controller.question_workshop(first.id).rows[0]
    yield AdoptDialog(first.id, row, None, conflict=True)
    yield FirstRunDialog(None)
    yield AboutDialog(None, questionnaire)
    yield SettingsDialog(None, Settings())
    yield UserGuideDialog(None, "en")
    yield AssessmentDialog()
    yield ActionDialog(controller, first.id)
    yield ExportDialog(controller, "pdf")
    yield ExportDialog(controller, "xlsx")
    yield ExportDoneDialog(tmp_path / "report.pdf")
    yield WeightsDialog(controller, first.id)
    yield ImportPreviewDialog(controller, ImportPlan(aid, tmp_path / "x.csv", [PlannedRow(2, first.id, {"value": "fully"}, None)]))
    yield ImportProblemsDialog(ImportRefused([]))
    yield QuestionnaireProblemsDialog(Loaded(tmp_path, None, (Problem("x.yaml", 3, "text", "missing"),)))
    yield StorageErrorDialog("The file x is damaged")
    yield ServerDialog(None)
    yield RestoreBackupDialog(controller)
    yield ConflictDialog(first.id, Answer(first.id, AnswerValue.FULLY, comment="theirs"), "amina",
                         datetime(2026, 11, 30, 9, 0), Answer(first.id, AnswerValue.NOT, comment="mine"))
    controller.ws.close()


@pytest.mark.parametrize("lang", LANGS)
def test_no_accelerator_clashes(qtbot, tmp_path: Path, questionnaire, lang: str) -> None:
    set_language(lang)
    try:
        problems = window_problems(qtbot, tmp_path, questionnaire)
        seen = 0
        for dialog in dialogs(tmp_path, questionnaire):
            qtbot.addWidget(dialog)
            dialog.show()
            QApplication.processEvents()
            texts = widget_texts(dialog)
            seen += sum(mnemonic(t) is not None for t in texts)
            problems += clashes(f"dialog {type(dialog).__name__}", texts)
            dialog.close()
        assert seen >= 20, "the walk found almost no accelerators in the dialogs"
    finally:
        set_language("en")
    assert not problems, f"accelerator clashes ({lang}):\n" + "\n".join(problems)
