"""Cell styles and helpers shared by the Excel writers (report and answer template)."""

from __future__ import annotations

import io
import math
import os
import re
from collections.abc import Sequence
from copy import copy
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from app.domain.languages import typeset

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
_LATIN = re.compile("[A-Za-z\u00c0-\u024f]")
_ARABIC = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")


def align(rtl: bool, wrap: bool = True, horizontal: str | None = None) -> Alignment:
    return Alignment(wrap_text=wrap, vertical="top", horizontal=horizontal, readingOrder=2 if rtl else 0)


def reads_left_to_right(value: object) -> bool:
    """Text with Latin letters and no Arabic (a French comment, a law's name): printed left to right even in
    the Arabic workbook, so that its full stop stays at its end."""
    return isinstance(value, str) and _LATIN.search(value) is not None and _ARABIC.search(value) is None


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
}


_REGISTERED: WeakKeyDictionary[Workbook, dict[str, StyleArray]] = WeakKeyDictionary()


def add_styles(wb: Workbook, lang: str) -> None:
    """Register the named styles of the reports in `wb` (right-to-left reading order for Arabic)."""
    rtl = lang == "ar"
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
        if rtl:  # per-cell direction: the left-to-right twin of each style
            twin = NamedStyle(name=f"opsc-{key}{LTR_SUFFIX}", font=font, number_format=number_format,
                              alignment=Alignment(wrap_text=wrap, vertical="top", horizontal=horizontal,
                                                  readingOrder=1))
            if fill is not None:
                twin.fill = fill
            if border is not None:
                twin.border = border
            wb.add_named_style(twin)
            registered[key + LTR_SUFFIX] = twin.as_tuple()
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


def put(ws: Worksheet, row: int, col: int, value: Any, lang: str, style: str = "body",
        formula: bool = False, verbatim: bool = False) -> Cell:
    """Write one cell in a named style; text is stored as text (a leading '=' never becomes a formula)
    unless formula=True, with the typography of `lang` (French spaces, as in the PDF) unless verbatim=True
    (text read back by an import, which must come back as the user typed it)."""
    cell = ws.cell(row=row, column=col)
    if isinstance(value, str) and not formula:
        cell.value = clean_text(value if verbatim else typeset(value, lang), lang)
        cell.data_type = "s"
    else:
        cell.value = value
    # What `cell.style = name` does, without looking the name up for each of thousands of cells.
    styles = _REGISTERED[ws.parent]
    if lang == "ar" and reads_left_to_right(value) and style + LTR_SUFFIX in styles:
        style += LTR_SUFFIX
    cell._style = copy(styles[style])
    return cell


def header_row(ws: Worksheet, row: int, headers: Sequence[str], lang: str, col: int = 1) -> None:
    for i, text in enumerate(headers):
        put(ws, row, col + i, text, lang, "header")


def set_widths(ws: Worksheet, widths: Sequence[float]) -> None:
    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width


def _lines(text: str, width: float) -> int:
    per_line = max(1.0, width * 1.2)  # characters of 10 pt DejaVu Sans per unit of column width
    return sum(max(1, math.ceil(len(part) / per_line)) for part in text.split("\n"))


def fit_row_height(ws: Worksheet, row: int, widths: Sequence[float], values: Sequence[object]) -> None:
    """Set the height of a row of wrapped text (Excel does not grow rows written by a program)."""
    lines = 1
    for value, width in zip(values, widths, strict=False):
        if isinstance(value, str) and value:
            lines = max(lines, _lines(value, width))
    ws.row_dimensions[row].height = min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT + 4)


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
