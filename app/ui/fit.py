"""Fitting windows and tables to the screens officials have (1024×600 at normal text, 1366×768 at 150 %).

- `available()`: the part of the screen a window may use (the task bar and the window's own frame taken off).
- `fit_to_screen()`: size a dialog to what it would like, but never larger than the available part of the screen
  (Qt's own sizing caps a dialog at 2/3 of the screen height, which clipped wrapped text).
- `scrolling()`: a body that scrolls vertically when the screen is too short, never sideways.
- `fit_columns()`: a table whose text column takes the room and wraps, and whose number/short columns
  stay as narrow as their content.
- `WrapHeader` / `wrap_header()`: the column header every table and tree of the window uses: its labels
  wrap between words (never cut inside one: "onservativ", "Answe"), and it grows in height to show them.
"""

from __future__ import annotations

import re

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFontMetrics, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLayoutItem,
    QScrollArea,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTreeView,
    QWidget,
    QWidgetItem,
)

FRAME = QSize(16, 40)  # a window's border and title bar, outside its geometry
TASK_BAR = 32


def available(widget: QWidget | None = None) -> QRect:
    """The screen area a top-level window may occupy (inside the frame), for `widget`'s screen."""
    screen = None
    if widget is not None:
        parent = widget.parentWidget()
        screen = (parent.window() if parent is not None else widget).screen()
    screen = screen or QGuiApplication.primaryScreen()
    if screen is None:  # pragma: no cover - no screen at all
        return QRect(0, 0, 1024, 600)
    area = screen.availableGeometry()
    if area == screen.geometry():  # no task bar reported (some window managers): leave room for one
        area = area.adjusted(0, 0, 0, -TASK_BAR)
    return area.adjusted(0, 0, -FRAME.width(), -FRAME.height())


def fit_to_screen(dialog: QWidget, width: int, height: int | None = None) -> None:
    """Resize `dialog` to `width` × `height` (or its height for that width when None), bounded by the
    available screen, and never smaller than its minimum size hint where the screen allows."""
    area = available(dialog)
    w = max(min(width, area.width()), min(dialog.minimumSizeHint().width(), area.width()))
    if height is None:
        layout = dialog.layout()
        height = layout.totalHeightForWidth(w) if layout is not None and layout.hasHeightForWidth() else -1
        if height <= 0:
            height = dialog.sizeHint().height()
    h = max(min(height, area.height()), min(dialog.minimumSizeHint().height(), area.height()))
    dialog.resize(w, h)


class WrapHeader(QHeaderView):
    """A horizontal header whose labels wrap between words and which grows in height to show every line.

    Qt's own header draws a label on one line: a column narrower than its title cut it on both sides
    ("onservativ", "Answe", "Commentaire" at 1024 px or at 150 % text). Here a label wider than
    `WRAP_CHARS` characters asks only for that width (its content's size, for ResizeToContents columns)
    and wraps; `min_width()` is the width of its longest word, below which a column fitter must not go;
    the header's height is that of its most wrapped label at the columns' current widths."""

    WRAP_CHARS = 14

    def __init__(self, parent: QWidget | None = None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        self.setSectionsClickable(True)
        # no highlighted sections: Qt draws a highlighted label in bold, wider than the regular font every width
        # here is measured with, and with whole rows selected every label is highlighted ("Poids du
        # questionnaire" was cut on both sides in French at 150 %)
        self.setHighlightSections(False)
        self._height = 0
        self.sectionResized.connect(self._check_height)
        self.sectionCountChanged.connect(self._check_height)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if model is not None:  # a label translated or renamed: perhaps more lines
            model.headerDataChanged.connect(self._check_height)

    def _text(self, logical: int) -> str:
        model = self.model()
        value = model.headerData(logical, self.orientation()) if model is not None else None
        return str(value) if value is not None else ""

    def _padding(self, logical: int) -> QSize:
        """What the style adds around the label's text: its margins, and the sort arrow's room."""
        style = self.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, self)
        width = margin * 2 + 6
        if self.isSortIndicatorShown() and self.sortIndicatorSection() == logical:  # the arrow on this column
            width += style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, self) + margin
        return QSize(width, margin * 2)

    def min_width(self, logical: int) -> int:
        """The longest word of the label and the padding: a column never narrower (or a word is cut)."""
        fm = self.fontMetrics()
        words = [fm.horizontalAdvance(w) for w in re.split(r"[ \n\t]+", self._text(logical)) if w] or [0]
        return max(words) + self._padding(logical).width() + 2

    def _height_at(self, logical: int, width: int) -> int:
        pad = self._padding(logical)
        room = max(width - pad.width(), 1)
        rect = self.fontMetrics().boundingRect(QRect(0, 0, room, 100000), int(Qt.TextFlag.TextWordWrap),
                                               self._text(logical))
        return rect.height() + pad.height()

    def sectionSizeFromContents(self, logicalIndex: int) -> QSize:
        one_line = super().sectionSizeFromContents(logicalIndex)
        wrapped = max(min(one_line.width(), self.fontMetrics().averageCharWidth() * self.WRAP_CHARS
                          + self._padding(logicalIndex).width()), self.min_width(logicalIndex))
        return QSize(wrapped, max(one_line.height(), self._height_at(logicalIndex, wrapped)))

    def needed_height(self) -> int:
        """The height that shows every label whole at the columns' current widths."""
        tallest = 0
        for logical in range(self.count()):
            if not self.isSectionHidden(logical) and self.sectionSize(logical) > 0:
                tallest = max(tallest, self._height_at(logical, self.sectionSize(logical)))
        return tallest

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), max(hint.height(), self.needed_height()))

    def _check_height(self, *_: object) -> None:
        height = self.needed_height()
        if height != self._height:
            self._height = height
            self.updateGeometry()
            self.geometriesChanged.emit()  # the table or tree lays its header out again at the new height


def wrap_header(view: QAbstractItemView) -> WrapHeader:
    """Give `view` (a table or a tree) a `WrapHeader`, keeping what was set on its header so far."""
    if isinstance(view, QTableView):
        old = view.horizontalHeader()
    elif isinstance(view, QTreeView):
        old = view.header()
    else:  # pragma: no cover - a list has no header
        raise TypeError(type(view).__name__)
    if isinstance(old, WrapHeader):
        return old
    header = WrapHeader(view)
    header.setStretchLastSection(old.stretchLastSection())
    header.setSectionsMovable(old.sectionsMovable())
    header.setSortIndicatorShown(old.isSortIndicatorShown())
    header.setVisible(not old.isHidden())
    alignment = old.defaultAlignment()
    if alignment & Qt.AlignmentFlag.AlignLeft or alignment & Qt.AlignmentFlag.AlignLeading:  # a tree's names
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter
                                   | Qt.TextFlag.TextWordWrap)
    if isinstance(view, QTableView):
        view.setHorizontalHeader(header)
    else:
        view.setHeader(header)
    return header


class _ClickToggles(QObject):
    def __init__(self, box: QCheckBox, label: QLabel):
        super().__init__(label)
        self.box = box

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonRelease and self.box.isEnabled():
            self.box.click()
            return True
        return False


def wrapping_check(box: QCheckBox) -> QWidget:
    """A check box whose label wraps (a QCheckBox's own text never does, and was cut at 1024 px in French):
    its text moves to a word-wrapped label beside it; clicking the label ticks the box, the label's
    Alt+letter goes to the box, and the box keeps the text as its accessible name."""
    row = QWidget(box.parentWidget())
    label = QLabel(box.text(), row)
    label.setWordWrap(True)
    label.setBuddy(box)
    label.setToolTip(box.toolTip())
    label.installEventFilter(_ClickToggles(box, label))
    box.setAccessibleName(box.text().replace("&", ""))
    box.setText("")
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
    layout.addWidget(label, 1)
    box.setProperty("wrapped_label", label)
    return row


def scrolling(body: QWidget) -> QScrollArea:
    """`body` in a frameless area that scrolls up and down when the window is short, never sideways."""
    area = QScrollArea()
    area.setWidget(body)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return area


class OneLineDelegate(QStyledItemDelegate):
    """A cell on one line, elided, in a table whose other cells wrap."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        option.features &= ~QStyleOptionViewItem.ViewItemFeature.WrapText


_ADVANCES: dict[tuple[str, str], int] = {}
_ADVANCES_KEPT = 20000  # words (a few MB at most); forgotten all at once beyond


def _advance(fm: QFontMetrics, font_key: str, word: str) -> int:
    """fm.horizontalAdvance(word), remembered per (font, word): the same answers and comments are measured
    each time a view opens or refits."""
    got = _ADVANCES.get((font_key, word))
    if got is None:
        if len(_ADVANCES) >= _ADVANCES_KEPT:
            _ADVANCES.clear()
        got = _ADVANCES[font_key, word] = fm.horizontalAdvance(word)
    return got


class ColumnFitter(QObject):
    """Column `stretch` of `table` (a title, a description; -1 the last column, whichever it is) takes the room and wraps on several lines; every
    other column is as wide as its content (numbers, dates, short labels) until the room runs out, then the
    widest of them are narrowed together (their text wraps) so that the stretching column keeps at least
    `min_chars` characters. No sideways scrolling, at 1024 px or at 150 % text. Refits when the table is
    resized or its rows change."""

    refitted = Signal()  # the columns and rows were fitted again (a view may then cap its rows its own way)
    dropped_changed = Signal()  # columns of `drop` were hidden or shown again (`dropped` says which)

    def __init__(self, table: QTableView, stretch: int, min_chars: int = 18, wrap: bool = True,
                 max_chars: dict[int, int] | None = None, one_line: tuple[int, ...] = (), max_lines: int = 0,
                 whole_words: bool = False, spans: tuple[int, ...] = (), drop: tuple[int, ...] = (),
                 whole: tuple[int, ...] = ()):
        super().__init__(table)
        self.whole = whole  # columns never narrowed below their content (amounts, dates: never elided)
        # columns hidden, in this order, while the others cannot fit the room with whole words and the stretching
        # column its `min_chars` (a view shows their content elsewhere: `dropped`, `dropped_changed`)
        self.drop = drop
        self.dropped: tuple[int, ...] = ()
        self.spans = spans  # a cell spanning from one of these columns gets its one line across the spanned columns
        self.max_lines = max_lines
        self.whole_words = whole_words
        self.one_line = one_line
        for column in one_line:  # a long text better elided (whole in its tooltip) than wrapped on 6 lines
            table.setItemDelegateForColumn(column, OneLineDelegate(table))
        self.table, self.stretch, self.min_chars, self.wrap = table, stretch, min_chars, wrap
        self.max_chars = max_chars or {}  # columns never wider than this many characters (wrapped beyond)
        header = wrap_header(table)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(table.fontMetrics().averageCharWidth() * 3)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setWordWrap(wrap)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.refit)
        table.viewport().installEventFilter(self)
        self._model: QAbstractItemModel | None = None
        self._watch()

    def _watch(self) -> None:
        model = self.table.model()
        if model is None or model is self._model:
            return
        self._model = model
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.dataChanged,
                       model.layoutChanged, model.headerDataChanged):
            signal.connect(self.later)

    def later(self, *_: object) -> None:
        self._timer.start(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.later()
        return False

    def _stretch_column(self) -> int:
        columns = self.table.horizontalHeader().count()
        return self.stretch if self.stretch >= 0 else columns + self.stretch  # -1: the last column

    def _floor(self, c: int, want: int) -> int:
        """The narrowest column `c` (wanting `want`) may be: its header's longest word, and its own (whole words)."""
        char = self.table.fontMetrics().averageCharWidth()
        if c in self.whole:  # an amount or a date is never cut
            return want
        return min(want, max(self._header_word(c), char * 9 if c in self.one_line else
                             max(char * 5, self._longest_word(c))))

    def _stretch_floor(self, stretch: int) -> int:
        """The stretching column's least: `min_chars` characters, its header's longest word (and its own)."""
        least = self.table.fontMetrics().averageCharWidth() * self.min_chars
        if not 0 <= stretch < self.table.horizontalHeader().count():
            return least
        return max(least, self._header_word(stretch),
                   self._longest_word(stretch) if self.whole_words else 0)

    def _wanted(self, hidden: set[int]) -> dict[int, int]:
        """What each shown column other than the stretching one would like (content, header, caps)."""
        table, header = self.table, self.table.horizontalHeader()
        char = table.fontMetrics().averageCharWidth()
        stretch = self._stretch_column()
        want: dict[int, int] = {}
        for c in range(header.count()):
            if c == stretch or c in hidden:
                continue
            w = max(table.sizeHintForColumn(c), self._header_width(c))
            if c in self.max_chars:  # wrapped beyond, between words (elided, for a one-line column)
                longest = 0 if c in self.one_line else self._longest_word(c)
                w = min(w, max(char * self.max_chars[c], longest, self._header_word(c)))
            want[c] = w
        self._widen_for_spans(want)
        return want

    def _to_drop(self, room: int) -> tuple[int, ...]:
        """The columns of `drop` to hide (the first ones in order) so that the others fit `room` with whole words
        and the stretching column keeps `min_chars`; all of them when even that is not enough."""
        header = self.table.horizontalHeader()
        fixed = {c for c in range(header.count()) if header.isSectionHidden(c) and c not in self.drop}
        stretch = self._stretch_column()
        least = self._stretch_floor(stretch)
        want = self._wanted(fixed)
        floors = {c: self._floor(c, w) for c, w in want.items()}
        dropped: list[int] = []
        for c in self.drop:
            if sum(w for k, w in floors.items() if k not in dropped) + least <= room:
                break
            dropped.append(c)
        return tuple(dropped)

    def widths(self, room: int) -> list[int]:
        """The width of each column for `room` pixels of viewport."""
        table, header = self.table, self.table.horizontalHeader()
        char = table.fontMetrics().averageCharWidth()
        columns = header.count()
        stretch = self._stretch_column()
        want = self._wanted({c for c in range(columns) if header.isSectionHidden(c)})
        # the stretching column keeps `min_chars` characters and its header's longest word ("Commentaire")
        # (and, with `whole_words`, its own longest word: it takes that width anyway, so the others make room)
        budget = room - self._stretch_floor(stretch)
        if sum(want.values()) > budget and want:
            # water-filling: cap the widest columns at one level, as high as the room allows, but never
            # narrower than their longest word (a column wraps between words, it does not cut them)
            floor = {c: self._floor(c, w) for c, w in want.items()}
            if sum(floor.values()) > budget and not self.whole_words:  # too tight: a cell's long word is cut
                # (whole in its tooltip), a header's word never is; with `whole_words` the table scrolls sideways.
                # Where it costs least: the columns with the longest words (a word of a long text, whole in its
                # tooltip) give theirs up one by one, widest first, while the text column could not keep 18
                # characters; then the text column gives what is still needed down to 18 characters; so a short
                # column's single value stays whole (a date, an amount, a band were cut to "30/06/2…", "4 500 00…",
                # "En dévelo…" in French at 150 % while the title kept 26 characters and the question an
                # 18-character "word" of no-break spaces)
                least = max(char * min(self.min_chars, 18), self._header_word(stretch) if 0 <= stretch < columns
                            else 0)
                # a `whole` column (an amount, a date) keeps its width: a number is never cut
                lowest = {c: w if c in self.whole else min(w, max(self._header_word(c), char * 5))
                          for c, w in want.items()}
                for c in sorted(floor, key=lambda k: floor[k] - lowest[k], reverse=True):
                    if sum(floor.values()) <= room - least:
                        break
                    floor[c] = lowest[c]
                budget = max(budget, min(sum(floor.values()), room - least))  # the text column: only what is needed
            if sum(floor.values()) > budget:  # tighter still: the others keep only their floors, and the text
                # column what is left (at least its header's word), not the share a level above the floors would eat
                budget = min(sum(floor.values()),
                             room - (self._header_word(stretch) if 0 <= stretch < columns else 0))
            low, high = char * 5, max(want.values())
            while high - low > 1:
                mid = (low + high) // 2
                if sum(min(w, max(mid, floor[c])) for c, w in want.items()) <= budget:
                    low = mid
                else:
                    high = mid
            want = {c: min(w, max(low, floor[c])) for c, w in want.items()}
        out = [0] * columns
        for c, w in want.items():
            out[c] = w
        if 0 <= stretch < columns:
            out[stretch] = max(room - sum(want.values()), char * 4, self._header_word(stretch),
                               self._longest_word(stretch) if self.whole_words else 0)
        return out

    def _widen_for_spans(self, want: dict[int, int]) -> None:
        """A short note spanning columns (the crosswalk's "not scored yet" across score and conservative) on one
        line: the last spanned column takes what the columns lack for it (a spanned cell counts in no column's
        width, so the note wrapped on two lines and every such row was twice as tall)."""
        if not self.spans:
            return
        table, model = self.table, self.table.model()
        fm, pad = table.fontMetrics(), table.fontMetrics().averageCharWidth() * 2
        for row in range(min(model.rowCount(), 300)):
            for c in self.spans:
                n = table.columnSpan(row, c)
                cols = [k for k in range(c, c + n) if k in want]
                if n < 2 or not cols:
                    continue
                need = fm.horizontalAdvance(str(model.index(row, c).data() or "")) + pad
                have = sum(want[k] for k in cols)
                if need > have:
                    want[cols[-1]] += need - have

    def _header_word(self, column: int) -> int:
        """The header's longest word: a header wraps between words, never cuts one ("onservativ")."""
        return wrap_header(self.table).min_width(column)

    def _header_width(self, column: int) -> int:
        """The header wraps too: its lines in full up to 14 characters (a long assessment title above a score
        column would otherwise stand 8 lines tall), never less than its longest word; room for the sort arrow."""
        return wrap_header(self.table).sectionSizeFromContents(column).width()

    def _longest_word(self, column: int) -> int:
        """The widest word of the column's cells (the first 300 rows): each distinct word is measured once,
        and its width is remembered per font (_advance), so reopening a view does not measure 750 cells."""
        model, fm = self.table.model(), self.table.fontMetrics()
        words: set[str] = set()
        for row in range(min(model.rowCount(), 300)):
            text = str(model.index(row, column).data() or "")
            # break only at ordinary spaces: "4 500 000 XOF" (no-break spaces) is one word
            words.update(re.split(r"[ \n\t]+", text))
        key = f"{self.table.font().key()}|{fm.height()}|{fm.averageCharWidth()}"  # the font as measured here
        widest = max((_advance(fm, key, word) for word in words), default=0)
        # the cell's margins as the style draws them (Fusion: 3 px a side) and a little room; twice the average
        # character width before (18 px at 150 % text), which cost a short column its value ("4 500 00…")
        margin = self.table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.table) + 1
        return widest + max(margin * 2 + 4, fm.averageCharWidth())

    def refit(self) -> None:
        self._watch()
        table = self.table
        room = table.viewport().width()
        if room <= 0:
            return
        header = table.horizontalHeader()
        if self.drop:  # the least useful columns make room when the others cannot fit (issue 15, workshop)
            dropped = self._to_drop(room)
            for c in self.drop:
                if header.isSectionHidden(c) != (c in dropped):
                    header.setSectionHidden(c, c in dropped)
            if dropped != self.dropped:
                self.dropped = dropped
                self.dropped_changed.emit()
        widths = self.widths(room)
        for c, w in enumerate(widths):
            if not header.isSectionHidden(c) and header.sectionSize(c) != w:
                header.resizeSection(c, w)
        # the last resort: when even the narrowed columns are wider than the room, a column is never cut
        # without a way to see it: the sideways scroll bar shows (issue 15, workshop table at 150 %)
        total = sum(w for c, w in enumerate(widths) if not header.isSectionHidden(c))
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded if total > room
                                           else Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        if self.wrap:
            table.resizeRowsToContents()
            if self.max_lines:  # a long text on at most so many lines (elided), so that a list keeps its rows
                fm = table.fontMetrics()
                cap = fm.lineSpacing() * self.max_lines + fm.height() // 2 + 2
                for row in range(table.model().rowCount()):
                    if table.rowHeight(row) > cap:
                        table.setRowHeight(row, cap)
        self.refitted.emit()


def fit_columns(table: QTableView, stretch: int, min_chars: int = 18, wrap: bool = True,
                max_chars: dict[int, int] | None = None, one_line: tuple[int, ...] = (),
                max_lines: int = 0, whole_words: bool = False, spans: tuple[int, ...] = (),
                drop: tuple[int, ...] = (), whole: tuple[int, ...] = ()) -> ColumnFitter:
    """See `ColumnFitter`; kept alive by the table (its parent). With `whole_words`, a column is never narrower
    than its longest word: when they cannot all fit, the columns of `drop` are hidden in that order (the view
    shows their content elsewhere), and as a last resort the table scrolls sideways rather than cutting a word.
    A column in `whole` (amounts, dates) is always as wide as its content: the other columns wrap instead."""
    fitter = ColumnFitter(table, stretch, min_chars, wrap, max_chars, one_line, max_lines, whole_words, spans, drop,
                          whole)
    table.setProperty("column_fitter", True)
    return fitter


class FlowLayout(QLayout):
    """Widgets (a row of buttons) side by side while they fit, on as many lines as the width needs beyond: a row
    of six buttons no longer sets the window's minimum width (993 px in French at 150 % text). Its minimum width
    is its widest widget's; lines follow the layout direction (right to left in Arabic)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def add(self, widget: QWidget) -> None:
        self.addChildWidget(widget)
        self.addItem(QWidgetItem(widget))

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:
        shown = [i for i in self._items if not i.isEmpty()]
        width = sum(i.sizeHint().width() for i in shown) + self._spacing * max(len(shown) - 1, 0)
        height = max((i.sizeHint().height() for i in shown), default=0)
        m = self.contentsMargins()
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            if not item.isEmpty():
                size = size.expandedTo(item.minimumSize().expandedTo(item.sizeHint()))
        m = self.contentsMargins()
        return QSize(size.width() + m.left() + m.right(), size.height() + m.top() + m.bottom())

    def _place(self, rect: QRect, move: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        parent = self.parentWidget()
        rtl = parent is not None and parent.layoutDirection() == Qt.LayoutDirection.RightToLeft
        x, y, line = 0, area.y(), 0
        for item in self._items:
            if item.isEmpty():
                continue
            hint = item.sizeHint()
            if x > 0 and x + hint.width() > area.width():
                x, y, line = 0, y + line + self._spacing, 0
            if move:
                left = area.right() - x - hint.width() + 1 if rtl else area.x() + x
                item.setGeometry(QRect(left, y, hint.width(), hint.height()))
            x += hint.width() + self._spacing
            line = max(line, hint.height())
        return y + line - rect.y() + m.bottom()
