"""Action plan view and action dialog over a real Workspace on a real SQLite file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest

from app.domain.report import ActionStatus, Priority
from app.services.workspace import Workspace
from app.storage import open_database
from app.ui import i18n
from app.ui.action_dialog import ActionDialog
from app.ui.actions import DEADLINE, PRIORITY, QID_ROLE, QUESTION, ActionPlanView
from app.ui.controller import Controller
from tests.factories import make_questionnaire


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "a.sqlite"


@pytest.fixture
def controller(qapp, db_path: Path):
    i18n.apply_language(qapp, "en")
    ws = Workspace(open_database(db_path), make_questionnaire())
    c = Controller(ws)
    aid = c.create(title="National review", country_code="KE")
    assert aid is not None
    c.open(aid)
    yield c
    ws.close()
    i18n.apply_language(qapp, "en")


@pytest.fixture
def view(qtbot, controller: Controller) -> ActionPlanView:
    controller.add_action("V-01", description="Train prosecutors", priority="low", deadline=date(2027, 3, 1))
    controller.add_action("III.B-01", description="National database", priority="high", budget=150000.0,
                          currency="KES")
    controller.add_action("III.A-02", description="Amend the penal code", priority="medium",
                          deadline=date(2026, 12, 31), status="in_progress")
    v = ActionPlanView(controller)
    qtbot.addWidget(v)
    v.resize(1100, 500)
    v.show()
    qtbot.waitExposed(v)
    return v


def shown(v: ActionPlanView, column: int) -> list[str]:
    """The column's values in the order shown; for the Question column, the question ids."""
    role = QID_ROLE if column == QUESTION else Qt.ItemDataRole.DisplayRole
    return [v.proxy.index(r, column).data(role) for r in range(v.proxy.rowCount())]


def reopen(db_path: Path, assessment_id: int):
    ws = Workspace(open_database(db_path), make_questionnaire())
    try:
        return ws.actions(assessment_id)
    finally:
        ws.close()


def test_table_shows_actions_with_locale_formats(view: ActionPlanView):
    view.table.sortByColumn(QUESTION, Qt.SortOrder.AscendingOrder)
    assert shown(view, QUESTION) == ["III.A-02", "III.B-01", "V-01"]  # questionnaire order
    row = shown(view, QUESTION).index("III.B-01")
    assert view.proxy.index(row, 5).data() == i18n.fmt_number(150000, 0) + "\u00a0KES"
    assert view.proxy.index(row, 4).data() == ""
    row = shown(view, QUESTION).index("III.A-02")
    assert view.proxy.index(row, DEADLINE).data() == i18n.fmt_date(date(2026, 12, 31))
    assert view.proxy.index(row, 7).data() == "In progress"
    assert "Actions: 3 " in view.summary.text()


def test_sorting_by_priority_puts_high_first_not_alphabetical(view: ActionPlanView):
    view.table.sortByColumn(PRIORITY, Qt.SortOrder.AscendingOrder)
    assert shown(view, PRIORITY) == ["High", "Medium", "Low"]
    view.table.sortByColumn(PRIORITY, Qt.SortOrder.DescendingOrder)
    assert shown(view, PRIORITY) == ["Low", "Medium", "High"]


def test_sorting_by_deadline_keeps_empty_deadlines_last(view: ActionPlanView):
    view.table.sortByColumn(DEADLINE, Qt.SortOrder.AscendingOrder)
    assert shown(view, QUESTION) == ["III.A-02", "V-01", "III.B-01"]
    view.table.sortByColumn(DEADLINE, Qt.SortOrder.DescendingOrder)
    assert shown(view, QUESTION) == ["V-01", "III.A-02", "III.B-01"]


def test_double_click_on_question_id_opens_the_question(qtbot, view: ActionPlanView):
    view.table.sortByColumn(PRIORITY, Qt.SortOrder.AscendingOrder)
    rect = view.table.visualRect(view.proxy.index(0, QUESTION))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(view.open_question) as blocker:
        qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == ["III.B-01"]
    assert view.dialog is None


def test_enter_on_a_row_edits_the_action_and_saves_it(qtbot, view: ActionPlanView, db_path: Path):
    view.table.sortByColumn(PRIORITY, Qt.SortOrder.AscendingOrder)
    view.table.setCurrentIndex(view.proxy.index(2, 1))  # "Train prosecutors" (low)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    dialog = view.dialog
    assert isinstance(dialog, ActionDialog) and dialog.isVisible()
    assert dialog.description.toPlainText() == "Train prosecutors"
    assert dialog.deadline.date() == QDate(2027, 3, 1) and not dialog.no_deadline.isChecked()
    dialog.priority.setCurrentIndex(dialog.priority.findData("high"))
    dialog.status.setCurrentIndex(dialog.status.findData("done"))
    dialog.no_deadline.setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    stored = {a.question_id: a for a in reopen(db_path, view.controller.current)}["V-01"]
    assert (stored.priority, stored.status, stored.deadline) == (Priority.HIGH, ActionStatus.DONE, None)
    assert shown(view, PRIORITY)[:2] == ["High", "High"]  # the table followed at once


def test_add_action_choosing_a_question(qtbot, view: ActionPlanView, db_path: Path):
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert dialog is not None and dialog.question_combo.count() == 7
    dialog.question_combo.setCurrentIndex(dialog.question_combo.findData("V-02"))
    dialog.description.setPlainText("Publish the list of offences")
    dialog.deadline.setDate(QDate(2028, 1, 15))
    dialog.budget.setText("2500.5")
    dialog.currency.setCurrentText("xof")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    stored = {a.question_id: a for a in reopen(db_path, view.controller.current)}["V-02"]
    assert (stored.deadline, stored.budget, stored.currency) == (date(2028, 1, 15), 2500.5, "XOF")
    assert stored.priority is Priority.MEDIUM
    assert view.proxy.rowCount() == 4


def test_description_is_required(qtbot, controller: Controller):
    dialog = ActionDialog(controller, question_id="V-01")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert not dialog.error.isHidden() and "required" in dialog.error.text()
    assert controller.actions() == []


def test_budget_is_read_in_the_locale(qtbot, qapp, controller: Controller):
    i18n.apply_language(qapp, "fr")
    dialog = ActionDialog(controller, question_id="V-01", priority="low")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.description.setPlainText("Former les magistrats")
    dialog.budget.setText("1500,75")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    [stored] = controller.actions()
    assert stored.budget == 1500.75 and stored.priority is Priority.LOW


def test_delete_asks_first(qtbot, view: ActionPlanView, monkeypatch: pytest.MonkeyPatch):
    view.table.sortByColumn(PRIORITY, Qt.SortOrder.AscendingOrder)
    view.table.setCurrentIndex(view.proxy.index(0, 1))
    asked: list[str] = []
    monkeypatch.setattr(view, "confirm_delete", lambda a: asked.append(a.question_id) or False)
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert asked == ["III.B-01"] and len(view.controller.actions()) == 3
    monkeypatch.setattr(view, "confirm_delete", lambda a: True)
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert [a.question_id for a in view.controller.actions()] == ["V-01", "III.A-02"]
    assert view.proxy.rowCount() == 2


def test_priority_sort_survives_a_refresh(view: ActionPlanView):
    view.table.sortByColumn(PRIORITY, Qt.SortOrder.AscendingOrder)
    view.controller.add_action("V-02", description="Another", priority="high")
    assert shown(view, PRIORITY) == ["High", "High", "Medium", "Low"]


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_the_question_column_shows_the_id_with_the_wording(qtbot, qapp, lang, view, db_path: Path,
                                                           tmp_path: Path):
    """Not a bare id: the id and the question's wording in the interface language (whole in the tooltip),
    the id kept left to right in Arabic; the table still fits a 1024×600 window."""
    i18n.apply_language(qapp, lang)
    try:
        controller = Controller(Workspace(open_database(db_path), make_questionnaire()))
        controller.open(controller.assessments()[0].id)
        view = ActionPlanView(controller)  # in that language, on the actions the fixture added
        qtbot.addWidget(view)
        view.resize(1000, 500)
        view.show()
        view.table.sortByColumn(QUESTION, Qt.SortOrder.AscendingOrder)
        wording = controller.questionnaire.question("V-01").text.get(lang)
        row = shown(view, QUESTION).index("V-01")
        text = view.proxy.index(row, QUESTION).data()
        ident = "\u2066V-01\u2069" if lang == "ar" else "V-01"
        assert text == f"{ident} — {' '.join(wording.split())}"
        assert view.proxy.index(row, QUESTION).data(Qt.ItemDataRole.ToolTipRole) == text
        assert view.minimumSizeHint().width() <= 1000
        view.grab().save(str(tmp_path / f"actions-{lang}.png"))
        controller.ws.close()
    finally:
        i18n.apply_language(qapp, "en")


def test_arabic_total_keeps_each_amount_with_its_currency(qtbot, qapp, controller: Controller):
    """In Arabic "12,000 EUR; 4,500,000 XOF" displayed as "XOF 4,500,000 EUR; 12,000": each amount and its
    currency are now one left-to-right isolate, so the pairs stay together in any direction."""
    controller.add_action("V-01", description="Former les juges", budget=12000.0, currency="EUR")
    controller.add_action("III.B-01", description="Adopter une loi", budget=4500000.0, currency="XOF")
    i18n.apply_language(qapp, "ar")
    v = ActionPlanView(controller)
    qtbot.addWidget(v)
    v.refresh()
    text = v.summary.text()
    for pair in (f"{i18n.fmt_number(12000, 0)}\u00a0EUR", f"{i18n.fmt_number(4500000, 0)}\u00a0XOF"):
        assert f"\u2066{pair}\u2069" in text, text
    budgets = [v.proxy.index(r, 5).data() for r in range(v.proxy.rowCount())]
    assert f"\u2066{i18n.fmt_number(4500000, 0)}\u00a0XOF\u2069" in budgets


@pytest.mark.parametrize(("lang", "shown", "typed", "value"), [
    ("en", "4,500,000", "4,500,000.50", 4500000.5),
    ("fr", "4\u202f500\u202f000", "4 500 000,50", 4500000.5),  # French groups with spaces: typed as plain ones
    ("ar", "4,500,000", "12,000", 12000.0),
])
def test_budget_field_groups_thousands_and_accepts_them(qtbot, qapp, controller: Controller, lang, shown, typed,
                                                         value):
    """The dialog showed "4500000.00": now the locale's thousands separators, read back when typed."""
    controller.add_action("V-01", description="Adopter une loi", budget=4500000.0, currency="XOF")
    i18n.apply_language(qapp, lang)
    action = controller.actions()[0]
    dialog = ActionDialog(controller, question_id="V-01", action=action)
    qtbot.addWidget(dialog)
    assert dialog.budget.text() == shown
    dialog.budget.clear()
    QTest.keyClicks(dialog.budget, typed)  # through the validator, as typed
    assert dialog.budget.text() == typed
    values = dialog.values()
    assert values is not None and values["budget"] == value


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_the_action_dialog_is_never_taller_than_the_screen(qtbot, controller: Controller, lang: str):
    """French: 529 px tall with 528 available at 1024 x 600 (outside walk)."""
    from app.ui.fit import available
    from tests.ui.helpers import set_language

    set_language(lang)
    try:
        dialog = ActionDialog(controller, question_id="V-01")
        qtbot.addWidget(dialog)
        area = available(dialog)
        assert dialog.height() <= area.height() and dialog.width() <= area.width(), (dialog.size(), area)
    finally:
        set_language("en")


def test_the_plan_opens_sorted_by_priority_and_its_header_says_so(view: ActionPlanView):
    """The walk at 1280x800 saw the arrow on Question, descending (the wrapping header fit_columns installs
    came with its own indicator) while the rows were meant to be by priority."""
    header = view.table.horizontalHeader()
    assert header.sortIndicatorSection() == PRIORITY
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    assert shown(view, PRIORITY) == ["High", "Medium", "Low"]


def test_the_weights_dialog_is_never_larger_than_the_screen(qtbot, controller: Controller, monkeypatch):
    """Sized as 120 x 32 characters, it was 1080x672 on a 1024x600 screen at 150 % text."""
    from PySide6.QtCore import QRect

    from app.ui import fit
    from app.ui.weights import WeightsDialog

    small = QRect(0, 0, 400, 300)  # smaller than 120 x 32 characters at any text size
    monkeypatch.setattr(fit, "available", lambda widget: small)
    dialog = WeightsDialog(controller, "V-01")
    qtbot.addWidget(dialog)
    assert dialog.height() <= small.height() and dialog.width() <= small.width()
