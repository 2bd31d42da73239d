"""Exchange files in the window: "Share assessment…" (sections, author, optional passphrase, where to save)
and "Receive files…" (exchange files and filled answer templates; a passphrase asked for when a file is
protected; a summary of what became of each file). Passphrases are never stored nor logged."""

from __future__ import annotations

import getpass
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QGuiApplication, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.errors import EXPECTED, describe
from app.services.exchange import MIN_PASSPHRASE as MIN_SHARE_PASSPHRASE
from app.services.exchange import Checked, ExchangeRefused, is_protected
from app.services.messages import message, shown
from app.services.settings import load_settings
from app.services.workspace import ServiceError

from . import i18n
from .controller import Controller
from .file_dialogs import breakable, export_folder, grow_for_wrapped_text, resolved_path
from .fit import wrap_header

log = logging.getLogger(__name__)
T = TypeVar("T")
MIN_PASSPHRASE = MIN_SHARE_PASSPHRASE  # the service refuses shorter ones too
EXCHANGE_SUFFIX = ".opsc"
SECTION_ROLE = Qt.ItemDataRole.UserRole
PASSPHRASE_KEYS = ("exchange_passphrase_needed", "exchange_wrong_passphrase")
WARNING_STYLE = "color:#8a4b00;"  # amber: the file is written all the same, but the user should know


@dataclass(frozen=True)
class ReceiveOutcome:
    """What became of one file: "added", "contribution", "refused" or "skipped" (no passphrase or name);
    "checked" while it waits to be stored with the others."""

    path: Path
    kind: str
    by: str = ""
    title: str = ""
    replaced: bool = False
    reason: str = ""
    assessment_id: int | None = None
    checked: Checked | None = None  # kind "checked": read and checked, not yet stored
    note: str = ""  # said after the result: another title than here, no answers of its own
    replaced_name: str = ""  # the exact name of the contribution it replaced ("root (2)"), when it replaced one
    name_shared: bool = False  # another sender's contribution has the same name: both kept, numbered
    shown_as: str = ""  # the exact name it is shown under ("root (2)"); `by` is its author's name
    warned: bool = False  # its note warns (an older file replaced one of the same name, or answers went missing)


def with_wait_cursor(fn: Callable[[], T]) -> T:
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return fn()
    finally:
        QGuiApplication.restoreOverrideCursor()


def user_name() -> str:
    """The name of the person logged in: the default author of a shared file."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name in the environment nor the password database
        return ""


def _error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent, wordWrap=True)
    label.setStyleSheet("color:#b3261e;")
    label.setAccessibleName(QCoreApplication.translate("ShareDialog", "Problem"))
    label.hide()
    return label


class ShareDialog(QDialog):
    """What to put in the exchange file, who writes it, whether to protect it, and where to save it."""

    def __init__(self, controller: Controller, assessment_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.assessment_id = assessment_id
        self.written: Path | None = None
        self.setWindowTitle(self.tr("Share assessment"))
        self.author = QLineEdit(controller.author or user_name(), self)
        self.author.setAccessibleName(self.tr("Your name, as the author of the file"))
        self.institution = QLineEdit(load_settings().institution, self)
        self.institution.setAccessibleName(self.tr("Your institution"))
        self.institution.setPlaceholderText(self.tr("e.g. Ministry of Justice"))
        self.whole = QRadioButton(self.tr("The &whole assessment"), self)
        self.some = QRadioButton(self.tr("Only the sections &checked below (a group working on some chapters)"),
                                 self)
        self.whole.setChecked(True)
        self.sections = self._section_tree()
        self.some.toggled.connect(self.sections.setEnabled)
        self.sections.setEnabled(False)
        # a group's copy handed out for some sections: those are what it sends back, unless chosen otherwise
        self.handed = controller.handed_sections(assessment_id)
        self.handed_note = QLabel(self.tr(
            "You were handed out only these sections: {sections}. They are checked; choose the whole assessment "
            "to send every section.").format(sections=", ".join(i18n.code(x) for x in self.handed)),
            self, wordWrap=True)
        self.handed_note.setVisible(bool(self.handed))
        outside = controller.answered_outside(assessment_id, self.handed)
        self.outside_note = QLabel(self.tr(
            "Answers outside these sections are not sent unless you choose the whole assessment: {n} ({ids})"
        ).format(n=len(outside), ids=", ".join(i18n.code(x) for x in outside[:5]) + (" …" if len(outside) > 5
                                                                                       else "")),
            self, wordWrap=True)
        self.outside_note.setVisible(bool(outside))
        if self.handed:
            self.some.setChecked(True)
            for sid in self.handed:
                self.check_section(sid)
        self.protect = QCheckBox(self.tr("&Protect the file with a passphrase"), self)
        self.passphrase = QLineEdit(self)
        self.confirm = QLineEdit(self)
        for edit, name in ((self.passphrase, self.tr("Passphrase")), (self.confirm, self.tr("Passphrase again"))):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setEnabled(False)
            edit.setAccessibleName(name)
            self.protect.toggled.connect(edit.setEnabled)
        # a group's copy of a protected hand-out: its answers are as sensitive; protection is proposed
        self.handout_protected = controller.before_sharing(assessment_id, None).handout_protected
        self.protect_note = QLabel(self, wordWrap=True)
        self.protect_note.setVisible(self.handout_protected)
        self.protect.toggled.connect(lambda _on: self.refresh_notes())
        if self.handout_protected:
            self.protect.setChecked(True)
        # a group's copy sending none of its own answers: said while the sections are chosen
        self.nothing_note = QLabel(self.tr(
            "This file would carry none of your own answers (every answer is as it was handed out, or blank): the "
            "facilitator would receive it as bringing nothing. Answer the questions first, or choose other "
            "sections."), self, wordWrap=True)
        self.nothing_note.setStyleSheet(WARNING_STYLE)
        self.nothing_note.hide()
        self.whole.toggled.connect(lambda _on: self.refresh_notes())
        self.sections.itemChanged.connect(lambda *_: self.refresh_notes())
        title = controller.info(assessment_id).title
        safe = "".join(c if c.isalnum() or c in "-_ " else "_" for c in title).strip() or "assessment"
        self.path = QLineEdit(str(export_folder(load_settings()) / f"{safe}{EXCHANGE_SUFFIX}"), self)
        self.path.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # a path reads left to right
        self.path.setAccessibleName(self.tr("File to write"))
        self.error = _error_label(self)
        self._lay_out()
        self.refresh_notes()
        self.setMinimumWidth(min(760, max(560, self.fontMetrics().averageCharWidth() * 80)))

    def refresh_notes(self) -> None:
        """The warnings that follow the choices: protection of a protected hand-out's copy, and a file that
        would carry none of this copy's own answers."""
        if self.handout_protected:
            if self.protect.isChecked():
                self.protect_note.setText(self.tr("The hand-out you received was protected with a passphrase: "
                                                  "protect what you send back too (agree on the passphrase with "
                                                  "the facilitator)."))
                self.protect_note.setStyleSheet("color:#555;")
            else:
                self.protect_note.setText(self.tr("The hand-out you received was protected with a passphrase, but "
                                                  "this file will not be: anyone who gets it can read the "
                                                  "answers."))
                self.protect_note.setStyleSheet(WARNING_STYLE)
        if not hasattr(self, "nothing_note"):
            return
        sections = self.chosen_sections()
        if sections is not None and not sections:  # nothing checked: the dialog asks for a section first
            self.nothing_note.hide()
            return
        self.nothing_note.setVisible(self.controller.before_sharing(self.assessment_id, sections).nothing_of_its_own)

    def _section_tree(self) -> QTreeWidget:
        tree = QTreeWidget(self)
        wrap_header(tree)
        tree.setHeaderHidden(True)
        tree.setAccessibleName(self.tr("Sections to share"))
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        lang, qn = i18n.current_language(), self.controller.questionnaire
        for chapter in qn.chapters:
            top = QTreeWidgetItem(tree, [f"{i18n.chapter_number(chapter.id)} {chapter.title.get(lang)}"])
            top.setFlags(top.flags() | Qt.ItemFlag.ItemIsAutoTristate | Qt.ItemFlag.ItemIsUserCheckable)
            for s in qn.sections_of(chapter.id):
                title = s.title.get(lang) if s.id == chapter.id else f"{i18n.code(s.id)} {s.title.get(lang)}"
                item = QTreeWidgetItem(top, [title])
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(0, Qt.CheckState.Unchecked)
                item.setData(0, SECTION_ROLE, s.id)
                item.setToolTip(0, title)
            top.setExpanded(True)
        tree.setMinimumHeight(tree.fontMetrics().height() * 5)
        return tree

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("&Your name (author of the file):"), self.author)
        form.addRow(self.tr("&Institution:"), self.institution)
        where = QHBoxLayout()
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self.browse)
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        save_as = QLabel(self.tr("&Save as:"), self)
        save_as.setBuddy(self.path)
        form.addRow(save_as, where)
        lock = QFormLayout()
        lock.addRow(self.tr("P&assphrase:"), self.passphrase)
        lock.addRow(self.tr("Passphrase a&gain:"), self.confirm)
        note = QLabel(self.tr("Whoever receives the file needs the passphrase to open it: give it to them by "
                              "another way than the file (in person, by phone). It cannot be recovered if lost."),
                      self, wordWrap=True)
        note.setStyleSheet("color:#555;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Share"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.run)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.whole)
        layout.addWidget(self.some)
        layout.addWidget(self.handed_note)
        layout.addWidget(self.outside_note)
        layout.addWidget(self.sections, 1)
        layout.addWidget(self.nothing_note)
        layout.addWidget(self.protect)
        layout.addWidget(self.protect_note)
        layout.addLayout(lock)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def section_items(self) -> list[QTreeWidgetItem]:
        out: list[QTreeWidgetItem] = []
        for i in range(self.sections.topLevelItemCount()):
            top = self.sections.topLevelItem(i)
            if top is not None:
                out += [c for j in range(top.childCount()) if (c := top.child(j)) is not None]
        return out

    def chosen_sections(self) -> list[str] | None:
        """The sections checked, or None for the whole assessment."""
        if self.whole.isChecked():
            return None
        return [str(item.data(0, SECTION_ROLE)) for item in self.section_items()
                if item.checkState(0) == Qt.CheckState.Checked]

    def check_section(self, section_id: str, on: bool = True) -> None:
        for item in self.section_items():
            if item.data(0, SECTION_ROLE) == section_id:
                item.setCheckState(0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Share assessment"), self.path.text(),
                                                self.tr("Exchange files (*.opsc)"))
        if chosen:
            self.path.setText(str(Path(chosen).with_suffix(EXCHANGE_SUFFIX)))

    def problem(self) -> str | None:
        """What must be corrected before the file can be written, or None."""
        if not self.author.text().strip():
            return self.tr("Write your name: whoever receives the file sees who it comes from.")
        sections = self.chosen_sections()
        if sections is not None and not sections:
            return self.tr("Check at least one section, or choose the whole assessment.")
        if self.protect.isChecked():
            if len(self.passphrase.text()) < MIN_PASSPHRASE:
                return self.tr("The passphrase must have at least {n} characters.").format(n=MIN_PASSPHRASE)
            if self.passphrase.text() != self.confirm.text():
                return self.tr("The two passphrases differ: type the same one twice.")
        if not self.path.text().strip():
            return self.tr("Choose where to save the file.")
        return None

    def run(self) -> None:
        problem = self.problem()
        if problem is not None:
            self._fail(problem)
            return
        out = resolved_path(self.path, export_folder(load_settings()))
        if out.suffix.lower() != EXCHANGE_SUFFIX:
            out = out.with_suffix(EXCHANGE_SUFFIX)
        secret = self.passphrase.text() if self.protect.isChecked() else None
        try:
            self.written = with_wait_cursor(lambda: self.controller.share(
                self.assessment_id, out, self.author.text().strip(), self.chosen_sections(), secret,
                self.institution.text().strip()).path)
        except EXPECTED as e:
            self._fail(self.tr("The file could not be written: {reason}").format(
                reason=describe(e, i18n.current_language())))
            return
        finally:
            secret = None
        self.accept()

    def _fail(self, message: str) -> None:
        self.error.setText(breakable(message))
        self.error.show()
        grow_for_wrapped_text(self)


class PassphraseDialog(QDialog):
    """Asks for the passphrase of one protected file (again, saying so, after a wrong one)."""

    def __init__(self, file_name: str, wrong: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Protected file"))
        text = self.tr("The file {name} is protected. Type its passphrase:").format(name=file_name)
        intro = QLabel(text, self, wordWrap=True)
        self.warning = QLabel(self.tr("Wrong passphrase (or the file was changed since it was written). Try "
                                      "again, or skip this file."), self, wordWrap=True)
        self.warning.setStyleSheet("color:#b3261e;")
        self.warning.setVisible(wrong)
        self.edit = QLineEdit(self)
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setAccessibleName(self.tr("Passphrase"))
        label = QLabel(self.tr("&Passphrase:"), self)
        label.setBuddy(self.edit)
        self.show_box = QCheckBox(self.tr("S&how the passphrase"), self)
        self.show_box.toggled.connect(lambda on: self.edit.setEchoMode(
            QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Open"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Skip this file"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.warning)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.edit, 1)
        layout.addLayout(row)
        layout.addWidget(self.show_box)
        layout.addWidget(buttons)
        self.setMinimumWidth(min(480, self.fontMetrics().averageCharWidth() * 60))


# The asking is done through these two hooks so that tests can answer without a modal loop.
def ask_passphrase(parent: QWidget, file_name: str, wrong: bool) -> str | None:
    dialog = PassphraseDialog(file_name, wrong, parent)
    try:
        return dialog.edit.text() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


class GroupDialog(QDialog):
    """Who filled in an answer template: the group's name (their contribution is named by it) and their
    institution (shown in the workshop annex)."""

    def __init__(self, file_name: str, default: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Answers of a group"))
        intro = QLabel(self.tr("Who filled in {name}? Their answers are received as a contribution under this "
                               "name:").format(name=file_name), self, wordWrap=True)
        self.name = QLineEdit(default, self)
        self.name.setMaxLength(200)
        self.name.setAccessibleName(self.tr("Name of the group"))
        self.institution = QLineEdit(self)
        self.institution.setMaxLength(500)
        self.institution.setAccessibleName(self.tr("Institution of the group"))
        self.institution.setPlaceholderText(self.tr("e.g. Ministry of Justice"))
        form = QFormLayout()
        form.addRow(self.tr("&Group:"), self.name)
        form.addRow(self.tr("&Institution:"), self.institution)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Receive"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Skip this file"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.name.textChanged.connect(lambda text: self.ok_button.setEnabled(bool(text.strip())))
        self.ok_button.setEnabled(bool(default.strip()))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(min(520, self.fontMetrics().averageCharWidth() * 64))

    def answer(self) -> tuple[str, str]:
        return " ".join(self.name.text().split()), " ".join(self.institution.text().split())


def ask_group(parent: QWidget, file_name: str, default: str) -> tuple[str, str] | None:
    """The name and institution of the group that filled an answer template; None: leave the file aside."""
    dialog = GroupDialog(file_name, default, parent)
    try:
        return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted and dialog.answer()[0] else None
    finally:
        dialog.deleteLater()


MAX_TRIES = 5


def receive_one(parent: QWidget, controller: Controller, path: Path) -> ReceiveOutcome:
    """Check one file, asking for the group's name and institution (answer template) and the passphrase
    (protected file): kind "checked" (its `checked` is ready to store), "refused" or "skipped"."""
    lang = i18n.current_language()
    by: str | None = None
    institution = ""
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        group = ask_group(parent, path.name, path.stem)
        if group is None:
            return ReceiveOutcome(path, "skipped")
        by, institution = group
    secret: str | None = None
    if path.suffix.lower() not in (".xlsx", ".xlsm") and is_protected(path):
        secret = ask_passphrase(parent, path.name, False)
        if secret is None:
            return ReceiveOutcome(path, "skipped")
    for _ in range(MAX_TRIES):
        try:
            checked = with_wait_cursor(
                lambda: controller.check_file(path, by, secret, institution))  # noqa: B023 (called at once)
        except ExchangeRefused as e:
            if e.key not in PASSPHRASE_KEYS:
                log.info("file refused on receive: %s (%s)", path.name, e.key)
                return ReceiveOutcome(path, "refused", reason=" ".join(_without_name(e.lines(lang), path)))
            secret = ask_passphrase(parent, path.name, e.key == "exchange_wrong_passphrase")
            if secret is None:
                return ReceiveOutcome(path, "skipped")
            continue
        except EXPECTED as e:
            log.info("file refused on receive: %s (%s)", path.name, type(e).__name__)
            return ReceiveOutcome(path, "refused", reason=describe(e, lang))
        return ReceiveOutcome(path, "checked", checked=checked)
    return ReceiveOutcome(path, "refused", reason=QCoreApplication.translate(
        "ReceiveFiles", "Wrong passphrase, {n} times: the file was left aside.").format(n=MAX_TRIES))


def store_checked(controller: Controller, outcomes: list[ReceiveOutcome]) -> list[ReceiveOutcome]:
    """Receive the checked files together (one backup; each file on its own: one refused leaves nothing of
    itself and does not stop the others), and say what became of each."""
    lang = i18n.current_language()
    ready = [o for o in outcomes if o.kind == "checked" and o.checked is not None]
    if not ready:
        return outcomes
    try:
        got = iter(with_wait_cursor(lambda: controller.store_files([o.checked for o in ready if o.checked])))
    except EXPECTED as e:  # a full disk: none of them was received
        log.info("files not received: %s", type(e).__name__)
        return [ReceiveOutcome(o.path, "refused", reason=describe(e, lang)) if o.kind == "checked" else o
                for o in outcomes]
    out = []
    for o in outcomes:
        if o.kind != "checked":
            out.append(o)
            continue
        r = next(got)
        if isinstance(r, ExchangeRefused):
            out.append(ReceiveOutcome(o.path, "refused", reason=" ".join(_without_name(r.lines(lang), o.path))))
        elif isinstance(r, ServiceError):
            out.append(ReceiveOutcome(o.path, "refused", reason=r.text(lang)))
        else:
            title = controller.info(r.assessment_id, lang).title
            kind = "added" if r.outcome == "added" else "contribution"
            notes = [] if r.other_title is None else [message("exchange_other_title", lang,
                                                              theirs=shown(r.other_title[0]),
                                                              ours=shown(r.other_title[1]))]
            if r.empty:  # received, but it brings nothing of its own: said plainly
                notes.append(message("receive_no_own_answers", lang))
            if r.unmarked:  # hand-out marks contradicted by the hand-out recorded here
                notes.append(message("receive_marks_changed", lang, n=r.unmarked))
            if r.claimed:
                notes.append(message("receive_marks_claimed", lang, n=r.claimed))
            if r.legacy_replaced:  # older files name no computer: two root laptops cannot be told apart
                notes.append(message("receive_legacy_replaced_named", lang))
            if r.dropped:  # a "newer" file without the earlier one's answers: said, the earlier one is in history
                ids = ", ".join(r.dropped[:10]) + (", …" if len(r.dropped) > 10 else "")
                notes.append(message("receive_dropped", lang, n=len(r.dropped), ids=ids))
            note = {"fr": "\u00a0; ", "ar": "؛ "}.get(lang, "; ").join(notes)
            out.append(ReceiveOutcome(o.path, kind, shown(r.by, 200), title, r.outcome == "replaced",
                                      assessment_id=r.assessment_id, note=note,
                                      replaced_name=shown(r.replaced_name, 200), name_shared=r.name_shared,
                                      shown_as=shown(r.shown_as, 200), warned=r.legacy_replaced or bool(r.dropped)))
    return out


def _without_name(lines: list[str], path: Path) -> list[str]:
    """The problems without the file's name in front (the summary shows it in its own column)."""
    prefix = path.name + ": "
    return [line[len(prefix):] if line.startswith(prefix) else line for line in lines]


def receive_files(parent: QWidget, controller: Controller, paths: list[Path] | None = None) -> ReceiveSummary | None:
    """Choose files, receive each (nothing is changed by a file that is refused), then say what became of
    each one."""
    if paths is None:
        title = QCoreApplication.translate("ReceiveFiles", "Receive files")
        filters = QCoreApplication.translate(
            "ReceiveFiles", "Exchange files and answer templates (*.opsc *.xlsx);;Exchange files (*.opsc);;"
                            "Excel answer templates (*.xlsx)")
        chosen, _ = QFileDialog.getOpenFileNames(parent, title, str(export_folder(load_settings())), filters)
        if not chosen:
            return None
        paths = [Path(c) for c in chosen]
    outcomes = store_checked(controller, [receive_one(parent, controller, p) for p in paths])
    summary = ReceiveSummary(outcomes, parent)
    summary.open()
    return summary


class ReceiveSummary(QDialog):
    """Per file: added as a new assessment, a contribution from someone, left aside, or refused and why."""

    def __init__(self, outcomes: list[ReceiveOutcome], parent: QWidget | None = None):
        super().__init__(parent)
        self.outcomes = outcomes
        self.setWindowTitle(self.tr("Files received"))
        self.table = QTableWidget(len(outcomes), 2, self)
        wrap_header(self.table)
        self.table.setHorizontalHeaderLabels([self.tr("File"), self.tr("Result")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("What became of each file"))
        for row, o in enumerate(outcomes):
            name = QTableWidgetItem(o.path.name)
            name.setToolTip(str(o.path))
            result = QTableWidgetItem(self.describe(o))
            result.setToolTip(self.describe(o))
            if o.kind == "refused":
                result.setForeground(Qt.GlobalColor.darkRed)
            elif o.name_shared or o.warned:  # received, but a warning the facilitator should act on
                result.setForeground(QColor(WARNING_STYLE[6:-1]))
            self.table.setItem(row, 0, name)
            self.table.setItem(row, 1, result)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        counts = {k: sum(1 for o in outcomes if o.kind == k) for k in ("added", "contribution", "refused", "skipped")}
        intro = QLabel(self.tr("Files: {n} — new assessments: {added}, contributions: {contributions}, refused: "
                               "{refused}, left aside: {skipped}. A refused file changed nothing.").format(
            n=i18n.fmt_number(len(outcomes)), added=i18n.fmt_number(counts["added"]),
            contributions=i18n.fmt_number(counts["contribution"]), refused=i18n.fmt_number(counts["refused"]),
            skipped=i18n.fmt_number(counts["skipped"])), self, wordWrap=True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(min(820, max(640, self.sizeHint().width())), 340)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.table.resizeRowsToContents()  # once the columns have their width: wrapped reasons fit

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.table.resizeRowsToContents()

    def describe(self, o: ReceiveOutcome) -> str:
        if o.kind == "added":
            return self.tr("Added: a new assessment, “{title}”").format(title=o.title)
        if o.kind == "contribution":
            named = o.shown_as or o.by  # "root (2)": another sender's contribution is named root too
            text = self.tr("Contribution from {by} to “{title}”").format(by=named, title=o.title)
            if o.replaced_name and o.replaced_name != named:  # the same laptop re-sending under another name
                text += " " + self.tr("(replaces the one from {was}, sent from the same computer; kept in the "
                                      "history)").format(was=o.replaced_name)
            elif o.replaced:
                text += " " + self.tr("(replaces their earlier one, kept in the history)")
            notes = [o.note] if o.note else []
            if o.name_shared and o.replaced:  # it replaced its own earlier one: never "both kept" beside "replaces"
                notes.insert(0, self.tr(
                    "another computer's contribution under the name {by} stays beside it, shown with a number; ask "
                    "each group to write its own name when it shares").format(by=o.by))
            elif o.name_shared:  # two laptops with one login: kept apart (same_sender), said first
                notes.insert(0, self.tr(
                    "another participant already sent answers under the name {by} from another computer: both are "
                    "kept, shown with a number; ask each group to write its own name when it shares").format(by=o.by))
            sep = {"fr": "\u00a0; ", "ar": "؛ "}.get(i18n.current_language(), "; ")
            return f"{text} — {sep.join(notes)}" if notes else text
        if o.kind == "skipped":
            return self.tr("Left aside: no passphrase or name given")
        return self.tr("Refused, nothing changed: {reason}").format(reason=o.reason)
