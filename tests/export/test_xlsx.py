from __future__ import annotations

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
    assert ws.auto_filter.ref == "A1:J8"
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
        assert row[3].number_format == "0.0"
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


def test_long_text_wraps_and_huge_text_is_cut_with_a_marker(tmp_path: Path) -> None:
    long_comment = "Le ministère a transmis un rapport détaillé. " * 112  # ~5,000 characters
    wb = _write(tmp_path, long_text_report("fr", long_comment), "long.xlsx")
    cell = wb["Réponses"]["J3"]
    assert cell.value == long_comment
    assert cell.alignment.wrap_text
    assert wb["Réponses"].row_dimensions[3].height > 100

    huge = "x" * 40_000
    wb = _write(tmp_path, long_text_report("en", huge), "huge.xlsx")
    value = wb["Answers"]["J3"].value
    assert len(value) <= EXCEL_CELL_LIMIT
    assert value.startswith("x" * 30_000)
    assert "cut here" in value


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
