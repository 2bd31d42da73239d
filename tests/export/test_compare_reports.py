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
    assert wb.sheetnames == ["Overall", "Sections", "Changed answers", "Still not answered", "Action plan progress"]
    o = wb["Overall"]
    rows = {o.cell(r, 1).value: r for r in range(7, 9)}
    r1, r2 = rows["Maroc 2024"], rows["Maroc 2026"]
    assert o.cell(r1, 6).value == pytest.approx(100 * (2 + 2.5 * 2 / 3 + 3) / 11.5)
    assert o.cell(r1, 5).value == pytest.approx(5 / 7) and o.cell(r1, 5).number_format == "0.0%"
    assert o.cell(r2, 6).value == pytest.approx(100 * (29 / 3) / 15)
    assert "▲ improved" in o.cell(9, 1).value  # the change a number in points, its sign and unit in its format
    assert o.cell(9, 6).value == pytest.approx(6.4734, abs=1e-3) and o.cell(9, 6).number_format.startswith('+0.0" pts')
    texts = " ".join(str(c.value) for row in o.iter_rows() for c in row if c.value)
    assert "from “Maroc 2024” to “Maroc 2026”" in texts
    assert len(o._charts) == 1
    s = wb["Sections"]
    assert [s.cell(r, 1).value for r in range(6, 10)] == ["III.A", "III.B", "V", None]
    assert s.cell(9, 2).value == "Overall score"
    # each assessment: score, conservative score, coverage (issue 17: all three per section and overall)
    assert [s.cell(5, k).value for k in range(3, 9)] == ["Score", "Conservative score", "Coverage"] * 2
    # III.A: 33.3 % (initial band, filled), conservative the same, coverage 1; then 77.8 % (established)
    assert (s.cell(6, 3).value, s.cell(6, 4).value, s.cell(6, 5).value) == pytest.approx((100 / 3, 100 / 3, 1.0))
    assert s.cell(6, 6).value == pytest.approx(700 / 9)
    assert s.cell(6, 3).fill.fgColor.rgb.endswith(tint(BAND_COLOURS["initial"]))  # initial band, lightened
    assert tint("EF6C00") == "F8BD8C"
    assert s.cell(7, 3).fill.fgColor.rgb.endswith("D9D9D9")  # III.B first: provisional, grey
    # III.B first: conservative 1.667 / 4 = 41.67 %, coverage 1/2; V last: conservative 3.333 / 5 = 66.67 %
    assert (s.cell(7, 4).value, s.cell(7, 5).value) == pytest.approx((100 * (2.5 * 2 / 3) / 4, 0.5))
    assert s.cell(8, 7).value == pytest.approx(200 / 3)
    assert s.cell(9, 4).value == pytest.approx(100 * (20 / 3) / 15)  # overall conservative, first
    assert s.cell(7, 9).value == pytest.approx(-25.0) and "regressed" not in s.cell(7, 10).value
    # III.B's first side covers half its questions: the regression is marked provisional, not plain red
    assert s.cell(7, 10).value == "provisional, no verdict yet: coverage under two thirds"
    assert s.cell(7, 10).fill.fgColor.rgb.endswith("EDEDED")
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
    names = {"fr": ["Vue d’ensemble", "Sections", "Réponses modifiées", "Toujours sans réponse",
                   "Avancement du plan d’action"],
             "ar": ["النظرة العامة", "الأقسام", "الإجابات المعدَّلة", "ما زال بلا إجابة", "تقدّم خطة العمل"]}
    assert wb.sheetnames == names[lang]
    texts = " ".join(str(c.value) for w in wb.worksheets for row in w.iter_rows() for c in row if c.value)
    assert {"fr": "en progrès", "ar": "تحسّن"}[lang] in texts


def pdf_text(path) -> str:
    return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages).replace("\u00a0", " ").replace("\u202f", " ")


def test_the_pdf_progress_report_says_what_moved(pair, tmp_path):
    ws, base, new = pair
    out = export_comparison(ws, [base, new], "pdf", "en", tmp_path / "c.pdf")
    reader = PdfReader(out)
    assert len(reader.pages) >= 3 and reader.metadata.title == "Progress report"
    text = pdf_text(out)
    flat = " ".join(text.split())
    for words in ("What moved", "Sections improved: 1; regressed: 0", "Sections with a provisional change", "-25.0 pts".replace("-", "−"),
                  "Answers that changed", "III.A-02", "Loi abrogée en partie", "Action plan progress",
                  "Décret d’application", "Late", "Sections × assessments", "DRAFT · Interne"):
        assert words in flat, words
    outline = [o.title for o in reader.outline if not isinstance(o, list)]
    assert outline == ["What moved", "Sections × assessments", "Answers that changed", "Action plan progress"]


@pytest.mark.parametrize("lang, words", [("fr", ("Ce qui a bougé", "Sections à l’évolution provisoire", "En retard")),
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


# ---- the reader's review (issue 17 follow-up): reading, provisional marks, conservative scores, codes ------

import re  # noqa: E402
import subprocess  # noqa: E402

from app.export.strings import LRM, fmt_pct, fmt_signed  # noqa: E402


def _cells_of(w) -> list[str]:
    return [str(c.value) for row in w.iter_rows() for c in row if isinstance(c.value, str)]


def _cells(wb) -> list[str]:
    return [str(c.value) for w in wb.worksheets for row in w.iter_rows() for c in row if isinstance(c.value, str)]


@pytest.fixture
def provisional_pair(tmp_path):
    """Morocco 2024 and its follow-up 2026 in which only two answers were confirmed (changed): the others are
    still carried over, to confirm, so they count as unanswered."""
    ws = Workspace(open_database(tmp_path / "p.sqlite"), make_questionnaire())
    base = answered(ws, "Maroc 2024", "MA", FIRST, date(2024, 3, 1))
    new = followup.start_follow_up(ws, base, title="Maroc 2026")
    ws.update_assessment(new, assessment_date=date(2026, 3, 1))
    ws.set_answers(new, [("III.A-01", {"value": "fully"}), ("III.A-02", {"value": "na", "na_reason": "Pas de décret"})])
    yield ws, base, new
    ws.close()


def test_a_provisional_follow_up_marks_its_movements_provisional(provisional_pair, tmp_path):
    ws, base, new = provisional_pair
    c = comparison_report(ws, [base, new], "en").comparison
    # carried over: III.A-03, III.B-01, III.B-02, V-01 (4); the follow-up's overall coverage is 1/6 (A-01 only)
    assert c.overall.figures[new].carried_over == 4 and c.overall.change.to_confirm == 4
    assert c.overall.change.provisional and c.overall.figures[new].coverage == pytest.approx(1 / 6)
    wb = load_workbook(export_comparison(ws, [base, new], "xlsx", "en", tmp_path / "p.xlsx"))
    # a provisional change is no verdict: no arrow, no improved/regressed word, but why (issue 17 reader)
    headline = wb.worksheets[0].cell(9, 1).value
    assert headline == "Change: provisional, no verdict yet: 4 answers still to confirm"
    out = export_comparison(ws, [base, new], "pdf", "en", tmp_path / "p.pdf")
    flat = " ".join(pdf_text(out).split())
    assert "Change: provisional, no verdict yet: 4 answers still to confirm" in flat
    for shown in (headline, flat[:flat.index("Sections improved")]):
        assert not any(w in shown for w in ("▲", "▼", "improved", "regressed", "unchanged"))
    assert "Sections improved: 0; regressed: 0; did not move: 0" in flat
    assert "Provisional, no verdict yet: 1 section," in flat
    assert "Sections with a provisional change (no verdict yet)" in flat
    assert "Sections that improved" not in flat and "Sections that regressed" not in flat
    # still open in the follow-up, apart: 4 carried over, none don't know, 1 never answered (V-02)
    groups = c.still_open_by_state()
    assert [len(v) for v in groups.values()] == [4, 0, 0, 1]
    assert "5 questions: 4 carried over and still to confirm, 0 answered “Don’t know”, 0 “not applicable” without" \
        in flat
    assert "Carried over, still to confirm (4)" in flat and "Never answered (1)" in flat
    # the workbook: a sheet of their own, one row per question with why it is open (issue 17 reader)
    assert "Still not answered" not in " ".join(_cells_of(wb["Changed answers"]))
    o = wb["Still not answered"]
    rows = [(o.cell(r, 2).value, o.cell(r, 3).value) for r in range(5, o.max_row + 1)]
    assert rows == [("Carried over, to confirm", q) for q in ("III.A-03", "III.B-01", "III.B-02", "V-01")] + [
        ("Never answered", "V-02")]
    assert o.print_title_rows == "$3:$3"
    # the reason given for "not applicable" is in both reports' changed answers
    ch = wb["Changed answers"]
    row = next(r for r in range(4, 20) if ch.cell(r, 1).value == "III.A-02")
    assert ch.cell(row, 7).value == "Maroc 2026: Pas de décret"
    assert "Maroc 2026: not applicable: Pas de décret" in flat


def test_the_conservative_score_is_in_the_pdf_matrix(pair, tmp_path):
    ws, base, new = pair
    out = export_comparison(ws, [base, new], "pdf", "en", tmp_path / "c.pdf")
    pages = [p.extract_text() or "" for p in PdfReader(out).pages]
    start = next(i for i, t in enumerate(pages) if "Sections × assessments" in t)
    # the matrix goes on under the section lists, over two pages (two rows a side)
    page = (pages[start] + "\n" + pages[start + 1]).split("Sections × assessments", 1)[1]
    page = page.split("Answers that changed", 1)[0]
    flat = " ".join(page.replace("\u00a0", " ").split())
    # each row: score, conservative score and coverage of each assessment, level with their labels
    assert flat.count("Score Conservative Coverage") == 4  # three sections and overall
    # III.B first: 66.7 % provisional, conservative 1.667 / 4 = 41.7 %, coverage 50 %; last 41.7 %, 41.7 %, 100 %
    assert "66.7% 41.7% 50.0% provisional 41.7% 41.7% 100.0%" in flat
    # overall first: 58.0 %, conservative 6.667 / 15 = 44.4 %, coverage 5/7 = 71.4 %
    assert "58.0% 44.4% 71.4%" in flat


def report_json(ws, ids) -> dict:
    return comparison_report(ws, ids, "en").comparison.as_json()


def test_across_countries_is_a_neutral_difference_with_every_country_coded(tmp_path):
    ws = Workspace(open_database(tmp_path / "a.sqlite"), make_questionnaire())
    countries = ["BJ", "BF", "CI", "ET", "KE", "LB", "MG", "ML", "MA", "NE", "RW", "TZ", "TG", "UG"]
    ids = [answered(ws, f"Revue {c}", c, FIRST if k % 2 else LAST, comments={"V-01": "Loi"} if k == 3 else None)
           for k, c in enumerate(countries)]
    ws.set_answer(ids[4], "III.A-03", value="na", na_reason="Sans objet au Kenya")
    wb = load_workbook(export_comparison(ws, ids, "xlsx", "en", tmp_path / "c.xlsx"))
    texts = " ".join(_cells(wb))
    for word in ("improved", "regressed", "▲", "▼", "Progress report"):
        assert word not in texts, word
    assert wb["Overall"].cell(6, 8).value == "Difference vs. Revue BJ"
    difference = wb["Overall"].cell(8, 8)  # a number with a short format; its words in the next cell
    assert isinstance(difference.value, float) and difference.number_format == '+0.0" pts";"\u2212"0.0" pts";0.0" pts"'
    assert isinstance(wb["Overall"].cell(8, 9).value, str) and wb["Overall"].cell(8, 9).value.strip()
    assert "H6:I6" in {str(r) for r in wb["Overall"].merged_cells.ranges}
    for sheet in wb.worksheets:  # no long number format anywhere: Excel shows ### when a format outgrows its column
        for cells in sheet.iter_rows():
            for cell in cells:
                assert len(cell.number_format) <= 40, (sheet.title, cell.coordinate, cell.number_format)
    assert wb["Sections"].cell(4, 3 + 3 * 14).value == "Spread"
    assert "Highest: " in texts and "Lowest: " in texts
    out = export_comparison(ws, ids, "pdf", "en", tmp_path / "c.pdf")
    reader = PdfReader(out)
    flat = " ".join(pdf_text(out).split())
    for word in ("improved", "regressed", "▲", "▼", "What moved"):
        assert word not in flat, word
    assert "How the assessments differ" in flat and "Highest and lowest score by section" in flat
    assert "A change is the last" not in flat and "read the coverage before comparing" in flat
    assert report_json(ws, ids)["reading"] == "across_countries"
    assert "Difference vs. Revue BJ" in flat
    # the changed answers: one column per country (its code), answers as codes with a legend, landscape
    assert "The answers as codes 3 Fully in place" in flat
    # the table's head (its columns' keys) on the first page of the table, after the legend
    start = next(i for i, p in enumerate(reader.pages) if "Answers that changed" in (p.extract_text() or ""))
    changed_page = next(p for p in reader.pages[start:]
                        if " ".join(countries) in " ".join((p.extract_text() or "").split()))
    assert float(changed_page.mediabox.width) > float(changed_page.mediabox.height)
    assert "KE: Sans objet au Kenya" in flat and "✎" in flat  # a reason shown; a comment flagged
    assert len(reader.pages) <= 16
    ws.close()


def test_arabic_figures_keep_their_sign_and_percent_in_place(pair, tmp_path):
    assert fmt_pct(80.0, "ar") == LRM + "80.0%" and fmt_signed(-5.0, "ar") == LRM + "−5.0"
    assert fmt_signed(5.0, "en") == "+5.0" and fmt_signed(0.01, "en") == "±0.0" and fmt_pct(80.0, "fr") == "80,0\u202f%"
    ws, base, new = pair
    out = export_comparison(ws, [base, new], "pdf", "ar", tmp_path / "c.pdf")
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    # without the mark, a percent after Arabic letters is drawn before its number ("%80.0") and a sign after
    # it ("6.5+"): pdftotext reads the drawn order back so
    assert re.search(r"%\d", text) is None and re.search(r"\d[+−]", text) is None
    assert LRM + "+6.5" in text and LRM + "−25.0" in text


def test_french_colons_have_their_space(pair, tmp_path):
    ws, base, new = pair
    wb = load_workbook(export_comparison(ws, [base, new], "xlsx", "fr", tmp_path / "c.xlsx"))
    bad = [t for t in _cells(wb) if re.search(r"[^\s\u00a0\u202f]:\s", t)]
    assert bad == []
    assert any(t.startswith("Évolution\u00a0: ") for t in _cells(wb))
    assert "Maroc 2024\u00a0: Loi 2019\nMaroc 2026\u00a0: Loi abrogée en partie" in _cells(wb)
    text = "\n".join(p.extract_text() or "" for p in PdfReader(export_comparison(ws, [base, new], "pdf", "fr",
                                                                                  tmp_path / "c.pdf")).pages)
    assert "Évolution : " in " ".join(pdf_text(tmp_path / "c.pdf").split()) and re.search(r"[^\s\u00a0\u202f]:\s", text) is None


def test_workbook_titles_are_wrapped_and_charts_start_a_page_under_their_heading(pair, tmp_path):
    ws, base, new = pair
    wb = load_workbook(export_comparison(ws, [base, new], "xlsx", "en", tmp_path / "c.xlsx"))
    for name, heading_text in (("Overall", "Overall score and conservative score by assessment (%)"),
                               ("Sections", "Score by section and assessment (%)")):
        sheet = wb[name]
        assert any(str(r).startswith("A1:") for r in sheet.merged_cells.ranges)
        assert sheet.cell(1, 1).alignment.wrap_text
        row = next(r for r in range(1, sheet.max_row + 1) if sheet.cell(r, 1).value == heading_text)
        assert row - 1 in [b.id for b in sheet.row_breaks.brk]  # the heading starts a printed page
        assert sheet._charts[0].anchor._from.row == row  # 0-based: the row right under the heading


def test_a_changed_answer_cut_over_two_pages_repeats_its_question_id_with_cont(tmp_path):
    """A comment longer than a page: the row of III.A-01 is cut, and its second half says whose it is."""
    ws = Workspace(open_database(tmp_path / "a.sqlite"), make_questionnaire())
    long = " ".join(f"Observation {k} du comité de pilotage sur la mise en œuvre de la loi." for k in range(160))
    a = answered(ws, "Maroc 2024", "MA", FIRST, date(2024, 3, 1))
    b = answered(ws, "Maroc 2026", "MA", LAST, date(2026, 3, 1), {"III.A-01": long})
    out = export_comparison(ws, [a, b], "pdf", "en", tmp_path / "c.pdf")
    pages = [" ".join(p.extract_text().split()) for p in PdfReader(out).pages]
    cut = [k for k, text in enumerate(pages) if "Observation 159" in text]
    assert cut and "Observation 0 " not in pages[cut[0]], "the comment should run over two pages"
    assert "III.A-01 (cont.)" in pages[cut[0]]
    ws.close()
