"""The outside ministry reader's remaining findings on the comparison reports (issue 17, second review):
signed numbers in Arabic, cells holding comments of both directions, and the rest, read back from the files."""

from __future__ import annotations

import pytest
from openpyxl import Workbook, load_workbook

from app.export.xlsx_compare import points_format
from app.export.xlsx_style import LRE, PDF, RLE, add_styles, put
from app.services.exports import export_comparison
from tests.export.test_compare_reports import pair  # noqa: F401  (fixture)

LRM = "\u200e"


def test_an_arabic_difference_keeps_its_minus_before_the_digits():
    """In a right-to-left cell "−6.7 نقطة" printed as "6.7− نقطة": the sign ends up after the number unless a
    left-to-right mark ties it to the digits (LibreOffice render checked by hand)."""
    fmt = points_format("ar")
    negative = fmt.split(";")[1]
    assert negative.startswith(f'"{LRM}\u2212"0.0')
    assert fmt.split(";")[0].startswith(f'"{LRM}+"')
    assert LRM not in points_format("en") and LRM not in points_format("fr")


def test_the_arabic_workbook_difference_cells_carry_the_mark(pair, tmp_path):  # noqa: F811
    ws, base, new = pair
    wb = load_workbook(export_comparison(ws, [base, new], "xlsx", "ar", tmp_path / "c.xlsx"))
    o = wb.worksheets[0]
    formats = {o.cell(9, k).number_format for k in (5, 6, 7)}
    assert formats == {points_format("ar")}


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_each_line_of_a_cell_reads_in_its_own_direction(lang):
    """A cell holding a French comment then an Arabic one (or the reverse) has one reading order, that of its
    first letter; the line of the other direction is embedded in its own, so it does not read the cell's way."""
    wb = Workbook()
    add_styles(wb, lang)
    ws = wb.active
    fr_first = put(ws, 1, 1, "Maroc 2024: Loi de 2019.\n\u200fMaroc 2026: القانون أُلغي جزئياً.", lang, "cell")
    ar_first = put(ws, 2, 1, "\u200fMaroc 2024: تقرير الوزارة.\nMaroc 2026: Loi abrogée en partie.", lang, "cell")
    assert fr_first.value.split("\n") == ["Maroc 2024: Loi de 2019.", RLE + "\u200fMaroc 2026: القانون أُلغي جزئياً." + PDF]
    assert ar_first.value.split("\n") == ["\u200fMaroc 2024: تقرير الوزارة.", LRE + "Maroc 2026: Loi abrogée en partie." + PDF]
    assert fr_first.alignment.readingOrder in (0, 1) and ar_first.alignment.readingOrder == 2
    one_way = put(ws, 3, 1, "Maroc 2024: a.\nMaroc 2026: b.", lang, "cell")
    assert one_way.value == "Maroc 2024: a.\nMaroc 2026: b."  # nothing added when every line reads one way
    kept = put(ws, 4, 1, "a.\n\u200fتقرير", lang, "cell", verbatim=True)
    assert kept.value == "a.\n\u200fتقرير"  # text read back by an import stays as typed
