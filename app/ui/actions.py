"""Action plan view: the actions of the open assessment, sortable, added/edited/deleted in place.

Reads controller.actions(); writes go through the controller (the one write path) via the action
dialog. Priority sorts high > medium > low, deadlines and budgets sort with empty values last.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.report import ActionItem, ActionStatus, Priority

from .action_dialog import ActionDialog, priority_labels, status_labels
from .controller import Controller
from .fit import fit_columns
from .i18n import code, fmt_date, fmt_number, tr_content
from .lazy_view import RefreshWhenVisible
from .weights import select_row

ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
QID_ROLE = Qt.ItemDataRole.UserRole + 2  # the question id of the Question column (its text is id — wording)
PRIORITY_RANK = {Priority.HIGH: 0, Priority.MEDIUM: 1, Priority.LOW: 2}
STATUS_RANK = {ActionStatus.PLANNED: 0, ActionStatus.IN_PROGRESS: 1, ActionStatus.DONE: 2}
QUESTION, DESCRIPTION, LEAD, PARTNERS, DEADLINE, BUDGET, PRIORITY, STATUS = range(8)
# widths in average characters at most of the columns that can hold long text (the question elided on one
# line, whole in the tooltip; the institutions wrap): what is left goes to "What is to be done", which wraps,
# even at 1024 px or with 150 % text
ELIDED_CHARS = {QUESTION: 18, LEAD: 16, PARTNERS: 14}


class ActionSortProxy(QSortFilterProxyModel):
    """Sorts on SORT_ROLE; an empty value (None) stays last whichever way the column is sorted."""

    def lessThan(self, left: QModelIndex | QPersistentModelIndex,
                 right: QModelIndex | QPersistentModelIndex) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        descending = self.sortOrder() == Qt.SortOrder.DescendingOrder
        if a is None or b is None:
            if a is None and b is None:
                return False
            return (a is None) == descending
        return bool(a < b)


def _item(text: str, sort: object, action_id: int, numeric: bool = False) -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    item.setData(action_id, ID_ROLE)
    item.setData(sort, SORT_ROLE)
    item.setToolTip(text)
    if numeric:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def fmt_amount(value: float) -> str:
    return fmt_number(value, 0 if round(value, 2).is_integer() else 2)


def amount_text(value: float, currency: str) -> str:
    """"4,500,000 XOF": the amount and its currency held together, one left-to-right isolate (so that in
    Arabic a list of them never puts an amount beside the wrong currency); plain in English and French."""
    return code(f"{fmt_amount(value)}\u00a0{currency}".strip())


def fmt_budget(a: ActionItem) -> str:
    return "" if a.budget is None else amount_text(a.budget, a.currency)


class ActionPlanView(RefreshWhenVisible):
    open_question = Signal(str)

    def __init__(self, controller: Controller, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.dialog: ActionDialog | None = None
        self._dirty = True
        self._build()
        self._retranslate()
        controller.changed.connect(self._on_changed)
        controller.opened.connect(self._on_changed)
        self.refresh()

    def _build(self) -> None:
        self.model = QStandardItemModel(0, 8, self)
        self.proxy = ActionSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        # the question's id and text wrap on up to 4 lines (elided beyond, whole in the tooltip): on one line the
        # Arabic action plan at 1024x600 showed "III-01 — ه…", one letter of the question
        # Budgets and deadlines are never elided ("4 500 00…" once the question took 4 lines' room): their
        # columns keep their content's width and the text columns wrap instead
        fit_columns(self.table, DESCRIPTION, min_chars=20, max_chars=ELIDED_CHARS, max_lines=4,
                    whole=(DEADLINE, BUDGET))
        # after fit_columns: it installs the wrapping header, whose own sort indicator (column 0, descending)
        # would otherwise be the order shown
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(PRIORITY, Qt.SortOrder.AscendingOrder)
        self.table.activated.connect(self._activated)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.table.installEventFilter(self)  # the Delete key deletes the selected action (after asking)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_action)
        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self.delete_selected)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)

    def _retranslate(self) -> None:
        self.model.setHorizontalHeaderLabels([
            self.tr("Question"), self.tr("What is to be done"), self.tr("Lead institution"), self.tr("Partners"),
            self.tr("Deadline"), self.tr("Budget"), self.tr("Priority"), self.tr("Status")])
        self.table.setAccessibleName(self.tr("Action plan"))
        self.add_button.setText(self.tr("Add a&ction…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.delete_button.setText(self.tr("&Delete"))

    # ---- refreshing ----------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "model"):
            self._retranslate()
            self._on_changed()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.matches(QKeySequence.StandardKey.Delete)):
            self.delete_selected()
            return True
        return super().eventFilter(watched, event)

    def refresh(self) -> None:
        self._dirty = False
        selected = self.selected_action()
        actions = self.controller.actions()
        order = {q.id: i for i, q in enumerate(self.controller.questionnaire.questions())}
        self.model.removeRows(0, self.model.rowCount())
        for a in actions:
            self.model.appendRow(self._row(a, order.get(a.question_id, len(order))))
        if selected is not None:
            self.select(selected.id)
        # an empty Deadline column is hidden: its header's width is better given to the text (1024 px, 150 %)
        self.table.setColumnHidden(DEADLINE, not any(a.deadline for a in actions))
        self.add_button.setEnabled(self.controller.current is not None)
        self._update_buttons()
        self._fill_summary(actions)

    def _row(self, a: ActionItem, position: int) -> list[QStandardItem]:
        priorities, statuses = priority_labels(), status_labels()
        return [
            self._question_item(a, position),
            _item(a.description.replace("\n", " "), a.description.casefold(), a.id),
            _item(a.lead, a.lead.casefold() or None, a.id),
            _item(a.partners, a.partners.casefold() or None, a.id),
            _item(fmt_date(a.deadline), a.deadline.toordinal() if a.deadline else None, a.id, numeric=True),
            _item(fmt_budget(a), a.budget, a.id, numeric=True),
            _item(priorities[a.priority], PRIORITY_RANK[a.priority], a.id),
            _item(statuses[a.status], STATUS_RANK[a.status], a.id),
        ]

    def _question_item(self, a: ActionItem, position: int) -> QStandardItem:
        """“III.A-01 — the question's wording” in the interface language (the id isolated in Arabic, so it
        does not read 01-A.III nor turn the line left to right); a question no longer in the questionnaire
        shows its id alone."""
        try:
            wording, _ = tr_content(self.controller.questionnaire.question(a.question_id).text)
        except KeyError:
            wording = ""
        text = f"{code(a.question_id)} — {' '.join(wording.split())}" if wording else code(a.question_id)
        item = _item(text, position, a.id)
        item.setData(a.question_id, QID_ROLE)
        return item

    def _fill_summary(self, actions: list[ActionItem]) -> None:
        if not actions:
            self.summary.setText(self.tr("No action yet. Add one here, or from a gap in the results."))
            return
        totals: dict[str, float] = {}
        for a in actions:
            if a.budget is not None:
                totals[a.currency] = totals.get(a.currency, 0.0) + a.budget
        done = sum(a.status is ActionStatus.DONE for a in actions)
        late = sum(a.deadline is not None and a.deadline < date.today() and a.status is not ActionStatus.DONE
                   for a in actions)
        text = self.tr("Actions: {n} · done: {done} · past their deadline: {late}.").format(
            n=len(actions), done=done, late=late)
        if totals:
            # each amount kept with its currency in Arabic too (isolates: "12,000 EUR" never reads "EUR; 12,000")
            budget = "; ".join(amount_text(v, c) for c, v in sorted(totals.items()))
            text += " " + self.tr("Budget: {budget}.").format(budget=budget)
        self.summary.setText(text)

    # ---- selection and commands ----------------------------------------------------------------
    def selected_action(self) -> ActionItem | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        action_id = rows[0].data(ID_ROLE)
        return next((a for a in self.controller.actions() if a.id == action_id), None)

    def select(self, action_id: int) -> None:
        for r in range(self.proxy.rowCount()):
            if self.proxy.index(r, 0).data(ID_ROLE) == action_id:
                select_row(self.table, r)
                return

    def visible_order(self) -> list[int]:
        """The action ids in the order the table shows them."""
        return [self.proxy.index(r, 0).data(ID_ROLE) for r in range(self.proxy.rowCount())]

    def _update_buttons(self) -> None:
        has = bool(self.table.selectionModel().selectedRows())
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def _activated(self, index: QModelIndex) -> None:
        if index.column() == QUESTION:
            self.open_question.emit(str(index.data(QID_ROLE)))
        else:
            select_row(self.table, index.row())
            self.edit_selected()

    def add_action(self) -> None:
        if self.controller.current is None:
            return
        self._show_dialog(ActionDialog(self.controller, parent=self))

    def edit_selected(self) -> None:
        a = self.selected_action()
        if a is not None:
            self._show_dialog(ActionDialog(self.controller, action=a, parent=self))

    def _show_dialog(self, dialog: ActionDialog) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()  # the previous one, long closed
        self.dialog = dialog
        dialog.open()

    def delete_selected(self) -> None:
        a = self.selected_action()
        if a is not None and self.confirm_delete(a) and self.controller.delete_action(a.id, a.version) is None:
            self.refresh()  # changed by someone else meanwhile (the message says so): show their version

    def confirm_delete(self, a: ActionItem) -> bool:
        text = self.tr("Delete the action “{what}” for {qid}? This cannot be undone.").format(
            what=a.description[:80], qid=a.question_id)
        answer = QMessageBox.question(self, self.tr("Delete action"), text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes
