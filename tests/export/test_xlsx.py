from __future__ import annotations

import re
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.chart import BarChart, RadarChart

from app.export.strings import label
from app.export.xlsx import write_xlsx
from app.export.xlsx_style import EXCEL_CELL_LIMIT
from tests.export.helpers import empty_report, long_text_report, overridden_report
from tests.factories import sample_report

SHEETS = ("sheet_summary", "sheet_answers", "sheet_follow_up", "sheet_actions", "sheet_methodology", "sheet_about")


def _write(tmp_path: Path, data, name: str = "r.xlsx"):
    path = tmp_path / name
    write_xlsx(data, path)
    return load_workbook(path)


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_sheets_rows_direction_and_font(tmp_path: Path, lang: str) -> None:
    data = sample_report(lang)
    wb = _write(tmp_path, data)
    assert wb.sheetnames == [label(k, lang) for k in SHEETS]
    for ws in wb.worksheets:
        assert ws.sheet_view.rightToLeft is (lang == "ar")
    answers = wb[label("sheet_answers", lang)]
    assert answers.max_row == 1 + len(data.questionnaire.questions())
    assert [c.value for c in answers[2][:2]] == ["III.A", "III.A-01"]
    assert answers["A2"].font.name == "Arial"  # a font Office machines have (see xlsx_style.FONT_NAME)
    assert answers["D2"].value == data.questionnaire.question("III.A-01").text.get(lang)


def test_answers_sheet_layout(tmp_path: Path) -> None:
    wb = _write(tmp_path, sample_report("en"))
    ws = wb["Answers"]
    assert ws.freeze_panes == "C2"
    assert ws.auto_filter.ref == "A1:O8"
    assert ws["D2"].alignment.wrap_text
    assert ws.column_dimensions["D"].width >= 40
    assert ws.page_setup.orientation == "landscape"
    assert int(ws.page_setup.paperSize) == int(ws.PAPERSIZE_A4)
    assert ws.page_setup.fitToWidth == 1
    assert ws.print_title_rows == "$1:$1"
    assert [ws.cell(row=r, column=5).value for r in range(2, 9)] == [
        "Fully in place", "Partially in place", "Not applicable", "Not in place", "Don't know",
        "Largely in place", "Not answered"]
    assert ws["F4"].value == "No such technology in use."
    assert ws["G2"].value == "Penal Code, art. 227-23"
    assert ws["I2"].value == "Verified"
    rules = [r for cf in ws.conditional_formatting for r in cf.rules]
    assert len(rules) == 6
    assert any('"Fully in place"' in r.formula[0] for r in rules)


def test_summary_numbers_come_from_the_result_and_charts_exist(tmp_path: Path) -> None:
    data = sample_report("en")
    ws = _write(tmp_path, data)["Summary"]
    types = sorted(type(c).__name__ for c in ws._charts)
    assert types == ["BarChart", "RadarChart"]
    rows: dict = {}
    for r in ws.iter_rows():  # the table of sections (the radar's data table comes after it)
        if r[0].value in ("III.A", "III.B", "V"):
            rows.setdefault(r[0].value, r)
    assert len(rows) == 3
    for sid, row in rows.items():
        t = data.result.sections[sid]
        assert row[2].value == pytest.approx(t.coverage)  # coverage first
        assert row[3].value == pytest.approx(t.score)
        assert row[4].value == pytest.approx(t.conservative)
        assert row[3].number_format.startswith("0.0")  # with " (provisional)" on thin evidence
        assert row[2].number_format == "0.0%"
        # III.B and V: 1 of 2 applicable answered -> no band; III.A: 2 of 2 -> Established
        assert row[5].value == ("Established" if sid == "III.A" else "no band (provisional)")
    values = [c.value for r in ws.iter_rows() for c in r]
    assert data.result.overall.score in values  # 4 of 6 = two thirds: quoted, with its band
    assert "Developing" in values


def test_charts_are_native_and_reference_the_table(tmp_path: Path) -> None:
    wb = _write(tmp_path, sample_report("en"))
    bar = next(c for c in wb["Summary"]._charts if isinstance(c, BarChart))
    radar = next(c for c in wb["Summary"]._charts if isinstance(c, RadarChart))
    assert "Summary" in bar.series[0].val.numRef.f
    assert len(radar.series) == 2


def test_empty_assessment_says_not_scored(tmp_path: Path) -> None:
    wb = _write(tmp_path, empty_report("fr"))
    values = [c.value for r in wb["Synthèse"].iter_rows() for c in r]
    assert "non évalué" in values
    assert "Aucune action n’a encore été enregistrée." in [c.value for r in wb["Plan d’action"].iter_rows() for c in r]


def _continued(ws, first: int, col: str, lang: str) -> tuple[list[str], int]:
    """The pieces of a text split over continuation rows from row `first`, and the row after them."""
    note = "\n" + label("continues_below", lang)
    pieces, row = [ws[f"{col}{first}"].value], first + 1
    while pieces[-1].endswith(note):
        pieces[-1] = pieces[-1][: -len(note)]
        assert ws[f"D{row}"].value == label("continued_row", lang)  # the continuation row says so
        assert ws[f"B{row}"].value == ws[f"B{first}"].value  # and keeps the question's id (filters)
        assert ws[f"L{row}"].value in (None, "") and ws[f"N{row}"].value in (None, "")  # counted once
        pieces.append(ws[f"{col}{row}"].value)
        row += 1
    return pieces, row


def test_long_text_goes_on_in_continuation_rows_never_clipped(tmp_path: Path) -> None:
    long_comment = "Le ministère a transmis un rapport détaillé. " * 112  # ~5,000 characters
    wb = _write(tmp_path, long_text_report("fr", long_comment.strip()), "long.xlsx")
    ws = wb["Réponses"]
    pieces, after = _continued(ws, 3, "J", "fr")
    assert len(pieces) >= 2  # more than Excel's 409-point row can show
    assert " ".join(pieces) == long_comment.strip()  # nothing lost
    assert ws["J3"].alignment.wrap_text
    assert all(100 < ws.row_dimensions[r].height <= 409 for r in range(3, after - 1))
    assert ws[f"B{after}"].value == "III.A-03"  # the next question follows the continuation rows

    huge = "x" * 40_000  # beyond Excel's 32,767 characters a cell: split too, nothing cut
    ws = _write(tmp_path, long_text_report("en", huge), "huge.xlsx")["Answers"]
    pieces, _ = _continued(ws, 3, "J", "en")
    assert "".join(pieces) == huge
    assert all(len(p) <= EXCEL_CELL_LIMIT for p in pieces)


def test_answer_columns_for_pivot_tables(tmp_path: Path) -> None:
    data = overridden_report("en")  # III.A-02: weight lowered to 0.5
    ws = _write(tmp_path, data)["Answers"]
    assert [ws.cell(row=1, column=c).value for c in range(11, 15)] == [
        "Answer code", "Value (0–1)", "Weight", "Weight × gap"]
    rows = {ws.cell(row=r, column=2).value: [ws.cell(row=r, column=c).value for c in range(11, 15)]
            for r in range(2, ws.max_row + 1)}
    q = data.questionnaire.question
    assert rows["III.A-01"] == ["fully", 1.0, q("III.A-01").weight, 0.0]
    code, value, weight, gap = rows["III.A-02"]  # partially in place, 1/3, at the overridden weight
    assert (code, weight) == ("partially", 0.5)
    assert value == pytest.approx(1 / 3) and gap == pytest.approx(0.5 * 2 / 3)
    assert rows["III.B-01"][0] == "not" and rows["III.B-01"][3] == pytest.approx(q("III.B-01").weight)
    assert rows["V-01"][3] == pytest.approx(q("V-01").weight / 3)  # largely: 2/3, a third of the weight short
    for qid, code in (("III.A-03", "na"), ("III.B-02", "dont_know")):  # no value: no gap
        assert rows[qid][0] == code and rows[qid][1] is None and rows[qid][3] is None
    assert ws["L3"].number_format == "0.00"
    # the gaps agree with the scoring's own list
    for g in data.result.gaps:
        assert rows[g.question_id][3] == pytest.approx(g.priority_score)


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_rows_of_wrapped_text_are_high_enough(tmp_path: Path, lang: str) -> None:
    import dataclasses

    base = sample_report(lang)
    findings = "Findings sentence written by the team. " * 30  # ~1,200 characters, no line break
    data = dataclasses.replace(base, assessment=dataclasses.replace(base.assessment, executive_summary=findings))
    ws = _write(tmp_path, data)[label("sheet_summary", lang)]
    rows = {r[0].value: r[0].row for r in ws.iter_rows() if r[0].value}
    # the key findings (columns B-F merged, ~90 characters wide): about 14 lines of 13-14.5 points
    assert ws.row_dimensions[rows[label("key_findings", lang)]].height >= 10 * 13
    # the sections table's header: "Equal-weight score" and its translations take two lines in their column
    header = next(r for r in ws.iter_rows() if r[6].value == label("equal_weight_score", lang))
    assert ws.row_dimensions[header[0].row].height >= 2 * 13
    answers = _write(tmp_path, data, "a.xlsx")[label("sheet_answers", lang)]
    assert answers.row_dimensions[1].height >= 2 * 13  # the header row too
    for r in range(2, answers.max_row + 1):
        text = answers.cell(row=r, column=4).value  # the question, 50 characters wide
        assert answers.row_dimensions[r].height >= 13 * (len(text) // 60 + 1)


def test_radar_is_of_a_readable_size_on_its_own_page(tmp_path: Path) -> None:
    from openpyxl.chart import RadarChart as Radar

    ws = _write(tmp_path, sample_report("en"))["Summary"]
    radar = next(c for c in ws._charts if isinstance(c, Radar))
    ext = radar.anchor.ext  # the size as saved (openpyxl reads width and height back as its defaults)
    assert ext.width / 360_000 >= 12 and ext.height / 360_000 >= 10  # centimetres
    # axes named by id (full titles around the plot leave it no room), the titles in the table beside
    ref = radar.series[0].cat.strRef or radar.series[0].cat.numRef
    first, last = (int(n) for n in re.findall(r"\$(\d+)", ref.f))
    assert [ws.cell(row=r, column=1).value for r in range(first, last + 1)] == ["III.A", "III.B", "V"]
    assert ws.cell(row=first, column=2).value == "Legislation"  # the title beside its id
    # the chapters' table, the radar's table and the charts start a printed page together
    heading = next(r for r in range(1, first) if ws.cell(row=r, column=1).value == label("results_by_chapter", "en"))
    assert [b.id for b in ws.row_breaks.brk] == [heading - 1]


def test_provisional_section_scores_are_marked(tmp_path: Path) -> None:
    data = sample_report("fr")
    ws = _write(tmp_path, data)[label("sheet_summary", "fr")]
    marked = {}
    for r in ws.iter_rows():
        if r[0].value in ("III.A", "III.B", "V") and r[0].value not in marked:
            marked[r[0].value] = r[3]
    for sid, cell in marked.items():
        t = data.result.sections[sid]
        assert cell.value == pytest.approx(t.score)  # still the number the charts plot
        assert ("provisoire" in cell.number_format) is t.provisional
    assert any(data.result.sections[sid].provisional for sid in marked)


def test_text_that_looks_like_a_formula_stays_text(tmp_path: Path) -> None:
    wb = _write(tmp_path, long_text_report("en", "=HYPERLINK(\"http://x\")"))
    cell = wb["Answers"]["J3"]
    assert cell.data_type == "s"
    assert cell.value == "=HYPERLINK(\"http://x\")"


def test_action_plan_dates_and_budget_are_typed(tmp_path: Path) -> None:
    ws = _write(tmp_path, sample_report("en"))["Action plan"]
    assert ws["A2"].value == "III.B-01"
    assert ws["E2"].value.year == 2027
    assert ws["F2"].value == 150000.0
    assert ws["H2"].value == "High"


def test_methodology_lists_overridden_weights(tmp_path: Path) -> None:
    ws = _write(tmp_path, overridden_report("en"))["Methodology"]
    values = [tuple(c.value for c in r[:4]) for r in ws.iter_rows()]
    assert ("III.A-02", 2.0, 0.5, "Covered by a national plan") in values
    pairs = {r[0].value: r[1].value for r in ws.iter_rows() if r[0].value}
    data = overridden_report("en")
    # used weights: (3 + 0.5/3 + 0 + 2) / (3 + 0.5 + 2.5 + 3) = 57.4 %; the questionnaire's own: 54.0 %
    assert pairs[label("score_used_weights", "en")] == "57.4%"
    assert pairs[label("score_questionnaire_weights", "en")] == "54.0%"
    assert data.result.questionnaire_overall.score == pytest.approx(100 * (3 + 2 / 3 + 2) / 10.5)
    text = " ".join(str(c.value) for r in ws.iter_rows() for c in r if c.value)
    assert "urges 2.5" in text and "Advanced" in text

    plain = _write(tmp_path, sample_report("en"), "plain.xlsx")["Methodology"]
    assert label("no_overrides", "en") in [c.value for r in plain.iter_rows() for c in r]


def test_about_sheet_records_versions(tmp_path: Path) -> None:
    data = sample_report("en")
    ws = _write(tmp_path, data)["About"]
    pairs = {r[0].value: r[1].value for r in ws.iter_rows(min_row=3, max_row=9)}
    assert pairs["Questionnaire"] == "test-q"
    assert pairs["Version"] == "1.0"
    assert pairs["Content fingerprint"] == "sha256:test"
    assert pairs["Application version"] == "0.1.0"
    assert pairs["Export date"].date() == data.generated_at.date()


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_ids_are_centred_and_headers_never_wrap_inside_a_word(tmp_path: Path, lang: str) -> None:
    """Ids centred in their column (in Arabic a left-aligned III.C-03 touched the question beside it), on the
    Answers and Don't know sheets; every header of the results tables in a column as wide as its longest word
    ("Conservativ / e score" once)."""
    from app.export.xlsx_style import CHAR_POINTS, column_points
    from tests.export.helpers import shipped_report

    wb = _write(tmp_path, shipped_report(lang))
    answers = wb[label("sheet_answers", lang)]
    for r in range(2, answers.max_row + 1):
        for c in (1, 2, 3, 11):  # 11: the answer code ('0.33partially' in Arabic, touching the value)
            if answers.cell(row=r, column=c).value:
                assert answers.cell(row=r, column=c).alignment.horizontal == "center", (r, c)
    dk = wb[label("sheet_follow_up", lang)]
    ids = [dk.cell(row=r, column=2) for r in range(4, dk.max_row + 1) if dk.cell(row=r, column=2).value]
    assert ids and all(cell.alignment.horizontal == "center" for cell in ids)
    summary = wb[label("sheet_summary", lang)]
    from app.export.xlsx import TABLE_HEADERS

    names = {label(k, lang) for k in TABLE_HEADERS}
    headers = [c for row in summary.iter_rows() for c in row if c.value in names]
    assert any(c.value == label("conservative_score", lang) for c in headers)
    for cell in headers:
        width = summary.column_dimensions[cell.column_letter].width
        longest = max(len(w) for w in str(cell.value).split())
        assert column_points(width) >= longest * CHAR_POINTS[lang] * 1.08, (cell.value, width)
