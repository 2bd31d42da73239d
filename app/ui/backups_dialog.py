"""File → Restore a backup…: each backup with its date, why it was made and what it holds; restoring
one first backs up the current file, so a restore can itself be undone. The same list is offered when
the file is too damaged to open (DamagedFile): the damaged file is then set aside, unchanged."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .fit import wrap_header

if TYPE_CHECKING:
    from app.services.backups import BackupInfo

    from .controller import Controller


def when(moment: datetime) -> str:
    """A date and time in the interface language's short format."""
    stamp = QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute, moment.second))
    return QLocale().toString(stamp, QLocale.FormatType.ShortFormat)


class BackupSource(Protocol):
    """Where the backups come from and how one is put back: the open file (the Controller) or a file too
    damaged to open (DamagedFile)."""

    damaged: bool

    def backups(self) -> list[BackupInfo]: ...

    def restore_backup(self, backup: Path) -> bool: ...


class DamagedFile:
    """The backups of a file that cannot be opened; restoring one sets the damaged file aside first."""

    damaged = True

    def __init__(self, path: Path):
        self.path = path
        self.set_aside: Path | None = None  # where the damaged file went

    def backups(self) -> list[BackupInfo]:
        from app.services.backups import backups_of_file

        return backups_of_file(self.path)

    def restore_backup(self, backup: Path) -> bool:
        from app.services.backups import restore_damaged
        from app.services.errors import EXPECTED, describe

        from . import i18n
        from .errors import show_error

        try:
            self.set_aside = restore_damaged(self.path, backup)
        except EXPECTED as e:
            show_error(None, describe(e, i18n.current_language()))
            return False
        return True


class RestoreBackupDialog(QDialog):
    def __init__(self, controller: BackupSource | Controller, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.damaged = bool(getattr(controller, "damaged", False))
        self.setWindowTitle(self.tr("Restore a backup"))
        self.resize(820, 420)
        self.backups: list[BackupInfo] = controller.backups()
        if self.damaged:
            text = self.tr("The file is damaged. Choose a backup to put in its place; the damaged file is moved, "
                           "unchanged, to the backups folder (ending in “-damaged”), so nothing is lost.")
        else:
            text = self.tr("Backups are made automatically at the first change of each day and before each "
                           "import or upgrade. Choose one to put its content back; the current file is "
                           "backed up first, so nothing is lost.")
        intro = QLabel(text, self)
        intro.setWordWrap(True)
        self.table = QTableWidget(len(self.backups), 4, self)
        wrap_header(self.table)
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Made"), self.tr("Assessments"),
                                              self.tr("Size")])
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        locale = QLocale()
        for row, b in enumerate(self.backups):
            cells = (when(b.made_at), self.reason(b.reason),
                     self.contents(b), locale.formattedDataSize(b.size))
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        self.empty = QLabel(self.tr("There are no backups of this file yet."), self)
        self.empty.setVisible(not self.backups)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = self.buttons.addButton(self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(False)
        self.buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore)
        self.table.itemSelectionChanged.connect(self._selected)
        layout = QVBoxLayout(self)
        for w in (intro, self.table, self.empty, self.buttons):
            layout.addWidget(w)
        if self.backups:
            self.table.selectRow(0)

    def reason(self, code: str) -> str:
        names = {"daily": self.tr("first change of the day"), "import": self.tr("before an import"),
                 "upgrade": self.tr("before an upgrade"), "merge": self.tr("before a merge"),
                 "restore": self.tr("before a restore"), "manual": self.tr("by hand")}
        return names.get(code, code)

    def contents(self, b: BackupInfo) -> str:
        if b.problem:
            return self.tr("cannot be read: {reason}").format(reason=b.problem)
        if not b.assessments:
            return self.tr("no assessments")
        return "\n".join(self.tr("{title} ({country}): {n} answered").format(
            title=a.title, country=a.country_code, n=a.answered) for a in b.assessments)

    def chosen(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def _selected(self) -> None:
        b = self.chosen()
        self.restore_button.setEnabled(b is not None and not b.problem)

    def confirm(self, b: BackupInfo) -> bool:
        if self.damaged:
            text = self.tr("Put the backup of {date} in place of the damaged file? Changes made after {date} are "
                           "not in it.").format(date=when(b.made_at))
        else:
            text = self.tr("Put back the content of the backup of {date}? The current file is backed up first, "
                           "so this can be undone from this same list.").format(date=when(b.made_at))
        answer = QMessageBox.question(self, self.tr("Restore a backup"), text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def restore(self) -> None:
        b = self.chosen()
        if b is None or not self.confirm(b):
            return
        if self.controller.restore_backup(b.path):
            self.accept()


def restore_backup(parent: QWidget, controller: Controller) -> bool:
    dialog = RestoreBackupDialog(controller, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    return dialog.exec() == QDialog.DialogCode.Accepted
