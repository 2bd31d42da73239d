"""The ministry reader's seventh round on the comparison PDF of a baseline and its follow-up (issue 17): a page
holding only the last two rows of a table before the matrix (which always started on a new page), and the
French "Évolution" column so narrow that its cells ran to 7 lines. Read back from the PDF written."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from app.export.pdf_layout import BOTTOM, TOP
from app.services import followup
from app.services.exports import export_comparison
from app.services.workspace import Workspace
from app.storage import open_database
from tests.export.test_compare_reports import pair  # noqa: F401  (fixture)


@pytest.fixture(scope="module")
def reviews(tmp_path_factory):
    """The shipped questionnaire answered in 2024, and its 2026 follow-up: some answers changed, most
    confirmed, one answer of most sections still carried over (so most sections' changes are provisional)."""
    from app import paths
    from app.definitions.loader import load_questionnaire
    from app.domain.answers import SCALE_ORDER, AnswerValue

    tmp = tmp_path_factory.mktemp("pages")
    q = load_questionnaire(paths.default_questionnaire_dir())
    ws = Workspace(open_database(tmp / "r.sqlite"), q)
    scale = [v for v in SCALE_ORDER if v not in (AnswerValue.DONT_KNOW, AnswerValue.NA)]
    base = ws.create_assessment("Examen de référence OPSC 2024", "MA")
    ws.set_answers(base, [(x.id, {"value": scale[i * 7 % len(scale)].value}) for i, x in enumerate(q.questions())])
    new = followup.start_follow_up(ws, base, title="Examen de référence OPSC 2024 — suivi")
    questions = q.questions()
    ws.set_answers(new, [(x.id, {"value": scale[(i * 7 + 1) % len(scale)].value})
                         for i, x in enumerate(questions) if i % 9 == 0])
    kept: set[str] = set()
    for s in q.sections:  # one carried-over answer left in each section
        ids = [x.id for x in questions if x.section_id == s.id and x.id in followup.carried_over(ws, new)]
        kept.update(ids[:1])
    followup.confirm_all(ws, new, [i for i in followup.carried_over(ws, new) if i not in kept])
    yield ws, base, new, tmp
    ws.close()


def _lowest_text(page) -> float:
    """The height (from the page's foot) of the lowest line of the page's body text (the footer, under the
    bottom margin, left out)."""
    ys: list[float] = []

    def visit(text, cm, tm, font, size):
        y = tm[5] * cm[3] + cm[5]
        if text.strip() and y > BOTTOM:
            ys.append(y)

    page.extract_text(visitor_text=visit)
    return min(ys) if ys else float(page.mediabox.height)


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_no_page_is_left_nearly_empty_before_the_next_part(reviews, lang):
    """A portrait page followed by another portrait page is at least half full: the matrix goes on under the
    section lists when the page has room (it started on a new page after two rows alone on the page before)."""
    ws, base, new, tmp = reviews
    pages = PdfReader(export_comparison(ws, [base, new], "pdf", lang, tmp / f"p-{lang}.pdf")).pages
    for k in range(1, len(pages) - 1):  # the cover and the last page aside
        page, after = pages[k], pages[k + 1]
        if float(page.mediabox.width) != float(after.mediabox.width):
            continue  # the next part turns the page to landscape
        height = float(page.mediabox.height)
        filled = (height - TOP - _lowest_text(page)) / (height - TOP - BOTTOM)
        assert filled >= 0.5, (lang, k + 1, round(filled, 2))


def test_the_french_change_column_has_room_for_its_words(reviews):
    """The provisional changes' cells read "provisoire, pas encore de verdict : 1 réponse…": with the column a
    seventh of the table's width it broke after every two words (7 lines a cell, 2.5 pages)."""
    ws, base, new, tmp = reviews
    pages = [p.extract_text() or "" for p in PdfReader(export_comparison(ws, [base, new], "pdf", "fr",
                                                                           tmp / "fr.pdf")).pages]
    text = "\n".join(pages)
    start = text.index("Sections à l’évolution provisoire")
    part = text[start:text.index("Sections × évaluations", start)]
    cells = part.count("pts\n")  # each change cell starts with its points, then its provisional sentence
    assert cells >= 8
    whole = sum(1 for line in part.splitlines() if line.startswith("provisoire, pas encore de verdict"))
    assert whole >= cells - 1, (whole, cells)


def test_a_short_matrix_split_over_two_pages_keeps_two_rows_a_side(pair, tmp_path):  # noqa: F811
    """Three sections and the overall row: the matrix went on under the section lists with three rows, and its
    last row (the overall score) went alone to the next page; a split now keeps two rows on each side."""
    ws, base, new = pair
    pages = [p.extract_text() or "" for p in PdfReader(export_comparison(ws, [base, new], "pdf", "en",
                                                                           tmp_path / "c.pdf")).pages]
    start = next(i for i, t in enumerate(pages) if "Sections × assessments" in t)
    counts = [" ".join(t.split()).count("Score Conservative Coverage") for t in pages[start:]]
    counts = [n for n in counts if n]
    assert sum(counts) == 4 and min(counts) >= 2, counts


def _words(path) -> list[str]:
    """The words of a PDF as poppler reads them from where they are drawn (pdftotext -bbox)."""
    import re
    import subprocess

    from tests.export.test_external_tools import tool

    out = subprocess.run([tool("pdftotext"), "-bbox", str(path), "-"], capture_output=True, text=True, check=True,
                         timeout=120).stdout
    return re.findall(r"<word [^>]*>([^<]*)</word>", out)


def test_a_mixed_comment_reads_the_same_way_in_every_report(pair, tmp_path):  # noqa: F811
    """An Arabic comment under a Latin title ("Maroc 2026: تم اعتماد…"): the reader found it laid out right to
    left in the English PDF and left to right in the Arabic one. The cell's paragraph direction is that of its
    first strong character (the comment's, marked before the title), in both PDFs and in the workbook: right to
    left, the title's colon drawn on its left (":Maroc" next to the Arabic), never "2026:" then the Arabic."""
    ws, base, new = pair
    ws.set_answers(new, [("V-01", {"value": "largely", "comment": "تم اعتماد القانون رقم 45.25 سنة 2025."})])
    drawn = {}
    for lang in ("en", "ar"):
        words = _words(export_comparison(ws, [base, new], "pdf", lang, tmp_path / f"m-{lang}.pdf"))
        drawn[lang] = (":Maroc" in words, "2026:" in words)
    assert drawn["en"] == drawn["ar"] == (True, False), drawn
    for lang in ("en", "ar"):
        wb = load_workbook(export_comparison(ws, [base, new], "xlsx", lang, tmp_path / f"m-{lang}.xlsx"))
        cells = [c for row in wb.worksheets[2].iter_rows() for c in row
                 if isinstance(c.value, str) and "تم اعتماد" in c.value]
        assert cells, lang
        for cell in cells:  # the comment's line reads right to left: the cell's direction, or embedded so
            lines = cell.value.split("\n")
            k = next(i for i, line in enumerate(lines) if "تم اعتماد" in line)
            assert lines[k].startswith("\u202b") or (k == 0 and cell.alignment.readingOrder == 2), (lang, lines)
