from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

from app.export.pdf_text import (
    FONT,
    BidiParagraph,
    base_direction,
    para,
    register_fonts,
    reshape,
    visual,
    wrap_logical,
)

AR = "يبدأ إنهاء الإفلات من العقاب بالقانون، فالمبادئ التوجيهية تطلب من الدول تجريم كل فعل مذكور في المادة 3"


def test_wrap_measures_shaped_words_and_every_line_fits() -> None:
    register_fonts()
    lines = wrap_logical(AR, FONT, 10, 120)
    assert len(lines) > 3
    assert " ".join(lines) == AR  # wrapping happens on the logical text: nothing lost or reordered
    assert all(stringWidth(reshape(line), FONT, 10) <= 120 for line in lines)


def test_a_word_longer_than_the_line_is_cut() -> None:
    register_fonts()
    lines = wrap_logical("a " + "x" * 400, FONT, 9, 100)
    assert "".join(lines[1:]) == "x" * 400
    assert all(stringWidth(line, FONT, 9) <= 100 for line in lines)


def test_hard_line_breaks_are_kept() -> None:
    register_fonts()
    assert wrap_logical("one\n\ntwo", FONT, 9, 300) == ["one", "", "two"]


def test_visual_order_is_reversed_and_joined() -> None:
    shown = visual("الفجوة")
    assert shown == reshape("الفجوة")[::-1]
    assert all("\ufe70" <= ch <= "\ufeff" for ch in shown)  # joined forms, not isolated letters
    assert visual("Penal Code, art. 3") == "Penal Code, art. 3"  # no RTL: unchanged


def test_brackets_are_mirrored_in_right_to_left_text() -> None:
    shown = visual("الفجوة (الوزن)")
    assert shown.startswith("(") and shown.endswith("ﺓﻮﺠﻔﻟﺍ")  # the opening bracket is drawn on the left
    assert visual("(الوزن ×", "R").endswith(")")


def test_lam_alef_ligature() -> None:
    assert "\ufefb" in reshape("لا")  # the font has the lam-alef ligature: the reshaper uses it


def test_base_direction_from_the_first_strong_character() -> None:
    assert base_direction("2026: قانون") == "R"
    assert base_direction("Code pénal, قانون") == "L"
    assert base_direction("123", "R") == "R"


def test_bidi_paragraph_draws_one_line_per_wrapped_line() -> None:
    register_fonts()
    style = ParagraphStyle("x", fontName=FONT, fontSize=10, leading=13, alignment=2)
    p = para(AR, style)
    assert isinstance(p, BidiParagraph)
    _, h = p.wrap(120, 1000)
    assert h == 13 * len(wrap_logical(AR, FONT, 10, 119))
    first, rest = p.split(120, 27)  # two lines fit: split across pages by whole lines
    assert first.wrap(120, 1000)[1] == 26
    assert rest.wrap(120, 1000)[1] == h - 26  # no blank line carried over to the next page
    assert p.split(120, 10) == []
    assert isinstance(para("plain text", style), Paragraph)
