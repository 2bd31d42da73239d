"""The ministry reader's seventh round on the comparison workbook (issue 17): a header word printed cut in two
("Conservativ / e score") because its column was narrower than the word. Read back from the files written."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from openpyxl.cell.cell import MergedCell
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
