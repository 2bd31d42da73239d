from __future__ import annotations

from bidi.algorithm import get_display
from bidi.mirror import MIRRORED
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth

from app.export.pdf_shape import LogicalFont, shape, visual_runs
from app.export.pdf_text import (
    FONT,
    FONT_BOLD,
    Piece,
    TextFlow,
    base_direction,
    display,
    para,
    register_fonts,
    text_width,
    wrap_logical,
    wrap_measured,
)

AR = "يبدأ إنهاء الإفلات من العقاب بالقانون، فالمبادئ التوجيهية تطلب من الدول تجريم كل فعل مذكور في المادة 3"


def _font() -> LogicalFont:
    register_fonts()
    font = pdfmetrics.getFont(FONT)
    assert isinstance(font, LogicalFont)
    return font


def _reads(shown: str) -> str:
    """What an extracting program reads from a shaped line, glyph by glyph in display order."""
    return "".join(_font().to_unicode(ord(ch)) for ch in shown)


def test_wrap_measures_shaped_words_and_every_line_fits() -> None:
    register_fonts()
    lines = wrap_logical(AR, FONT, 10, 120)
    assert len(lines) > 3
    assert " ".join(lines) == AR  # wrapping happens on the logical text: nothing lost or reordered
    assert all(text_width(line, FONT, 10) <= 120 for line in lines)


def test_a_word_longer_than_the_line_is_cut() -> None:
    register_fonts()
    lines = wrap_logical("a " + "x" * 400, FONT, 9, 100)
    assert "".join(lines[1:]) == "x" * 400
    assert all(stringWidth(line, FONT, 9) <= 100 for line in lines)


def test_hard_line_breaks_are_kept() -> None:
    register_fonts()
    assert wrap_logical("one\n\ntwo", FONT, 9, 300) == ["one", "", "two"]


def test_arabic_is_joined_in_display_order_and_reads_back_as_plain_letters() -> None:
    font = _font()
    shown = display("الفجوة", FONT)
    # drawn with the joined glyphs, not the letters' isolated ones ...
    isolated = {font.face.charToGlyph[ord(ch)] for ch in "الفجوة"}
    drawn = [font.face.charToGlyph[ord(ch)] for ch in shown]
    assert len([g for g in drawn if g not in isolated]) >= 4
    # ... in display order (right to left: the last letter drawn first), each glyph reading as its plain letter
    assert _reads(shown) == "الفجوة"[::-1]
    assert not any("\ufb50" <= ch <= "\ufeff" for ch in _reads(shown))
    assert display("Penal Code, art. 3", FONT) == "Penal Code, art. 3"  # no RTL: unchanged, not shaped


def test_diacritics_are_drawn_over_their_letter_and_read_after_it() -> None:
    font = _font()
    text = "مُحَمَّدٌ"
    shaped = shape(text, FONT, "R")
    marks = [d for d in shaped.shown.__shapeData__ if d.x_advance == 0 and (d.x_offset or d.y_offset)]
    assert len(marks) >= 3  # placed by HarfBuzz (mark positioning), not dropped
    # reversed back to reading order, every letter is followed by its marks
    assert _reads(shaped.shown)[::-1] == text
    assert font.to_unicode(0x20) == " "


def test_brackets_are_mirrored_in_right_to_left_text() -> None:
    font = _font()
    shown = display("الفجوة (الوزن)", FONT)
    # the closing bracket is drawn leftmost, with the glyph of an opening one, and still reads as closing
    assert font.face.charToGlyph[ord(shown[0])] == font.face.charToGlyph[ord("(")]
    assert _reads(shown)[0] == ")"


def test_lam_alef_ligature() -> None:
    font = _font()
    shown = display("لا", FONT)
    glyphs = {font.face.charToGlyph[ord(ch)] for ch in shown}
    assert font.face.charToGlyph[ord("ل")] not in glyphs and font.face.charToGlyph[ord("ا")] not in glyphs
    assert _reads(shown)[::-1] == "لا"  # one ligature glyph, read as lam then alef


def test_base_direction_from_the_first_strong_character() -> None:
    assert base_direction("2026: قانون") == "R"
    assert base_direction("Code pénal, قانون") == "L"
    assert base_direction("123", "R") == "R"


def test_runs_are_ordered_by_the_bidi_algorithm() -> None:
    lines = [AR, "الفجوة (الوزن × النقص)", "«قائم بالكامل» [مثال] {س}؛ هل؟ نعم! - لا.", "لا ينطبق: السبب",
             "المادة 3 (2026)", "السؤال III-01 قائم بنسبة 45%", "Code pénal, art. 3 قانون"]
    for line in lines:
        direction = base_direction(line, "R")
        runs = visual_runs(line, direction)
        shown = "".join(line[a:b][::-1] if rtl else line[a:b] for a, b, rtl in runs)
        # python-bidi's display string, brackets mirrored back (here all brackets are in right-to-left runs)
        assert shown == "".join(MIRRORED.get(ch, ch) for ch in get_display(line, base_dir=direction)), line
        # drawn, the line reads back (glyph by glyph, each run in its direction) as the same characters
        assert sorted(_reads(display(line, FONT, direction))) == sorted(line), line
    mixed = "السؤال III-01 قائم"
    assert [mixed[a:b] for a, b, _ in visual_runs(mixed, "R")] == [" قائم", "III-01", "السؤال "]


def test_no_break_spaces_are_not_break_points() -> None:
    register_fonts()
    text = "Motif\u00a0: une phrase assez longue pour être coupée\u202f; puis « entre\u00a0guillemets »"
    for width in range(40, 300, 7):
        lines = wrap_logical(text, FONT, 9, width)
        assert not any(line.startswith((":", ";", "\u00a0", "\u202f")) for line in lines), lines


def test_measured_widths_are_those_of_the_shaped_text() -> None:
    register_fonts()
    for line, width in wrap_measured(AR + " Penal Code, art. 3", FONT, 10, 150):
        assert abs(width - text_width(line, FONT, 10)) < 0.5  # words measured one by one, the line as one
        assert width <= 150
    assert text_width("Penal Code", FONT, 10) == stringWidth("Penal Code", FONT, 10)


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


def test_a_line_whose_first_drawn_glyph_is_a_mark_is_drawn(tmp_path) -> None:
    """Right to left, a final letter's mark is the first glyph drawn: reportlab cannot start a shaped string
    with a rise, so a blank glyph leads (this raised IndexError inside reportlab)."""
    from reportlab.pdfgen.canvas import Canvas

    register_fonts()
    text = "وفقاً لقانونٍ"  # ends with a mark (kasratan) on its last letter
    shaped = shape(text, FONT, "R")
    assert shaped.shown.__shapeData__[0].y_offset == 0
    canvas = Canvas(str(tmp_path / "t.pdf"))
    flow = canvas.beginText()
    flow.setFont(FONT, 10)
    flow.textOut(display("قانون", FONT))  # the subset is current: no font change before the first glyph
    flow.textOut(shaped.shown)
    canvas.drawText(flow)
    canvas.save()
    assert _reads(shaped.shown)[::-1] == text


def _card(comment: str, evidence: str = ""):  # a question's card as the report builds it
    from reportlab.platypus import Spacer

    from app.export.pdf_layout import Layout

    register_fonts()
    fields = [("Reason for “not applicable”", "No sector concerned in the country")]
    if evidence:
        fields.append(("Evidence", evidence))
    fields.append(("Comment", comment))
    card = Layout("en", False, 480).card(Spacer(1, 14), "Has the State adopted a national policy and strategy "
                                         "that explicitly addresses every issue covered by the Protocol?", fields)
    card.wrap(480, 2000)
    return card


def test_a_card_never_leaves_its_comment_s_label_and_first_line_alone_on_the_next_page() -> None:
    """III.C-01 (ministry reader, en p. 16-17): its question and reason at a page's foot, "Comment" and the
    comment's one line on the next page. The card goes whole to the next page instead."""
    card = _card("The text exists in the family code but is weakly applied in rural areas.")
    lines = card.lines(480)
    assert [line.keep for line in lines][-2:] == [True, False]  # the comment's label, then its line
    room = card.height - sum(line.gap + line.style.leading for line in lines[-2:]) + 1  # all but the comment
    assert card.split(480, room) == []
    assert card.split(480, card.height) == [card]


def test_a_long_card_splits_at_an_earlier_field_rather_than_strand_its_comment() -> None:
    card = _card("One line of comment.", evidence="A decree of 2019 and two circulars of the ministry. " * 6)
    lines = card.lines(480)
    room = card.height - sum(line.gap + line.style.leading for line in lines[-2:]) + 1
    first, rest = card.split(480, room)
    carried = rest.lines(480)
    assert len(carried) >= 3 and carried[-1].shown == "One line of comment."  # evidence's last lines with it
    assert carried[0].shown and not carried[0].keep or carried[0].style.name == "label"


def test_a_card_as_tall_as_a_page_still_splits() -> None:
    card = _card("A comment of one line.", evidence="Evidence that runs on and on. " * 220)
    lines = card.lines(480)
    room = card.height - sum(line.gap + line.style.leading for line in lines[-2:]) + 1
    assert room > TextFlow.WHOLE_PAGE
    first, rest = card.split(480, room)
    assert len(rest.lines(480)) >= 3
