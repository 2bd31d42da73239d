"""The score tables of the results screen, switchable: by section, by MNR capability, by ICMEC / REPERES
legislative criterion.

The MNR / ICMEC panel lists every capability of the framework (coverage, score, conservative score,
band; "no question maps here" where none does; a group to read with care marked * with the reason in its
tooltip: the tags file's coverage note, or that it rests on one or two questions) and, for the selected one, the questions that drive its
gap, largest weight x gap first, with a button to open the question. The numbers come from the
controller (the domain's crosswalk over the same score as the sections); this module only lays out.
"""

from __future__ import annotations

import html

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QPainter,
    QPalette,
    QResizeEvent,
    QShowEvent,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.answers import ANSWER_LABELS
from app.domain.crosswalk import CAVEAT_MARK, ICMEC, MNR, Crosswalk, GroupScore, short_name
from app.domain.scoring import Tally

from .charts import BarChart
from .controller import Controller
from .fit import fit_columns, scrolling, wrap_header
from .i18n import code, current_language, fmt_number, fmt_percent, fmt_share
from .progress_text import band_text, progress_details, score_text
from .weights import select_row

NUMERIC = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
MUTED = QColor("#666666")
SECTIONS = "sections"
PROVISIONAL_MARK = "\u2020"  # † after a provisional score: the cell stays short, the legend under the table says it
VIEWS = (SECTIONS, MNR, ICMEC)


def no_question_maps() -> str:
    return QCoreApplication.translate("Crosswalk", "no question maps here")


def not_scored_yet() -> str:
    """For a capability some questions map to, none of them answered on the scale yet: unlike "no question
    maps here", answering would give it a score."""
    return QCoreApplication.translate("Crosswalk", "not scored yet")


def not_scored_tip() -> str:
    return QCoreApplication.translate(
        "Crosswalk", "Questions map here, but none of them is answered on the scale yet")


def caveat_text(g: GroupScore, lang: str) -> str:
    """Why a group marked * is to be read with care: the tags file's note on how thinly the Guidelines
    cover it, or how few questions its figures rest on ("" when it needs no caveat)."""
    if not g.caveat:
        return ""
    if g.tag.note:
        return g.tag.note.get(lang)
    n = len(g.question_ids)
    if n == 1:
        return QCoreApplication.translate("Crosswalk", "Proxy: based on 1 question only.")
    if n == 2:
        return QCoreApplication.translate("Crosswalk", "Proxy: based on 2 questions only.")
    return QCoreApplication.translate("Crosswalk", "Proxy: based on {n} questions only.").format(n=fmt_number(n))


def marked_name(g: GroupScore, lang: str) -> str:
    """The short name, after "* " when the group is to be read with care: the mark comes first so that a name
    elided on the right in a narrow column or a chart label still shows it (it was cut off at the end)."""
    name = short_name(g.tag, lang)
    return f"{CAVEAT_MARK} {name}" if g.caveat else name


def short_score(t: Tally) -> str:
    """A group's score as the table shows it: "53%", or "53%†" when provisional (the words in the tooltip and
    the legend under the table: "provisional: 53%" took the width the names need at 150 % text)."""
    text = fmt_percent(t.score)
    return text + PROVISIONAL_MARK if t.provisional and t.score is not None else text


def provisional_legend() -> str:
    return QCoreApplication.translate(
        "Crosswalk", "{mark} provisional: fewer than two thirds of its applicable questions answered (no band yet).")


def caveat_legend() -> str:
    return QCoreApplication.translate(
        "Crosswalk", "{mark} before a name: to be read with care (the reason is in its tooltip).")


def legend_text(provisional: bool, caveat: bool) -> str:
    """The legend under a score table: what each mark the table shows means ("" when it shows none), in one
    paragraph (a line each took a row of the capabilities at 150 % text)."""
    lines = ([provisional_legend().format(mark=PROVISIONAL_MARK)] if provisional else []) + (
        [caveat_legend().format(mark=CAVEAT_MARK)] if caveat else [])
    return "   ".join(lines)


def group_note(g: GroupScore) -> str | None:
    """What a chart shows in place of a bar: why this capability has no score."""
    if not g.mapped:
        return no_question_maps()
    return not_scored_yet() if g.tally.score is None else None


def _table(columns: int, stretch: int) -> QTableWidget:
    t = QTableWidget(0, columns)
    wrap_header(t)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setAlternatingRowColors(True)
    t.setWordWrap(False)
    t.setTextElideMode(Qt.TextElideMode.ElideRight)
    t.verticalHeader().hide()
    # compact rows (one line of text each): more of the 21 capabilities fit on a 600-px screen
    t.verticalHeader().setMinimumSectionSize(1)
    t.verticalHeader().setDefaultSectionSize(int(t.fontMetrics().height() * 1.45) + 2)
    header = t.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return t


def _item(text: str, data: object = None, numeric: bool = False, tip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if data is not None:
        item.setData(Qt.ItemDataRole.UserRole, data)
    if numeric:
        item.setTextAlignment(NUMERIC)
    if tip:
        item.setToolTip(tip)
    return item


class DriverDelegate(QStyledItemDelegate):
    """A driving question as two parts: its id, answer and weight × gap in bold, then its whole text, wrapped in
    the cell's width and direction (a rich-text document: the bold line and Arabic both lay out right)."""

    MARGIN = 3

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex,
                  width: int) -> QTextDocument:
        head, _, text = str(index.data() or "").partition("\n")
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(self.MARGIN)
        wrap = QTextOption()
        wrap.setWrapMode(QTextOption.WrapMode.WordWrap)
        wrap.setTextDirection(option.direction)
        doc.setDefaultTextOption(wrap)
        doc.setHtml(f"<b>{html.escape(head)}</b>" + (f"<br>{html.escape(text)}" if text else ""))
        doc.setTextWidth(max(width, 40))
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""  # the background, the selection and the focus frame as any cell; the text drawn below
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = self._document(option, index, option.rect.width())
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text))
        painter.save()
        painter.translate(option.rect.topLeft())
        painter.setClipRect(0, 0, option.rect.width(), option.rect.height())
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        view = option.widget
        width = option.rect.width()
        if isinstance(view, QTableWidget) and width <= 0:
            width = view.columnWidth(index.column())
        doc = self._document(option, index, width)
        return QSize(int(doc.idealWidth()), int(doc.size().height()) + 2)


MAX_DRIVERS = 10  # the questions listed as driving a gap: the largest weight × gap first (one group mapped ~80)


class DriversList(QTableWidget):
    """The questions driving the selected group's gap, to read: one row each, its id, answer and weight × gap on
    the first line and the whole question text wrapped below. As tall as its rows (never scrolled nor cut on
    its own: the pane around it scrolls, with the heading and the note); a row is selected and opened as in any
    table (Enter, double click, the button)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(0, 1, parent)
        self.horizontalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().hide()
        self.verticalHeader().setMinimumSectionSize(1)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setItemDelegate(DriverDelegate(self))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.fit)

    def fit(self) -> None:
        """Each row as tall as its wrapped text at the current width, the list as tall as its rows."""
        self.resizeRowsToContents()
        height = sum(self.rowHeight(r) for r in range(self.rowCount()))
        self.setFixedHeight(height + 2 * self.frameWidth())

    def later(self) -> None:
        self._timer.start(0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():  # the text wraps anew (a height change alone: no)
            self.later()

    def sizeHint(self) -> QSize:
        return QSize(self.fontMetrics().averageCharWidth() * 24, self.height())

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().averageCharWidth() * 12, 0)


class CrosswalkPanel(QSplitter):
    """Capabilities (or criteria) on one side; on the other, to read, the questions driving the selected one's
    gap: a heading and a note that wrap, then each question with its whole text, the pane scrolling as one."""

    open_question = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.walk: Crosswalk | None = None
        self._texts: dict[str, str] = {}
        self.marks = (False, False)  # whether the table shows a provisional score (†) and a group marked *
        self.groups_table = _table(4, 0)  # the number of questions is in the name's tooltip: room for the name
        self.groups_table.itemSelectionChanged.connect(self._fill_drivers)
        # the names take the room and wrap, whole ("1 Lead…" at 1280x800 and 150 %); the figures stay as narrow as
        # their content (a score "53%†", "not scored yet" across two columns), so that 7 of the 21 rows still
        # show at 150 %
        fit_columns(self.groups_table, 0, min_chars=16, max_chars={1: 8, 2: 9, 3: 8}, spans=(2,))
        # the questions driving the gap were a third-width table column showing 2-3 cut words of each question
        # (issue 15): a pane to read, scrolling as one, the heading and the note wrapped above the list
        body = QWidget()
        column = QVBoxLayout(body)
        # room under the note: an Arabic line's marks reach below the font's own descent, and its last line was cut
        # at the pane's bottom once scrolled to the end (1024x600)
        column.setContentsMargins(0, 0, 4, self.fontMetrics().lineSpacing() // 2)
        self.drivers_title = QLabel(wordWrap=True)
        bold = QFont(self.font())
        bold.setBold(True)
        self.drivers_title.setFont(bold)
        self.drivers_note = QLabel(wordWrap=True)
        self.drivers_note.setStyleSheet("color:#555;")
        self.drivers_table = DriversList()
        self.drivers_table.activated.connect(lambda index: self._emit_open(index.row()))
        self.drivers_table.itemSelectionChanged.connect(self._update_button)
        self.drivers_table.currentCellChanged.connect(lambda row, *_: self._show_row(row))
        self.drivers_more = QLabel(wordWrap=True)  # "and 70 more questions with a gap: see the Gaps tab"
        # the heading, the questions, then the note (the order, the progress, the caveat): in a pane a third of the
        # width, a note above pushed the first question below the fold at 1280x800 and 150 %; with no question to
        # list, the note comes right under the heading
        column.addWidget(self.drivers_title)
        column.addWidget(self.drivers_table)
        column.addWidget(self.drivers_more)
        column.addWidget(self.drivers_note)
        column.addStretch(1)
        self.drivers_area = scrolling(body)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(lambda: self._emit_open(self.drivers_table.currentRow()))
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        side = QWidget()
        side_column = QVBoxLayout(side)
        side_column.setContentsMargins(0, 0, 0, 0)
        side_column.addWidget(self.drivers_area, 1)
        side_column.addLayout(buttons)
        self.addWidget(self.groups_table)
        self.addWidget(side)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 2)
        self.setChildrenCollapsible(False)
        self._sized = False  # True once the user moved the handle: their sizes are kept
        self.splitterMoved.connect(self._moved)
        self.retranslate()

    def retranslate(self) -> None:
        self.open_button.setText(self.tr("&Open question"))
        self.drivers_table.setAccessibleName(self.tr("Questions driving the gap of the selected capability"))
        self._headers()

    def _headers(self) -> None:
        first = self.tr("Criterion") if self.walk and self.walk.framework == ICMEC else self.tr("Capability")
        self.groups_table.setHorizontalHeaderLabels([
            first, self.tr("Coverage"), self.tr("Score"), self.tr("Conservative")])
        self.groups_table.setAccessibleName(
            self.tr("Scores by ICMEC / REPERES legislative criterion") if self.walk and self.walk.framework == ICMEC
            else self.tr("Scores by MNR capability"))

    def set_walk(self, walk: Crosswalk | None) -> None:
        selected = self.selected_group()
        self.walk = walk
        self._headers()
        lang = current_language()
        groups = walk.groups if walk else ()
        table = self.groups_table
        table.clearSpans()
        table.setRowCount(len(groups))
        for row, g in enumerate(groups):
            name = marked_name(g, lang)
            t = g.tally
            tip = self.tr("{name}\nQuestions tagged with it: {n} (a question tagged with several counts in each)").format(
                name=g.tag.name.get(lang), n=fmt_number(t.total))
            caveat = caveat_text(g, lang)
            if caveat:
                tip += "\n\n" + self.tr("Read with care: {reason}").format(reason=caveat)
            table.setItem(row, 0, _item(name, g.tag.id, tip=tip))
            if not g.mapped:
                note = _item(no_question_maps(),
                             tip=self.tr("No question of this questionnaire is tagged with it"))
                note.setForeground(MUTED)  # muted, not italic: the Arabic font has no oblique glyphs
                table.setItem(row, 1, note)
                for col in range(2, 4):
                    table.setItem(row, col, _item(""))
                table.setSpan(row, 1, 1, 3)
                continue
            unscored = t.score is None
            cells = [_item(fmt_share(t.coverage), numeric=True, tip=progress_details(t.progress) if t.progress else ""),
                     _item(not_scored_yet() if unscored else short_score(t), numeric=True,
                           tip=not_scored_tip() if unscored else "\n".join(
                               x for x in (score_text(t) if t.provisional else "", band_text(t, lang)) if x)),
                     _item(fmt_percent(t.conservative), numeric=True)]
            if unscored:
                cells[1].setForeground(MUTED)
            for col, item in enumerate(cells, start=1):
                table.setItem(row, col, item)
            if unscored:  # "not scored yet" across the score and conservative columns, on one line
                cells[2].setText("")
                table.setSpan(row, 2, 1, 2)
        provisional = any(g.mapped and g.tally.provisional and g.tally.score is not None for g in groups)
        self.marks = (provisional, any(g.caveat for g in groups))
        ids = [g.tag.id for g in groups]
        row = ids.index(selected.tag.id) if selected is not None and selected.tag.id in ids else 0
        if groups:
            select_row(table, row)  # not selectRow: it selects nothing right to left
        self._fill_drivers()

    def _first_sizes(self) -> None:
        """The capabilities' names first: two thirds of the width, until the user drags the handle."""
        if not self._sized and self.width() > 0:
            room = self.width() - self.handleWidth()
            self.setSizes([room * 2 // 3, room - room * 2 // 3])

    def _moved(self, *_: object) -> None:
        self._sized = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._first_sizes()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._first_sizes()

    def selected_group(self) -> GroupScore | None:
        model = self.groups_table.selectionModel()
        rows = model.selectedRows() if model else []
        if not rows or self.walk is None:
            return None
        tag_id = rows[0].data(Qt.ItemDataRole.UserRole)
        return next((g for g in self.walk.groups if g.tag.id == tag_id), None)

    def _fill_drivers(self) -> None:
        lang, g = current_language(), self.selected_group()
        gaps = g.gaps if g else ()
        # the selected row on the left names the group: the heading stays short (its name made it 3-4 lines)
        title = self.tr("Questions driving the gap")
        if g is None:
            note = ""
        elif not g.mapped:
            note = (self.tr("No question of this questionnaire maps to this criterion: the self-assessment says "
                            "nothing about it.") if g.tag.framework == ICMEC else
                    self.tr("No question of this questionnaire maps to this capability: the self-assessment says "
                            "nothing about it."))
        elif not gaps:
            note = self.tr("No gap among the answered questions.")
        else:
            note = self.tr("Largest weight × gap first: closing these would raise this score most.")
        if g is not None and g.mapped and g.tally.progress is not None:
            p = g.tally.progress
            note += " " + self.tr("Answered {a} of {n} applicable questions.").format(
                a=fmt_number(p.answered), n=fmt_number(p.applicable))
        if g is not None and g.caveat:
            note += " " + self.tr("Read with care: {reason}").format(reason=caveat_text(g, lang))
        self.drivers_title.setText(title)
        self.drivers_note.setText(note.strip())
        self.drivers_note.setVisible(bool(note.strip()))
        self.drivers_table.setAccessibleDescription(
            "\n".join(x for x in (g.tag.name.get(lang) if g else "", note.strip()) if x))
        # the largest MAX_DRIVERS only ("3 Legislation" listed ~80 questions, 8,500 px of scrolling); the rest are
        # counted, and listed in the Gaps tab
        shown, more = gaps[:MAX_DRIVERS], len(gaps) - MAX_DRIVERS
        self.drivers_more.setText(
            self.tr("… and {n} more questions with a gap: see the “Gaps to close” tab.").format(n=fmt_number(more))
            if more > 0 else "")
        self.drivers_more.setVisible(more > 0)
        table = self.drivers_table
        table.setRowCount(len(shown))
        for row, x in enumerate(shown):
            head = self.tr("{id} · {answer} · weight × gap {value}").format(
                id=code(x.question_id), answer=ANSWER_LABELS[x.value].get(lang, x.value.value),
                value=fmt_number(x.priority_score, 2))
            text = self._texts.get(x.question_id, "")
            table.setItem(row, 0, _item(f"{head}\n{text}" if text else head, x.question_id))
        table.setVisible(bool(gaps))
        table.fit()
        table.later()  # again once laid out at its width
        self.drivers_area.verticalScrollBar().setValue(0)
        self._update_button()

    def _show_row(self, row: int) -> None:
        """The row the keyboard moved to, brought into the pane's view (the list itself does not scroll)."""
        table = self.drivers_table
        if row < 0 or row >= table.rowCount():
            return
        top = table.y() + table.rowViewportPosition(row) + table.frameWidth()
        height = table.rowHeight(row)
        self.drivers_area.ensureVisible(0, top + height // 2, 0, height // 2 + 2)

    def set_texts(self, texts: dict[str, str]) -> None:
        """Question id -> question text in the interface language (from the questionnaire)."""
        self._texts = texts

    def _update_button(self) -> None:
        self.open_button.setEnabled(bool(self.drivers_table.selectionModel().selectedRows()))

    def _emit_open(self, row: int) -> None:
        item = self.drivers_table.item(row, 0)
        if item is not None and row >= 0:
            self.open_question.emit(str(item.data(Qt.ItemDataRole.UserRole)))


class GroupedScores(QWidget):
    """The view switch over the score tables: sections (the table the results view fills), MNR, ICMEC."""

    open_question = Signal(str)
    view_changed = Signal(str)

    def __init__(self, controller: Controller, sections_table: QTableWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.switch_label = QLabel()
        self.switch = QComboBox()
        self.switch.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.switch_label.setBuddy(self.switch)
        self.switch.currentIndexChanged.connect(self._switched)
        row.addWidget(self.switch_label)
        row.addWidget(self.switch)
        row.addStretch(1)
        self.stack = QStackedWidget()
        self.sections_table = sections_table
        self.panel = CrosswalkPanel()
        self.panel.open_question.connect(self.open_question)
        self.stack.addWidget(sections_table)
        self.stack.addWidget(self.panel)
        # what the marks in the table mean (†, *), under the table and across the whole width (two lines at
        # most at 150 % text: the capabilities keep their 7 rows)
        self.legend = QLabel(wordWrap=True)
        self.legend.setStyleSheet("color:#555;")
        self.legend.hide()
        self.sections_provisional = False  # a section's score is provisional (set with the sections table)
        layout.addLayout(row)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.legend)
        self._retranslate()

    @property
    def view(self) -> str:
        data = self.switch.currentData()
        return data if isinstance(data, str) else SECTIONS

    def set_view(self, view: str) -> None:
        self.switch.setCurrentIndex(max(0, self.switch.findData(view)))

    def _retranslate(self) -> None:
        current = self.view
        self.switch.blockSignals(True)
        self.switch.clear()
        self.switch.addItem(self.tr("Sections"), SECTIONS)
        self.switch.addItem(self.tr("MNR capabilities (WePROTECT)"), MNR)
        self.switch.addItem(self.tr("ICMEC / REPERES legislative criteria"), ICMEC)
        self.switch.setCurrentIndex(max(0, self.switch.findData(current)))
        self.switch.blockSignals(False)
        self.switch_label.setText(self.tr("Show scores &by:"))
        self.switch.setAccessibleName(self.tr("View the scores by"))
        self.panel.retranslate()
        self._fill_intro()

    def _fill_intro(self) -> None:
        """What the grouping means, where the user chooses it (a tooltip: the height is scarce at 600 px)."""
        self.switch.setToolTip(self.tr(
            "Sections follow the Guidelines. The other views group the same answers, scored the same way, by "
            "WePROTECT Model National Response capability or by ICMEC / REPERES legislative criterion: a question "
            "tagged with several counts in each, so those groups overlap. Of the 16 legislative criteria, five "
            "come from the ICMEC Global Review of model legislation and eleven from the REPERES report's criteria "
            "for efficient legislation, which draw on other sources such as the Lanzarote Convention. A group "
            "marked * is to be read with care: its tooltip says why."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "panel"):
            self._retranslate()
        super().changeEvent(event)

    def _switched(self) -> None:
        self.refresh()
        self.view_changed.emit(self.view)

    def refresh(self) -> None:
        view = self.view
        self.stack.setCurrentIndex(0 if view == SECTIONS else 1)
        self._fill_intro()
        if view == SECTIONS:
            self._fill_legend((self.sections_provisional, False))
            return
        lang = current_language()
        self.panel.set_texts({q.id: q.text.get(lang) for q in self.controller.questionnaire.questions()})
        self.panel.set_walk(self.controller.crosswalk(view))
        self._fill_legend(self.panel.marks)

    def _fill_legend(self, marks: tuple[bool, bool]) -> None:
        text = legend_text(*marks)
        self.legend.setText(text)
        self.legend.setVisible(bool(text))


class FrameworkCharts(QWidget):
    """For the charts page: a bar chart per framework (score and conservative score of each capability)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.titles: dict[str, QLabel] = {}
        self.charts: dict[str, BarChart] = {}
        for fw in (MNR, ICMEC):
            title, chart = QLabel(), BarChart()
            font = QFont(self.font())
            font.setBold(True)
            title.setFont(font)
            layout.addSpacing(self.fontMetrics().height())
            layout.addWidget(title)
            layout.addWidget(chart)
            self.titles[fw], self.charts[fw] = title, chart
        self._retranslate()

    def _retranslate(self) -> None:
        self.titles[MNR].setText(self.tr("Score by MNR capability"))
        self.titles[ICMEC].setText(self.tr("Score by ICMEC / REPERES legislative criterion"))
        self.charts[MNR].setAccessibleName(self.tr("Scores by MNR capability"))
        self.charts[ICMEC].setAccessibleName(self.tr("Scores by ICMEC / REPERES legislative criterion"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "charts"):
            self._retranslate()
        super().changeEvent(event)

    def set_walks(self, walks: dict[str, Crosswalk | None]) -> None:
        lang = current_language()
        for fw, chart in self.charts.items():
            walk = walks.get(fw)
            groups = walk.groups if walk else ()
            chart.set_items([(marked_name(g, lang), g.tally.score, g.tally.conservative) for g in groups],
                            [group_note(g) for g in groups])
            visible = bool(groups)
            chart.setVisible(visible)
            self.titles[fw].setVisible(visible)
