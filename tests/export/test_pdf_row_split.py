"""A table row too tall for the rest of a page is split inside the row in every language, whatever
falls at the cut (reportlab 5.1.0 alone failed with an IndexError on ordinary comparison data)."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Spacer

from app.export.pdf_layout import Layout
from app.export.pdf_text import register_fonts

TEXT = {"en": "The ministry reports that the national database is being built with the statistics office. ",
        "fr": "Le ministère indique que la base de données nationale est en cours de création. ",
        "ar": "أفادت الوزارة بأن قاعدة البيانات الوطنية قيد الإنشاء مع مكتب الإحصاء. "}


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_a_tall_row_splits_at_any_height_and_keeps_all_its_lines(lang: str) -> None:
    register_fonts()
    layout = Layout(lang, lang == "ar", 493.0)
    for repeat in (6, 9, 12):
        for gap in range(300, 680, 9):  # the cut falls on every line of the tall cells in turn
            comment = TEXT[lang] * repeat
            rows = [["Id", "Question", "A", "B"], ["III.A-01", comment, comment, "3"], ["III.A-02", comment, "2", "1"]]
            out = io.BytesIO()
            doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=51, rightMargin=51)
            doc.build([Spacer(1, gap), layout.table(rows, [0.6, 2.0, 2.0, 0.4])])
            reader = PdfReader(io.BytesIO(out.getvalue()))
            if lang == "en":  # no line lost at the cut (the other scripts are shown reordered or spaced)
                text = " ".join(page.extract_text() for page in reader.pages)
                assert text.count("statistics") == 3 * repeat, (repeat, gap)
