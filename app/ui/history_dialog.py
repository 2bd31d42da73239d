"""A question's history (the audit trail, docs/audit.md): when, who, what changed from what to what, and
by which means, newest first. Read only; long texts are cut in the table and shown whole in a tooltip."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QDateTime, QLocale
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.answers import ANSWER_LABELS, CONFIDENCE_LABELS, AnswerValue, Confidence
from app.services.audit import HistoryRow

from . import i18n

CELL_CHARS = 80  # longer texts are cut in the table; the tooltip has them whole


def local_time(at: datetime) -> str:
    """A UTC time of the trail, in the computer's time zone and the interface's date format."""
    local = at.replace(tzinfo=UTC).astimezone()
    dt = QDateTime(local.year, local.month, local.day, local.hour, local.minute, local.second)
    return QLocale().toString(dt, QLocale.FormatType.ShortFormat)


def _label(labels: dict[Any, dict[str, str]], key: Any) -> str:
    texts = labels[key]
    return texts.get(i18n.current_language()) or texts["en"]


class HistoryDialog(QDialog):
    def __init__(self, question_id: str, rows: list[HistoryRow], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("History of {question}").format(question=question_id))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Every change to the answer and the weight of {question}, the newest first. The "
                               "history is kept in the assessment's database; 'python -m app verify' checks that "
                               "it matches the answers.").format(question=question_id), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        headers = [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("From"), self.tr("To"), self.tr("By")]
        self.table = QTableWidget(len(rows), len(headers), self)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setAccessibleName(self.tr("History of the answer"))
        for r, row in enumerate(rows):
            cells = [local_time(row.at), row.who or self.tr("unknown"), self.field_label(row),
                     self.value_text(row.field, row.old), self.value_text(row.field, row.new), self.means_label(row)]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text if len(text) <= CELL_CHARS else text[:CELL_CHARS - 1] + "…")
                item.setToolTip(text)
                self.table.setItem(r, c, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for c in (3, 4):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        self.empty = QLabel(self.tr("No change has been recorded for this question yet."), self)
        self.empty.setVisible(not rows)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(900, 420)

    def field_label(self, row: HistoryRow) -> str:
        labels = {"value": self.tr("Answer"), "na_reason": self.tr("Reason it does not apply"),
                  "comment": self.tr("Comment"), "legal_provision": self.tr("Legal provision"),
                  "evidence": self.tr("Evidence"), "confidence": self.tr("Confidence"),
                  "institution": self.tr("Institution to ask"), "to_review": self.tr("To review"),
                  "weight": self.tr("Weight"), "reason": self.tr("Reason for the weight")}
        text = labels.get(row.field, row.field)
        if row.op == "baseline":
            return self.tr("{field} (state when the history began)").format(field=text)
        if row.op == "delete":
            return self.tr("{field} (removed)").format(field=text)
        return text

    def value_text(self, name: str, value: Any) -> str:
        if value is None or value == "":
            return "—"
        if name == "value":
            return _label(ANSWER_LABELS, AnswerValue(value))
        if name == "confidence":
            return _label(CONFIDENCE_LABELS, Confidence(value))
        if isinstance(value, bool):
            return self.tr("Yes") if value else self.tr("No")
        if isinstance(value, float):
            return QLocale().toString(value, "g", 6)
        return str(value)

    def means_label(self, row: HistoryRow) -> str:
        labels = {"window": self.tr("the window"), "import": self.tr("an import"),
                  "merge": self.tr("a merged contribution"), "upgrade": self.tr("a questionnaire upgrade"),
                  "follow-up": self.tr("a follow-up"), "cli": self.tr("the command line"),
                  "restore": self.tr("a restored backup"), "migration": self.tr("the database upgrade")}
        return labels.get(row.means, row.means)
