"""The workbook as printed and opened on an office PC: a font Windows has, the classification at the top
of every page, a real date, and each text cell read in its own direction in the Arabic workbook."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

from openpyxl import load_workbook

from app.export.strings import label
from app.export.xlsx import write_xlsx
from tests.factories import sample_report


def workbook(tmp_path: Path, data):
    path = tmp_path / "r.xlsx"
    write_xlsx(data, path)
    return load_workbook(path)


def test_an_office_font_the_marking_on_every_page_and_a_real_date(tmp_path: Path) -> None:
    base = sample_report("fr")
    data = dataclasses.replace(base, assessment=dataclasses.replace(
        base.assessment, confidentiality="Restricted", assessment_date=date(2026, 11, 23)))
    wb = workbook(tmp_path, data)
    for ws in wb.worksheets:
        assert "Restricted" in ws.oddHeader.center.text and label("draft_mark", "fr") in ws.oddHeader.center.text
    summary = wb.worksheets[0]
    dates = [c for row in summary.iter_rows() for c in row if isinstance(c.value, date)]
    assert dates and dates[0].value.date() == date(2026, 11, 23) and dates[0].number_format == "yyyy-mm-dd"
    assert summary["A1"].font.name == "Arial"


def test_each_cell_reads_in_its_own_direction_in_the_arabic_workbook(tmp_path: Path) -> None:
    data = sample_report("ar")
    wb = workbook(tmp_path, data)
    answers = wb[label("sheet_answers", "ar")]
    orders = {}
    for row in answers.iter_rows():
        for c in row:
            if c.value == "Only natural persons.":
                orders["latin"] = c.alignment.readingOrder
            elif isinstance(c.value, str) and c.value == data.questionnaire.question("III.A-01").text.get("ar"):
                orders["arabic"] = c.alignment.readingOrder
    assert orders == {"latin": 1, "arabic": 2}  # a French/English comment keeps its full stop at its end


def test_a_sheet_a_little_taller_than_a_page_prints_on_one(tmp_path: Path) -> None:
    """The outside walk: the Methodology sheet printed (LibreOffice, A4) its last band rows and the weights note
    alone on a second page. A sheet up to 1.3 pages tall is fitted to one page; a short one or a long one is
    left as it was (fit to the width only), and a sheet with its own page breaks too."""
    from openpyxl import Workbook
    from openpyxl.worksheet.pagebreak import Break

    from app.export.xlsx_style import keep_short_sheet_whole, setup_page

    def sheet(rows: int, breaks: bool = False):
        ws = Workbook().active
        setup_page(ws, "en")
        ws.column_dimensions["A"].width = 60
        for r in range(1, rows + 1):
            ws.cell(row=r, column=1, value="line")
        if breaks:
            ws.row_breaks.append(Break(id=10))
        keep_short_sheet_whole(ws)
        return ws.page_setup.fitToHeight

    assert sheet(30) in (0, None)  # one page already
    assert sheet(55) == 1  # ~1.2 pages: one page
    assert sheet(120) in (0, None)  # two pages and more: left to run over its pages
    assert sheet(55, breaks=True) in (0, None)
    for lang in ("en", "fr", "ar"):
        wb = load_workbook(write_xlsx(sample_report(lang=lang), tmp_path / f"{lang}.xlsx"))
        assert wb[label("sheet_methodology", lang)].page_setup.fitToHeight == 1, lang
