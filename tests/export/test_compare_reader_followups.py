"""The outside ministry reader's remaining findings on the comparison reports (issue 17, second review):
signed numbers in Arabic, cells holding comments of both directions, and the rest, read back from the files."""

from __future__ import annotations

import pytest
from openpyxl import Workbook, load_workbook

from app.export.xlsx_compare import points_format
from app.export.xlsx_style import LRE, PDF, RLE, add_styles, put
from app.services.exports import export_comparison
from app.services.workspace import Workspace
from app.storage import open_database
from tests.export.test_compare_reports import pair, pdf_text  # noqa: F401  (fixture)

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


# ---- still not answered: every assessment's, on a sheet of its own, no row alone on a page -------------

@pytest.fixture
def three(tmp_path):
    from tests.factories import make_questionnaire
    from tests.services.test_comparison import FIRST, LAST, answered

    ws = Workspace(open_database(tmp_path / "t.sqlite"), make_questionnaire())
    a = answered(ws, "Maroc", "MA", FIRST)
    b = answered(ws, "Bénin", "BJ", LAST)
    k = ws.create_assessment("Kenya", "KE")
    ws.set_answer(k, "III.A-01", value="largely")
    ws.set_answer(k, "III.A-03", value="na", na_reason="no such technology")
    yield ws, [a, b, k]
    ws.close()


def test_across_countries_each_assessment_says_what_it_has_not_answered(three, tmp_path):
    """The reader found only the last country's gaps: Morocco's don't-know (III.B-02) and unanswered V-02 were
    missing. Morocco: III.B-02 don't know, V-02 never answered; Bénin: all answered; Kenya: 5 never answered."""
    ws, ids = three
    wb = load_workbook(export_comparison(ws, ids, "xlsx", "en", tmp_path / "t.xlsx"))
    o = wb["Still not answered"]
    assert o.cell(1, 1).value == "Still not answered, assessment by assessment"
    rows = [tuple(o.cell(r, k).value for k in (1, 2, 3)) for r in range(4, o.max_row + 1)]
    assert rows == [
        ("Maroc: 2 questions: 0 carried over and still to confirm, 1 answered “Don’t know”, 0 “not applicable” "
         "without a reason yet, 1 never answered.", None, None),
        ("Maroc", "Answered “Don’t know”", "III.B-02"), ("Maroc", "Never answered", "V-02"),
        ("Bénin: Every applicable question is answered.", None, None),
        ("Kenya: 5 questions: 0 carried over and still to confirm, 0 answered “Don’t know”, 0 “not applicable” "
         "without a reason yet, 5 never answered.", None, None),
        *[("Kenya", "Never answered", q) for q in ("III.A-02", "III.B-01", "III.B-02", "V-01", "V-02")]]
    flat = " ".join(pdf_text(export_comparison(ws, ids, "pdf", "en", tmp_path / "t.pdf")).split())
    for title in ("Maroc", "Kenya"):
        assert f"Still not answered in “{title}”" in flat
    # those with nothing open in one sentence, not a heading each (fourteen filled a page)
    assert "Every applicable question is answered in: Bénin." in flat and "in “Bénin”" not in flat
    assert "Answered “Don’t know” (1) III.B-02" in flat and "Never answered (5) III.A-02, III.B-01, III.B-02" in flat


def test_the_unanswered_list_leaves_no_row_alone_on_a_printed_page(tmp_path):
    """The shipped questionnaire: one assessment answered nowhere (242 rows), one with one answer. Every page
    break the sheet sets leaves at least WIDOW rows of a list together, and never a counts line alone at a
    page's foot; every printed page (by the row heights written) fits."""
    from app import paths
    from app.definitions.loader import load_questionnaire
    from app.export.xlsx_compare import PAGE_ROOM, WIDOW

    q = load_questionnaire(paths.default_questionnaire_dir())
    ws = Workspace(open_database(tmp_path / "s.sqlite"), q)
    a = ws.create_assessment("Liban", "LB")
    b = ws.create_assessment("Tunisie", "TN")
    ws.set_answer(b, q.questions()[0].id, value="fully")
    wb = load_workbook(export_comparison(ws, [a, b], "xlsx", "en", tmp_path / "s.xlsx"))
    ws.close()
    o = wb["Still not answered"]
    breaks = [br.id for br in o.row_breaks.brk]
    assert len(breaks) >= 10
    summaries = [r for r in range(4, o.max_row + 1) if o.cell(r, 2).value is None]
    assert len(summaries) == 2
    ends = [*breaks, o.max_row]
    for before, after in zip([3, *breaks], ends, strict=True):
        page = range(before + 1, after + 1)
        assert sum(o.row_dimensions[r].height for r in page) <= PAGE_ROOM
        assert after not in summaries  # a counts line is never the last row of a page
        block_end = next((s - 1 for s in summaries if s > before + 1), o.max_row)
        if after >= block_end:  # the page ending a list holds at least WIDOW of its rows
            assert len([r for r in page if r not in summaries]) >= WIDOW


def test_the_overall_chart_reads_its_titles_level(three, tmp_path):
    """Fourteen long titles as 45-degree column labels ran out of the chart's frame (LibreOffice render): the
    bars are horizontal, the titles level beside them, the chart as tall as the assessments need."""
    ws, ids = three
    o = load_workbook(export_comparison(ws, ids, "xlsx", "en", tmp_path / "t.xlsx"))["Overall"]
    chart = o._charts[0]
    assert chart.type == "bar" and chart.x_axis.scaling.orientation == "maxMin"
    assert chart.height >= 0.85 * len(ids) + 3


def test_the_conservative_bar_is_apart_from_every_band_colour():
    """The ICMEC chart's red band ("minimal") had the conservative bar's very red: now near black, apart from
    every band in colour and in greyscale print (luminance at least a fifth of the scale apart)."""
    from app.export.common import BAND_COLOURS
    from app.export.pdf_charts import CONSERVATIVE_COLOUR

    def grey(rgb: tuple[float, float, float]) -> float:
        return 0.299 * rgb[0] + 0.587 * rgb[1] + 0.114 * rgb[2]

    mine = CONSERVATIVE_COLOUR.rgb()
    for hex_rgb in BAND_COLOURS.values():
        band = tuple(int(hex_rgb[i:i + 2], 16) / 255 for i in (0, 2, 4))
        assert abs(grey(band) - grey(mine)) >= 0.2, hex_rgb


# ---- PDF: each comment and each legend item in its own direction ---------------------------------------

def _layout(lang: str):
    from app.export.pdf_layout import Layout
    from app.export.pdf_text import register_fonts

    register_fonts()
    return Layout(lang, lang == "ar", 480.0)


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_each_comment_of_a_pdf_cell_reads_in_its_own_direction(pair, lang):  # noqa: F811
    """An Arabic comment after a French one was laid out left to right with it (and a label's colon jumped):
    each assessment's comment is a paragraph of its own, read and aligned in its own direction."""
    from reportlab.lib.enums import TA_LEFT, TA_RIGHT

    from app.export.pdf_compare import _full_table
    from app.services.comparison import comparison_report

    ws, base, new = pair
    ws.set_answers(base, [("V-01", {"value": "fully", "comment": "Loi de 2019."})])
    ws.set_answers(new, [("V-01", {"value": "largely", "comment": "القانون أُلغي جزئياً."})])
    c = comparison_report(ws, [base, new], lang).comparison
    table = _full_table(c, _layout(lang))
    r = 1 + [x.question_id for x in c.changed].index("V-01")
    row = table._cellvalues[r]
    cell = row[0 if lang == "ar" else -1]  # the comments' column, mirrored in Arabic
    pieces = cell.pieces
    assert [p.direction for p in pieces] == ["L", "R"]
    assert [p.style.alignment for p in pieces] == [TA_LEFT, TA_RIGHT]
    assert "Loi de 2019." in pieces[0].text and "القانون" in pieces[1].text


def test_the_arabic_codes_legend_gives_each_item_a_cell_of_its_own():
    """The Arabic legend was one sentence mixing 3/2/1/0 ? – * ✎ with Arabic words, scrambled by the bidi
    algorithm: each code and each meaning is now a cell (paragraph) of its own."""
    from app.domain.answers import ANSWER_LABELS, AnswerValue
    from app.export.pdf_compare import codes_legend
    from app.export.pdf_text import TextFlow

    flows = codes_legend(_three_countries(), _layout("ar"))
    table = flows[0]._content[1]
    cells = [cell for row in table._cellvalues for cell in row]
    texts = [cell.pieces[0].text for cell in cells if isinstance(cell, TextFlow) and cell.pieces]
    for code in ("3", "2", "1", "0", "?", "–", "*", "✎", "لا ينطبق"):
        assert code in texts, code  # the code alone in its cell
    for v in (AnswerValue.FULLY, AnswerValue.DONT_KNOW, AnswerValue.NA):
        assert ANSWER_LABELS[v]["ar"] in texts


def _three_countries():
    from datetime import date

    from app.domain.answers import Answer, AnswerValue
    from app.domain.comparison import build
    from app.domain.report import AssessmentInfo
    from tests.factories import make_questionnaire

    q = make_questionnaire()
    infos = [AssessmentInfo(k, f"Revue {cc}", cc, cc, date(2026, 1, k), questionnaire_id=q.id,
                            questionnaire_version=q.version, questionnaire_hash=q.content_hash)
             for k, cc in enumerate(("MA", "TN", "LB", "SN"), start=1)]
    values = [AnswerValue.FULLY, AnswerValue.NOT, AnswerValue.NA, AnswerValue.DONT_KNOW]
    answers = {i.id: {x.id: Answer(x.id, values[(i.id + n) % 4], na_reason="—") for n, x in enumerate(q.questions())}
               for i in infos}
    return build(q, infos, answers)


def test_no_comparison_page_holds_only_a_table_s_last_two_rows(tmp_path):
    """Four countries on the shipped questionnaire (landscape pages): the matrix's last rows went alone on a
    page (2-3 rows) before a page break. Every page of the matrix now holds at least three of its rows, and
    the changed answers start on the matrix's last page when a good part of it is left."""
    from pypdf import PdfReader

    from app import paths
    from app.definitions.loader import load_questionnaire
    from app.domain.answers import SCALE_ORDER, AnswerValue

    q = load_questionnaire(paths.default_questionnaire_dir())
    ws = Workspace(open_database(tmp_path / "m.sqlite"), q)
    scale = [v for v in SCALE_ORDER if v is not AnswerValue.DONT_KNOW]
    ids = []
    for k, cc in enumerate(("MA", "LB", "TN", "SN"), start=1):
        aid = ws.create_assessment(f"Revue {cc}", cc)
        qs = q.questions()[: len(q.questions()) * (3 if k == 1 else 10) // 10]
        ws.set_answers(aid, [(x.id, {"value": scale[(i * (k + 1) + k) % len(scale)].value,
                                     "na_reason": "Sans objet ici."}) for i, x in enumerate(qs)])
        ids.append(aid)
    out = export_comparison(ws, ids, "pdf", "en", tmp_path / "m.pdf")
    ws.close()
    pages = [p.extract_text() or "" for p in PdfReader(out).pages]
    start = next(i for i, t in enumerate(pages) if "Sections × assessments" in t)
    end = next(i for i, t in enumerate(pages) if "Overall score" in t and i >= start)
    for i in range(start, end + 1):
        assert pages[i].count("Conservative") >= 3, (i, pages[i].count("Conservative"))
    assert "Answers that changed" in pages[end]


def test_the_comparison_labels_repeat_none_of_the_report_labels():
    """Review D5/D6: the comparison's label table repeated labels of its own and of strings.py. No comparison
    label says in English what another label already says (one key per meaning)."""
    from app.export.strings import _LABELS
    from app.export.strings_compare import COMPARE_LABELS

    keys_of: dict[str, list[str]] = {}
    for key, (en, _fr, _ar) in _LABELS.items():
        keys_of.setdefault(en, []).append(key)
    for key, (en, _fr, _ar) in COMPARE_LABELS.items():
        assert keys_of[en] == [key], (key, keys_of[en])
