"""Files in and out: the report export dialog, importing answers (preview, then apply) and the Excel
answer template."""

from __future__ import annotations

import contextlib
import logging
import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.answers import ANSWER_LABELS, AnswerValue
from app.services.errors import EXPECTED, describe
from app.services.imports import ImportPlan, ImportRefused
from app.services.settings import Settings, load_settings, save_settings

from . import i18n
from .assessment_dialogs import marking_labels
from .controller import Controller
from .errors import show_error
from .fit import fit_to_screen, wrap_header, wrapping_check

log = logging.getLogger(__name__)

LANGUAGE_NAMES = {"en": "English", "fr": "Français", "ar": "العربية"}


def with_wait_cursor(fn: Callable[[], Path]) -> Path:
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return fn()
    finally:
        QGuiApplication.restoreOverrideCursor()


def documents_folder() -> Path:
    """The user's Documents folder (the platform's convention), created when missing in an existing home folder
    (a fresh account, a minimal Linux install: the export dialog said "The folder …/Documents does not exist");
    the home folder when the platform names none or it cannot be created."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    home = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.HomeLocation) or Path.home())
    if not location:
        return home
    folder = Path(location)
    try:
        if not folder.is_dir() and folder.parent.is_dir():
            folder.mkdir()
            log.info("created the Documents folder for exports")
        if folder.is_dir():
            return folder
    except OSError as e:  # read-only home, a file by that name: the home folder instead
        log.warning("the Documents folder cannot be created (%s); the home folder is offered instead",
                    e.strerror or type(e).__name__)
    return home


def export_folder(settings: Settings) -> Path:
    """Where reports go: the folder of the last export if it still exists, else the Documents folder."""
    last = Path(settings.export_folder) if settings.export_folder else None
    try:
        usable = last is not None and last.is_dir()
    except OSError as e:  # a name too long, a parent folder that cannot be read: not usable, not a crash
        log.warning("the last export folder cannot be used (%s); the Documents folder is offered instead",
                    e.strerror or type(e).__name__)
        usable = False
    return last if usable and last is not None else documents_folder()


def open_path(path: Path) -> bool:
    """Open a file with its usual application, or a folder in the file manager."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class ExportDoneDialog(QDialog):
    """Said once a report is written: where it is, with buttons to open it or its folder."""

    def __init__(self, path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.path = path
        self.setWindowTitle(self.tr("Report written"))
        text = QLabel(self.tr("The report was written:"), self)
        where = QLineEdit(str(path), self)
        where.setReadOnly(True)
        where.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        where.setAccessibleName(self.tr("File written"))
        where.setMinimumWidth(min(520, where.fontMetrics().horizontalAdvance(str(path)) + 24))
        self.error = QLabel(self, wordWrap=True)
        self.error.setStyleSheet("color:#b3261e;")
        self.error.hide()
        buttons = QDialogButtonBox(self)
        self.open_file_button = buttons.addButton(self.tr("Open the &file"), QDialogButtonBox.ButtonRole.ActionRole)
        self.open_folder_button = buttons.addButton(self.tr("Open the f&older"),
                                                    QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("&Close"))
        self.open_file_button.setDefault(True)
        self.open_file_button.clicked.connect(lambda: self._open(path))
        self.open_folder_button.clicked.connect(lambda: self._open(path.parent))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(where)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _open(self, target: Path) -> None:
        if open_path(target):
            self.accept()
            return
        self.error.setText(self.tr("It could not be opened from here (no application for it?). Its path is "
                                   "above: select it and copy it."))
        self.error.show()


_ILLEGAL_IN_NAMES = set('<>:"/\\|?*')  # not allowed in a file name on Windows (the slash on Linux too)
_RESERVED_NAMES = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}


def file_name_of(title: str) -> str:
    """A readable file name for `title`: only what Windows or Linux refuse is replaced (\\ / : * ? " < > |, control
    characters; a trailing dot or space; a reserved device name); dashes, accents, Arabic letters stay ("Revue
    nationale OPSC 2026 — Ministère de la Justice", not "… 2026 _ Minist…")."""
    safe = "".join(" " if c.isspace() else "_" if c in _ILLEGAL_IN_NAMES or ord(c) < 32 else c for c in title)
    safe = " ".join(safe.split())[:150].rstrip(". ")
    if safe.split(".")[0].upper() in _RESERVED_NAMES:
        safe = f"{safe}_"
    return safe or "assessment"


def default_name(controller: Controller, suffix: str) -> str:
    assert controller.current is not None
    return f"{file_name_of(controller.info(controller.current).title)}{suffix}"


def show_name_start(field: QLineEdit) -> None:
    """A path too long for its field shows the start of its file name (the end first, then the cursor back to the
    name's start: the field scrolls just enough), not only the name's last characters."""
    text = field.text()
    field.setCursorPosition(len(text))
    field.setCursorPosition(len(str(Path(text).parent)) + 1 if "/" in text or "\\" in text else 0)


class ExportDialog(QDialog):
    """Format, report language (independent of the interface), marking and where to write."""

    def __init__(self, controller: Controller, fmt: str = "pdf", parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("Export report"))
        self.setMinimumWidth(520)
        self.format = QComboBox(self)
        self.format.addItem(self.tr("PDF report"), "pdf")
        self.format.addItem(self.tr("Excel workbook (.xlsx)"), "xlsx")
        self.format.setCurrentIndex(self.format.findData(fmt))
        self.language = QComboBox(self)
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(i18n.current_language()))
        self.marking = QComboBox(self)
        self.marking.setEditable(True)
        for key, label in marking_labels().items():
            self.marking.addItem(label, key)
        assert controller.current is not None
        stored = controller.info(controller.current).confidentiality
        i = self.marking.findData(stored)
        self.marking.setCurrentIndex(i) if i >= 0 else self.marking.setEditText(stored)
        self.path = QLineEdit(self)
        self.path.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # a path reads left to right, also in Arabic
        self.settings = load_settings()
        self.path.setText(str(export_folder(self.settings) / default_name(controller, ".pdf")))
        show_name_start(self.path)
        self.summary = QCheckBox(self.tr("S&ummary only: leave out the question-by-question part"), self)
        self.summary.setToolTip(self.tr("The cover, summary, results, action plan and method — a few pages "
                                        "instead of dozens, for a first reading or an early draft"))
        self.audit = QCheckBox(self.tr("Add the audit &trail: every change, when, who, from what to what"), self)
        self.audit.setToolTip(self.tr("An annex listing every recorded change, and whether the trail still matches "
                                      "the answers (see “History and its check” in the user guide)"))
        self.workshop = QCheckBox(self.tr("&Workshop annex: contributors, agreement by section, questions in "
                                          "dispute"), self)
        has_contributions = controller.has_contributions()  # the annex only once contributions were received
        self.workshop.setChecked(has_contributions)
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self.browse)
        self.format.currentIndexChanged.connect(self._format_changed)
        self.error = QLabel(self, wordWrap=True)
        self.error.setStyleSheet("color:#b3261e;")
        self.error.hide()
        self._lay_out(browse)
        self.workshop_row.setVisible(has_contributions)
        self._format_changed()

    def _lay_out(self, browse: QPushButton) -> None:
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("&Format:"), self.format)
        form.addRow(self.tr("Report &language:"), self.language)
        form.addRow(self.tr("Confidentiality &marking:"), self.marking)
        save_as = QLabel(self.tr("&Save as:"), self)
        save_as.setBuddy(self.path)  # a row holding a layout gets no buddy: Alt+S would do nothing
        form.addRow(save_as, where)
        # long labels wrap (French at 1024 px, any language at 150 % text)
        self.workshop_row = wrapping_check(self.workshop)
        form.addRow("", wrapping_check(self.summary))
        form.addRow("", wrapping_check(self.audit))
        form.addRow("", self.workshop_row)
        for w, name in ((self.format, self.tr("Format")), (self.language, self.tr("Report language")),
                        (self.marking, self.tr("Confidentiality marking")), (self.path, self.tr("File to write"))):
            w.setAccessibleName(name)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        buttons.accepted.connect(self.run)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def fmt(self) -> str:
        return str(self.format.currentData())

    def _format_changed(self) -> None:
        p = Path(self.path.text())
        self.path.setText(str(p.with_suffix("." + self.fmt())))
        show_name_start(self.path)
        self.summary.setEnabled(self.fmt() == "pdf")  # the workbook always holds every answer

    def browse(self) -> None:
        filters = self.tr("PDF files (*.pdf)") if self.fmt() == "pdf" else self.tr("Excel workbooks (*.xlsx)")
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export report"), self.path.text(), filters)
        if chosen:
            self.path.setText(str(Path(chosen).with_suffix("." + self.fmt())))

    def marking_value(self) -> str:
        text = self.marking.currentText().strip()
        i = self.marking.currentIndex()
        return str(self.marking.itemData(i)) if i >= 0 and self.marking.itemText(i) == text else text

    def run(self) -> None:
        """Write the report; on failure say why and stay open."""
        if not self.path.text().strip():
            self._fail(self.tr("Choose where to save the report."))
            return
        out = resolved_path(self.path, export_folder(self.settings))
        assert self.controller.current is not None
        marking = self.marking_value()
        if marking != self.controller.info(self.controller.current).confidentiality:
            self.controller.update_assessment(self.controller.current, confidentiality=marking)
        try:
            summary = self.summary.isChecked() and self.fmt() == "pdf"
            workshop = self.workshop.isVisibleTo(self) and self.workshop.isChecked()
            self.written = with_wait_cursor(
                lambda: self.controller.export_report(self.fmt(), str(self.language.currentData()), out, summary,
                                                      audit=self.audit.isChecked(), workshop=workshop))
        except EXPECTED as e:  # a failure the user can act on; a bug goes to the crash handler
            self._fail(self.tr("The report could not be written: {reason}").format(
                reason=describe(e, i18n.current_language())))
            return
        self.settings = load_settings()  # fresh: another window may have changed other preferences
        self.settings.export_folder = str(self.written.parent)
        with contextlib.suppress(OSError):  # a preference is not worth failing an export for
            save_settings(self.settings)
        self.accept()

    def _fail(self, message: str) -> None:
        self.error.setText(breakable(message))
        self.error.show()
        grow_for_wrapped_text(self)


def resolved_path(field: QLineEdit, folder: Path) -> Path:
    """The file named in `field`; a name without a folder (or a relative path) is taken in `folder` (the
    export folder the dialog offered), not in the program's working folder, and the field then shows
    the full path that will be written."""
    out = Path(field.text().strip()).expanduser()
    if not out.is_absolute():
        out = folder / out
        field.setText(str(out))
    return out


_BREAK_AFTER = re.compile(r"[/\\]|[^\s/\\]{30}(?=[^\s/\\])")


def breakable(message: str) -> str:
    """A message a word-wrapped label can break inside a long path: a zero-width space after each folder
    separator and inside any unbroken run of 30 characters (a path or a name with no space was one line
    cut off at both ends)."""
    return _BREAK_AFTER.sub(lambda m: m.group(0) + "\u200b", message)


def grow_for_wrapped_text(dialog: QDialog) -> None:
    """Make a shown dialog tall enough for its wrapped labels at its width (a message just shown, over
    several lines: a top-level layout does not grow for a label's height-for-width by itself, so the
    message overlapped the check boxes above it and squeezed them); never beyond the screen."""
    layout = dialog.layout()
    if layout is None:
        return
    layout.activate()
    need = layout.totalHeightForWidth(dialog.width()) if layout.hasHeightForWidth() else -1
    need = max(need, layout.totalSizeHint().height())
    if need > dialog.height():
        fit_to_screen(dialog, dialog.width(), need)


# ---- import ------------------------------------------------------------------------------------


def answer_label(code: str | None) -> str:
    if not code:
        return "—"
    labels = ANSWER_LABELS[AnswerValue(code)]
    return labels.get(i18n.current_language()) or labels["en"]


class ImportProblemsDialog(QDialog):
    """The file was refused: every problem line, nothing changed."""

    def __init__(self, refused: ImportRefused, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("The file was not imported"))
        self.resize(700, 380)
        problems = refused.lines(i18n.current_language())
        intro = QLabel(self.tr("Nothing was changed. Correct these problems (total: {n}) in the file and import it "
                               "again:").format(n=refused.total), self, wordWrap=True)
        self.list = QListWidget(self)
        # each problem wraps at the list's width (its end was behind a horizontal scroll bar)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setUniformItemSizes(False)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setSpacing(2)
        self.list.addItems(problems)
        self.list.setAccessibleName(self.tr("Problems found in the file"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)


class ImportPreviewDialog(QDialog):
    """What the file would change (only what differs; empty cells change nothing); applied on confirmation."""

    def _also(self, values: dict[str, object]) -> str:
        """Besides the answer, what else the import changes on this row."""
        names = {"na_reason": self.tr("reason for N/A"), "comment": self.tr("comment")}
        return ", ".join(names[k] for k in names if k in values)

    def __init__(self, controller: Controller, plan: ImportPlan, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import answers: check before applying"))
        self.resize(860, 460)
        lang = i18n.current_language()
        intro = QLabel(self.tr("{file} — answers in the file: {n}, different from now: {changed}. Apply?").format(
            file=plan.source.name, n=plan.read, changed=plan.changed), self, wordWrap=True)
        self.table = QTableWidget(len(plan.rows), 5, self)
        wrap_header(self.table)
        self.table.setHorizontalHeaderLabels([self.tr("Question"), self.tr("Text"), self.tr("Now"),
                                              self.tr("After import"), self.tr("Also changes")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAccessibleName(self.tr("Answers that would be imported"))
        for row, r in enumerate(plan.rows):
            text = controller.questionnaire.question(r.question_id).text.get(lang)
            cells = (r.question_id, text, answer_label(r.before), answer_label(r.after), self._also(r.values))
            for col, cell in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(cell))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Apply"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)


def import_answers(parent: QWidget, controller: Controller, path: Path | None = None) -> bool:
    """Choose a file, check it, preview the changes, apply on confirmation. True when applied."""
    if path is None:
        title = QCoreApplication.translate("FileDialogs", "Import answers")
        filters = QCoreApplication.translate(
            "FileDialogs", "Answer files (*.csv *.xlsx);;CSV files (*.csv);;Excel answer templates (*.xlsx)")
        chosen, _ = QFileDialog.getOpenFileName(parent, title, str(export_folder(load_settings())), filters)
        if not chosen:
            return False
        path = Path(chosen)
    try:
        plan = controller.read_import(path)
    except ImportRefused as e:
        ImportProblemsDialog(e, parent).exec()
        return False
    except EXPECTED as e:
        text = QCoreApplication.translate("FileDialogs", "The file could not be read: {reason}")
        show_error(parent, text.format(reason=describe(e, i18n.current_language())))
        return False
    if ImportPreviewDialog(controller, plan, parent).exec() != QDialog.DialogCode.Accepted:
        return False
    return controller.apply_import(plan) is not None


def save_template(parent: QWidget, controller: Controller) -> Path | None:
    """Write the Excel answer template for answering offline."""
    start = str(export_folder(load_settings()) / default_name(controller, " - answers.xlsx"))
    title = QCoreApplication.translate("FileDialogs", "Save the answer template")
    filters = QCoreApplication.translate("FileDialogs", "Excel workbooks (*.xlsx)")
    chosen, _ = QFileDialog.getSaveFileName(parent, title, start, filters)
    if not chosen:
        return None
    out = Path(chosen).with_suffix(".xlsx")
    try:
        return with_wait_cursor(lambda: controller.export_template(i18n.current_language(), out))
    except EXPECTED as e:
        text = QCoreApplication.translate("FileDialogs", "The template could not be written: {reason}")
        show_error(parent, text.format(reason=describe(e, i18n.current_language())))
        return None
