"""The ministry reader's third round on the printed comparison workbook (issue 17): pages that printed small or
70-80 % full, a question id touching its text in Arabic. Read back from the files written."""

from __future__ import annotations

import re
import zipfile

import pytest
from openpyxl import load_workbook

from app.domain.answers import AnswerValue
from app.domain.progress import State
from app.export.xlsx_compare import OPEN_WIDTHS, open_state_label
from app.export.xlsx_style import line_count, row_points
from app.services import followup
from app.services.exports import export_comparison
from app.services.workspace import Workspace
from app.storage import open_database
from tests.export.test_compare_reader_followups import three  # noqa: F401  (fixture)
from tests.export.test_compare_reports import pair  # noqa: F401  (fixture)

LANDSCAPE_CHARS = 140  # a landscape A4 page less half-inch margins, in characters of Arial 10 (5.25 pt)


@pytest.fixture
def carried(tmp_path):
    """A baseline answered as FIRST and its follow-up started from it, nothing confirmed yet."""
    from tests.factories import make_questionnaire
    from tests.services.test_comparison import FIRST, answered

    ws = Workspace(open_database(tmp_path / "f.sqlite"), make_questionnaire())
    base = answered(ws, "Maroc 2024", "MA", FIRST)
    new = followup.start_follow_up(ws, base, title="Maroc 2026")
    yield ws, base, new
    ws.close()


def test_the_workbook_s_default_font_is_the_one_its_cells_use(pair, tmp_path):  # noqa: F811
    """Column widths count digits of the workbook's default font. openpyxl's is Calibri 11: where it is
    missing LibreOffice takes DejaVu Sans, whose digit is a third wider, so every column printed a third wider
    than planned, the page was scaled down to fit, and the page breaks (set for 100 %) left pages 70-80 % full."""
    ws, base, new = pair
    out = export_comparison(ws, [base, new], "xlsx", "ar", tmp_path / "c.xlsx")
    styles = zipfile.ZipFile(out).read("xl/styles.xml").decode()
    first_font = styles.split("<fonts", 1)[1].split("</font>", 1)[0]
    assert 'val="Arial"' in first_font and 'val="10"' in first_font
    assert load_workbook(out)._fonts[0].name == "Arial"


def test_the_overall_sheet_prints_landscape_about_its_own_width(pair, three, tmp_path):  # noqa: F811
    """It was portrait and 148-182 characters wide, fitted to a 100-character page: printed at half size."""
    for (ws, ids), name in (((pair[0], [pair[1], pair[2]]), "time"), (three, "countries")):
        o = load_workbook(export_comparison(ws, ids, "xlsx", "en", tmp_path / f"{name}.xlsx")).worksheets[0]
        assert o.page_setup.orientation == "landscape"
        last = o.max_column
        width = sum(o.column_dimensions[chr(64 + k)].width for k in range(1, last + 1))
        assert width <= LANDSCAPE_CHARS * 1.15, (name, width)  # printed at 87 % or more


def test_a_question_id_is_centred_away_from_its_text(pair, carried, tmp_path):  # noqa: F811
    """In the Arabic workbook the id (Latin, so aligned left) touched the question's text, aligned right in the
    next column on its left."""
    ws, base, new = pair
    wb = load_workbook(export_comparison(ws, [base, new], "xlsx", "ar", tmp_path / "c.xlsx"))
    changed = wb.worksheets[2]
    ws, base, new = carried
    still = load_workbook(export_comparison(ws, [base, new], "xlsx", "ar", tmp_path / "o.xlsx")).worksheets[3]
    assert changed.cell(4, 1).value == "III.A-01" and changed.cell(4, 1).alignment.horizontal == "center"
    ids = [r for r in range(4, still.max_row + 1) if still.cell(r, 3).value]
    assert ids and all(still.cell(r, 3).alignment.horizontal == "center" for r in ids)
    width = sum(changed.column_dimensions[chr(64 + k)].width for k in range(1, changed.max_column + 1))
    assert width <= LANDSCAPE_CHARS * 1.15  # two assessments' changes at 85 % or more (was 204: 53 %)


def test_a_still_open_row_is_as_tall_as_its_wrapped_reason(carried, tmp_path):
    """The reason ('carried over from the previous review, to confirm') wraps in its column in Arabic; the row
    was as tall as the question's text alone, and the reason's second line was cut."""
    ws, base, new = carried
    wb = load_workbook(export_comparison(ws, [base, new], "xlsx", "ar", tmp_path / "c.xlsx"))
    still = wb.worksheets[3]
    reason = open_state_label(State.CARRIED_OVER, "ar")
    need = row_points(line_count(reason, OPEN_WIDTHS[1], "ar"), "ar")
    assert line_count(reason, OPEN_WIDTHS[1], "ar") >= 2
    rows = [r for r in range(4, still.max_row + 1) if still.cell(r, 2).value == reason]
    assert rows and all(still.row_dimensions[r].height >= need for r in rows)


def test_a_percent_in_an_arabic_comment_reads_as_the_report_s_own_figures(tmp_path):
    """The reports print a figure "47.6%" in Arabic (strings.figure: the sign right of the digits); a comment's
    "أن 60% من" came out "%60" (drawn sign first), and at a line's end after wrapping too."""
    from reportlab.pdfbase import pdfmetrics

    from app.export.pdf_shape import LogicalFont
    from app.export.pdf_text import FONT, display, register_fonts
    from app.export.strings import fmt_pct
    from app.export.xlsx_compare import comment_of, percents_as_figures

    register_fonts()
    font = pdfmetrics.getFont(FONT)
    assert isinstance(font, LogicalFont)

    def drawn(text: str) -> str:  # display order, each glyph as the text it stands for
        return "".join(font.to_unicode(ord(c)) for c in str(display(text, FONT, "R")))

    for comment in ("أكد التقرير أن 60% من المحافظات", "أكد التقرير أن 60%", "طبقت 12.5 % منها"):
        line = comment_of("Review 2024", comment, "ar")
        shown = drawn(line)
        digits = shown.index("60" if "60" in comment else "12.5")
        assert shown.index("%", digits) > digits, shown  # the sign right of the digits, as the scores
    assert drawn(fmt_pct(47.6, "ar")).replace("\u200e", "") == "47.6%"
    assert percents_as_figures("60% et 1,5 % puis 2024") == "\u200e60%\u200e et \u200e1,5 %\u200e puis 2024"
    assert comment_of("Maroc 2024", "à 60 %", "fr").endswith("à 60 %")  # French and English untouched


def test_the_sections_chart_of_14_countries_prints_on_one_page(tmp_path):
    """The ministry reader: with 14 countries the Sections chart (0.28 cm a bar, 20 sections x 14) was 81 cm
    tall; the sheet fit to a landscape page's width prints at about a quarter, and the chart ran over two
    pages. Its height is now held to what its page holds under the repeated header rows and its heading."""
    from datetime import date

    from app.definitions import load_questionnaire
    from app.domain.answers import Answer
    from app.domain.comparison import ComparisonReport, build
    from app.domain.report import AssessmentInfo
    from app.export.xlsx_compare import write_comparison_xlsx
    from tests.conftest import SHIPPED

    q = load_questionnaire(SHIPPED)
    values = [AnswerValue.FULLY, AnswerValue.LARGELY, AnswerValue.PARTIALLY, AnswerValue.NOT]
    infos, answers = [], {}
    for k, code in enumerate(["BJ", "BF", "CI", "ET", "KE", "LB", "MG", "ML", "MA", "NE", "RW", "TZ", "TG", "UG"], 1):
        infos.append(AssessmentInfo(k, f"Review {code} 2026", code, code, date(2026, 1, 1), questionnaire_id=q.id,
                                    questionnaire_version=q.version, questionnaire_hash=q.content_hash))
        answers[k] = {x.id: Answer(x.id, values[(i + k) % 4]) for i, x in enumerate(q.questions())}
    path = write_comparison_xlsx(ComparisonReport("en", build(q, infos, answers), "1.0"), tmp_path / "c.xlsx")
    sheet = load_workbook(path).worksheets[1]
    heading = max(b.id for b in sheet.row_breaks.brk) + 1  # the chart's heading starts its page
    width = sum(d.width for d in sheet.column_dimensions.values() if d.width)
    assert min(1.0, LANDSCAPE_CHARS / width) < 0.3  # fit to the width it would print small: the case the reader saw
    # the sheet prints at its own scale over several pages wide (not fit to a page's width: unreadable)
    assert not sheet.sheet_properties.pageSetUpPr.fitToPage
    scale = sheet.page_setup.scale / 100
    with zipfile.ZipFile(path) as z:
        drawings = [z.read(n).decode() for n in z.namelist() if n.startswith("xl/drawings/drawing")]
    heights = [int(cy) / 360000 for d in drawings for cy in re.findall(r'<(?:xdr:)?ext cx="\d+" cy="(\d+)"', d)]
    chart_cm = max(heights)  # the sections chart, the tallest
    above = sum(sheet.row_dimensions[r].height or 15 for r in (4, 5, heading))  # header rows repeated, heading
    page = 595 - 2 * 72  # landscape A4 less its top and bottom margins, in points
    assert (chart_cm * 72 / 2.54 + above) * scale <= page
    # still one bar a section and country: not squeezed more than the page needs (printed over 10 cm tall)
    assert chart_cm * scale > 10


def _shipped_comparison(tmp_path, n: int, lang: str):
    from datetime import date

    from app.definitions import load_questionnaire
    from app.domain.answers import Answer
    from app.domain.comparison import ComparisonReport, build
    from app.domain.report import AssessmentInfo
    from app.export.xlsx_compare import write_comparison_xlsx
    from tests.conftest import SHIPPED

    q = load_questionnaire(SHIPPED)
    values = [AnswerValue.FULLY, AnswerValue.LARGELY, AnswerValue.PARTIALLY, AnswerValue.NOT, AnswerValue.DONT_KNOW]
    infos, answers = [], {}
    for k in range(1, n + 1):
        infos.append(AssessmentInfo(k, f"Examen de référence OPSC 2024 — pays {k}", "MA", "MA", date(2026, 1, k),
                                    questionnaire_id=q.id, questionnaire_version=q.version,
                                    questionnaire_hash=q.content_hash))
        answers[k] = {x.id: Answer(x.id, values[(i + k) % 5]) for i, x in enumerate(q.questions())}
    return write_comparison_xlsx(ComparisonReport(lang, build(q, infos, answers), "1.0"), tmp_path / f"c{n}{lang}.xlsx")


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
@pytest.mark.parametrize("n", [2, 4, 14])
def test_the_sections_matrix_never_leaves_a_stray_row_on_a_page(tmp_path, lang, n):
    """The ministry reader: a pair's Sections sheet printed its last row (X) and 'Overall score' alone on a page,
    then the chart alone on the next under an empty header band. The matrix is broken by hand: each printed page
    holds what a landscape page holds at the sheet's scale, and never fewer than 3 of its rows."""
    sheet = load_workbook(_shipped_comparison(tmp_path, n, lang)).worksheets[1]
    scale = (sheet.page_setup.scale / 100 if not sheet.sheet_properties.pageSetUpPr.fitToPage
             else min(1.0, LANDSCAPE_CHARS / sum(d.width for d in sheet.column_dimensions.values() if d.width)))
    page = (595 - 2 * 72) / scale
    last = max(r for r in range(6, sheet.max_row + 1) if sheet.cell(r, 2).value)  # the Overall score row
    breaks = sorted(b.id for b in sheet.row_breaks.brk)
    matrix_breaks = [b for b in breaks if b < last]
    starts = [6, *[b + 1 for b in matrix_breaks]]
    ends = [*matrix_breaks, last]
    height = {r: sheet.row_dimensions[r].height or 15.0 for r in range(1, last + 1)}
    for k, (a, b) in enumerate(zip(starts, ends, strict=True)):
        assert b - a + 1 >= 3, (a, b)  # no stray row or two on a page
        top = sum(height[r] for r in range(1, 6)) if k == 0 else height[4] + height[5]
        assert top + sum(height[r] for r in range(a, b + 1)) <= page, (a, b)
    if n == 2:  # a pair's 20 rows do not fit one page (the reader's case): broken by hand, before the chart's
        assert matrix_breaks
