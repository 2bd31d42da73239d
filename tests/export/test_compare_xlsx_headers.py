"""The ministry reader's seventh round on the comparison workbook (issue 17): a header word printed cut in two
("Conservativ / e score") because its column was narrower than the word. Read back from the files written."""

from __future__ import annotations

import re

import pytest
from openpyxl import load_workbook
from openpyxl.cell.cell import MergedCell
from openpyxl.utils import get_column_letter
from reportlab.pdfbase.pdfmetrics import stringWidth

from app.domain.languages import first_strong
from app.export.xlsx_style import CHAR_POINTS, column_points
from app.services.exports import export_comparison
from tests.export.test_compare_reports import pair  # noqa: F401  (fixture)


def _word_points(word: str) -> float:
    """A bold 10-point word's printed width: Arial Bold (Helvetica's metrics) for Latin, the average advance
    of the fallback font for Arabic."""
    if first_strong(word) == "R":
        return len(word) * CHAR_POINTS["ar"] * 1.08
    return float(stringWidth(word, "Helvetica-Bold", 10))


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_no_header_word_is_wider_than_its_column(pair, tmp_path, lang):  # noqa: F811
    ws, base, new = pair
    wb = load_workbook(export_comparison(ws, [base, new], "xlsx", lang, tmp_path / f"c-{lang}.xlsx"))
    checked = 0
    for sheet in wb.worksheets:
        spans = {(r.min_row, r.min_col) for r in sheet.merged_cells.ranges if r.max_col > r.min_col}
        for row in sheet.iter_rows(min_row=1, max_row=12):
            for cell in row:
                if isinstance(cell, MergedCell) or not isinstance(cell.value, str) or (cell.row, cell.column) in spans:
                    continue
                if not cell.style.startswith("opsc-header"):
                    continue
                width = sheet.column_dimensions[cell.column_letter].width or 13
                for word in cell.value.split():
                    assert _word_points(word) <= column_points(width), (sheet.title, cell.coordinate, word, width)
                checked += 1
    assert checked >= 15
    if lang == "en":  # the header the reader found cut: "Conservative score" under each assessment
        sections = wb.worksheets[1]
        assert sections.cell(5, 4).value == "Conservative score"
        assert column_points(sections.column_dimensions["D"].width) >= stringWidth("Conservative", "Helvetica-Bold", 10)


def test_fourteen_assessments_sections_print_readable_over_several_pages(pair, tmp_path):  # noqa: F811
    """The 14-country Sections sheet (46 columns) was fit to one landscape page's width: printed at about a
    quarter of its size, unreadable. It prints at 80 % over several pages wide, the section id and title
    repeated on each, each assessment's three columns whole on one page; a pair still fits the width."""
    from datetime import date

    from app.export.xlsx_compare import PAGE_CHARS
    from app.services.workspace import Workspace
    from app.storage import open_database
    from tests.factories import make_questionnaire
    from tests.services.test_comparison import FIRST, LAST, answered

    ws = Workspace(open_database(tmp_path / "f.sqlite"), make_questionnaire())
    countries = ["BJ", "BF", "CI", "ET", "KE", "LB", "MG", "ML", "MA", "NE", "RW", "TZ", "TG", "UG"]
    ids = [answered(ws, f"REPERES 2025 — {cc}", cc, FIRST if k % 2 else LAST, date(2025, 6, 30))
           for k, cc in enumerate(countries)]
    book = load_workbook(export_comparison(ws, ids, "xlsx", "en", tmp_path / "c14.xlsx"))
    sheet = book.worksheets[1]
    ws.close()
    # the Changed answers sheet (19 columns, 326 characters: 43 % fit to the width) likewise, one assessment a
    # column, the question's id and text repeated on each page
    changed = book.worksheets[2]
    assert changed.max_column == 2 + 14 + 3
    assert not changed.sheet_properties.pageSetUpPr.fitToPage and changed.page_setup.scale == 80
    assert changed.print_title_cols == "$A:$B" and changed.print_title_rows == "$3:$3"
    cuts = sorted(b.id for b in changed.col_breaks.brk)
    assert len(cuts) >= 2 and all(2 < b < 2 + 14 + 1 for b in cuts)  # between answers; the last three together
    edges = [2, *cuts, changed.max_column]
    for first, last in zip(edges, edges[1:], strict=False):
        used = sum(changed.column_dimensions[get_column_letter(k)].width or 13
                   for k in (1, 2, *range(first + 1, last + 1)))
        assert used * 0.8 <= PAGE_CHARS, (first, last)
    assert sheet.max_column == 2 + 3 * 14 + 2
    assert not sheet.sheet_properties.pageSetUpPr.fitToPage and sheet.page_setup.scale == 80
    assert sheet.print_title_cols == "$A:$B" and sheet.print_title_rows == "$4:$5"
    breaks = sorted(b.id for b in sheet.col_breaks.brk)
    assert len(breaks) >= 3
    assert all((b - 2) % 3 == 0 for b in breaks)  # between two assessments, never inside one

    def width(first: int, last: int) -> float:
        return sum(sheet.column_dimensions[get_column_letter(k)].width or 13 for k in range(first, last + 1))

    bounds = [2, *breaks, sheet.max_column]
    for first, last in zip(bounds, bounds[1:], strict=False):  # each page: the row titles and its columns
        assert (width(1, 2) + width(first + 1, last)) * 0.8 <= PAGE_CHARS, (first, last)
    ws2, base, new = pair
    two = load_workbook(export_comparison(ws2, [base, new], "xlsx", "en", tmp_path / "c2.xlsx")).worksheets[1]
    assert two.sheet_properties.pageSetUpPr.fitToPage and two.page_setup.fitToWidth == 1 and not two.col_breaks.brk


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_fourteen_long_comments_on_one_question_are_never_clipped(tmp_path, lang):
    """14 countries' comments on one changed question (about 1,500 characters in one cell) passed Excel's
    409-point row: in print the 13th was cut mid-line and the 14th missing. They go on in continuation
    rows (the id repeated, "[continued in the next row]" ending the piece above); every row's estimated
    height fits in 409 points and every comment's whole text is in the sheet."""
    from datetime import date

    from app.export.strings import label
    from app.export.xlsx_style import LINE_POINTS, MAX_ROW_HEIGHT, line_count
    from app.services.workspace import Workspace
    from app.storage import open_database
    from tests.factories import make_questionnaire
    from tests.services.test_comparison import FIRST, LAST, answered

    ws = Workspace(open_database(tmp_path / "f.sqlite"), make_questionnaire())
    countries = ["BJ", "BF", "CI", "ET", "KE", "LB", "MG", "ML", "MA", "NE", "RW", "TZ", "TG", "UG"]
    said = {cc: f"{cc}: " + " ".join(f"the ministry's report of 2025 notes step {i} in {cc}." for i in range(6))
            for cc in countries}
    ids = [answered(ws, f"REPERES 2025 — {cc}", cc, FIRST if k % 2 else LAST, date(2025, 6, 30),
                    {"III.A-01": said[cc]}) for k, cc in enumerate(countries)]
    sheet = load_workbook(export_comparison(ws, ids, "xlsx", lang, tmp_path / "c14.xlsx")).worksheets[2]
    ws.close()
    n = 14
    widths = [sheet.column_dimensions[get_column_letter(k)].width or 13 for k in range(1, sheet.max_column + 1)]
    for row in range(4, sheet.max_row + 1):
        lines = max([1] + [line_count(v, w, lang) for v, w in zip(
            (sheet.cell(row, k).value for k in range(1, sheet.max_column + 1)), widths, strict=True)
            if isinstance(v, str) and v])
        assert lines * LINE_POINTS[lang] + 4 <= MAX_ROW_HEIGHT, (row, lines)
    rows = [r for r in range(4, sheet.max_row + 1) if sheet.cell(r, 1).value == "III.A-01"]
    assert len(rows) >= 2  # continued
    text = "\n".join(sheet.cell(r, 4 + n).value or "" for r in rows)
    note = label("continues_below", lang)
    assert text.count(note) == len(rows) - 1
    assert all(sheet.cell(r, 2).value == label("continued_row", lang) for r in rows[1:])
    joined = " ".join(re.sub("[\u202a-\u202e]", "", text.replace(note, "")).split())  # less direction marks
    for cc in countries:
        assert " ".join(said[cc].split()) in joined, cc
