"""Paragraph styles and layout helpers of the PDF report, aware of the writing direction."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Table, TableStyle

from .pdf_charts import fit
from .pdf_text import FONT, FONT_BOLD, Piece, TextFlow, display, para, text_width, word_width, words
from .strings import french_spacing, label

NAVY = colors.HexColor("#1F3864")
GREY = colors.HexColor("#595959")
LIGHT = colors.HexColor("#F2F2F2")
RULE = colors.HexColor("#BFBFBF")

Cell = Any  # a text, or a ready flowable, or a list of flowables

MARGIN = 18 * mm  # the page margins of every report (the assessment report, the comparison, their annexes)
TOP = 22 * mm
BOTTOM = 20 * mm


class PageCanvas(Canvas):  # type: ignore[misc]
    """The page furniture of every PDF report: a header (`header`: the report's title and, opposite, its
    country or countries) over a rule, and a footer (`marking`: the classification, "DRAFT" first unless
    validated; "page X of Y") under a rule, on every page but the cover. Pages are kept until the end, when
    the number of pages is known. Mirrored for right-to-left; fits landscape pages too (their own size)."""

    def __init__(self, *args: Any, language: str, rtl: bool, header: tuple[str, str], marking: str, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self._lang, self._rtl, self._header, self._marking = language, rtl, header, marking
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            if number > 1:
                self._furniture(number, total)
            super().showPage()
        super().save()

    def _line(self, y: float, left: str, right: str, size: float) -> None:
        width = float(getattr(self, "_pagesize", A4)[0])
        self.setFont(FONT, size)
        half = (width - 2 * MARGIN) / 2 - 6
        first, second = (right, left) if self._rtl else (left, right)
        first, second = fit(self._text(first), FONT, size, half), fit(self._text(second), FONT, size, half)
        self.drawString(MARGIN, y, display(first, FONT))  # shaped (Arabic): placed by its shaped width
        self.drawString(width - MARGIN - text_width(second, FONT, size), y, display(second, FONT))

    def _text(self, text: str) -> str:
        return french_spacing(text) if self._lang == "fr" else text

    def _furniture(self, number: int, total: int) -> None:
        from .strings import label

        width, height = (float(x) for x in getattr(self, "_pagesize", A4))
        self.saveState()
        self.setFillColor(NAVY)
        self._line(height - 13 * mm, *self._header, 8)
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(MARGIN, height - 15 * mm, width - MARGIN, height - 15 * mm)
        self.line(MARGIN, 14 * mm, width - MARGIN, 14 * mm)
        self.setFillColor(GREY)
        self._line(10 * mm, self._marking, label("page_x_of_y", self._lang, page=number, total=total), 7.5)
        self.restoreState()


def cover_band(canvas: Canvas, _doc: Any) -> None:
    """The navy band across the top of a report's cover."""
    width, height = A4
    canvas.saveState()
    canvas.setFillColor(NAVY)
    canvas.rect(0, height - 28 * mm, width, 28 * mm, stroke=0, fill=1)
    canvas.setFillColor(colors.HexColor("#9DC3E6"))
    canvas.rect(0, height - 30 * mm, width, 2 * mm, stroke=0, fill=1)
    canvas.restoreState()


def make_styles(rtl: bool) -> dict[str, ParagraphStyle]:
    align = TA_RIGHT if rtl else TA_LEFT

    def s(name: str, size: float, bold: bool = False, colour: colors.Color = colors.black, **kw: object) -> ParagraphStyle:
        options: dict[str, object] = {"leading": size * 1.32, "alignment": align, **kw}
        return ParagraphStyle(name, fontName=FONT_BOLD if bold else FONT, fontSize=size, textColor=colour,
                              splitLongWords=True, **options)

    return {
        "cover_title": s("cover_title", 22, True, NAVY, spaceAfter=10, leading=29),
        "cover_sub": s("cover_sub", 12, False, GREY, spaceAfter=28),
        "cover_name": s("cover_name", 17, True, colors.black, spaceAfter=18),
        "h1": s("h1", 16, True, NAVY, spaceBefore=4, spaceAfter=10),
        "h2": s("h2", 12.5, True, NAVY, spaceBefore=10, spaceAfter=6),
        "h3": s("h3", 10, True, colors.black, spaceAfter=3),
        "body": s("body", 9.5, spaceAfter=5),
        "intro": s("intro", 8.5, False, GREY, spaceAfter=8),
        "label": s("label", 7.5, True, GREY, spaceBefore=4, leading=10),
        "value": s("value", 9, leading=11.5),
        "cell": s("cell", 8.5),
        "cell_bold": s("cell_bold", 8.5, True),
        "head": s("head", 8.5, True, colors.white),
        "figure_label": s("figure_label", 8, False, GREY, alignment=TA_CENTER),
        "figure": s("figure", 20, True, NAVY, alignment=TA_CENTER, leading=24),
        "figure_none": s("figure_none", 12, True, GREY, alignment=TA_CENTER, leading=16),
        "figure_band": s("figure_band", 9.5, True, colors.black, alignment=TA_CENTER),
        "note": s("note", 8.5, False, GREY, spaceBefore=4, spaceAfter=6),
        "note_cell": s("note_cell", 7.5, False, GREY, spaceBefore=1.5),
        "toc0": s("toc0", 9.5, True, colors.black, spaceBefore=3),
        "toc1": s("toc1", 9, False, colors.black, rightIndent=14 if rtl else 0, leftIndent=0 if rtl else 14),
        "toc_page": s("toc_page", 9, alignment=TA_LEFT if rtl else TA_RIGHT),
        "marking": s("marking", 11, True, colors.HexColor("#9C0006"), alignment=TA_CENTER),
    }


@dataclass
class Layout:
    """Everything the story builders share: language, direction, frame width and styles."""

    lang: str
    rtl: bool
    width: float
    styles: dict[str, ParagraphStyle] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.styles:
            self.styles = make_styles(self.rtl)

    def text(self, text: str) -> str:
        return french_spacing(text) if self.lang == "fr" else text

    def p(self, text: str, style: str = "body") -> Flowable:
        """A text of the report itself (labels, titles, figures): it reads in the report's direction, so an
        Arabic section title starting with its Latin id still reads right to left."""
        return para(self.text(text), self.styles[style], "R" if self.rtl else None)

    def card(self, lead: Flowable, title: str, fields: Sequence[tuple[str, str]]) -> Flowable:
        """A question: its band (`lead`), its text in bold, then each field as a small grey label over its
        text. The band stays with the question and the question with the start of its first field; a
        label never ends a page."""
        pieces = [Piece(self.text(title), self.styles["h3"], keep=True)]
        for head, value in fields:
            pieces += [Piece(self.text(head), self.styles["label"], keep=True),
                       Piece(self.text(value), self.styles["value"])]
        return TextFlow(pieces, lead=lead, lead_gap=3, space_after=8)

    def fit_words(self, rows: Sequence[Sequence[Cell]], widths: list[float], header: bool) -> list[float]:
        """Column widths wide enough for the longest word of each column in its font ("Priorit/y",
        "Réalisé/e", "importati/on" never happen): a column narrower than its longest word gets that width,
        taken from the others in proportion to their share. A run longer than a quarter of the table (a
        fingerprint, a link) is cut; and should the longest words of all columns together exceed the table,
        the longest of them are cut, the short ones kept."""
        need = [_longest_word(rows, c, self.styles, header, self.text) for c in range(len(widths))]
        return share_widths(list(widths), need)

    def cell(self, value: Cell, style: str = "cell") -> Flowable | list[Flowable]:
        """A text as a paragraph; a flowable, or a list of them (a cell a cut row can share out), as it is."""
        if isinstance(value, list):
            return value
        return value if isinstance(value, Flowable) else self.p(value, style)

    def table(self, rows: Sequence[Sequence[Cell]], fractions: Sequence[float], header: bool = True,
              extra: Sequence[tuple[object, ...]] = ()) -> Table:
        """A grid of paragraphs; columns in reading order (mirrored for right-to-left), header repeated."""
        total = sum(fractions)
        across = _full_spans(extra)  # rows spanning the table (totals): their words do not size a column
        widths = self.fit_words([row for r, row in enumerate(rows) if r not in across],
                                [self.width * f / total for f in fractions], header)
        cells = [[self.cell(v, "head" if header and r == 0 else "cell") for v in row] for r, row in enumerate(rows)]
        commands: list[tuple[object, ...]] = [
            ("FONTNAME", (0, 0), (-1, -1), FONT),  # the table's own default would add an unembedded Helvetica
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("GRID", (0, 0), (-1, -1), 0.4, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (-1, -1), PADDING / 2),
            ("RIGHTPADDING", (0, 0), (-1, -1), PADDING / 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        if header:
            commands.append(("BACKGROUND", (0, 0), (-1, 0), NAVY))
        commands.extend(extra)
        if self.rtl:
            # a row spanning the table keeps its text in its first cell, the one a span draws
            cells = [row if r in across else list(reversed(row)) for r, row in enumerate(cells)]
            widths = list(reversed(widths))
            commands = [_mirror(c, len(widths)) for c in commands]
        fills = row_fills(commands[len(commands) - len(extra):], len(cells), 1 if header else 0)
        if fills is not None:  # the cells' colours kept by row, out of the commands reportlab carries
            commands = commands[:len(commands) - len(extra)] + fills[1]
        grid = Grid(cells, colWidths=widths, repeatRows=1 if header else 0, splitInRow=24,
                    style=TableStyle(commands), hAlign="RIGHT" if self.rtl else "LEFT")
        grid.key_col, grid.cont = (-1 if self.rtl else 0), label("continued_short", self.lang)
        if fills is not None:
            grid.row_fills = fills[0]
        return grid


Fill = tuple[str, int, int, object]  # a BACKGROUND command of one row: (name, first column, last column, colour)


def row_fills(extra: Sequence[tuple[object, ...]], rows: int, head: int
              ) -> tuple[list[list[Fill]], list[tuple[object, ...]]] | None:
    """The BACKGROUND commands of `extra` as each body row's list (see Grid.row_fills), and the other commands;
    None when they cannot be kept so with the same drawing: a background over several rows or a header row, a
    row or column band, or rows not in order (the backgrounds must be drawn in the order given)."""
    by_row: list[list[Fill]] = [[] for _ in range(rows)]
    others: list[tuple[object, ...]] = []
    last = head
    for c in extra:
        name = c[0]
        if name not in _BACKGROUNDS:
            others.append(c)
            continue
        if name != "BACKGROUND" or len(c) != 4:
            return None
        (sc, sr), (ec, er) = cast(Any, c[1]), cast(Any, c[2])
        if sr.__class__ is not int or sr != er or not last <= sr < rows or sc.__class__ is not int \
                or ec.__class__ is not int:
            return None
        last = sr
        by_row[sr].append((name, sc, ec, c[3]))
    return by_row, others


class SafeTable(Table):  # type: ignore[misc]
    """A table whose row too tall for the page's rest is split inside the row safely.

    reportlab 5.1.0 splits the flowables of a cell at the cell's outer width (its padding included)
    while it measured them at the inner width; a text that then fits whole comes back as one part and
    reportlab fails with an IndexError (a comparison PDF in English and Arabic did). Here the cell is
    split at the width it is drawn at, keeping room for both paddings, and a flowable that cannot be
    cut in two is carried whole to the row's second half (or, when it is the cell's first, the split
    of the row is refused and the row goes to the next page, as reportlab does)."""

    def _splitCell(self, value: Any, style: Any, oldHeight: float, newHeight: float,  # noqa: N802, N803
                   width: float) -> Any:
        if isinstance(value, Flowable):
            value = [value]
        if not isinstance(value, (list, tuple)):
            return super()._splitCell(value, style, oldHeight, newHeight, width)
        inner = width - style.leftPadding - style.rightPadding
        room = newHeight - style.topPadding - style.bottomPadding
        first: list[Flowable] = []
        rest: list[Flowable] = []
        used = 0.0
        for flowable in value:
            if rest:
                rest.append(flowable)
                continue
            before = flowable.getSpaceBefore() if first else 0.0
            height = flowable.wrapOn(getattr(self, "canv", None), inner, room)[1]
            if used + before + height <= room:
                first.append(flowable)
                used += before + height + flowable.getSpaceAfter()
                continue
            parts = flowable.split(inner, room - used - before)
            if len(parts) >= 2:
                first.append(parts[0])
                rest.extend(parts[1:])
            elif not first:
                return []
            else:
                rest.append(flowable)
        return (tuple(first), tuple(rest))


class Grid(SafeTable):
    """A table that splits across pages leaving at least MIN_ROWS rows (besides the repeated header) on
    each side: never a single row alone at the foot of a page nor carried alone to the next one. A row is
    cut in two only when it is taller than a page can hold (PAGE_ROOM): a short row goes whole to the next
    page. The second half of a cut row repeats, in its key column (`key_col`, the first in reading order),
    the key of the row followed by `cont` ("III.A-17 (cont.)"), so that the continuation says what it is."""

    MIN_ROWS = 2
    # The background of each row's cells (BACKGROUND commands of one row, in the order given), kept apart from
    # the table's commands: reportlab carries every command of a table through each split (a table of 194 rows
    # coloured cell by cell, over 38 pages, went through 2,000 commands at each page); a split here shares the
    # rows' lists out, and each part draws its rows' colours after its other backgrounds, as reportlab would.
    row_fills: list[list[Fill]] | None = None
    min_tail: int = MIN_ROWS  # rows the last part keeps at least (totals under a table keep rows above them)
    key_col: int = 0
    cont: str = ""
    _rowSplitRange: Any  # reportlab's (set by Table.__init__)
    _bkgrndcmds: list[Any]  # reportlab's (set by Table.__init__)
    _curcellstyle: Any  # reportlab's (set by Table.draw)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        parts = self._split(availWidth, availHeight)
        for part in parts:
            if isinstance(part, Grid):
                part.key_col, part.cont, part.min_tail = self.key_col, self.cont, self.min_tail
        return parts

    def _calc(self, availWidth: float, availHeight: float) -> None:  # noqa: N803
        """reportlab measures the whole table at each wrap and again at each split (every cell wrapped);
        the heights depend only on the width (and, with a row span, on the height too), so a second
        measure at the same width is skipped: the frame wraps a table and then splits it at that width."""
        key = (availWidth, availHeight if self._spanCmds else None)
        if getattr(self, "_measured_at", None) == key:
            return
        super()._calc(availWidth, availHeight)
        self._measured_at = key

    def _split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        self._calc(availWidth, availHeight)
        head_rows = int(self.repeatRows or 0)
        cut = self._row_cut(availWidth, availHeight)
        if cut is None:  # no plain cut between rows here: reportlab's own split, then the checks
            return self._checked(super().split(availWidth, availHeight), availWidth, availHeight)
        heights = [float(h) for h in self._rowHeights]
        if cut - head_rows < self.MIN_ROWS:
            # too little room: the whole table starts on the next page (unless its first rows would not fit
            # a page either, then it splits as it can)
            return [] if sum(heights[:head_rows + self.MIN_ROWS]) < PAGE_ROOM else self._splitRows(availHeight)
        tail = len(heights) - cut
        want = self._tail_wanted(heights, head_rows)
        if want is None:  # too few rows to leave MIN_ROWS a side: whole on the next page
            return []
        if tail >= want:
            return self._splitRows(availHeight)
        # rows taken along to the next page, so that the last part keeps `want` rows
        lower = availHeight - sum(heights[cut - (want - tail):cut]) - 0.5
        again = self._row_cut(availWidth, lower)
        if again is None:
            return self._checked(super().split(availWidth, availHeight), availWidth, availHeight)
        return self._splitRows(lower if again - head_rows >= self.MIN_ROWS else availHeight)

    def _tail_wanted(self, heights: list[float], head_rows: int) -> int | None:
        """The rows the last part of a split keeps at least: min_tail, fewer when the first part would then
        keep under MIN_ROWS (but never under MIN_ROWS: a table of three rows split 2 + 1 left its last row alone
        on a page); None when the table has too few rows to leave MIN_ROWS on each side and fits a page (it
        then goes whole to the next page)."""
        want = min(self.min_tail, len(heights) - head_rows - self.MIN_ROWS)
        if want >= self.MIN_ROWS:
            return want
        return None if sum(heights) < PAGE_ROOM else 0

    def _row_cut(self, availWidth: float, availHeight: float) -> int | None:  # noqa: N803
        """The row before which reportlab's split (Table.split, by rows first) cuts the measured table at this
        height, when it cuts between two rows and the table goes on past it; otherwise None."""
        if self._width > availWidth or not self.splitByRow or self._rowSplitRange or not isinstance(self.repeatRows, int):
            return None
        cut = int(self._getFirstPossibleSplitRowPosition(availHeight))
        return cut if self.repeatRows < cut < len(self._rowHeights) else None

    def _checked(self, parts: list[Flowable], availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        """reportlab's split (`parts`) held to the rules above; what the plain cut between rows does not cover
        (a row cut inside itself, too little room)."""
        if len(parts) != 2:
            return parts
        head_rows = int(self.repeatRows or 0)
        first = len(parts[0]._cellvalues)
        heights = [float(h) for h in self._rowHeights]
        if first + len(parts[1]._cellvalues) - head_rows > len(self._cellvalues):
            # a row was cut inside itself: only a row taller than a page may be; a shorter one goes whole
            # to the next page (with the rest of the table)
            if heights[first - 1] < PAGE_ROOM:
                return []
            self._label_continuation(parts, head_rows)
            return parts
        if first - head_rows < self.MIN_ROWS:
            return [] if sum(heights[:head_rows + self.MIN_ROWS]) < PAGE_ROOM else parts
        tail = len(parts[1]._cellvalues) - head_rows
        want = self._tail_wanted(heights, head_rows)
        if want is None:
            return []
        if tail >= want:
            return parts
        moved = sum(heights[first - (want - tail):first])  # rows taken along to the next page
        retry: list[Flowable] = super().split(availWidth, availHeight - moved - 0.5)
        if len(retry) == 2 and len(retry[0]._cellvalues) - head_rows >= self.MIN_ROWS:
            return retry
        return parts

    def _splitRows(self, availHeight: float, doInRowSplit: int = 0) -> list[Flowable]:  # noqa: N802, N803
        fills = self.row_fills
        if fills is not None and doInRowSplit:  # a row cut in two: reportlab carries the colours to both halves
            saved = self._bkgrndcmds
            self._bkgrndcmds, self.row_fills = saved + self._fill_commands(), None
            try:
                return super()._splitRows(availHeight, doInRowSplit)  # type: ignore[no-any-return]
            finally:  # the table as it was, should it be split otherwise (this split may come to nothing)
                self._bkgrndcmds, self.row_fills = saved, fills
        parts: list[Flowable] = super()._splitRows(availHeight, doInRowSplit)
        if fills is not None and len(parts) == 2:
            n = len(parts[0]._cellvalues)
            head = len(parts[1]._cellvalues) - (len(self._cellvalues) - n)  # the header rows repeated
            parts[0].row_fills = fills[:n]
            parts[1].row_fills = [[] for _ in range(head)] + fills[n:]
        return parts

    def _drawCell(self, cellval: Any, cellstyle: Any, pos: tuple[float, float],  # noqa: N802
                  size: tuple[float, float]) -> None:
        """reportlab's own (Table._drawCell, reportlab 5.1.0) for a cell of our flowables (TextFlow, Stack) at the
        top of the cell, with the same drawing: each flowable's size is its wrap at the cell's inner width (what
        Table._listCellGeom measures, less its bookkeeping: thousands of cells are drawn)."""
        flows = (cellval,) if getattr(cellval, "plain_wrap", False) else cellval
        colwidth, rowheight = size
        inner = colwidth - cellstyle.leftPadding - cellstyle.rightPadding
        if not isinstance(flows, (list, tuple)) or not flows or cellstyle.valign != "TOP" or inner < 0 \
                or cellstyle.href or cellstyle.destination or cellstyle.alignment not in _ALIGNS \
                or not all(getattr(v, "plain_wrap", False) for v in flows):
            super()._drawCell(cellval, cellstyle, pos, size)
            return
        canv = self.canv
        cur = self._curcellstyle
        if cur is not cellstyle:
            if cur is None or cellstyle.color != cur.color:
                canv.setFillColor(cellstyle.color)
            if cur is None or cellstyle.leading != cur.leading or cellstyle.fontname != cur.fontname \
                    or cellstyle.fontsize != cur.fontsize:
                canv.setFont(cellstyle.fontname, cellstyle.fontsize, cellstyle.leading)
            self._curcellstyle = cellstyle
        colpos, rowpos = pos
        room = rowheight - cellstyle.topPadding - cellstyle.bottomPadding
        sizes = [v.wrap(inner, room) for v in flows]
        just = cellstyle.alignment
        y = rowpos + rowheight - cellstyle.topPadding + flows[0].getSpaceBefore()
        for v, (w, h) in zip(flows, sizes, strict=True):
            if just == "LEFT":
                x = colpos + cellstyle.leftPadding
            elif just == "RIGHT":
                x = colpos + colwidth - cellstyle.rightPadding - w
            else:
                x = colpos + (colwidth + cellstyle.leftPadding - cellstyle.rightPadding - w) / 2.0
            y -= v.getSpaceBefore()
            y -= h
            v.drawOn(canv, x, y)
            y -= v.getSpaceAfter()

    def _fill_commands(self) -> list[tuple[object, ...]]:
        return [(name, (sc, r), (ec, r), colour) for r, row in enumerate(self.row_fills or ())
                for name, sc, ec, colour in row]

    def _drawBkgrnd(self) -> None:  # noqa: N802
        if not self.row_fills:
            super()._drawBkgrnd()
            return
        saved = self._bkgrndcmds
        self._bkgrndcmds = saved + self._fill_commands()
        try:
            super()._drawBkgrnd()
        finally:
            self._bkgrndcmds = saved

    def _cr_0(self, n: int, cmds: Sequence[Sequence[Any]], nr0: int, doInRowSplit: bool,  # noqa: N803
              _srflMode: bool = False) -> None:  # noqa: N803
        """reportlab's own (Table._cr_0, reportlab 5.1.0): the style commands of a split table kept by its first
        part, the same commands in the same order; the commands of the rows after the cut are passed over
        first (most of them, see _cr_1_1)."""
        ncols = self._ncols
        add = self._addCommand
        backgrounds = self._bkgrndcmds.append
        for c in cmds:
            (sc, sr), (ec, er) = c[1], c[2]
            if sr.__class__ is int and sr >= n:
                continue
            name = c[0]
            if sr in _SPECIAL_ROWS:
                if sr[0] == "i":
                    add(c)  # re-append the command
                    if sr == "inrowsplitstart" and doInRowSplit:
                        if sc < 0:
                            sc += ncols
                        if ec < 0:
                            ec += ncols
                        add((name, (sc, n - 1), (ec, n - 1), *c[3:]))
                    continue
                if not _srflMode:
                    continue
                add(c)
                if sr == "splitfirst":
                    continue
                sr = er = n - 1
            if sr < 0:
                sr += nr0
            if sr >= n:
                continue
            if er >= n:
                er = n - 1
            (backgrounds if name in _BACKGROUNDS else add)((name, (sc, sr), (ec, er), *c[3:]))

    def _cr_1_1(self, n: int, nRows: int, repeatRows: list[int], cmds: Sequence[Sequence[Any]],  # noqa: N803
                doInRowSplit: bool, _srflMode: bool = False) -> None:  # noqa: N803
        """reportlab's own (Table._cr_1_1, reportlab 5.1.0): the style commands of a split table moved to its
        second part, the same commands in the same order. Its cost grows with the commands times the pages (a
        table coloured cell by cell carries a command per cell to each page it goes on): here a background
        is appended as _addCommand would append it, and the repeated rows a command covers are found without
        building a set of every row it spans."""
        nrr = len(repeatRows)
        ncols = self._ncols
        add = self._addCommand
        backgrounds = self._bkgrndcmds.append
        last = repeatRows[-1] if repeatRows else -1
        for c in cmds:
            name = c[0]
            put = backgrounds if name in _BACKGROUNDS else add
            (sc, sr), (ec, er) = c[1], c[2]
            if sr.__class__ is int and er.__class__ is int and sr > last and er >= 0:  # most: a row of the body, after the repeated ones
                if er >= n:
                    put((name, (sc, max(sr - n, 0) + nrr), (ec, er - n + nrr), *c[3:]))
                continue
            if sr in _SPECIAL_ROWS:
                if sr[0] == "i":
                    add(c)  # re-append the command
                    if sr == "inrowsplitend" and doInRowSplit:
                        if sc < 0:
                            sc += ncols
                        if ec < 0:
                            ec += ncols
                        add((name, (sc, nrr), (ec, nrr), *c[3:]))
                    continue
                if not _srflMode:
                    continue
                add(c)
                if sr == "splitlast":
                    continue
                sr = er = n
            if sr < 0:
                sr += nRows
            if er < 0:
                er += nRows
            if repeatRows and sr <= repeatRows[-1] and er >= repeatRows[0]:
                repeated = [r for r in repeatRows if sr <= r <= er]  # a repeated row: the command goes there too
                if repeated:
                    put((name, (sc, repeatRows.index(repeated[0])), (ec, repeatRows.index(repeated[-1])), *c[3:]))
            if er < n:
                continue
            put((name, (sc, max(sr - n, 0) + nrr), (ec, max(er - n, 0) + nrr), *c[3:]))
        split_range = self._rowSplitRange
        if split_range:
            sr, er = split_range
            if sr < 0:
                sr += nRows
            if er < 0:
                er += nRows
            self._rowSplitRange = None if er < n else (max(sr - n, 0) + nrr, max(er - n, 0) + nrr)

    def _label_continuation(self, parts: list[Flowable], head_rows: int) -> None:
        """The key cell of a cut row's second half, when empty, says whose continuation it is."""
        if not self.cont:
            return
        row = parts[1]._cellvalues[head_rows] = list(parts[1]._cellvalues[head_rows])
        key = self.key_col if self.key_col >= 0 else len(row) + self.key_col
        if row[key]:
            return
        source = parts[0]._cellvalues[-1][key]
        flows = source if isinstance(source, (list, tuple)) else [source]
        texts = [p.text for p in flows[0].pieces] if flows and isinstance(flows[0], TextFlow) else []  # the key: the first
        if not texts or not isinstance(flows[0], TextFlow):
            return
        piece = flows[0].pieces[0]
        row[key] = (TextFlow([Piece(f"{' '.join(texts)} {self.cont}", piece.style, direction=piece.direction)]),)


_ALIGNS = ("LEFT", "RIGHT", "CENTRE", "CENTER")  # the alignments Table._drawCell places a flowable at
_BACKGROUNDS = ("BACKGROUND", "ROWBACKGROUNDS", "COLBACKGROUNDS")  # the commands Table._addCommand files as backgrounds
_SPECIAL_ROWS = ("splitfirst", "splitlast", "inrowsplitstart", "inrowsplitend")  # reportlab's _SPECIALROWS

PAGE_ROOM = 600.0  # points: less than a page's frame (A4 less the margins: 723)

PADDING = 8.0  # a table cell's left and right padding together (4 + 4: more room for the words)


def _full_spans(commands: Sequence[tuple[object, ...]]) -> set[int]:
    """The rows a SPAN command joins across the whole table."""
    rows: set[int] = set()
    for name, start, end, *_ in commands:
        if name == "SPAN" and isinstance(start, tuple) and isinstance(end, tuple) and start[0] == 0 \
                and end[0] == -1 and start[1] == end[1]:
            rows.add(int(start[1]))
    return rows


def share_widths(widths: list[float], need: list[float]) -> list[float]:
    """`widths` (points) changed so that each column is at least its `need`, the total kept: the columns
    needing more than their share get their need, the rest share what is left in proportion to their
    widths. When the needs together exceed the total, the largest needs are lowered to a common cap."""
    total = sum(widths)
    if not widths or total <= 0:
        return widths
    # a run longer than a quarter of the table (a fingerprint, a link) is no word to make room for: it is cut
    need = [min(n, max(w, total / 4)) for n, w in zip(need, widths, strict=True)]
    if sum(need) > total:
        low, high = 0.0, max(need)
        for _ in range(40):  # the cap c with sum(min(need, c)) == total
            mid = (low + high) / 2
            low, high = (mid, high) if sum(min(n, mid) for n in need) <= total else (low, mid)
        need = [min(n, low) for n in need]
    fixed: set[int] = set()
    while True:
        free = [c for c in range(len(widths)) if c not in fixed]
        room = total - sum(need[c] for c in fixed)
        share = sum(widths[c] for c in free)
        if not free or share <= 0:
            return [need[c] if c in fixed else 0.0 for c in range(len(widths))]
        grow = {c for c in free if widths[c] * room / share < need[c]}
        if not grow:
            return [need[c] if c in fixed else widths[c] * room / share for c in range(len(widths))]
        fixed |= grow


def _longest_word(rows: Sequence[Sequence[Cell]], col: int, styles: dict[str, ParagraphStyle], header: bool,
                  typeset: Callable[[str], str] = str) -> float:
    """The width of the longest word of a column as it is printed (French spacing joins "INTERPOL ;")."""
    longest = 0.0
    for r, row in enumerate(rows):
        value = row[col] if col < len(row) else ""
        if isinstance(value, TextFlow) and len(value.pieces) == 1:
            piece = value.pieces[0]
            value, st = piece.text, piece.style
        elif isinstance(value, str):
            value, st = typeset(value), styles["head" if header and r == 0 else "cell"]
        else:
            continue
        longest = max([longest, *(word_width(w, st.fontName, st.fontSize) for w in words(value))])
    return longest + PADDING + 1.0 if longest else 0.0


def _mirror(command: tuple[object, ...], n: int) -> tuple[object, ...]:
    """A TableStyle command with its column numbers mirrored (column c becomes n-1-c)."""
    name, start, end, *rest = command
    assert isinstance(start, tuple) and isinstance(end, tuple)

    def flip(c: int) -> int:
        c = c if c >= 0 else n + c
        return n - 1 - c

    (c0, r0), (c1, r1) = start, end
    a, b = flip(c0), flip(c1)
    return (name, (min(a, b), r0), (max(a, b), r1), *rest)
