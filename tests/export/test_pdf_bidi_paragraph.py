"""Bidi order decided on the whole paragraph, then each wrapped line put in display order with those levels
(UAX #9: levels resolved on the paragraph, rules L1-L2 per line) - issue 17, ministry reader, item 2."""

from __future__ import annotations

import pytest
from bidi.algorithm import get_display
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics

from app.export.pdf_shape import LogicalFont, line_runs, paragraph_levels
from app.export.pdf_text import FONT, Piece, layout_lines, register_fonts, wrap_measured

DECREE = ("Review 2024 — متابعة: Selon le décret n° 2.19.112 du 12 mars 2019 (المرسوم رقم 2.19.112 الصادر في 12 "
          "مارس 2019) le dispositif est en place à 60 % dans les régions.")


def _visual(text: str, base: str) -> str:
    levels = paragraph_levels(text, base)
    assert levels is not None
    return "".join(text[s:e][::-1] if rtl else text[s:e] for s, e, rtl in line_runs(text, levels, base))


@pytest.mark.parametrize(("text", "base"), [
    (DECREE, "L"),
    ("أكد التقرير «مراجعة 2024» أن 60% من المحافظات طبقت القانون رقم 27.14 المؤرخ في 2016، وما زال", "R"),
    ("\u200fReview 2024 — متابعة: أكد التقرير «مراجعة 2024»", "R"),
])
def test_a_one_line_paragraph_reads_as_the_reference_algorithm_orders_it(text, base):
    mirrored = str.maketrans("()«»", ")(»«")  # python-bidi draws mirrored brackets; HarfBuzz mirrors them here
    ref = get_display(text, base_dir=base)
    assert _visual(text, base) in (ref, ref.translate(mirrored))


def _shown(line) -> str:
    """A drawn line's characters in display order (each glyph as the text it stands for)."""
    font = pdfmetrics.getFont(line.style.fontName)
    assert isinstance(font, LogicalFont)
    return "".join(font.to_unicode(ord(c)) for c in str(line.shown))


def test_a_decree_number_keeps_its_place_when_the_arabic_wraps_before_it():
    """'... (المرسوم رقم' | '2.19.112 الصادر في 12 مارس 2019) le dispositif ...': ordered line by line, the
    second line began with the number in left-to-right context, so it was drawn left of the Arabic, read
    after the date. With the paragraph's levels the number stays inside the Arabic run, read first (right)."""
    register_fonts()
    style = ParagraphStyle("t", fontName=FONT, fontSize=9, leading=11)
    found = 0
    for width in range(140, 420, 3):
        logical = [t for t, _ in wrap_measured(DECREE, FONT, 9, width)]
        lines = layout_lines([Piece(DECREE, style, direction="L")], width)
        for text, line in zip(logical, lines, strict=True):
            if text.startswith("2.19.112 الصادر") and "2019)" in text:
                found += 1
                shown = _shown(line)
                assert shown.index("2.19.112") > shown.index("2019"), (width, text, shown)
    assert found  # the case was met at some width
