"""Compare assessments: pick two or more, read them side by side.

- Sections × assessments: each cell the score (coloured by its band), the conservative score and the
  coverage under it; a score on thin evidence is shown grey and marked provisional, so an unfinished
  assessment never looks like a poor one. Over time (one country, in order) the last column is the change
  from the first assessment to the last (▲ improved, ▼ regressed; "provisional" while answers are still to
  confirm or coverage is under two thirds); across countries it is the spread between the highest and the
  lowest score, in neutral colours: a difference between countries is not progress;
- Changed questions: the answers that differ, the direction from the first to the last, the comments;
- Action plan (a baseline and its follow-up): done, late, in progress, not started;
- a note when the questionnaire versions differ (compared on the questions they share);
- export to Excel and PDF in the interface language.

The figures come from the comparison service (app.services.comparison); this dialog only lays out.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.answers import ANSWER_LABELS
from app.domain.scoring import band_for
from app.services.comparison import (
    PROGRESS_MARKS,
    ActionState,
    Comparison,
    Figures,
    Line,
    Mark,
    Movement,
    Reading,
)
from app.services.countries import country_name

from . import i18n
from .controller import Controller, service_message
from .errors import show_error
from .fit import fit_columns, fit_to_screen, wrap_header

# Light tints of the report's band colours (text stays readable on them); grey: provisional, no band.
BAND_TINTS = {"advanced": "#C8E6C9", "established": "#DCEDC8", "developing": "#FFF3C4", "initial": "#FFE0B2",
              "minimal": "#FFCDD2"}
PROVISIONAL_TINT = "#ECECEC"
IMPROVED = QColor("#1B5E20")
REGRESSED = QColor("#B71C1C")
ID_ROLE = Qt.ItemDataRole.UserRole


def _table(columns: int) -> QTableWidget:
    t = QTableWidget(0, columns)
    wrap_header(t)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setWordWrap(True)
    t.setTextElideMode(Qt.TextElideMode.ElideRight)
    t.verticalHeader().hide()
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return t


def _item(text: str, tip: str = "", centre: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if tip:
        item.setToolTip(tip)
    if centre:
        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
    return item


class CompareDialog(QDialog):
    """Pick assessments on the left (Space ticks one); the comparison shows on the right at once."""

    def __init__(self, controller: Controller, preselect: list[int] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.comparison: Comparison | None = None
        self.picker = QListWidget()
        # long titles wrap (in Arabic the start of a French title was cut off), never a sideways scroll bar
        self.picker.setWordWrap(True)
        self.picker.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.picker.itemChanged.connect(lambda _item: self.refresh())
        self.picker_label = QLabel()
        self.picker_label.setBuddy(self.picker)
        self.picker_label.setWordWrap(True)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.picker_label)
        column.addWidget(self.picker, 1)
        column.addLayout(self._order_buttons())
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color:#8a4b00;")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.matrix = _table(1)
        self.matrix.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.changed = _table(3)
        self.actions_label = QLabel()
        self.actions_label.setWordWrap(True)
        self.actions_table = _table(4)
        self.actions_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        actions_page = QWidget()
        acol = QVBoxLayout(actions_page)
        acol.addWidget(self.actions_label)
        acol.addWidget(self.actions_table, 1)
        self.tabs = QTabWidget()
        self.tabs.setUsesScrollButtons(True)
        self.tabs.addTab(self.matrix, "")
        self.tabs.addTab(self.changed, "")
        self.tabs.addTab(actions_page, "")
        right = QWidget()
        rcol = QVBoxLayout(right)
        rcol.setContentsMargins(0, 0, 0, 0)
        rcol.addWidget(self.tabs, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 4)
        left.setMinimumWidth(self.fontMetrics().averageCharWidth() * 20)  # titles, country and date readable
        splitter.setChildrenCollapsible(False)
        self.buttons = QDialogButtonBox()
        self.xlsx_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.pdf_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.buttons.rejected.connect(self.reject)
        for b in (self.xlsx_button, self.pdf_button):
            b.setVisible(controller.can_export_comparison())
        layout = QVBoxLayout(self)
        # the summary and its note across the whole width, above the list and the tables: beside the list's
        # label (in Arabic at 150 % text) the two wrapped texts ran into each other
        layout.addWidget(self.summary)
        layout.addWidget(self.note)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)
        self._retranslate()
        self._fill_picker(preselect or [])
        # the section names take the room and wrap, the score columns stay compact (their titles wrap)
        fit_columns(self.matrix, 0, min_chars=20, max_chars=dict.fromkeys(range(1, 12), 18))
        fit_columns(self.actions_table, 0, min_chars=20)
        fit_columns(self.changed, -1, min_chars=16, max_chars=dict.fromkeys(range(1, 12), 18))  # comments last
        # resizable, as large as asked but never larger than the screen (960×540 overflowed 1024×600)
        fm = self.fontMetrics()  # larger with large text
        fit_to_screen(self, max(960, fm.averageCharWidth() * 120), max(540, fm.height() * 28))
        self.refresh()

    # ---- texts ---------------------------------------------------------------------------------
    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Compare assessments"))
        self.picker_label.setText(self.tr("&Assessments to compare (tick two or more; the first ticked in the "
                                          "list is the reference):"))
        self.up_button.setText(self.tr("Move &up"))
        self.down_button.setText(self.tr("Move do&wn"))
        self.up_button.setToolTip(self.tr("Move the selected assessment up (Alt+Up): the first ticked is the "
                                          "reference of every change, but a baseline always comes before its "
                                          "follow-up"))
        self.down_button.setToolTip(self.tr("Move the selected assessment down (Alt+Down)"))
        self.add_file_button.setText(self.tr("Add a &file…"))
        self.add_file_button.setToolTip(self.tr("Compare a received exchange file (.opsc) without adding it to "
                                                "this database"))
        self.picker.setAccessibleName(self.tr("Assessments to compare"))
        self.tabs.setTabText(0, self.tr("Sections"))
        self.tabs.setTabText(1, self.tr("Changed answers"))
        self.tabs.setTabText(2, self.tr("Action plan"))
        self.matrix.setAccessibleName(self.tr("Scores by section and assessment"))
        self.changed.setAccessibleName(self.tr("Questions whose answer changed"))
        self.actions_table.setAccessibleName(self.tr("Progress of the action plan"))
        self.xlsx_button.setText(self.tr("Export to E&xcel…"))
        self.pdf_button.setText(self.tr("Export to &PDF…"))
        self.close_button.setText(self.tr("&Close"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "matrix"):
            self._retranslate()
            self.refresh()
        super().changeEvent(event)

    # ---- choosing ------------------------------------------------------------------------------
    def _order_buttons(self) -> QVBoxLayout:
        """Move the selected assessment up or down (also Alt+Up / Alt+Down): the ticked ones are compared in
        the order of the list, the first being the reference of every change."""
        row = QHBoxLayout()
        self.up_button, self.down_button = QPushButton(), QPushButton()
        for button, step in ((self.up_button, -1), (self.down_button, 1)):
            button.clicked.connect(lambda _checked=False, s=step: self.move_current(s))
            row.addWidget(button)
        self.picker.installEventFilter(self)  # Alt+Up / Alt+Down in the list
        row.addStretch(1)
        self.add_file_button = QPushButton()  # a received exchange file, compared without being stored
        self.add_file_button.clicked.connect(lambda: self.add_file())
        file_row = QHBoxLayout()  # its own line: the list's column is narrow
        file_row.addWidget(self.add_file_button)
        file_row.addStretch(1)
        rows = QVBoxLayout()
        rows.addLayout(row)
        rows.addLayout(file_row)
        self.picker.currentRowChanged.connect(lambda _row: self._update_order_buttons())
        return rows

    def add_file(self, path: Path | None = None) -> int | None:
        """Read a received exchange file (.opsc) into the list, ticked, without storing it in the database
        (asking for the passphrase of a protected one); its key, or None when cancelled or refused."""
        from app.services.errors import EXPECTED, describe
        from app.services.exchange import ExchangeRefused, is_protected
        from app.services.settings import load_settings

        from . import exchange_dialogs as xd
        from .file_dialogs import export_folder

        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Add an exchange file to the comparison"),
                                                    str(export_folder(load_settings())),
                                                    self.tr("Exchange files (*.opsc)"))
            if not chosen:
                return None
            path = Path(chosen)
        lang = i18n.current_language()
        secret = xd.ask_passphrase(self, path.name, False) if is_protected(path) else None
        if is_protected(path) and secret is None:
            return None
        for _ in range(xd.MAX_TRIES):
            try:
                f = self.controller.read_compare_file(path, secret)
            except ExchangeRefused as e:
                if e.key not in xd.PASSPHRASE_KEYS:
                    show_error(self, " ".join(e.lines(lang)), self.tr("This file cannot be compared"))
                    return None
                secret = xd.ask_passphrase(self, path.name, e.key == "exchange_wrong_passphrase")
                if secret is None:
                    return None
                continue
            except EXPECTED as e:
                show_error(self, describe(e, lang), self.tr("This file cannot be compared"))
                return None
            self._add_file_item(f.key, f.info.title, f.info.country_code, f.info.assessment_date, path)
            return f.key
        return None

    def _add_file_item(self, key: int, title: str, country: str, when: Any, path: Path) -> None:
        lang = i18n.current_language()
        date = i18n.fmt_date_whole(when) if when else self.tr("no date")
        item = QListWidgetItem(f"{title}\n{country_name(country, lang)} · {date} · {path.name}")
        item.setToolTip(self.tr("Read from the file {path}: compared only, not added to this database").format(
            path=str(path)))
        item.setData(ID_ROLE, key)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked)
        self.picker.blockSignals(True)
        self.picker.addItem(item)
        self.picker.setCurrentItem(item)
        self.picker.blockSignals(False)
        self._update_order_buttons()
        self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.picker and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.modifiers() == Qt.KeyboardModifier.AltModifier \
                and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_current(-1 if event.key() == Qt.Key.Key_Up else 1)
            return True
        return super().eventFilter(watched, event)

    def _update_order_buttons(self) -> None:
        r = self.picker.currentRow()
        self.up_button.setEnabled(r > 0)
        self.down_button.setEnabled(0 <= r < self.picker.count() - 1)

    def move_current(self, step: int) -> None:
        """Move the selected assessment one place up (-1) or down (+1); the comparison follows at once."""
        r = self.picker.currentRow()
        if r < 0 or not 0 <= r + step < self.picker.count():
            return
        self.picker.blockSignals(True)
        item = self.picker.takeItem(r)
        self.picker.insertItem(r + step, item)
        self.picker.setCurrentRow(r + step)
        self.picker.blockSignals(False)
        self._update_order_buttons()
        if item.checkState() == Qt.CheckState.Checked:
            self.refresh()

    def _fill_picker(self, preselect: list[int]) -> None:
        lang = i18n.current_language()
        summaries = sorted(self.controller.assessments(),
                           key=lambda s: (s.assessment_date is None, s.assessment_date or 0, s.id))
        self.picker.blockSignals(True)
        for s in summaries:
            date = i18n.fmt_date_whole(s.assessment_date) if s.assessment_date else self.tr("no date")
            item = QListWidgetItem(f"{s.title}\n{country_name(s.country_code, lang)} · {date}")
            item.setData(ID_ROLE, s.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if s.id in preselect else Qt.CheckState.Unchecked)
            self.picker.addItem(item)
        self.picker.blockSignals(False)
        if self.picker.count():
            self.picker.setCurrentRow(0)
        self._update_order_buttons()

    def chosen(self) -> list[int]:
        """The ticked assessments in the order of the list (oldest first unless the user moved them)."""
        out = []
        for row in range(self.picker.count()):
            item = self.picker.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(int(item.data(ID_ROLE)))
        return out

    def set_chosen(self, ids: list[int]) -> None:
        self.picker.blockSignals(True)
        for row in range(self.picker.count()):
            item = self.picker.item(row)
            item.setCheckState(Qt.CheckState.Checked if item.data(ID_ROLE) in ids else Qt.CheckState.Unchecked)
        self.picker.blockSignals(False)
        self.refresh()

    # ---- showing -------------------------------------------------------------------------------
    def refresh(self) -> None:
        ids = self.chosen()
        self.comparison = None
        if len(ids) >= 2:
            try:
                self.comparison = self.controller.compare(ids)
            except ValueError as e:  # ServiceError: another questionnaire, nothing shared
                self.note.setText(service_message(e))
                self.note.show()
        elif ids is not None:
            self.note.hide()
        c = self.comparison
        for b in (self.xlsx_button, self.pdf_button):
            b.setEnabled(c is not None)
        self.summary.setText(self._summary(c) if c else self.tr("Tick at least two assessments in the list."))
        if c is not None:
            notes = self._notes(c)
            self.note.setText("\n".join(notes))
            self.note.setVisible(bool(notes))
        self._fill_matrix(c)
        self._fill_changed(c)
        self._fill_actions(c)

    def _summary(self, c: Comparison) -> str:
        if c.reading is Reading.ACROSS_COUNTRIES:
            return self.tr("Across countries: each country's figures side by side. A difference between "
                           "countries is not progress: the last column gives the spread between the highest "
                           "and the lowest score.")
        if c.reading is Reading.MIXED:
            return self.tr("Mixed comparison: not one country in date order, nor one assessment per country. "
                           "Differences are not read as progress: the last column gives the spread between the "
                           "highest and the lowest score.")
        # a change on thin evidence is no verdict: counted apart, not as improved, regressed or unchanged
        held = c.provisional_marks()
        marks = {m: n - held[m] if m in PROGRESS_MARKS else n for m, n in c.marks().items()}
        text = self.tr("Over time: the same country, from the first review to the last.") + " " + self.tr(
            "Sections improved: {up} · regressed: {down} · unchanged: {same} · not comparable: {na}").format(
            up=i18n.fmt_number(marks[Mark.IMPROVED]), down=i18n.fmt_number(marks[Mark.REGRESSED]),
            same=i18n.fmt_number(marks[Mark.UNCHANGED]), na=i18n.fmt_number(marks[Mark.NOT_COMPARABLE]))
        provisional = sum(held[m] for m in PROGRESS_MARKS)
        if provisional:
            text += " · " + self.tr("provisional, no verdict yet: {n} (answers still to confirm, or coverage "
                                    "under two thirds)").format(n=i18n.fmt_number(provisional))
        return text

    def _notes(self, c: Comparison) -> list[str]:
        notes = []
        if c.versions_differ or c.shared_only:
            versions = ", ".join(self._said(col.title, c.versions[col.id]) for col in c.columns)
            notes.append(self.tr("Answered against different questionnaire versions ({versions}): compared on "
                                 "the {n} questions they share; {m} left out.").format(
                versions=versions, n=i18n.fmt_number(len(c.shared_questions)), m=i18n.fmt_number(len(c.left_out))))
        if c.unknown_versions:
            notes.append(self.tr("The meaning of the questionnaire version of some assessments is not known here: "
                                 "they are taken as answered against the current one."))
        return notes

    def _said(self, who: str, text: str) -> str:
        """"who: text" in the interface language (French puts a no-break space before the colon)."""
        return self.tr("{who}: {text}").format(who=who, text=text)

    def _column_title(self, c: Comparison, i: int) -> str:
        col = c.columns[i]
        date = i18n.fmt_date_whole(col.assessment_date) if col.assessment_date else ""
        return "\n".join(x for x in (col.title, f"{country_name(col.country_code, i18n.current_language())} {date}"
                                     .strip()) if x)

    def _cell(self, f: Figures) -> QTableWidgetItem:
        """Score over coverage; tinted by band, grey when provisional (thin evidence is not a poor score)."""
        if f.score is None:
            text = self.tr("not scored")
        elif f.provisional:
            text = self.tr("provisional: {score}").format(score=i18n.fmt_percent(f.score))
        else:
            text = i18n.fmt_percent(f.score)
        coverage = self.tr("conservative {k}").format(k=i18n.fmt_percent(f.conservative)) + "\n" + self.tr(
            "coverage {c}").format(c=i18n.fmt_share(f.coverage))
        tip = self.tr("Score {s} · conservative {k} · coverage {c} ({a} of {n} answered)").format(
            s=i18n.fmt_percent(f.score), k=i18n.fmt_percent(f.conservative), c=i18n.fmt_share(f.coverage),
            a=i18n.fmt_number(f.answered), n=i18n.fmt_number(f.applicable))
        if f.carried_over:
            tip += "\n" + self.tr("Carried over, to confirm: {n}").format(n=i18n.fmt_number(f.carried_over))
        item = _item(f"{text}\n{coverage}", tip, centre=True)
        band = band_for(f.score) if f.score is not None and not f.provisional else None
        if band is not None:
            item.setBackground(QColor(BAND_TINTS[band.id]))
        elif f.score is not None:  # grey, muted text (no italics: the Arabic font has no oblique glyphs)
            item.setBackground(QColor(PROVISIONAL_TINT))
        item.setForeground(QColor("#555555") if f.provisional or f.score is None else QColor("#1A1A1A"))
        return item

    def _change_cell(self, move: Movement) -> QTableWidgetItem:
        """Over time: the change first -> last, green ▲ / red ▼; grey and "provisional" on thin evidence."""
        mark, delta = move.mark, move.score
        if move.provisional and mark in PROGRESS_MARKS:
            # thin evidence: no arrow, no verdict; the difference in points and why it is provisional
            text = ("+" if (delta or 0) > 0 else "") + i18n.fmt_number(delta or 0, 1)
            why = (self.tr("{n} answers still to confirm").format(n=i18n.fmt_number(move.to_confirm))
                   if move.to_confirm else self.tr("coverage under two thirds"))
            item = _item(i18n.code(text) + "\n" + self.tr("provisional, no verdict yet"),
                         self.tr("Provisional, no verdict yet: {why}").format(why=why), centre=True)
            item.setForeground(QColor("#6B6B6B"))
            return item
        if mark is Mark.IMPROVED:
            text, colour, tip = f"▲ +{i18n.fmt_number(delta or 0, 1)}", IMPROVED, self.tr("Improved")
        elif mark is Mark.REGRESSED:
            text, colour, tip = f"▼ {i18n.fmt_number(delta or 0, 1)}", REGRESSED, self.tr("Regressed")
        elif mark is Mark.UNCHANGED:
            text, colour, tip = "=", QColor("#444444"), self.tr("Unchanged")
        else:
            text, colour, tip = "–", QColor("#777777"), self.tr("Not comparable: not scored on one side")
        shown = i18n.code(text)  # "▲ +5.0" stays in that order in Arabic
        item = _item(shown, tip, centre=True)
        item.setForeground(colour)
        font = QFont(self.font())
        font.setBold(mark in (Mark.IMPROVED, Mark.REGRESSED))
        item.setFont(font)
        return item

    def _spread_cell(self, c: Comparison, line: Line) -> QTableWidgetItem:
        """Across countries: the spread between the highest and the lowest score, neutral (no arrow, no green
        or red); who is highest and lowest in the tooltip."""
        if line.spread is None:
            return _item("–", self.tr("Not comparable: fewer than two assessments scored at two-thirds coverage "
                                      "or more (provisional scores are not ranked)"), centre=True)
        names = {col.id: col.title for col in c.columns}
        tip = self.tr("Highest: {high}\nLowest: {low}").format(
            high=", ".join(names[i] for i in line.highest()), low=", ".join(names[i] for i in line.lowest()))
        if any(f.provisional and f.score is not None for f in line.figures.values()):
            tip += "\n" + self.tr("Provisional scores (coverage under two thirds) are not ranked.")
        # with its unit, as in the reports: "15.6 pts" (a bare 15.6 read as a score)
        spread = self.tr("{value} pts").format(value=i18n.fmt_number(line.spread, 1))
        item = _item(i18n.code(spread), tip, centre=True)
        item.setForeground(QColor("#333333"))
        return item

    def _fill_matrix(self, c: Comparison | None) -> None:
        t = self.matrix
        if c is None:
            t.setRowCount(0)
            t.setColumnCount(1)
            t.setHorizontalHeaderLabels([self.tr("Section")])
            return
        n = len(c.columns)
        t.setColumnCount(n + 2)
        over_time = c.reading is Reading.OVER_TIME
        t.setHorizontalHeaderLabels([self.tr("Section"), *(self._column_title(c, i) for i in range(n)),
                                     self.tr("Change\nfirst → last") if over_time else
                                     self.tr("Spread\nhighest − lowest")])
        lang = i18n.current_language()
        lines = [("overall", self.tr("Overall"), c.overall), *(
            (sid, f"{i18n.code(sid)} {c.questionnaire.section(sid).title.get(lang)}", line)
            for sid, line in c.sections.items())]
        t.setRowCount(len(lines))
        for row, (_key, title, line) in enumerate(lines):
            head = _item(title, title)
            if row == 0:
                font = QFont(self.font())
                font.setBold(True)
                head.setFont(font)
            t.setItem(row, 0, head)
            for col, column in enumerate(c.columns, start=1):
                t.setItem(row, col, self._cell(line.figures[column.id]))
            t.setItem(row, n + 1, self._change_cell(line.change) if over_time else self._spread_cell(c, line))
        header = t.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        t.setColumnWidth(0, max(160, self.fontMetrics().averageCharWidth() * 28))

    def _answer(self, value: Any, carried: bool) -> str:
        lang = i18n.current_language()
        text = ANSWER_LABELS[value].get(lang, value.value) if value is not None else self.tr("no answer")
        return text + (" " + self.tr("(carried over, to confirm)") if carried else "")

    def _fill_changed(self, c: Comparison | None) -> None:
        t = self.changed
        rows = c.changed if c else ()
        n = len(c.columns) if c else 0
        t.setColumnCount(n + 3)
        titles = [self._column_title(c, i).split("\n")[0] for i in range(n)] if c else []
        t.setHorizontalHeaderLabels([self.tr("Question"), *titles, self.tr("First → last"),
                                     self.tr("Comments and reasons")])
        t.setRowCount(len(rows))
        directions = {Mark.IMPROVED: ("▲ " + self.tr("improved"), IMPROVED),
                      Mark.REGRESSED: ("▼ " + self.tr("regressed"), REGRESSED),
                      Mark.UNCHANGED: (self.tr("same at both ends"), QColor("#444444")),
                      Mark.CHANGED: (self.tr("changed"), QColor("#444444")),
                      Mark.NOT_COMPARABLE: (self.tr("changed"), QColor("#444444"))}
        neutral = (self.tr("differs"), QColor("#444444"))
        lang = i18n.current_language()
        for row, q in enumerate(rows):
            assert c is not None
            text = c.questionnaire.question(q.question_id).text.get(lang)
            t.setItem(row, 0, _item(q.question_id, text))
            for col, column in enumerate(c.columns, start=1):
                comment = q.comments.get(column.id, "")
                t.setItem(row, col, _item(self._answer(q.values.get(column.id), q.carried_over.get(column.id, False)),
                                          comment))
            label, colour = directions.get(q.direction, neutral)
            d = _item(label)
            d.setForeground(colour)
            t.setItem(row, n + 1, d)
            said = []
            for column in c.columns:
                reason = q.na_reasons.get(column.id, "")
                if reason:
                    said.append(self._said(column.title, self.tr("not applicable: {reason}").format(reason=reason)))
                if q.comments.get(column.id, "").strip():
                    said.append(self._said(column.title, q.comments[column.id]))
            comments = " · ".join(said)
            t.setItem(row, n + 2, _item(comments, comments))
        t.setColumnHidden(n + 1, c is not None and c.reading is not Reading.OVER_TIME)  # no direction across countries
        t.horizontalHeader().setSectionResizeMode(n + 2, QHeaderView.ResizeMode.Stretch)
        self.tabs.setTabText(1, self.tr("Changed answers ({n})").format(n=i18n.fmt_number(len(rows))))

    def _fill_actions(self, c: Comparison | None) -> None:
        progress = c.actions if c else None
        self.tabs.setTabEnabled(2, progress is not None)
        t = self.actions_table
        t.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Question"), self.tr("Deadline"), self.tr("State")])
        if progress is None:
            self.actions_label.setText(self.tr("The action plan's progress is shown for a review and its follow-up."))
            t.setRowCount(0)
            return
        counts = progress.counts()
        self.actions_label.setText(self.tr(
            "As of {date}: done {done} · late {late} · in progress {doing} · not started {todo}").format(
            date=i18n.fmt_date(progress.as_of), done=i18n.fmt_number(counts[ActionState.DONE]),
            late=i18n.fmt_number(counts[ActionState.LATE]), doing=i18n.fmt_number(counts[ActionState.IN_PROGRESS]),
            todo=i18n.fmt_number(counts[ActionState.NOT_STARTED])))
        states = {ActionState.DONE: self.tr("done"), ActionState.LATE: self.tr("late"),
                  ActionState.IN_PROGRESS: self.tr("in progress"), ActionState.NOT_STARTED: self.tr("not started")}
        t.setRowCount(len(progress.items))
        for row, line in enumerate(progress.items):
            a = line.action
            state = _item(states[line.state])
            if line.state is ActionState.LATE:
                state.setForeground(REGRESSED)
            elif line.state is ActionState.DONE:
                state.setForeground(IMPROVED)
            for col, item in enumerate((_item(a.description, a.description), _item(a.question_id),
                                        _item(i18n.fmt_date(a.deadline) if a.deadline else "–"), state)):
                t.setItem(row, col, item)

    # ---- export --------------------------------------------------------------------------------
    def export(self, fmt: str) -> Path | None:
        if self.comparison is None:
            return None
        suffix = ".xlsx" if fmt == "xlsx" else ".pdf"
        caption = self.tr("Export the comparison to Excel") if fmt == "xlsx" else self.tr("Export the comparison to PDF")
        filters = self.tr("Excel workbook (*.xlsx)") if fmt == "xlsx" else self.tr("PDF document (*.pdf)")
        name, _ = QFileDialog.getSaveFileName(self, caption, str(Path.home() / f"comparison{suffix}"), filters)
        if not name:
            return None
        out = Path(name) if name.endswith(suffix) else Path(name + suffix)
        return self.write(fmt, out)

    def write(self, fmt: str, out: Path) -> Path | None:
        try:
            return self.controller.export_comparison(self.chosen(), fmt, i18n.current_language(), out)
        except (OSError, ValueError) as e:
            show_error(self, self.tr("The comparison could not be written"), service_message(e))
            return None
