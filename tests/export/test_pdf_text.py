from __future__ import annotations

from bidi.algorithm import get_display
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth

from app.export.pdf_text import (
    FONT,
    FONT_BOLD,
    Piece,
    TextFlow,
    base_direction,
    para,
    register_fonts,
    reshape,
    visual,
    wrap_logical,
    wrap_measured,
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


def test_the_quick_reordering_matches_the_bidi_algorithm() -> None:
    lines = [AR, "الفجوة (الوزن × النقص)", "«قائم بالكامل» [مثال] {س}؛ هل؟ نعم! - لا.", "لا ينطبق: السبب"]
    for line in lines:
        visual.cache_clear()
        assert visual(line, "R") == get_display(reshape(line), base_dir="R"), line
    visual.cache_clear()
    assert visual("المادة 3 (2026)", "R") == get_display(reshape("المادة 3 (2026)"), base_dir="R")  # numbers


def test_no_break_spaces_are_not_break_points() -> None:
    register_fonts()
    text = "Motif\u00a0: une phrase assez longue pour être coupée\u202f; puis « entre\u00a0guillemets »"
    for width in range(40, 300, 7):
        lines = wrap_logical(text, FONT, 9, width)
        assert not any(line.startswith((":", ";", "\u00a0", "\u202f")) for line in lines), lines


def test_measured_widths_are_those_of_the_shaped_text() -> None:
    register_fonts()
    for line, width in wrap_measured(AR + " Penal Code, art. 3", FONT, 10, 150):
        assert abs(width - stringWidth(reshape(line), FONT, 10)) < 0.01
        assert width <= 150


def _style(name: str, size: float, leading: float, font: str = FONT, **kw: object) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading, **kw)


def test_text_flow_splits_by_whole_lines_and_never_leaves_an_orphan() -> None:
    register_fonts()
    p = para(AR, _style("x", 10, 13, alignment=2))
    assert isinstance(p, TextFlow)
    _, h = p.wrap(120, 1000)
    assert h == 13 * len(wrap_logical(AR, FONT, 10, 120))
    first, rest = p.split(120, 27)  # two lines fit: split across pages by whole lines
    assert first.wrap(120, 1000)[1] == 26
    assert rest.wrap(120, 1000)[1] == h - 26  # no blank line carried over to the next page
    assert p.split(120, 14) == []  # the first line alone would be an orphan
    assert p.split(120, 10) == []
    assert p.split(120, h) == [p]


def test_a_label_and_the_lead_stay_with_the_first_line_of_their_text() -> None:
    register_fonts()
    label, value = _style("label", 7.5, 10, FONT_BOLD, spaceBefore=4), _style("value", 9, 12)
    title = _style("title", 10, 13, FONT_BOLD)

    class Band(TextFlow):
        def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
            return availWidth, 16

    pieces = [Piece("Question?", title, keep=True), Piece("Comment", label, keep=True), Piece("word " * 200, value)]
    card = TextFlow(pieces, lead=Band([]), lead_gap=3, space_after=8)
    _, h = card.wrap(300, 10_000)
    assert card.split(300, 16 + 3 + 13 + 4 + 10) == []  # question and label, but no line of the comment
    first, rest = card.split(300, 16 + 3 + 13 + 4 + 10 + 12 * 3)
    assert first.wrap(300, 10_000)[1] == 16 + 3 + 13 + 4 + 10 + 12 * 3
    assert first.getSpaceAfter() == 0 and rest.getSpaceAfter() == 8
    assert rest.lead is None and rest.wrap(300, 10_000)[1] == h - (16 + 3 + 13 + 4 + 10 + 12 * 3)
