"""Follow-up reviews in the window: starting one, and the list of answers carried over — to confirm.

A follow-up is a new assessment of the same country that starts from an earlier one's answers (each
"carried over — to confirm" until a person confirms or changes it), weights and action plan. The
rules live in app.services.followup; this module asks for a title, and lists what is left to confirm.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.answers import ANSWER_LABELS

from . import i18n
from .controller import Controller
from .fit import wrap_header

CARRIED_MARK = "↻"  # beside a count of carried-over answers (tree, lists)
CARRIED_COLOUR = "#0B5394"


class FollowUpDialog(QDialog):
    """The title of the new review, and what starting it does."""

    def __init__(self, baseline_title: str, default_title: str, parent: QWidget | None = None,
                 baseline_date: date | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Start a follow-up review"))
        intro = QLabel(self.tr(
            "A new assessment of the same country starts from the answers of “{title}”. Each answer is marked "
            "“carried over — to confirm”: it shows the earlier answer but does not count until someone confirms "
            "it or changes it. The weights and the action plan (with each action's status) come along; the "
            "earlier review stays as it is.").format(title=baseline_title), self)
        intro.setWordWrap(True)
        label = QLabel(self.tr("&Title of the follow-up:"), self)
        self.title = QLineEdit(default_title, self)
        self.title.selectAll()
        self.title.setAccessibleName(self.tr("Title of the follow-up"))
        label.setBuddy(self.title)
        # the follow-up's own date: today by default, never before the review it follows
        date_label = QLabel(self.tr("&Date of the follow-up:"), self)
        lang = i18n.current_language()
        self.date = QDateEdit(QDate.currentDate(), self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(i18n.locale(lang).dateFormat(i18n.locale(lang).FormatType.ShortFormat))
        self.date.setAccessibleName(self.tr("Date of the follow-up"))
        if baseline_date is not None:
            first = QDate(baseline_date.year, baseline_date.month, baseline_date.day)
            self.date.setMinimumDate(first)
            self.date.setToolTip(self.tr("Not before the date of the earlier review ({date})").format(
                date=i18n.locale(lang).toString(first, i18n.locale(lang).FormatType.ShortFormat)))
        date_label.setBuddy(self.date)
        self.error = QLabel(self)
        self.error.setStyleSheet("color:#b3261e;")
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Start the follow-up"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(label)
        layout.addWidget(self.title)
        layout.addWidget(date_label)
        layout.addWidget(self.date)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(min(560, max(420, self.fontMetrics().averageCharWidth() * 70)))

    def _accept(self) -> None:
        if not self.title.text().strip():
            self.error.setText(self.tr("Give the follow-up a title."))
            self.error.show()
            self.title.setFocus()
            return
        self.accept()

    def chosen_date(self) -> date:
        d = self.date.date()
        return date(d.year(), d.month(), d.day())


def start_follow_up(parent: QWidget, controller: Controller, assessment_id: int) -> int | None:
    """Ask for the title, start the follow-up; its id (the caller opens it), or None when cancelled or refused
    (the controller reports a refusal through `failed`)."""
    info = controller.info(assessment_id, i18n.current_language())
    dialog = FollowUpDialog(info.title, controller.follow_up_title(assessment_id), parent, info.assessment_date)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return controller.start_follow_up(assessment_id, dialog.title.text().strip(), dialog.chosen_date())
    finally:
        dialog.deleteLater()


class CarriedOverList(QWidget):
    """The answers carried over from the previous review and not confirmed yet: open one, or confirm all."""

    open_question = Signal(str)
    count_changed = Signal(int)

    def __init__(self, controller: Controller, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        wrap_header(self.table)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda index: self._open(index.row()))
        self.open_button = QPushButton(self)
        self.open_button.clicked.connect(lambda: self._open(self.table.currentRow()))
        self.confirm_all_button = QPushButton(self)
        self.confirm_all_button.clicked.connect(self.confirm_all)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.confirm_all_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self._retranslate()

    def _retranslate(self) -> None:
        self.intro.setText(self.tr(
            "Answers carried over from the previous review: they count as unanswered until confirmed. Open each "
            "one, check it still holds, then confirm it (Ctrl+K) or change it."))
        self.table.setHorizontalHeaderLabels([self.tr("Section"), self.tr("Question"), self.tr("Question text"),
                                              self.tr("Answer carried over")])
        self.table.setAccessibleName(self.tr("Answers carried over, to confirm"))
        self.open_button.setText(self.tr("&Open question"))
        self.confirm_all_button.setText(self.tr("&Confirm all as they are…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "table"):
            self._retranslate()
            self.refresh()
        super().changeEvent(event)

    def refresh(self) -> None:
        lang, qn = i18n.current_language(), self.controller.questionnaire
        answers = self.controller.answers()
        known = {q.id for q in qn.questions()}
        ids = [qid for qid in self.controller.carried_over() if qid in known]
        self.table.setRowCount(len(ids))
        for row, qid in enumerate(ids):
            q = qn.question(qid)
            a = answers.get(qid)
            value = ANSWER_LABELS[a.value].get(lang, a.value.value) if a is not None and a.value is not None else ""
            text = q.text.get(lang)
            for col, cell in enumerate((q.section_id, qid, text, value)):
                item = QTableWidgetItem(cell)
                item.setData(Qt.ItemDataRole.UserRole, qid)
                if col == 2:
                    item.setToolTip(text)
                self.table.setItem(row, col, item)
        self.open_button.setEnabled(bool(ids))
        self.confirm_all_button.setEnabled(bool(ids))
        self.count_changed.emit(len(ids))

    def _open(self, row: int) -> None:
        item = self.table.item(row, 1) if row >= 0 else None
        if item is not None:
            self.open_question.emit(item.text())

    def confirm_all(self) -> bool:
        n = self.table.rowCount()
        if not n:
            return False
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Confirm all carried-over answers"), self.tr(
            "Confirm the {n} answers carried over from the previous review as they are? They will count in the "
            "score. Confirm only what your team has checked.").format(n=i18n.fmt_number(n)),
            QMessageBox.StandardButton.Cancel, self)
        confirm = box.addButton(self.tr("Confirm all"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is not confirm:
            return False
        return self.controller.confirm_all() is not None
