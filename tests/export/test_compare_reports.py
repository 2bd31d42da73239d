"""The comparison reports read back: the workbook's sheets, numbers, colours, charts and direction; the PDF's
text in English, French and Arabic. Numbers as worked out by hand in tests/services/test_comparison.py."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from app.export.common import BAND_COLOURS
from app.export.xlsx_compare import tint
from app.services import followup
from app.services.comparison import comparison_report
from app.services.exports import export_comparison
from app.services.workspace import Workspace
from app.storage import open_database
from tests.factories import make_questionnaire
from tests.services.test_comparison import FIRST, LAST, answered


@pytest.fixture
def pair(tmp_path):
    """Morocco 2024 (baseline, with an action plan) and its follow-up 2026 answered as LAST."""
    ws = Workspace(open_database(tmp_path / "a.sqlite"), make_questionnaire())
    base = answered(ws, "Maroc 2024", "MA", FIRST, date(2024, 3, 1), {"V-01": "Loi 2019"})
    ws.add_action(base, "III.A-02", description="Décret d’application", deadline=date(2025, 1, 1))
    ws.add_action(base, "V-01", description="Formation des juges", status="done")
    new = followup.start_follow_up(ws, base, title="Maroc 2026")
    ws.update_assessment(new, assessment_date=date(2026, 3, 1), confidentiality="Interne")
    ws.set_answers(new, [(qid, {"value": v, "comment": "Loi abrogée en partie" if qid == "V-01" else ""})
                         for qid, v in LAST.items()])
    yield ws, base, new
    ws.close()


def test_the_workbook_has_a_sheet_per_view_with_the_numbers_colours_and_charts(pair, tmp_path):
    ws, base, new = pair
    out = export_comparison(ws, [base, new], "xlsx", "en", tmp_path / "c.xlsx")
    wb = load_workbook(out)
    assert wb.sheetnames == ["Overall", "Sections", "Changed answers", "Action plan progress"]
    o = wb["Overall"]
    rows = {o.cell(r, 1).value: r for r in range(7, 9)}
    r1, r2 = rows["Maroc 2024"], rows["Maroc 2026"]
    assert o.cell(r1, 6).value == pytest.approx(100 * (2 + 2.5 * 2 / 3 + 3) / 11.5)
    assert o.cell(r1, 5).value == pytest.approx(5 / 7) and o.cell(r1, 5).number_format == "0.0%"
    assert o.cell(r2, 6).value == pytest.approx(100 * (29 / 3) / 15)
    assert "▲ improved" in o.cell(9, 1).value and o.cell(9, 6).value == "+6.5 pts"
    texts = " ".join(str(c.value) for row in o.iter_rows() for c in row if c.value)
    assert "from Maroc 2024 to Maroc 2026" in texts
    assert len(o._charts) == 1
    s = wb["Sections"]
    assert [s.cell(r, 1).value for r in range(6, 10)] == ["III.A", "III.B", "V", None]
    assert s.cell(9, 2).value == "Overall score"
    # III.A: 33.3 % (initial band, filled) then 77.8 % (established); coverage beside each
    assert s.cell(6, 3).value == pytest.approx(100 / 3) and s.cell(6, 4).value == pytest.approx(1.0)
    assert s.cell(6, 5).value == pytest.approx(700 / 9)
    assert s.cell(6, 3).fill.fgColor.rgb.endswith(tint(BAND_COLOURS["initial"]))  # initial band, lightened
    assert tint("EF6C00") == "F8BD8C"
    assert s.cell(7, 3).fill.fgColor.rgb.endswith("D9D9D9")  # III.B first: provisional, grey
    assert s.cell(7, 7).value == pytest.approx(-25.0) and "regressed" in s.cell(7, 8).value
    assert len(s._charts) == 1 and len(s._charts[0].series) == 2
    ch = wb["Changed answers"]
    ids = [ch.cell(r, 1).value for r in range(4, 9)]
    assert ids == ["III.A-01", "III.A-02", "III.B-02", "V-01", "V-02"]
    assert (ch.cell(7, 3).value, ch.cell(7, 4).value, ch.cell(7, 5).value) == (
        "Fully in place", "Largely in place", "▼ regressed")
    assert ch.cell(7, 6).value == "Maroc 2024: Loi 2019\nMaroc 2026: Loi abrogée en partie"
    a = wb["Action plan progress"]
    assert [(a.cell(r, 1).value, a.cell(r, 2).value) for r in range(4, 8)] == [
        ("Done", 1), ("Late", 1), ("In progress", 0), ("Not started", 0)]
    assert len(a._charts) == 1
    assert o.oddHeader.center.text == "DRAFT · Interne"


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_the_workbook_in_french_and_arabic(pair, tmp_path, lang):
    ws, base, new = pair
    wb = load_workbook(export_comparison(ws, [base, new], "xlsx", lang, tmp_path / f"c-{lang}.xlsx"))
    first = wb.worksheets[0]
    assert first.sheet_view.rightToLeft is (lang == "ar")
    names = {"fr": ["Vue d’ensemble", "Sections", "Réponses modifiées", "Avancement du plan"],
             "ar": ["النظرة العامة", "الأقسام", "الإجابات المعدَّلة", "تقدّم خطة العمل"]}
    assert wb.sheetnames == names[lang]
    texts = " ".join(str(c.value) for w in wb.worksheets for row in w.iter_rows() for c in row if c.value)
    assert {"fr": "en progrès", "ar": "تحسّن"}[lang] in texts


def pdf_text(path) -> str:
    return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages).replace("\u00a0", " ").replace("\u202f", " ")


def test_the_pdf_progress_report_says_what_moved(pair, tmp_path):
    ws, base, new = pair
    out = export_comparison(ws, [base, new], "pdf", "en", tmp_path / "c.pdf")
    reader = PdfReader(out)
    assert len(reader.pages) >= 4 and reader.metadata.title == "Progress report"
    text = pdf_text(out)
    flat = " ".join(text.split())
    for words in ("What moved", "Sections improved: 1; regressed: 2", "Sections that regressed", "-25.0 pts".replace("-", "−"),
                  "Answers that changed", "III.A-02", "Loi abrogée en partie", "Action plan progress",
                  "Décret d’application", "Late", "Sections × assessments", "DRAFT · Interne"):
        assert words in flat, words
    outline = [o.title for o in reader.outline if not isinstance(o, list)]
    assert outline == ["What moved", "Sections × assessments", "Answers that changed", "Action plan progress"]


@pytest.mark.parametrize("lang, words", [("fr", ("Ce qui a bougé", "Sections en recul", "En retard")),
                                         ("ar", ()), ])
def test_the_pdf_in_french_and_arabic(pair, tmp_path, lang, words):
    ws, base, new = pair
    out = export_comparison(ws, [base, new], "pdf", lang, tmp_path / f"c-{lang}.pdf")
    text = pdf_text(out)
    for w in words:
        assert w in text, w
    if lang == "ar":
        assert PdfReader(out).metadata.title == "تقرير التقدّم"
        assert any("\u0600" <= ch <= "\u06ff" or "\ufe70" <= ch <= "\ufeff" for ch in text)


def test_fourteen_countries_side_by_side(tmp_path):
    """The regional reading: 14 assessments; the PDF matrix is split into tables of six columns."""
    ws = Workspace(open_database(tmp_path / "a.sqlite"), make_questionnaire())
    countries = ["BJ", "BF", "CI", "ET", "KE", "LB", "MG", "ML", "MA", "NE", "RW", "TZ", "TG", "UG"]
    ids = [answered(ws, f"Revue {c}", c, FIRST if k % 2 else LAST) for k, c in enumerate(countries)]
    report = comparison_report(ws, ids, "en")
    assert report.comparison.reading.value == "across_countries" and len(report.comparison.columns) == 14
    wb = load_workbook(export_comparison(ws, ids, "xlsx", "en", tmp_path / "c.xlsx"))
    assert len(wb["Sections"]._charts[0].series) == 14
    out = export_comparison(ws, ids, "pdf", "en", tmp_path / "c.pdf")
    text = pdf_text(out)
    assert "Across countries: 14 assessments side by side" in text and "Revue UG" in text
    assert "Action plan progress is given when a follow-up" in text
    ws.close()
