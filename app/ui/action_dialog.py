"""The dialog that adds or edits one action of the action plan.

Nothing is kept in the dialog: Save goes straight through controller.add_action/update_action
(the one write path); a refusal is shown in the dialog and the typed text stays.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject, Qt
from PySide6.QtGui import QDoubleValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.report import ActionItem, ActionStatus, Priority
from app.services.changes import Change
from app.services.workspace import EditConflict

from .controller import Controller
from .fit import fit_to_screen
from .i18n import current_language, fmt_number

CURRENCIES = ("XOF", "XAF", "MAD", "LBP", "KES", "ETB", "MGA", "RWF", "TZS", "UGX", "USD", "EUR")


def priority_labels() -> dict[Priority, str]:
    # written out in full (no alias) so that pyside6-lupdate finds the strings
    return {Priority.HIGH: QCoreApplication.translate("Actions", "High"),
            Priority.MEDIUM: QCoreApplication.translate("Actions", "Medium"),
            Priority.LOW: QCoreApplication.translate("Actions", "Low")}


def status_labels() -> dict[ActionStatus, str]:
    return {ActionStatus.PLANNED: QCoreApplication.translate("Actions", "Planned"),
            ActionStatus.IN_PROGRESS: QCoreApplication.translate("Actions", "In progress"),
            ActionStatus.DONE: QCoreApplication.translate("Actions", "Done")}



def _grouping_spaces(text: str) -> str:
    """The user's spaces taken as the locale's group separator where it is a space (French: narrow no-break
    space, which nobody types): "4 500 000" reads as four million five hundred thousand."""
    sep = QLocale().groupSeparator()
    if sep.isspace():
        for space in (" ", "\u00a0", "\u202f"):
            text = text.replace(space, sep)
    return text.strip()


def parse_budget(text: str) -> tuple[float, bool]:
    """A budget typed with or without thousands separators ("4,500,000.50", French "4 500 000,50")."""
    value, ok = QLocale().toDouble(_grouping_spaces(text))
    return (float(value), bool(ok) and value >= 0)


def fmt_budget_input(value: float) -> str:
    """A budget in the field: thousands grouped in the interface's locale, cents only when there are any."""
    return fmt_number(value, 0 if round(value, 2).is_integer() else 2)


class BudgetValidator(QDoubleValidator):
    """Accepts amounts with the locale's thousands separators, and plain spaces for them in French."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(0.0, 1e15, 2, parent)
        self.setNotation(QDoubleValidator.Notation.StandardNotation)
        self.setLocale(QLocale())

    def validate(self, text: str, pos: int) -> object:
        state = super().validate(_grouping_spaces(text) if text.strip() else text, pos)
        result = state[0] if isinstance(state, tuple) else state
        return (result, text, pos)

class ActionDialog(QDialog):
    """Add an action for a question (fixed, or chosen here), or edit an existing one."""

    def __init__(self, controller: Controller, question_id: str | None = None, action: ActionItem | None = None,
                 priority: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.action = action
        self.change: Change | None = None
        self.question_id = action.question_id if action else question_id
        self.suggested = Priority(priority) if priority else None
        self.setWindowTitle(self.tr("Edit action") if action else self.tr("New action"))
        self._build()
        self._load(action)
        controller.failed.connect(self._show_error)
        self._listening = True
        wanted = self.sizeHint().expandedTo(self.fontMetrics().boundingRect("x" * 70).size())
        fit_to_screen(self, wanted.width(), wanted.height())  # never taller than the screen (French: 529 of 528)

    # ---- layout --------------------------------------------------------------------------------
    def _build(self) -> None:
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Question:"), self._question_field())
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setPlaceholderText(self.tr("What is to be done (required)"))
        self.description.setMinimumHeight(self.fontMetrics().height() * 5)
        form.addRow(self.tr("&What is to be done:"), self.description)
        self.lead = QLineEdit()
        form.addRow(self.tr("&Lead institution:"), self.lead)
        self.partners = QLineEdit()
        form.addRow(self.tr("&Partners:"), self.partners)
        form.addRow(self.tr("&Deadline:"), self._deadline_field())
        form.addRow(self.tr("&Budget:"), self._budget_field())
        self.priority = QComboBox()
        for p, label in priority_labels().items():
            self.priority.addItem(label, p.value)
        form.addRow(self.tr("P&riority:"), self.priority)
        if self.suggested is not None:
            hint = QLabel(self.tr("Suggested from weight × gap: {p}").format(p=priority_labels()[self.suggested]))
            hint.setWordWrap(True)
            form.addRow("", hint)
        self.status = QComboBox()
        for s, label in status_labels().items():
            self.status.addItem(label, s.value)
        form.addRow(self.tr("&Status:"), self.status)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _question_field(self) -> QWidget:
        lang = current_language()
        if self.question_id is not None:
            q = self.controller.questionnaire.question(self.question_id)
            label = QLabel(f"{q.id} — {q.text.get(lang)}")
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            return label
        self.question_combo = QComboBox()
        width = self.fontMetrics().averageCharWidth() * 60
        for q in self.controller.questionnaire.questions():
            text = self.fontMetrics().elidedText(f"{q.id} — {q.text.get(lang)}", Qt.TextElideMode.ElideRight, width)
            self.question_combo.addItem(text, q.id)
        self.question_combo.setAccessibleName(self.tr("Question"))
        return self.question_combo

    def _deadline_field(self) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.deadline = QDateEdit()
        self.deadline.setCalendarPopup(True)
        self.deadline.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        self.deadline.setDate(QDate.currentDate().addMonths(6))
        self.deadline.setAccessibleName(self.tr("Deadline"))
        self.no_deadline = QCheckBox(self.tr("No deadline"))
        self.no_deadline.toggled.connect(lambda on: self.deadline.setEnabled(not on))
        row.addWidget(self.deadline)
        row.addWidget(self.no_deadline)
        row.addStretch(1)
        box.setFocusProxy(self.deadline)
        return box

    def _budget_field(self) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.budget = QLineEdit()
        validator = BudgetValidator(self.budget)
        self.budget.setValidator(validator)
        self.budget.editingFinished.connect(self._format_budget)  # "4500000" becomes "4,500,000" on leaving
        self.budget.setPlaceholderText(self.tr("optional"))
        self.budget.setAccessibleName(self.tr("Budget"))
        self.currency = QComboBox()
        self.currency.setEditable(True)
        self.currency.addItems(CURRENCIES)
        self.currency.setCurrentText("")
        self.currency.setAccessibleName(self.tr("Currency"))
        self.currency.setMinimumContentsLength(5)
        row.addWidget(self.budget, 1)
        row.addWidget(QLabel(self.tr("Currency:")))
        row.addWidget(self.currency)
        box.setFocusProxy(self.budget)
        return box

    def _format_budget(self) -> None:
        value, ok = parse_budget(self.budget.text())
        if ok and self.budget.text().strip():
            self.budget.setText(fmt_budget_input(value))

    def _load(self, a: ActionItem | None) -> None:
        priority = a.priority if a else (self.suggested or Priority.MEDIUM)
        self.priority.setCurrentIndex(self.priority.findData(Priority(priority).value))
        self.status.setCurrentIndex(self.status.findData((a.status if a else ActionStatus.PLANNED).value))
        if a is None:
            return
        self.description.setPlainText(a.description)
        self.lead.setText(a.lead)
        self.partners.setText(a.partners)
        self.no_deadline.setChecked(a.deadline is None)
        if a.deadline is not None:
            self.deadline.setDate(QDate(a.deadline.year, a.deadline.month, a.deadline.day))
        if a.budget is not None:
            self.budget.setText(fmt_budget_input(a.budget))  # "4,500,000", not "4500000.00"
        self.currency.setCurrentText(a.currency)

    # ---- saving --------------------------------------------------------------------------------
    def values(self) -> dict[str, Any] | None:
        """The fields as the services take them, or None after showing what is missing."""
        description = self.description.toPlainText().strip()
        if not description:
            self._show_error(self.tr("Say what is to be done: the description is required."))
            self.description.setFocus()
            return None
        budget: float | None = None
        if self.budget.text().strip():
            value, ok = parse_budget(self.budget.text())
            if not ok or value < 0:
                self._show_error(self.tr("The budget is not a number: write it like {example}, or leave it empty.")
                                 .format(example=fmt_number(150000.5, 2)))
                self.budget.setFocus()
                return None
            budget = value
        d = self.deadline.date()
        return {
            "description": description, "lead": self.lead.text().strip(), "partners": self.partners.text().strip(),
            "deadline": None if self.no_deadline.isChecked() else date(d.year(), d.month(), d.day()),
            "budget": budget, "currency": self.currency.currentText().strip().upper(),
            "priority": self.priority.currentData(), "status": self.status.currentData(),
        }

    def save(self) -> None:
        values = self.values()
        if values is None:
            return
        if self.action is not None:
            self.change = self.controller.update_action(self.action.id, self.action.version, **values)
            conflict = self.controller.last_error
            if isinstance(conflict, EditConflict) and conflict.version:
                # told who changed it (the error line); saving again replaces theirs, Cancel keeps it
                self.action = dataclasses.replace(self.action, version=conflict.version)
        else:
            qid = self.question_id or self.question_combo.currentData()
            self.change = self.controller.add_action(qid, **values)
        if self.change is not None:
            self.accept()

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(True)

    def done(self, result: int) -> None:
        if self._listening:
            self._listening = False
            self.controller.failed.disconnect(self._show_error)
        super().done(result)
