"""Saying what went wrong: the banner for non-blocking messages, the questionnaire problems dialog and
the dialog shown when a database file cannot be opened (the file is never touched)."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.services.errors import StorageError

from . import i18n
from .fit import wrap_header

if TYPE_CHECKING:
    from app.services.catalog import Loaded


class Banner(QFrame):
    """A coloured strip above the content: says something without stopping the user."""

    STYLES = {
        "error": "background:#fdecea; color:#611a15; border:1px solid #f5c2c0;",
        "warning": "background:#fff4e5; color:#663c00; border:1px solid #ffd8a8;",
        "info": "background:#e8f1fb; color:#0b3a66; border:1px solid #b6d4f2;",
    }

    def __init__(self, kind: str = "error", closable: bool = True, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("banner")
        self.setStyleSheet(f"QFrame#banner {{{self.STYLES[kind]} border-radius:4px;}} QLabel {{border:none;}}")
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = self._row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 6, 6)
        row.addWidget(self.label, 1)
        if closable:
            close = QToolButton(self)
            close.setText("✕")
            close.setAutoRaise(True)
            close.setToolTip(self.tr("Hide this message"))
            close.setAccessibleName(self.tr("Hide this message"))
            close.clicked.connect(self.hide)
            row.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.setAccessibleName(self.tr("Message"))
        self.hide()

    def add_button(self, button: QWidget) -> None:
        """A button beside the message (before the close button)."""
        button.setParent(self)
        self._row.insertWidget(1, button, 0, Qt.AlignmentFlag.AlignTop)

    def show_message(self, text: str) -> None:
        self.label.setText(text)
        self.setAccessibleDescription(text)
        self.show()

    def text(self) -> str:
        return self.label.text()


# ---- the questionnaire files have errors --------------------------------------------------------


def questionnaire_problems_text(loaded: Loaded) -> str:
    """Every error of the questionnaire folder, one per line, with file, line and key."""
    heading = QCoreApplication.translate("Errors", "Errors in the questionnaire in {path} (total: {n}):")
    lines = [heading.format(path=loaded.path, n=len(loaded.errors))]
    for p in loaded.errors:
        where = f"{p.file}:{p.line}" if p.line else p.file
        key = f" [{p.key}]" if p.key else ""
        lines.append(f"• {where}{key}: {p.message}")
    lines.append(explanation(loaded.path))
    return "\n".join(lines)


def explanation(path: Path) -> str:
    text = QCoreApplication.translate("Errors", "Assessments cannot be opened until the file is fixed. Correct "
                                                "the files listed, then check them with: python -m app validate "
                                                "{path}. Your saved answers are not affected.")
    return text.format(path=path)


class QuestionnaireProblemsDialog(QDialog):
    """Lists each problem of the questionnaire files (file, line, key, message)."""

    def __init__(self, loaded: Loaded, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("The questionnaire has errors"))
        self.resize(820, 420)
        intro = QLabel(self.tr("The questionnaire in {path} has errors (total: {n}). The app has started, but "
                               "assessments cannot be opened until the file is fixed.").format(
            path=loaded.path, n=len(loaded.errors)))
        intro.setWordWrap(True)
        self.table = QTableWidget(len(loaded.errors), 4, self)
        wrap_header(self.table)
        self.table.setHorizontalHeaderLabels(
            [self.tr("File"), self.tr("Line"), self.tr("Key"), self.tr("Problem")])
        self.table.setAccessibleName(self.tr("Problems in the questionnaire files"))
        for row, p in enumerate(loaded.errors):
            for col, value in enumerate((p.file, str(p.line or ""), p.key, p.message)):
                item = QTableWidgetItem(value)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, col, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        how = QLabel(explanation(loaded.path))
        how.setWordWrap(True)
        how.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        for w in (intro, self.table, how, buttons):
            layout.addWidget(w)


# ---- the database file cannot be opened ----------------------------------------------------------


class StorageChoice(Enum):
    OPEN = "open"
    NEW = "new"
    RESTORE = "restore"
    QUIT = "quit"


def storage_error_text(e: StorageError | OSError, path: Path | str) -> str:
    if isinstance(e, StorageError):
        from .controller import storage_message  # the controller needs SQLAlchemy: only when it is said

        return storage_message(e)
    from app.services.errors import describe

    text = QCoreApplication.translate("Errors", "The file {path} could not be opened: {detail}. "
                                                "It has not been changed.")
    return text.format(path=path, detail=describe(e, i18n.current_language()))


class StorageErrorDialog(QDialog):
    """Explains why the file cannot be opened and offers: open another file, start a new file, quit; and,
    for a damaged file that has backups, restore one."""

    def __init__(self, message: str, parent: QWidget | None = None, can_restore: bool = False):
        super().__init__(parent)
        self.setWindowTitle(self.tr("The assessment file cannot be opened"))
        self.choice = StorageChoice.QUIT
        self.message = QLabel(message)
        self.message.setWordWrap(True)
        self.message.setMinimumWidth(460)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setAccessibleName(self.tr("What went wrong"))
        buttons = QDialogButtonBox(self)
        restore = [(self.tr("&Restore a backup…"), StorageChoice.RESTORE, QDialogButtonBox.ButtonRole.AcceptRole)]
        for text, choice, role in (
            *(restore if can_restore else []),
            (self.tr("&Open another file…"), StorageChoice.OPEN, QDialogButtonBox.ButtonRole.AcceptRole),
            (self.tr("Start a &new file…"), StorageChoice.NEW, QDialogButtonBox.ButtonRole.AcceptRole),
            (self.tr("&Quit"), StorageChoice.QUIT, QDialogButtonBox.ButtonRole.RejectRole),
        ):
            button = QPushButton(text, self)
            button.clicked.connect(lambda _=False, c=choice: self._choose(c))
            buttons.addButton(button, role)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _choose(self, choice: StorageChoice) -> None:
        self.choice = choice
        self.accept() if choice is not StorageChoice.QUIT else self.reject()


def ask_storage_choice(parent: QWidget | None, message: str, can_restore: bool = False) -> StorageChoice:
    dialog = StorageErrorDialog(message, parent, can_restore)
    dialog.exec()
    return dialog.choice


def show_error(parent: QWidget | None, message: str, title: str | None = None) -> None:
    title = title or QCoreApplication.translate("Errors", "Something went wrong")
    QMessageBox.warning(parent, title, message)
