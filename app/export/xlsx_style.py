"""Cell styles and helpers shared by the Excel writers (report and answer template)."""

from __future__ import annotations

import io
import math
import os
from collections.abc import Callable, Sequence
from copy import copy
from functools import lru_cache
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary, ref

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell, MergedCell
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.utils.indexed_list import IndexedList
from openpyxl.worksheet.cell_range import CellRange
from openpyxl.worksheet.merge import MergedCellRange
from openpyxl.worksheet.worksheet import Worksheet

from app.domain.languages import first_strong, typeset

from .strings import label

# Arial: installed with Windows and macOS (with Arabic glyphs) and the font Office expects; LibreOffice on
# Linux prints it with its metric twin Liberation Sans, and takes the Arabic letters from DejaVu or Noto
# through the system's font fallback. (DejaVu Sans, bundled for the PDF, is missing on most Office PCs,
# which then substitute a font of other widths and the row heights no longer fit.)
FONT_NAME = "Arial"
EXCEL_CELL_LIMIT = 32_767
MAX_ROW_HEIGHT = 409.0  # points: Excel's limit
LINE_HEIGHT = 13.0  # points per line of 10 pt text

BODY = Font(name=FONT_NAME, size=10)
BOLD = Font(name=FONT_NAME, size=10, bold=True)
HEADER_FONT = Font(name=FONT_NAME, size=10, bold=True, color="FFFFFF")
TITLE = Font(name=FONT_NAME, size=15, bold=True, color="1F3864")
SUBTITLE = Font(name=FONT_NAME, size=11, italic=True, color="404040")
HEADING = Font(name=FONT_NAME, size=12, bold=True, color="1F3864")
HEADER_FILL = PatternFill("solid", fgColor="1F3864")
LABEL_FILL = PatternFill("solid", fgColor="F2F2F2")
THIN = Side(style="thin", color="BFBFBF")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
SCORE_FORMAT = "0.0"
SHARE_FORMAT = "0.0%"
DATE_FORMAT = "yyyy-mm-dd"


def clean_text(text: str, lang: str) -> str:
    """Text Excel accepts: no control characters, at most 32,767 characters (cut with a marker)."""
    text = ILLEGAL_CHARACTERS_RE.sub("", text)
    if len(text) <= EXCEL_CELL_LIMIT:
        return text
    marker = "\n" + label("truncated", lang, n=len(text) - EXCEL_CELL_LIMIT)
    keep = EXCEL_CELL_LIMIT - len(marker)
    marker = "\n" + label("truncated", lang, n=len(text) - keep)
    return text[: EXCEL_CELL_LIMIT - len(marker)] + marker


LTR_SUFFIX = ":ltr"  # the same style, read left to right (Latin text in an Arabic workbook)
RTL_SUFFIX = ":rtl"  # the same style, read right to left (Arabic text in an English or French workbook)


def align(rtl: bool, wrap: bool = True, horizontal: str | None = None) -> Alignment:
    return Alignment(wrap_text=wrap, vertical="top", horizontal=horizontal, readingOrder=2 if rtl else 0)


def reads_left_to_right(value: object) -> bool:
    """Text whose first letter is Latin (a French comment, a law's name, a French paragraph followed by an
    Arabic one): printed left to right even in the Arabic workbook, so that its full stop stays at its end."""
    return isinstance(value, str) and first_strong(value) == "L"


def reads_right_to_left(value: object) -> bool:
    """Text whose first letter is Arabic: printed right to left even in an English or French workbook."""
    return isinstance(value, str) and first_strong(value) == "R"


LRE, RLE, PDF = "\u202a", "\u202b", "\u202c"  # left-to-right / right-to-left embedding, and its end


def embed_lines(text: str, lang: str) -> str:
    """A cell has one reading order (that of its first letter, see `put`): each of its lines that reads the
    other way (an Arabic comment under a French one, a French one under an Arabic one) is embedded in its own
    direction, so that it does not read as a whole the cell's way (its full stop, its colon in place)."""
    if "\n" not in text:
        return text
    lines = text.split("\n")
    cell = first_strong(text) or ("R" if lang == "ar" else "L")
    out = []
    for line in lines:
        own = first_strong(line)
        out.append(line if own in (None, cell) else (LRE if own == "L" else RLE) + line + PDF)
    return "\n".join(out)


# Named styles, registered once per workbook: assigning a name is far cheaper than assigning fonts,
# fills and borders cell by cell. key: (font, fill, border, number format, wrap, horizontal)
_STYLES: dict[str, tuple[Font, PatternFill | None, Border | None, str, bool, str | None]] = {
    "body": (BODY, None, None, "General", True, None),
    "line": (BODY, None, None, "General", False, None),
    "bold": (BOLD, None, None, "General", True, None),
    "label": (BOLD, LABEL_FILL, GRID, "General", True, None),
    "title": (TITLE, None, None, "General", False, None),
    "subtitle": (SUBTITLE, None, None, "General", False, None),
    "heading": (HEADING, None, None, "General", False, None),
    "header": (HEADER_FONT, HEADER_FILL, GRID, "General", True, "center"),
    "cell": (BODY, None, GRID, "General", True, None),
    "cell_bold": (BOLD, None, GRID, "General", True, None),
    "score": (BODY, None, GRID, SCORE_FORMAT, False, None),
    "share": (BODY, None, GRID, SHARE_FORMAT, False, None),
    "date": (BODY, None, GRID, DATE_FORMAT, False, None),
    "date_plain": (BODY, None, None, DATE_FORMAT, False, None),
    "datetime": (BODY, None, GRID, "yyyy-mm-dd hh:mm", False, None),
    "money": (BODY, None, GRID, "#,##0.00", False, None),
    "number": (BODY, None, GRID, "0.00", False, None),
}


_REGISTERED: WeakKeyDictionary[Workbook, dict[str, StyleArray]] = WeakKeyDictionary()


def default_font(wb: Workbook) -> None:
    """The workbook's default font (its "Normal" style) is the one every cell is written in, Arial 10, not
    openpyxl's Calibri 11. A column's width is counted in digits of the default font: where Calibri is
    missing (LibreOffice without Carlito takes DejaVu Sans, 7 pt a digit instead of 5.25), every column
    printed a third wider than the row heights were estimated for, and the rows of wrapped text came out
    a third too tall (pages printed 70-80 % full). Arial's digit is Calibri's in Excel (7 pixels), so
    Excel's widths are unchanged."""
    fonts = list(wb._fonts)
    fonts[0] = BODY
    wb._fonts = IndexedList(fonts)


# What add_styles leaves in a new workbook's style lists (openpyxl's IndexedLists) and named styles, per
# language: registering the ~34 named styles hashes each one's font, fill, border, alignment and protection
# against the workbook's (~15 ms a workbook); the next new workbook gets copies of the lists as they were left
_STYLE_LISTS = ("_fonts", "_fills", "_borders", "_protections", "_alignments", "_number_formats")
_Lists = dict[str, tuple[list[Any], dict[Any, int], bool]]
_TEMPLATES: dict[str, tuple[tuple[int, ...], _Lists, list[NamedStyle]]] = {}


def _fresh_lengths(wb: Workbook) -> tuple[int, ...]:
    """The lengths of the style lists, the named styles and the cell styles of `wb` (a workbook as openpyxl
    makes it, with nothing styled yet, has those of every other)."""
    return (*(len(getattr(wb, name)) for name in _STYLE_LISTS), len(wb._named_styles), len(wb._cell_styles))


def add_styles(wb: Workbook, lang: str) -> None:
    """Register the named styles of the reports in `wb` (right-to-left reading order for Arabic).

    `wb` is a new workbook (Workbook()): the first of each language registers the styles one by one; the next
    ones receive copies of the style lists this left, with the same entries in the same order (identical
    files), when their lists are still those of a new workbook (else: one by one)."""
    fresh = _fresh_lengths(wb)
    template = _TEMPLATES.get(lang)
    if template is not None and template[0] == fresh:
        _copy_styles(wb, template[1], template[2])
        return
    _register_styles(wb, lang)
    if template is None:
        lists = {name: (list(got := getattr(wb, name)), dict(got._dict), got.clean) for name in _STYLE_LISTS}
        _TEMPLATES[lang] = (fresh, lists, list(wb._named_styles)[fresh[-2]:])


def _copy_styles(wb: Workbook, lists: _Lists, named: list[NamedStyle]) -> None:
    """The style lists and named styles `_register_styles` would leave in the new workbook `wb`: copies (the
    lists' dictionaries copied, not rebuilt, which would hash every entry again), each named style bound to
    `wb` with its own indices."""
    for name, (items, index, clean) in lists.items():
        copied = IndexedList()
        list.extend(copied, items)
        copied._dict, copied.clean = dict(index), clean
        setattr(wb, name, copied)
    registered: dict[str, StyleArray] = {}
    for style in named:
        mine = NamedStyle.__new__(NamedStyle)  # what copy() makes, less the checks of each field it sets again
        mine.__dict__.update(style.__dict__)
        mine.__dict__["_style"] = copy(style._style)
        mine.__dict__["_wb"] = wb
        wb._named_styles.append(mine)
        registered[mine.name[len("opsc-"):]] = mine._style
    _REGISTERED[wb] = registered


def _register_styles(wb: Workbook, lang: str) -> None:
    rtl = lang == "ar"
    default_font(wb)
    registered: dict[str, StyleArray] = {}
    for key, (font, fill, border, number_format, wrap, horizontal) in _STYLES.items():
        style = NamedStyle(name=f"opsc-{key}", font=font, number_format=number_format,
                           alignment=align(rtl, wrap, horizontal))
        if fill is not None:
            style.fill = fill
        if border is not None:
            style.border = border
        wb.add_named_style(style)
        registered[key] = style.as_tuple()  # the style's indices in this workbook
        # per-cell direction: the twin of each style read the other way, for a text whose first letter
        # belongs to the other script
        suffix = LTR_SUFFIX if rtl else RTL_SUFFIX
        twin = NamedStyle(name=f"opsc-{key}{suffix}", font=font, number_format=number_format,
                          alignment=Alignment(wrap_text=wrap, vertical="top", horizontal=horizontal,
                                              readingOrder=1 if rtl else 2))
        if fill is not None:
            twin.fill = fill
        if border is not None:
            twin.border = border
        wb.add_named_style(twin)
        registered[key + suffix] = twin.as_tuple()
    _REGISTERED[wb] = registered


def save_workbook(wb: Workbook, path: Path) -> None:
    """Build the .xlsx in memory, then write it in one go: if the disk is full, the write fails once with
    an OSError, instead of openpyxl's half-written ZipFile failing again (with a traceback) when it is
    garbage-collected."""
    buffer = io.BytesIO()
    wb.save(buffer)
    with path.open("wb") as f:
        f.write(buffer.getbuffer())
        f.flush()
        os.fsync(f.fileno())


SHORT_TEXT = 200  # characters: texts up to this long are prepared once per language (see _prepared)


@lru_cache(maxsize=4096)
def _prepared(value: str, lang: str) -> tuple[str, str | None]:
    """A short text as `put` writes it (the typography of `lang`, each line in its own direction, cleaned) and
    the direction of its first letter: the same few texts fill thousands of cells (an answer, a mark, a
    country), each prepared once."""
    return clean_text(embed_lines(typeset(value, lang), lang), lang), first_strong(value)


# the workbook put() last wrote to and its styles (_REGISTERED[wb], looked up through a weak reference for each
# of thousands of cells otherwise)
_LAST: tuple[Callable[[], Workbook | None], dict[str, StyleArray]] = (lambda: None, {})


def _registered(wb: Workbook) -> dict[str, StyleArray]:
    global _LAST
    styles = _REGISTERED[wb]
    _LAST = (ref(wb), styles)  # weakly: the workbook goes when its writer is done with it
    return styles


def put(ws: Worksheet, row: int, col: int, value: Any, lang: str, style: str = "body",
        formula: bool = False, verbatim: bool = False, fill: str | None = None) -> Cell:
    """Write one cell in a named style; text is stored as text (a leading '=' never becomes a formula)
    unless formula=True, with the typography of `lang` (French spaces, as in the PDF) unless verbatim=True
    (text read back by an import, which must come back as the user typed it). `fill`: a background colour
    (hex RGB), as `cell.fill = PatternFill("solid", fgColor=fill)` would set it."""
    cell = ws._cells.get((row, col))
    if cell is None:  # what ws.cell() does for a new cell, less its checks (rows and columns count from 1 here)
        cell = ws._cells[row, col] = Cell(ws, row=row, column=col)
        if row > ws._current_row:
            ws._current_row = row
    direction = None
    if isinstance(value, str):
        if formula:
            cell.value = value
            direction = first_strong(value)
        else:
            # what `cell.value = ...` does with text, less its checks: clean_text has already dropped the
            # characters a worksheet refuses and kept the text within a cell's length, and it stays text
            # (never a formula)
            if verbatim:
                text, direction = clean_text(value, lang), first_strong(value)
            elif len(value) <= SHORT_TEXT:
                text, direction = _prepared(value, lang)
            else:
                text, direction = clean_text(embed_lines(typeset(value, lang), lang), lang), first_strong(value)
            cell._value = text
            cell.data_type = "s"
    else:
        cell.value = value
    # What `cell.style = name` does, without looking the name up for each of thousands of cells.
    wb = ws._parent
    last = _LAST
    styles = last[1] if last[0]() is wb else _registered(wb)
    if lang == "ar" and direction == "L" and style + LTR_SUFFIX in styles:
        style += LTR_SUFFIX
    elif lang != "ar" and direction == "R" and style + RTL_SUFFIX in styles:
        style += RTL_SUFFIX
    if not fill:
        cell._style = StyleArray(styles[style])  # a copy (what copy() does, less its lookups)
        return cell
    # a style and a colour: registered with the workbook once (openpyxl compares a new fill with every fill it
    # knows), then its indices copied
    key = f"{style}#{fill}"
    filled = styles.get(key)
    if filled is None:
        cell._style = StyleArray(styles[style])
        cell.fill = PatternFill("solid", fgColor=fill)
        styles[key] = copy(cell._style)
    else:
        cell._style = StyleArray(filled)
    return cell


# (start cell's border and protection, end cell's border or None, rows - 1, columns - 1) -> what a merge leaves:
# the start cell's border and protection, then each merged cell's style in range order
_MERGED: WeakKeyDictionary[Workbook, dict[tuple[object, ...], tuple[int, int, list[StyleArray]]]] = \
    WeakKeyDictionary()


def merge(ws: Worksheet, start_row: int, start_column: int, end_row: int, end_column: int) -> None:
    """`ws.merge_cells(...)` with the same result, faster when many ranges of one shape are merged (the header
    of each assessment compared, the titles of each sheet): openpyxl gives the merged cells their edges'
    borders one border at a time, and registering a border with the workbook hashes it. A merge changes only
    the start cell's border and protection and makes the other cells (their border and protection set), so
    these depend only on the start cell's border and protection, the end cell's border and the range's shape:
    the first merge of each is made by openpyxl, the next ones copy what it left."""
    known = _MERGED.setdefault(ws.parent, {})
    start = ws.cell(start_row, start_column)
    end = ws._cells.get((end_row, end_column))
    key = (start._style.borderId, start._style.protectionId, None if end is None else end._style.borderId,
           end_row - start_row, end_column - start_column)
    cached = known.get(key)
    if cached is None:
        _merge_cells(ws, start_row, start_column, end_row, end_column)
        merged = [ws._cells[rc]._style for rc in CellRange(min_col=start_column, min_row=start_row,
                                                             max_col=end_column, max_row=end_row).cells][1:]
        known[key] = (start._style.borderId, start._style.protectionId, [copy(st) for st in merged])
        return
    border, protection, others = cached
    mcr = MergedCellRange.__new__(MergedCellRange)  # what MergedCellRange() sets, but its borders: copied below
    CellRange.__init__(mcr, min_col=start_column, min_row=start_row, max_col=end_column, max_row=end_row)
    mcr.ws, mcr.start_cell = ws, start
    ws.merged_cells.add(mcr)
    start._style.borderId, start._style.protectionId = border, protection
    cells = mcr.cells
    next(cells)
    for (row, col), style in zip(cells, others, strict=True):
        cell = ws._cells[row, col] = MergedCell(ws, row, col)
        cell._style = copy(style)


def _merge_cells(ws: Worksheet, start_row: int, start_column: int, end_row: int, end_column: int) -> None:
    """`ws.merge_cells(...)` as openpyxl 3.1 does it (MergedCellRange, Worksheet._clean_merge_range and
    MergedCellRange.format), in the same order, with the same result, but each edge's border worked out and
    registered once per border the cells start with, and the protection registered once: openpyxl adds a
    border to each edge cell one at a time and hashes every result against the workbook's borders (a header
    merged over a few bordered cells took 5-6 ms)."""
    mcr = MergedCellRange(ws, CellRange(min_col=start_column, min_row=start_row, max_col=end_column,
                                        max_row=end_row).coord)
    ws.merged_cells.add(mcr)
    cells = mcr.cells
    next(cells)
    for row, col in cells:
        ws._cells[row, col] = MergedCell(ws, row, col)
    for name in ("top", "left", "right", "bottom"):
        side = getattr(mcr.start_cell.border, name)
        if side and side.style is None:
            continue  # no border style on that side: nothing to carry
        border = Border(**{name: side})
        made: dict[int, int] = {}  # border id before -> after adding this side
        for coord in getattr(mcr, name):
            cell = ws._cells[coord]
            if cell._style is None:  # a merged cell not styled yet: what reading its border makes
                cell._style = StyleArray()
            before = cell._style.borderId
            after = made.get(before)
            if after is None:
                cell.border += border
                made[before] = cell._style.borderId
            else:
                cell._style.borderId = after
    if mcr.start_cell.protection is not None:
        protection = copy(mcr.start_cell.protection)
        first = True
        for coord in mcr.cells:
            cell = ws._cells[coord]
            if first:
                cell.protection = protection
                pid, first = cell._style.protectionId, False
            else:
                if cell._style is None:
                    cell._style = StyleArray()
                cell._style.protectionId = pid


def header_row(ws: Worksheet, row: int, headers: Sequence[str], lang: str, col: int = 1) -> None:
    for i, text in enumerate(headers):
        put(ws, row, col + i, text, lang, "header")


def widen_to_words(ws: Worksheet, headers: Sequence[str], lang: str, col: int = 1) -> None:
    """Columns widened, where needed, so that each of these headers' longest word fits on a line of its own
    (header_word_width): a header wraps between words, never inside one ("Conservativ / e score")."""
    for i, text in enumerate(headers):
        need = header_word_width(text, lang)
        if _width(ws, col + i) < need:
            ws.column_dimensions[get_column_letter(col + i)].width = round(need, 1)


ID_ALIGN = Alignment(horizontal="center", vertical="top", wrap_text=False)


def centre_ids(ws: Worksheet, columns: Sequence[int], first: int, last: int) -> None:
    """Ids (III-01, III.C-03) centred in their column: in a right-to-left sheet a left-aligned id touched the
    Arabic text of the next column."""
    for row in ws.iter_rows(min_row=first, max_row=last):
        for cell in row:
            if cell.column in columns and cell.value not in (None, ""):
                cell.alignment = ID_ALIGN


def set_widths(ws: Worksheet, widths: Sequence[float]) -> None:
    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width


# Average advance of 10-point text, measured on the fonts a reader's machine prints with: Arial (Liberation
# Sans on Linux, same widths) for Latin script, 4.4-4.5 pt a character in English and French prose; Arabic,
# which Arial lacks on Linux, in DejaVu Sans (4.5 pt). Latin a little more than measured: a row estimated one
# line short clips its last line, one line long only leaves a blank line (Arabic, printed by LibreOffice,
# took about 80 % of the estimated lines: no margin added there).
CHAR_POINTS = {"en": 4.6, "fr": 4.6, "ar": 4.5}
LINE_POINTS = {"en": 13.0, "fr": 13.0, "ar": 14.0}  # Arabic: the fallback font's taller ascent and descent


def column_points(width: float) -> float:
    """The room for text in a column `width` characters wide: Excel's pixels (7 a character, 5 of margin)
    in points, less the cell's padding."""
    return (width * 7 + 5) * 0.75 - 4


def _per_line(width: float, lang: str, size: float, bold: bool) -> int:
    char = CHAR_POINTS.get(lang, CHAR_POINTS["en"]) * size / 10 * (1.08 if bold else 1.0)
    return max(1, int(column_points(width) / char))


def wrap_lines(text: str, width: float, lang: str, size: float = 10.0, bold: bool = False) -> list[tuple[str, str]]:
    """`text` broken into the lines a spreadsheet shows in a column `width` characters wide (greedy, at
    spaces; a word longer than a line is cut). Each line comes with what joined it to the next one: a
    space, a line break or nothing (a cut word), so that lines can be joined back into the same text."""
    per_line = _per_line(width, lang, size, bold)
    lines: list[tuple[str, str]] = []
    for part in text.split("\n"):
        current = ""
        for word in part.split(" "):
            while len(word) > per_line:  # an unbroken run (a link, a reference): cut
                room = per_line - len(current) - (1 if current else 0)
                if room <= 0:
                    lines.append((current, " "))
                    current, room = "", per_line
                head, word = word[:room], word[room:]
                lines.append(((current + " " if current else "") + head, ""))
                current = ""
            if current and len(current) + 1 + len(word) > per_line:
                lines.append((current, " "))
                current = word
            else:
                current = f"{current} {word}" if current else word
        lines.append((current, "\n"))
    return lines


def line_count(text: str, width: float, lang: str = "en", size: float = 10.0, bold: bool = False) -> int:
    """len(wrap_lines(...)), counted without building the lines (every row of every report is measured): a
    paragraph no longer than a line is one line; a longer one is broken as `wrap_lines` breaks it
    (tests/export/test_xlsx_line_count.py checks both give the same count)."""
    per_line = _per_line(width, lang, size, bold)
    lines = 0
    for part in text.split("\n"):
        if len(part) <= per_line:
            lines += 1
            continue
        lines += _lines_at_spaces(part, per_line) or _lines_of_words(part, per_line)
    return lines


def _lines_at_spaces(part: str, per_line: int) -> int | None:
    """The lines of one paragraph when its words are each at most a line long and one space apart (prose): a
    line ends at the last space within a line's reach (str.rfind, not a loop over the words); None for any
    other paragraph (an empty word, a word longer than a line: _lines_of_words)."""
    if part[0] == " " or "  " in part:
        return None
    lines, start, end = 1, 0, len(part)
    while end - start > per_line:
        cut = part.rfind(" ", start, start + per_line + 1)
        if cut <= start:  # a word longer than a line starts here: wrap_lines cuts it on the line before
            return None
        lines += 1
        start = cut + 1
    return lines


def _lines_of_words(part: str, per_line: int) -> int:
    """The lines of one paragraph, counted on its words' lengths (as wrap_lines breaks them)."""
    lines = 1
    used = 0  # the length of the line being filled (0: empty)
    for n in map(len, part.split(" ")):  # the words' lengths
        while n > per_line:  # an unbroken run: cut, as wrap_lines cuts it
            room = per_line - used - (1 if used else 0)
            if room <= 0:
                lines += 1
                room = per_line
            n -= room
            lines += 1
            used = 0
        if used and used + 1 + n > per_line:
            lines += 1
            used = n
        else:
            used = used + 1 + n if used else n
    return lines


def row_points(lines: int, lang: str = "en", size: float = 10.0) -> float:
    """The height of a row of `lines` lines of `size`-point text, at most Excel's 409 points."""
    return min(MAX_ROW_HEIGHT, lines * LINE_POINTS.get(lang, LINE_POINTS["en"]) * size / 10 + 4)


def max_lines(lang: str) -> int:
    """The most 10-point lines a row can show (Excel's 409-point limit)."""
    return int((MAX_ROW_HEIGHT - 4) // LINE_POINTS.get(lang, LINE_POINTS["en"]))


def fit_row_height(ws: Worksheet, row: int, widths: Sequence[float], values: Sequence[object], lang: str = "en") -> None:
    """Set the height of a row of wrapped text (Excel does not grow rows written by a program)."""
    lines = 1
    for value, width in zip(values, widths, strict=False):
        if isinstance(value, str) and value:
            lines = max(lines, line_count(value, width, lang))
    ws.row_dimensions[row].height = row_points(lines, lang)


def split_text(text: str, width: float, lang: str, room: int) -> list[str]:
    """`text` in pieces of at most `room` lines (a row's worth); every piece but the last ends with a note
    saying the text goes on in the next row (the note's line is counted)."""
    if line_count(text, width, lang) <= room:  # the usual case, counted without building the lines
        return [text]
    lines = wrap_lines(text, width, lang)
    if len(lines) <= room:
        return [text]
    note = label("continues_below", lang)
    pieces: list[str] = []
    step = max(1, room - 1)
    for start in range(0, len(lines), step):
        chunk = lines[start:start + step]
        body = "".join(line + (sep if i < len(chunk) - 1 else "") for i, (line, sep) in enumerate(chunk))
        pieces.append(body)
    return [f"{p}\n{note}" for p in pieces[:-1]] + pieces[-1:]


def put_rows(ws: Worksheet, row: int, values: Sequence[object], widths: Sequence[float], lang: str,
             styles: dict[int, str] | None = None, repeat: Sequence[int] = (), note_col: int | None = None) -> int:
    """Write one record from column 1 at `row`, its height fitted. A text longer than a row can show
    (Excel's 409-point limit) is never clipped: it goes on in continuation rows below, the piece above ending
    with a note that it continues; a continuation row repeats the columns `repeat` (the record's ids) and
    says "(continued)" in column `note_col`. Returns the next free row."""
    room = max_lines(lang)
    parts: list[list[object]] = []
    for value, width in zip(values, widths, strict=False):
        parts.append(list(split_text(value, width, lang, room)) if isinstance(value, str) and value else [value])
    parts += [[v] for v in values[len(parts):]]
    count = max(len(p) for p in parts)
    for i in range(count):
        shown: list[object] = []
        for col, pieces in enumerate(parts, start=1):
            if i == 0:
                value = pieces[0]
            elif col in repeat:
                value = values[col - 1]
            elif i < len(pieces):
                value = pieces[i]
            elif col == note_col:
                value = label("continued_row", lang)
            else:
                value = ""
            shown.append(value)
            style = (styles or {}).get(col, "cell") if i == 0 or col in repeat else "cell"
            put(ws, row + i, col, "" if value is None else value, lang, style)
        fit_row_height(ws, row + i, widths, shown, lang)
    return row + count


def fit_rows(ws: Worksheet, lang: str) -> None:
    """Heights for every row holding wrapped text, from the text, its font and the width of its column (or
    of its merged columns); a height already set higher is kept. Run once a sheet is complete."""
    spans: dict[str, float] = {}
    covered: set[str] = set()
    for merged in ws.merged_cells.ranges:
        if merged.min_row != merged.max_row:
            continue
        spans[merged.start_cell.coordinate] = sum(
            _width(ws, c) for c in range(merged.min_col, merged.max_col + 1))
        covered.update(cell.coordinate for row in ws.iter_rows(
            min_row=merged.min_row, max_row=merged.max_row, min_col=merged.min_col, max_col=merged.max_col)
            for cell in row)
    for row in ws.iter_rows():
        need = 0.0
        for cell in row:
            value = cell.value
            if not isinstance(value, str) or not value or not cell.alignment.wrap_text:
                continue
            if cell.coordinate in covered and cell.coordinate not in spans:
                continue
            width = spans.get(cell.coordinate) or _width(ws, cell.column)
            size = float(cell.font.sz or 10.0)
            need = max(need, row_points(line_count(value, width, lang, size, bool(cell.font.b)), lang, size))
        if need:
            dim = ws.row_dimensions[row[0].row]
            dim.height = max(float(dim.height or 0.0), need)


SHORT_TAIL = 1.3  # a sheet printing up to this many pages tall is fitted to one page (shrunk by 1/4 at most)


def _printed_height(ws: Worksheet) -> float:
    """The sheet's printed height in pages at its fit-to-width scale, estimated from its rows' heights (15 pt
    where none is set) and an A4 page's printable height."""
    landscape = ws.page_setup.orientation == "landscape"
    page_w, page_h = (842.0, 595.0) if landscape else (595.0, 842.0)
    m = ws.page_margins
    room_w = page_w - 72.0 * (float(m.left) + float(m.right))
    room_h = page_h - 72.0 * (float(m.top) + float(m.bottom))
    width = sum(column_points(_width(ws, c)) for c in range(1, ws.max_column + 1))
    scale = min(1.0, room_w / width) if width > 0 else 1.0
    height = sum(float(ws.row_dimensions[r].height or 15.0) for r in range(1, ws.max_row + 1))
    return height * scale / room_h


def keep_short_sheet_whole(ws: Worksheet) -> None:
    """A sheet a little taller than one page (the Methodology's last band rows and its weights note, alone on a
    second page) prints on one page, slightly smaller; a sheet with its own page breaks, or longer, is left to
    run over its pages. Run after `fit_rows`, once the rows' heights are known."""
    if ws.row_breaks.brk or not ws.sheet_properties.pageSetUpPr or not ws.sheet_properties.pageSetUpPr.fitToPage:
        return
    if 1.0 < _printed_height(ws) <= SHORT_TAIL:
        ws.page_setup.fitToHeight = 1


def _width(ws: Worksheet, column: int) -> float:
    width = ws.column_dimensions[get_column_letter(column)].width
    return float(width) if width else 8.43


def setup_page(ws: Worksheet, lang: str, landscape: bool = False, title_rows: str | None = None) -> None:
    """A4, fit to the page width, optional repeated header rows, 'page X of Y' in the footer, RTL for Arabic."""
    ws.sheet_view.rightToLeft = lang == "ar"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    if title_rows:
        ws.print_title_rows = title_rows
    ws.oddFooter.center.text = label("excel_footer", lang)
    ws.oddFooter.center.font = FONT_NAME
    ws.oddFooter.center.size = 8


def mark_pages(wb: Workbook, marking: str) -> None:
    """The classification printed at the top of every page of every sheet, as in the PDF."""
    for ws in wb.worksheets:
        ws.oddHeader.center.text = marking
        ws.oddHeader.center.font = FONT_NAME + ",Bold"
        ws.oddHeader.center.size = 9
        ws.oddHeader.center.color = "9C0006"


def header_word_width(text: str, lang: str) -> float:
    """The column width (in characters, as column_dimensions counts them) that the longest word of a bold
    10-point header needs on one line: Latin words measured in Arial Bold's widths (Helvetica's metrics, the
    same), Arabic ones at the average advance of the fallback font. A column narrower than that word printed
    it cut in two ("Conservativ / e score")."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    widest = 0.0
    for word in text.split():
        if first_strong(word) == "R":
            points = len(word) * CHAR_POINTS["ar"] * 1.08
        else:
            points = float(stringWidth(word, "Helvetica-Bold", 10))
        widest = max(widest, points)
    # column_points(width) >= widest + 2 (a little room: the printing font may run wider)
    return math.ceil(((widest + 2 + 4) / 0.75 - 5) / 7) if widest else 0.0


def widen_for_header_words(ws: Worksheet, lang: str, rows: int = 12) -> None:
    """Every column at least as wide as the longest word of its header cells (style "header") in the sheet's
    first `rows` rows, where the tables' headers are; a header merged over several columns has their width and
    is left alone. Rows are not re-measured: a wider column only takes fewer lines."""
    spans = {(r.min_row, r.min_col) for r in ws.merged_cells.ranges if r.max_col > r.min_col}
    need: dict[int, float] = {}
    for row in ws.iter_rows(min_row=1, max_row=min(rows, ws.max_row)):
        for cell in row:
            if isinstance(cell, MergedCell) or not isinstance(cell.value, str) or not cell.value.strip():
                continue
            if (cell.row, cell.column) in spans or not cell.style.startswith("opsc-header"):
                continue
            need[cell.column] = max(need.get(cell.column, 0.0), header_word_width(cell.value, lang))
    for column, width in need.items():
        dim = ws.column_dimensions[get_column_letter(column)]
        if (dim.width or 13) < width:
            dim.width = width


def plan_pages(heights: Sequence[float], used: float, room: float, repeat: float,
               widow: int = 3) -> tuple[list[int], float]:
    """Where to break a table of rows `heights` (points, in order) printed on pages that hold `room` points:
    `used` points already on its first page, `repeat` points of repeated header rows on each page after it.
    Returns the indices (into `heights`) of the rows each page ends with except the last, and the points used on
    the last page. A last page of fewer than `widow` rows takes rows from the page before it: no page holds only
    a stray row or two. Every page is broken by hand, so a printer fitting a little more than `room` on a page
    (LibreOffice does) cannot leave a tail of its own."""
    pages: list[list[int]] = [[]]
    for k, h in enumerate(heights):
        if pages[-1] and used + h > room:
            pages.append([])
            used = repeat
        pages[-1].append(k)
        used += h
    if len(pages) > 1 and len(pages[-1]) < widow:
        move = min(widow - len(pages[-1]), len(pages[-2]) - 1)
        if move > 0:
            pages[-1] = pages[-2][-move:] + pages[-1]
            pages[-2] = pages[-2][:-move]
            used = repeat + sum(heights[k] for k in pages[-1])
    return [p[-1] for p in pages[:-1]], used
