"""The first page: every assessment in the open file, with buttons to create, open, edit and delete.

At startup it is first filled from a quick read of the file (`preview`), before the controller (and
SQLAlchemy behind it) is loaded; everything that acts asks for the controller, which completes the
loading then if it has not happened yet in the background.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDateTime, QItemSelectionModel, QLocale, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.times import local
from app.services.countries import country_name
from app.services.listing import AssessmentSummary

from . import i18n
from .progress_text import progress_details

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent, QPaintEvent, QResizeEvent

    from .controller import Controller


CARRIED_MARK = "↻"  # as app.ui.follow_up marks carried-over answers (not imported: the list is drawn first)


def fmt_datetime(value: datetime) -> str:
    """A stored change time (UTC, app/domain/times.py) on this computer's clock, in the interface's format."""
    t = local(value)
    dt = QDateTime(t.year, t.month, t.day, t.hour, t.minute, t.second)
    return QLocale().toString(dt, QLocale.FormatType.ShortFormat)


class _Table(QTableWidget):
    """The list's table: Delete deletes the selected assessment, F2 edits its details (when it has the
    focus). A key handler rather than QShortcuts: these need Qt's namespace of enums, which costs
    ~40 ms to build, before the list is first shown; a key press can pay for it."""

    delete_pressed = Signal()
    edit_pressed = Signal()
    MAX_LINES = 3  # a long title on up to 3 lines (elided beyond, whole in the tooltip)

    def fit_rows(self) -> None:
        """Each row as tall as its wrapped title needs, up to MAX_LINES lines: a long title was cut to one line
        (in Arabic at 150 % text, "… Revue nationale de la mise en œuvre du")."""
        self.resizeRowsToContents()
        fm = self.fontMetrics()
        cap = fm.lineSpacing() * self.MAX_LINES + fm.height() // 2 + 2
        for row in range(self.rowCount()):
            if self.rowHeight(row) > cap:
                self.setRowHeight(row, cap)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self, self.fit_rows)  # once the stretching title column has its new width

    def keyPressEvent(self, event: QKeyEvent) -> None:
        from PySide6.QtCore import Qt

        if event.key() == Qt.Key.Key_Delete and not event.modifiers():
            self.delete_pressed.emit()
        elif event.key() == Qt.Key.Key_F2 and not event.modifiers():
            self.edit_pressed.emit()
        else:
            super().keyPressEvent(event)


class AssessmentListPage(QWidget):
    open_requested = Signal(int)
    compare_requested = Signal()

    painted = Signal()  # once, after the list was first drawn

    def __init__(self, controller: Controller | None, can_open: bool = True, parent: QWidget | None = None, *,
                 preview: list[AssessmentSummary] | None = None,
                 need_controller: Callable[[], Controller] | None = None):
        """With a controller the list reads it; without, it shows `preview` (the summaries read quickly)
        and `need_controller()` is called the first time the controller is needed."""
        super().__init__(parent)
        self._controller: Controller | None = None
        self._preview = preview
        self._need_controller = need_controller
        self._painted = False
        self.can_open = can_open
        self.summaries: list[AssessmentSummary] = []
        heading = QLabel(self.tr("Assessments"), self)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        self.empty = self._empty_state()
        self.table = self._make_table()
        self.new_button = self._button(self.tr("&New assessment…"), self.new_assessment)
        self.open_button = self._button(self.tr("&Open"), self.open_selected)
        self.edit_button = self._button(self.tr("&Edit details…"), self.edit_selected)
        self.delete_button = self._button(self.tr("&Delete…"), self.delete_selected)
        self.follow_up_button = self._button(self.tr("Start a follow-&up…"), self.follow_up_selected)
        self.follow_up_button.setToolTip(self.tr("A new review of the same country that starts from this one's "
                                                 "answers, each to confirm"))
        self.compare_button = self._button(self.tr("Co&mpare…"), lambda: self.compare_requested.emit())
        self.compare_button.setToolTip(self.tr("Two or more assessments side by side"))
        from .fit import FlowLayout  # imported where used, as this module's other Qt helpers are

        self.heading = heading
        self.button_row = QWidget(self)
        # on two lines when the window is narrow (six buttons in a row made it 1011 px wide in French at 150 %)
        buttons = FlowLayout(self.button_row)
        for b in (self.new_button, self.open_button, self.edit_button, self.delete_button, self.follow_up_button,
                  self.compare_button):
            buttons.add(b)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.button_row)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.table, 1)
        self.table.delete_pressed.connect(self.delete_selected)
        self.table.edit_pressed.connect(self.edit_selected)
        if controller is not None:
            self.set_controller(controller)
        else:
            self.refresh()

    @property
    def controller(self) -> Controller:
        if self._controller is None:
            if self._need_controller is None:
                raise RuntimeError("the assessment list has no controller")
            controller = self._need_controller()  # loads the data now if the background has not yet
            if self._controller is None:
                self.set_controller(controller)
        assert self._controller is not None
        return self._controller

    def set_controller(self, controller: Controller) -> None:
        """The data is loaded: read the assessments from the controller from now on."""
        if controller is self._controller:
            return
        self._controller = controller
        self._preview = None
        controller.changed.connect(self._on_changed)
        self.refresh()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.painted.emit)  # after this frame has reached the screen

    def _empty_state(self) -> QWidget:
        """An empty file: one clear first step in the middle of the page, not a scattered page."""
        panel = QWidget(self)
        title = QLabel(self.tr("Start your first assessment"), panel)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        title.setWordWrap(True)  # "Commencez votre première évaluation" at 1024 px and at 150 % text
        self.empty_title = title
        text = QLabel(self.tr(
            "An assessment records, question by question, how your country implements the Optional Protocol "
            "on the sale of children. Every answer is saved on this computer as you go."), panel)
        text.setWordWrap(True)
        self.empty_new_button = QPushButton(self.tr("Create a &new assessment…"), panel)
        self.empty_new_button.setDefault(True)
        self.empty_new_button.setMinimumHeight(self.empty_new_button.sizeHint().height() * 3 // 2)
        self.empty_new_button.clicked.connect(self.new_assessment)
        self.empty_new_button.setAccessibleName(self.tr("Create a new assessment"))
        hint = QLabel(self.tr("Received a file from a colleague? Use File ▸ Open database file…"), panel)
        hint.setWordWrap(True)
        hint.setStyleSheet("color:#555;")
        column = QVBoxLayout()
        column.addWidget(title)
        column.addWidget(text)
        column.addSpacing(12)
        leading = QHBoxLayout()  # the button at the leading edge (mirrored in Arabic), at its own width
        leading.addWidget(self.empty_new_button)
        leading.addStretch(1)
        column.addLayout(leading)
        column.addSpacing(6)
        column.addWidget(hint)
        box = QWidget(panel)
        box.setLayout(column)
        box.setMaximumWidth(max(360, self.fontMetrics().averageCharWidth() * 64))
        box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        middle = QHBoxLayout()
        middle.addStretch(1)
        middle.addWidget(box, 100)
        middle.addStretch(1)
        outer = QVBoxLayout(panel)
        outer.addStretch(1)
        outer.addLayout(middle)
        outer.addStretch(2)
        return panel

    def _make_table(self) -> _Table:
        table = _Table(0, 6, self)
        table.setHorizontalHeaderLabels([self.tr("Title"), self.tr("Country"), self.tr("Date"),
                                         self.tr("Organisation"), self.tr("Answered"), self.tr("Last change")])
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.setAlternatingRowColors(True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.setAccessibleName(self.tr("Assessments"))
        table.setAccessibleDescription(self.tr("Enter opens the selected assessment; F2 edits its details; "
                                               "Delete deletes it after confirmation."))
        table.doubleClicked.connect(lambda _index: self.open_selected())
        table.activated.connect(lambda _index: self.open_selected())
        table.itemSelectionChanged.connect(self._update_buttons)
        return table

    def _button(self, text: str, slot: object) -> QPushButton:
        b = QPushButton(text, self)
        b.clicked.connect(slot)
        b.setAccessibleName(text.replace("&", "").rstrip("…"))
        return b

    # ---- showing -------------------------------------------------------------------------------
    def _on_changed(self, _change: object) -> None:
        self.refresh()

    def refresh(self) -> None:
        selected = self.selected_id()
        if self._controller is None and self._preview is not None:
            self.summaries = self._preview
        else:
            self.summaries = self.controller.assessments()
        lang = i18n.current_language()
        titles = {s.id: s.title for s in self.summaries}
        self.table.setRowCount(len(self.summaries))
        for row, s in enumerate(self.summaries):
            p = s.progress
            title, title_tip = self._title_cell(s, titles)
            answered = self.tr("{answered} of {total}").format(answered=i18n.fmt_number(p.answered),
                                                               total=i18n.fmt_number(p.applicable))
            if s.carried_over:  # a follow-up: what is still to confirm, counted apart
                answered = self.tr("{answered}, {mark} {n} to confirm").format(
                    answered=answered, mark=CARRIED_MARK, n=i18n.fmt_number(s.carried_over))
            cells = (title, country_name(s.country_code, lang), i18n.fmt_date(s.assessment_date), s.organisation,
                     answered, fmt_datetime(s.updated_at))
            for col, text in enumerate(cells):  # row i is self.summaries[i] (the table is not sorted)
                item = QTableWidgetItem(text)
                if col == 4:
                    item.setToolTip(progress_details(p))
                elif col == 0:  # whole, when more than 3 lines were needed
                    item.setToolTip(title_tip or title)
                self.table.setItem(row, col, item)
            if s.id == selected:
                self._select_row(row)
        if self.summaries and self.selected_id() is None:
            self._select_row(0)
        self.table.fit_rows()
        self.empty.setVisible(not self.summaries)
        self.table.setVisible(bool(self.summaries))
        self.button_row.setVisible(bool(self.summaries))  # the empty page has its own, single button
        self.empty_new_button.setEnabled(self.can_open and self._writable())
        self._update_buttons()

    def _title_cell(self, s: AssessmentSummary, titles: dict[int, str]) -> tuple[str, str]:
        """The title, and for a follow-up which review it follows and what is left to confirm."""
        if s.baseline_id is None:
            return s.title, ""
        base = titles.get(s.baseline_id) or self.tr("assessment {id}").format(id=i18n.fmt_number(s.baseline_id))
        text = self.tr("{title} {mark} follow-up of “{baseline}”").format(title=s.title, mark=CARRIED_MARK,
                                                                         baseline=base)
        tip = self.tr("Follow-up of “{baseline}”: {n} answers carried over from it are still to confirm").format(
            baseline=base, n=i18n.fmt_number(s.carried_over)) if s.carried_over else self.tr(
            "Follow-up of “{baseline}”: every answer carried over from it is confirmed").format(baseline=base)
        return text, tip

    def _select_row(self, row: int) -> None:
        """Select a whole row (QTableView.selectRow selects nothing in a right-to-left layout)."""
        flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.selectionModel().select(self.table.model().index(row, 0), flags)
        self.table.setCurrentCell(row, 0, QItemSelectionModel.SelectionFlag.NoUpdate)

    def _update_buttons(self) -> None:
        has = self.selected_id() is not None
        self.open_button.setEnabled(has and self.can_open)
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        self.follow_up_button.setEnabled(has and self.can_open)
        self.compare_button.setEnabled(len(self.summaries) >= 2 and self.can_open)
        self.new_button.setEnabled(self.can_open and self._writable())

    def _writable(self) -> bool:
        """False while the open file cannot be written (read-only disk or file): nothing new can be made."""
        return self._controller is None or self._controller.read_only is None  # not loading it for this

    def focus_list(self) -> None:
        """The focus on the list (Enter opens the selected assessment), or on "New" when it is empty."""
        (self.table if self.table.isVisibleTo(self) else self.empty_new_button).setFocus()

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        row = rows[0].row()
        return self.summaries[row].id if 0 <= row < len(self.summaries) else None

    def select(self, assessment_id: int) -> None:
        for row, s in enumerate(self.summaries):
            if s.id == assessment_id:
                self._select_row(row)

    def _summary(self, assessment_id: int | None) -> AssessmentSummary | None:
        return next((s for s in self.summaries if s.id == assessment_id), None)

    # ---- acting --------------------------------------------------------------------------------
    def new_assessment(self) -> int | None:
        from .assessment_dialogs import AssessmentDialog

        dialog = AssessmentDialog(self)
        if dialog.exec() != AssessmentDialog.DialogCode.Accepted:
            return None
        aid = self.controller.create(**dialog.values())
        if aid is not None:
            self.select(aid)
            self.open_requested.emit(aid)
        return aid

    def open_selected(self) -> None:
        aid = self.selected_id()
        if aid is not None and self.can_open:
            self.open_requested.emit(aid)

    def edit_selected(self) -> None:
        summary = self._summary(self.selected_id())
        if summary is None:
            return
        from app.services.workspace import EditConflict

        from .assessment_dialogs import AssessmentDialog, summary_values

        values = summary_values(self.controller, summary)
        version = values.pop("version")
        dialog = AssessmentDialog(self, values)
        while dialog.exec() == AssessmentDialog.DialogCode.Accepted:
            if self.controller.update_assessment(summary.id, version, **dialog.values(),
                                                 **dialog.report_values()) is not None:
                break
            conflict = self.controller.last_error
            if not isinstance(conflict, EditConflict) or not conflict.version:
                break
            # someone else saved the details meanwhile: said in the dialog, still holding what this user
            # typed; saving again replaces theirs, Cancel keeps theirs
            version = conflict.version
            dialog.show_notice(conflict.text(i18n.current_language()))

    def follow_up_selected(self) -> int | None:
        """Start a follow-up of the selected assessment and open it."""
        from .follow_up import start_follow_up

        aid = self.selected_id()
        if aid is None or not self.can_open:
            return None
        new = start_follow_up(self, self.controller, aid)
        if new is not None:
            self.refresh()
            self.select(new)
            self.open_requested.emit(new)
        return new

    def delete_selected(self) -> None:
        summary = self._summary(self.selected_id())
        if summary is None:
            return
        text = self.tr("Delete the assessment “{title}” ({country}) with all its answers and actions? "
                       "This cannot be undone.").format(
            title=summary.title, country=country_name(summary.country_code, i18n.current_language()))
        if confirm_delete(self, self.tr("Delete assessment"), text):
            self.controller.delete(summary.id)


def confirm_delete(parent: QWidget, title: str, text: str) -> bool:
    """Ask before deleting; Cancel is the default button."""
    from PySide6.QtWidgets import QMessageBox  # not before the list is shown: its enums cost ~2 ms

    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Cancel, parent)
    delete = box.addButton(QCoreApplication.translate("AssessmentListPage", "Delete"),
                           QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is delete
