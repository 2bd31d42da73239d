"""The crosswalk part of both reports, read back: MNR / ICMEC sheets with native charts, and the PDF part.

Numbers from the hand-worked fixture of tests/domain/test_crosswalk.py: mnr-01 54.5 % (conservative 40 %,
coverage 2/3), mnr-03 54.0 % with III.B-01 driving its gap first, mnr-12 mapped by no question.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.chart import BarChart
from pypdf import PdfReader

from app.domain.scoring import score
from app.export.pdf import write_pdf
from app.export.strings import label
from app.export.xlsx import write_xlsx
from tests.domain.test_crosswalk import tagged_questionnaire
from tests.factories import sample_report


def tagged_report(lang: str):
    data = sample_report(lang)
    qn = tagged_questionnaire()
    return replace(data, questionnaire=qn, result=score(qn, data.answers))


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_workbook_has_a_sheet_per_framework_with_a_native_chart(tmp_path: Path, lang: str) -> None:
    path = tmp_path / "r.xlsx"
    write_xlsx(tagged_report(lang), path)
    wb = load_workbook(path)
    assert wb.sheetnames[1:5] == [label("sheet_mnr", lang), label("sheet_mnr_gaps", lang), label("sheet_icmec", lang),
                                  label("sheet_icmec_gaps", lang)]
    ws = wb[label("sheet_mnr", lang)]
    assert ws.sheet_view.rightToLeft is (lang == "ar")
    rows = {r[0]: r for r in ws.iter_rows(min_row=5, max_row=7, values_only=True)}
    assert list(rows) == ["mnr-01", "mnr-03", "mnr-12"]
    m1 = rows["mnr-01"]
    assert m1[2] == 4 and m1[3] == pytest.approx(2 / 3) and m1[4] == pytest.approx(100 * 3 / 5.5)
    assert m1[5] == pytest.approx(40.0)
    assert rows["mnr-03"][9].startswith("III.B-01")
    assert rows["mnr-12"][4] is None and rows["mnr-12"][9] == label("no_question_maps", lang)
    charts = ws._charts
    assert len(charts) == 1 and isinstance(charts[0], BarChart)
    assert ws.print_title_rows is None and ws.max_row < 10  # the table (one page) and its chart only
    gaps = wb[label("sheet_mnr_gaps", lang)]
    assert gaps.print_title_rows == "$3:$3" and gaps["A3"].value == label("capability", lang)
    drivers = [r for r in gaps.iter_rows(min_row=4, values_only=True) if r[0] == "mnr-03"]
    assert [r[2] for r in drivers] == ["III.B-01", "III.A-02", "V-01"]
    assert [r[5] for r in drivers] == pytest.approx([2.5, 1.33, 1.0])


def test_untagged_questionnaire_gets_no_crosswalk_sheet(tmp_path: Path) -> None:
    path = tmp_path / "r.xlsx"
    write_xlsx(sample_report("en"), path)
    assert label("sheet_mnr", "en") not in load_workbook(path).sheetnames


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_pdf_has_the_crosswalk_part(tmp_path: Path, lang: str) -> None:
    path = tmp_path / "r.pdf"
    write_pdf(tagged_report(lang), path)
    reader = PdfReader(path)
    titles = []

    def walk(items) -> None:
        for item in items:
            walk(item) if isinstance(item, list) else titles.append(item.title)

    walk(reader.outline)
    assert label("crosswalk_title", lang) in titles
    if lang == "ar":
        return  # Arabic text comes back reshaped: the outline is the check
    text = "\n".join(p.extract_text() or "" for p in reader.pages).replace("\u202f", " ").replace("\u00a0", " ")
    assert label("no_question_maps", lang).replace("\u00a0", " ") in text
    assert ("54.5%" if lang == "en" else "54,5 %") in text
    assert "III.B-01 (2" in text


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_each_crosswalk_chart_prints_whole_on_one_page(tmp_path: Path, lang: str) -> None:
    """The ministry reader: the MNR chart printed its first 6 bars at the foot of a page, the rest on the next
    (the ICMEC one too). The table is broken by hand, and the chart sits whole on one printed page: on the
    table's last page when it fits there, else on a page of its own, never taller than a page at the scale."""
    from tests.export.helpers import shipped_report

    path = tmp_path / "r.xlsx"
    write_xlsx(shipped_report(lang), path)
    wb = load_workbook(path)
    for key in ("sheet_mnr", "sheet_icmec"):
        ws = wb[label(key, lang)]
        width = sum(ws.column_dimensions[chr(64 + k)].width or 13 for k in range(1, ws.max_column + 1))
        page = (595 - 2 * 72) * max(1.0, width / 140)  # landscape A4 less its margins, at the sheet's fit-to-width scale
        anchor = ws._charts[0].anchor._from.row + 1  # 1-based row of the chart's top
        breaks = sorted(b.id for b in ws.row_breaks.brk)
        start = max([b + 1 for b in breaks if b < anchor], default=1)
        repeated = ws.row_dimensions[4].height or 15.0 if ws.print_title_rows and start > 1 else 0.0
        above = repeated + sum(ws.row_dimensions[r].height or 15.0 for r in range(start, anchor))
        chart_pt = ws._charts[0].height * 72 / 2.54
        assert above + chart_pt <= page, (key, start, anchor, above, chart_pt, page)
        # the table's pages: none holds fewer than 3 of its rows
        last_row = max(r for r in range(5, anchor) if ws.cell(r, 1).value or ws.cell(r, 2).value)
        bounds = [4, *[b for b in breaks if b < last_row], last_row]
        assert all(b - a >= 3 for a, b in zip(bounds, bounds[1:], strict=False)), bounds


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_crosswalk_ids_wrap_between_hyphens_never_inside_a_word_and_are_centred(tmp_path: Path, lang: str) -> None:
    """The ministry reader: 'icmec.specifi / c-law', 'icmec.definiti / on', 'icmec.posse / ssion' (the id column
    11 characters wide); in Arabic 'mnr-05' touched the question and 'VIII.A-07' the answer on the gaps sheets.
    Each piece of an id between its hyphens fits its column (measured in Arial Bold, wider than the cell's
    regular font); ids are centred."""
    import re

    from app.export.xlsx_style import header_word_width
    from tests.export.helpers import shipped_report

    path = tmp_path / "r.xlsx"
    write_xlsx(shipped_report(lang), path)
    wb = load_workbook(path)
    for key in ("sheet_mnr", "sheet_icmec", "sheet_mnr_gaps", "sheet_icmec_gaps"):
        ws = wb[label(key, lang)]
        first = 5 if key in ("sheet_mnr", "sheet_icmec") else 4
        ids = [ws.cell(r, 1) for r in range(first, ws.max_row + 1)
               if isinstance(ws.cell(r, 1).value, str) and re.match(r"(mnr|icmec)[-.]", ws.cell(r, 1).value)]
        assert len(ids) >= 16, key
        width = ws.column_dimensions["A"].width
        for cell in ids:
            assert all(header_word_width(p, "en") <= width for p in re.split(r"(?<=-)", cell.value) if p), cell.value
            assert cell.alignment.horizontal == "center", (key, cell.value)
        if key.endswith("_gaps"):
            qids = [ws.cell(c.row, 3) for c in ids]
            assert all(q.alignment.horizontal == "center" for q in qids), key
    assert wb[label("sheet_icmec", lang)].column_dimensions["A"].width > 11  # 'icmec.international-' needs more


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_crosswalk_table_over_pages_repeats_its_header_and_never_ends_on_a_lone_row(tmp_path: Path, lang: str) -> None:
    """The ministry reader: the ICMEC table's last row printed alone above the notes (rep-en p. 32, the notes
    counted as its rows), and neither table repeated its header on its second page (16 and 21 rows, under
    ONE_PAGE, yet tall enough to run over). Now its pages hold at least 3 table rows each and, when it is
    broken, the header row repeats."""
    from tests.export.helpers import shipped_report

    path = tmp_path / "r.xlsx"
    write_xlsx(shipped_report(lang), path)
    wb = load_workbook(path)
    broken = 0
    for key in ("sheet_mnr", "sheet_icmec"):
        ws = wb[label(key, lang)]
        last = next(r for r in range(5, ws.max_row + 2)
                    if all(ws.cell(r, k).value in (None, "") for k in range(1, ws.max_column + 1))) - 1
        cuts = sorted(b.id for b in ws.row_breaks.brk if b.id < last)
        bounds = [4, *cuts, last]
        assert all(b - a >= 3 for a, b in zip(bounds, bounds[1:], strict=False)), (key, bounds)
        if cuts:
            broken += 1
            assert ws.print_title_rows == "$4:$4", key
    assert broken  # the shipped questionnaire's tables do run over a page
