"""Someone else saved this answer after it was loaded: show their version beside ours, and let the
user choose which one stays. Nothing is overwritten before that choice."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain.answers import ANSWER_LABELS, CONFIDENCE_LABELS, Answer
from app.domain.times import local, zone_label

from . import i18n

FIELDS = ("value", "na_reason", "comment", "legal_provision", "evidence", "confidence")


def _when(value: datetime) -> str:
    """When they saved (stored in UTC) on this computer's clock, with its zone: 30/11/2026 17:05 (UTC+03:00)."""
    t = local(value)
    dt = QDateTime(t.year, t.month, t.day, t.hour, t.minute, t.second)
    return f"{QLocale().toString(dt, QLocale.FormatType.ShortFormat)} ({zone_label(t)})"


def _label(labels: dict[Any, dict[str, str]], key: Any) -> str:
    texts = labels[key]
    return texts.get(i18n.current_language()) or texts["en"]


class ConflictDialog(QDialog):
    """Their version and ours, field by field (the fields that differ in bold); two ways out."""

    KEEP_MINE = 1
    KEEP_THEIRS = 2

    def __init__(self, question_id: str, theirs: Answer | None, by: str, when: datetime | None, mine: Answer,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.choice = self.KEEP_THEIRS  # closing the dialog keeps what is stored: nothing is lost
        self.setWindowTitle(self.tr("Someone else changed this answer"))
        layout = QVBoxLayout(self)
        who = by or self.tr("another user")
        intro = self.tr("{who} saved the answer to {question} on {when}, after you opened it. Nothing has been "
                        "overwritten yet. Compare the two versions and choose the one to keep.")
        self.intro = QLabel(intro.format(who=who, question=question_id,
                                         when=_when(when) if when else self.tr("an unknown date")), self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        layout.addWidget(self._table(theirs or Answer(question_id), mine, who), 1)
        buttons = QDialogButtonBox(self)
        self.mine_button = QPushButton(self.tr("Keep &my version"), self)
        self.mine_button.setToolTip(self.tr("Your version replaces theirs; theirs stays in this window until "
                                            "you close it"))
        self.theirs_button = QPushButton(self.tr("Keep &their version"), self)
        self.theirs_button.setToolTip(self.tr("Your unsaved changes to this answer are dropped"))
        buttons.addButton(self.mine_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.theirs_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.mine_button.clicked.connect(self.keep_mine)
        self.theirs_button.clicked.connect(self.keep_theirs)
        self.theirs_button.setDefault(True)
        layout.addWidget(buttons)
        self.resize(720, 420)

    def _names(self) -> dict[str, str]:
        return {"value": self.tr("Answer"), "na_reason": self.tr("Reason for N/A"), "comment": self.tr("Comment"),
                "legal_provision": self.tr("Legal provision"), "evidence": self.tr("Evidence"),
                "confidence": self.tr("Confidence")}

    def _text(self, a: Answer, name: str) -> str:
        v = getattr(a, name)
        if name == "value":
            return _label(ANSWER_LABELS, v) if v is not None else self.tr("(no answer)")
        if name == "confidence":
            return _label(CONFIDENCE_LABELS, v) if v is not None else "—"
        return str(v) if v else "—"

    def _table(self, theirs: Answer, mine: Answer, who: str) -> QScrollArea:
        grid_host = QWidget(self)
        grid = QGridLayout(grid_host)
        bold = QFont(self.font())
        bold.setBold(True)
        for col, text in enumerate(("", self.tr("Their version ({who})").format(who=who), self.tr("Your version"))):
            head = QLabel(text, grid_host)
            head.setFont(bold)
            grid.addWidget(head, 0, col)
        self.differing: list[str] = []
        row = 1
        names = self._names()
        for name in FIELDS:
            a, b = self._text(theirs, name), self._text(mine, name)
            if a == b == "—":
                continue
            differs = getattr(theirs, name) != getattr(mine, name)
            if differs:
                self.differing.append(name)
            for col, text in enumerate((names[name], a, b)):
                cell = QLabel(text, grid_host)
                cell.setWordWrap(True)
                cell.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                cell.setAlignment(Qt.AlignmentFlag.AlignTop)
                if differs or col == 0:
                    cell.setFont(bold)
                grid.addWidget(cell, row, col)
            row += 1
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(row, 1)
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setWidget(grid_host)
        return area

    def keep_mine(self) -> None:
        self.choice = self.KEEP_MINE
        self.accept()

    def keep_theirs(self) -> None:
        self.choice = self.KEEP_THEIRS
        self.reject()


def ask(dialog: ConflictDialog) -> int:
    """Show the dialog and wait for the choice (tests replace this to choose without a user)."""
    dialog.exec()
    return dialog.choice
