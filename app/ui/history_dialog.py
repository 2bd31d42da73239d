"""A question's history (the audit trail, docs/audit.md): when, who, what changed from what to what, and
by which means, newest first. Read only; long texts are cut in the table and shown whole in a tooltip."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import QDateTime, QLocale
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.answers import ANSWER_LABELS, CONFIDENCE_LABELS, AnswerValue, Confidence
from app.domain.report import ActionStatus, Priority
from app.services.audit import HistoryRow, field_label
from app.services.countries import country_name

from . import i18n
from .action_dialog import fmt_budget_input, priority_labels, status_labels
from .fit import available, fit_columns, fit_to_screen

ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
CELL_CHARS = 80  # longer texts are cut in the table; the tooltip has them whole


def local_time(at: datetime) -> str:
    """A UTC time of the trail, in the computer's time zone and the interface's date format."""
    local = at.replace(tzinfo=UTC).astimezone()
    dt = QDateTime(local.year, local.month, local.day, local.hour, local.minute, local.second)
    return QLocale().toString(dt, QLocale.FormatType.ShortFormat)


def _iso_date(text: str) -> date | None:
    """The trail keeps a date as ISO text ("2027-06-30"): shown in the interface's date format, as elsewhere."""
    if not ISO_DATE.fullmatch(text):
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def _cut(text: str, n: int) -> str:
    return text if len(text) <= n else text[:n - 1] + "…"


def _label(labels: dict[Any, dict[str, str]], key: Any) -> str:
    texts = labels[key]
    return texts.get(i18n.current_language()) or texts["en"]


class HistoryDialog(QDialog):
    """A question's history (`question_id`), or with `whole` the history of the assessment's details and
    weights (`question_id` is then the assessment's title)."""

    def __init__(self, question_id: str, rows: list[HistoryRow], parent: QWidget | None = None, whole: bool = False):
        super().__init__(parent)
        self.whole = whole
        layout = QVBoxLayout(self)
        if whole:
            self.setWindowTitle(self.tr("History of the assessment “{title}”").format(title=question_id))
            text = self.tr("Every change to the details of the assessment and to the weights of its questions, the "
                           "newest first (each question's answer and actions: History… on its page, Ctrl+H). The "
                           "history is kept with the assessment, and can be checked against what is stored at any "
                           "time (see “History and its check” in the user guide).")
        else:
            self.setWindowTitle(self.tr("History of {question}").format(question=question_id))
            text = self.tr("Every change to the answer, the weight and the actions of {question}, the newest first. "
                           "The history is kept with the assessment, and can be checked against the answers at any "
                           "time (see “History and its check” in the user guide).").format(question=question_id)
        intro = QLabel(text, self)
        intro.setWordWrap(True)
        # a little room at each end of its lines: a line filling the width exactly had the ink of its last Arabic
        # letter past the label's edge, cut ("في أي وقت" at 1024x600)
        side = max(2, intro.fontMetrics().averageCharWidth() // 2)
        intro.setContentsMargins(side, 0, side, 0)
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
        # the What column takes the room and wraps; When, Who, From, To and By stay as wide as their content
        # (narrowed together, wrapping between words, when the screen is short): no sideways scrolling at
        # 1024 px or at 150 % text
        # From and To wrap at 24 characters: at 40 the French "Quoi" column elided while "Vers" stayed wide
        self.fitter = fit_columns(self.table, stretch=2, min_chars=18, max_chars={3: 24, 4: 24})
        self.empty = QLabel(self.tr("No change has been recorded for this assessment yet.") if whole else
                            self.tr("No change has been recorded for this question yet."), self)
        self.empty.setVisible(not rows)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # as tall as the rows need (its rows wrap on several lines), never taller than the screen: a fixed 420 px
        # showed two changes at a time on an 800-px screen
        area = available(self)
        fit_to_screen(self, min(900, area.width()), min(420, area.height()))
        self.fitter.refit()
        rows_height = sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        need = self.table.horizontalHeader().height() + rows_height + self.table.frameWidth() * 2 + 2
        if need > self.table.height():
            fit_to_screen(self, self.width(), self.height() + need - self.table.height())
            self.fitter.refit()

    def field_label(self, row: HistoryRow) -> str:
        labels = {"value": self.tr("Answer"), "na_reason": self.tr("Reason it does not apply"),
                  "comment": self.tr("Comment"), "legal_provision": self.tr("Legal provision"),
                  "evidence": self.tr("Evidence"), "confidence": self.tr("Confidence"),
                  "institution": self.tr("Institution to ask"), "to_review": self.tr("To review"),
                  "weight": self.tr("Weight"), "reason": self.tr("Reason for the weight")}
        named = field_label(row.field, i18n.current_language())
        text = labels.get(row.field) or named[:1].upper() + named[1:]
        if row.kind == "action":
            text = self.tr("Action “{action}”: {field}").format(action=_cut(row.about, 40), field=named)
        elif row.kind == "weight" and self.whole:
            text = self.tr("{field} of {question}").format(field=text, question=row.entity)
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
        if name == "country_code" and isinstance(value, str):
            return country_name(value, i18n.current_language())
        if name == "budget" and isinstance(value, (int, float)):
            return fmt_budget_input(float(value))  # "4,500,000" / "4,500,000.50", as in the action plan
        if isinstance(value, bool):
            return self.tr("Yes") if value else self.tr("No")
        if name == "priority" and value in set(Priority):
            return priority_labels()[Priority(value)]
        if name == "status" and value in set(ActionStatus):
            return status_labels()[ActionStatus(value)]
        if name == "validation_status" and value in ("draft", "validated"):
            return self.tr("Validated") if value == "validated" else self.tr("Draft")
        if isinstance(value, float):
            return QLocale().toString(value, "g", 6)
        if isinstance(value, str) and (day := _iso_date(value)) is not None:  # a deadline, the assessment's date
            return i18n.fmt_date(day)
        return str(value)

    def means_label(self, row: HistoryRow) -> str:
        labels = {"window": self.tr("the window"), "import": self.tr("an import"),
                  "merge": self.tr("a merged contribution"), "upgrade": self.tr("a questionnaire upgrade"),
                  "follow-up": self.tr("a follow-up"), "cli": self.tr("the command line"),
                  "restore": self.tr("a restored backup"), "migration": self.tr("the database upgrade")}
        return labels.get(row.means, row.means)
