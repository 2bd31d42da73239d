"""Text for the PDF: the embedded DejaVu fonts, Arabic (or any right-to-left) text made printable, and
TextFlow, the light paragraph every text of the report is printed with.

A text is wrapped first, on its logical (reading-order) form, measured with the widths of the shaped
words; then each line holding right-to-left script is shaped by HarfBuzz and put in display order on its
own (pdf_shape): joined letters and diacritics drawn, the logical text kept for search and copy.

Why not reportlab's Paragraph: the report prints plain text only (no markup), and Paragraph parses
markup, builds fragments and measures each word again on every wrap; for ~2,000 texts that was most of
the export time. TextFlow wraps once per width with cached word widths and draws all its lines in a
single text object.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable

from app import paths
from app.domain.languages import first_strong

from .pdf_shape import LogicalFont, advance, paragraph_levels, shape

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
RTL_RE = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
# Where a line may break: white space, but never a no-break space (French spacing relies on them).
_BREAK = re.compile("[^\\S\u00a0\u202f\u2007]+")


@lru_cache(maxsize=1)
def register_fonts() -> None:
    """Register (once per process) the bundled TTF fonts; they are embedded in every PDF (LogicalFont: shaped
    Arabic in them reads back as its ordinary letters)."""
    folder = paths.fonts_dir()
    pdfmetrics.registerFont(LogicalFont(FONT, str(folder / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(LogicalFont(FONT_BOLD, str(folder / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)


def has_rtl(text: str) -> bool:
    return RTL_RE.search(text) is not None


def base_direction(text: str, default: str = "L") -> str:
    """'R' or 'L' from the first strong character (rules P2-P3 of the bidi algorithm), else `default`."""
    return first_strong(text) or default


def display(text: str, font: str, base_dir: str | None = None, levels: tuple[int, ...] | None = None) -> str:
    """One line ready to draw: shaped and in display order when it holds right-to-left script (a
    ShapedStr reportlab draws glyph by glyph), else the text itself. `levels`: see pdf_shape.shape."""
    if not has_rtl(text):
        return text
    return shape(text, font, base_dir or base_direction(text, "R"), levels).shown


def text_width(text: str, font: str, size: float, base_dir: str | None = None,
               levels: tuple[int, ...] | None = None) -> float:
    """The printed width of one line (shaped when it holds right-to-left script)."""
    if not has_rtl(text):
        return float(pdfmetrics.stringWidth(text, font, size))
    return shape(text, font, base_dir or base_direction(text, "R"), levels).advance * size / 1000.0


_WIDTHS: dict[str, dict[str, float]] = {}  # font -> word -> width at size 1 of the shaped word


def _widths(font: str) -> dict[str, float]:
    table = _WIDTHS.get(font)
    if table is None or len(table) > 100_000:
        table = _WIDTHS[font] = {}
    return table


def _measure(table: dict[str, float], word: str, font: str) -> float:
    w = table[word] = advance(word, font) / 1000.0 if has_rtl(word) else float(pdfmetrics.stringWidth(word, font, 1.0))
    return w


def _width(text: str, font: str, size: float) -> float:
    table = _widths(font)
    w = table.get(text)
    return (w if w is not None else _measure(table, text, font)) * size


def word_width(word: str, font: str, size: float) -> float:
    """The printed width of one word (shaped when it holds Arabic)."""
    return _width(word, font, size)


def words(text: str) -> list[str]:
    """The words of `text` as the wrapping sees them (a no-break space joins)."""
    return [w for w in _BREAK.split(text) if w]


def _cut_word(word: str, font: str, size: float, width: float) -> list[str]:
    """A word too long for a line, in pieces that fit."""
    pieces, current = [], ""
    for ch in word:
        if current and _width(current + ch, font, size) > width:
            pieces.append(current)
            current = ""
        current += ch
    return [*pieces, current] if current else pieces


def wrap_measured(text: str, font: str, size: float, width: float) -> list[tuple[str, float]]:
    """Greedy line breaking of logical text, measuring shaped words (joining never crosses a space).

    Returns each line with its width. Hard line breaks are kept; white space is collapsed.
    """
    space = _width(" ", font, size)
    table = _widths(font)
    lines: list[tuple[str, float]] = []
    for hard_line in text.split("\n"):
        current: list[str] = []
        used = 0.0
        for word in _BREAK.split(hard_line):
            if not word:
                continue
            w = table.get(word)
            w = (w if w is not None else _measure(table, word, font)) * size
            if w > width:
                pieces = _cut_word(word, font, size, width)
                if current:
                    lines.append((" ".join(current), used))
                lines.extend((p, _width(p, font, size)) for p in pieces[:-1])
                current, used = [pieces[-1]], _width(pieces[-1], font, size)
            elif current and used + space + w > width:
                lines.append((" ".join(current), used))
                current, used = [word], w
            else:
                used += (space if current else 0.0) + w
                current.append(word)
        lines.append((" ".join(current), used))
    return lines


def wrap_logical(text: str, font: str, size: float, width: float) -> list[str]:
    """The lines of `text` wrapped to `width` (see wrap_measured), in reading order."""
    return [line for line, _ in wrap_measured(text, font, size, width)]


def _wrap_paragraphs(text: str, font: str, size: float, width: float, direction: str
                     ) -> tuple[list[tuple[str, float]], list[tuple[int, ...] | None]]:
    """wrap_measured, and for each line the bidi levels its paragraph (a hard line) resolved for it: the
    order of the runs is decided on the whole paragraph, then each line is put in display order with those
    levels, so a number or a Latin name keeps its place in a sentence however it wraps (reordered line by line,
    a decree's number came out after its date). None for a line of a paragraph that is one right-to-left run."""
    out: list[tuple[str, float]] = []
    levels: list[tuple[int, ...] | None] = []
    for hard_line in text.split("\n"):
        wrapped = wrap_measured(hard_line, font, size, width)
        out += wrapped
        joined = " ".join(words(hard_line))  # what the lines are cut from: white space collapsed
        para = paragraph_levels(joined, direction) if has_rtl(joined) else None
        at = 0
        for line, _ in wrapped:
            start = joined.find(line, at) if para is not None and line else -1
            if start < 0:
                levels.append(None)
                continue
            at = start + len(line)
            levels.append(para[start:at] if para is not None else None)
    return out, levels


@dataclass(frozen=True)
class Piece:
    """A text of a TextFlow in one style. `keep`: none of its lines may end a page (keep with next).
    `direction`: 'R' or 'L' for text holding right-to-left script; by default its first strong character's."""

    text: str
    style: ParagraphStyle
    keep: bool = False
    direction: str | None = None


@dataclass(frozen=True)
class Line:
    shown: str  # display order
    width: float
    style: ParagraphStyle
    gap: float  # space above the line
    keep: bool  # may not be the last line on a page


def layout_lines(pieces: Sequence[Piece], width: float) -> list[Line]:
    """The lines of `pieces` at `width`; no first line alone at the foot of a page (no orphan)."""
    lines: list[Line] = []
    after = 0.0
    for piece in pieces:
        st = piece.style
        if not piece.text.strip():
            continue
        rtl = has_rtl(piece.text)
        direction = (piece.direction or base_direction(piece.text, "R")) if rtl else "L"
        room = width - st.leftIndent - st.rightIndent
        if rtl:
            wrapped, levels = _wrap_paragraphs(piece.text, st.fontName, st.fontSize, room, direction)
        else:
            wrapped, levels = wrap_measured(piece.text, st.fontName, st.fontSize, room), []
        gap = max(after, st.spaceBefore) if lines else 0.0
        for i, (text, w) in enumerate(wrapped):
            keep = piece.keep or (i == 0 and len(wrapped) > 1)
            if rtl and has_rtl(text):  # drawn as shaped: its width is the shaped line's
                own = levels[i]
                shown = display(text, st.fontName, direction, own)
                w = text_width(text, st.fontName, st.fontSize, direction, own)
            else:
                shown = text
            lines.append(Line(shown, w, st, gap if i == 0 else 0.0, keep))
        after = st.spaceAfter
    return lines


@lru_cache(maxsize=64)
def _rgb(colour: Color) -> tuple[float, float, float]:
    """A colour as an RGB triple: reportlab sets it without the opacity a Color carries (always 1 here)."""
    return (colour.red, colour.green, colour.blue)


class TextFlow(Flowable):  # type: ignore[misc]
    """Plain-text paragraphs (pieces, each in its own style) wrapped and drawn as one flowable.

    It may carry a `lead`, a flowable of fixed height drawn above the text and kept with its first
    lines (the band of a question). It splits across pages by whole lines, never after a line marked
    `keep`.
    """

    MIN_REST = 3  # lines: a card split across pages carries at least a field's label and two lines of it over
    WHOLE_PAGE = 600.0  # points: about a page's frame; a card split there is not pushed on (it would not fit)
    plain_wrap = True  # its wrap needs no canvas (Grid draws its cells without setting one for the wrap)

    def __init__(self, pieces: Sequence[Piece], lead: Flowable | None = None, lead_gap: float = 0.0,
                 space_after: float | None = None):
        super().__init__()
        self.pieces = list(pieces)
        self.lead, self.lead_gap = lead, lead_gap
        self._space_before = float(self.pieces[0].style.spaceBefore) if self.pieces else 0.0
        last = float(self.pieces[-1].style.spaceAfter) if self.pieces else 0.0
        self._space_after = last if space_after is None else space_after
        self._lines: list[Line] = []
        self._for_width: float | None = -1.0  # None: lines given (a part of a split), never re-wrapped
        self._lead_h = 0.0
        self._text_h: float | None = None  # the height of the lines (_lines), None: not summed yet
        self.width = self.height = 0.0

    @classmethod
    def _part(cls, lines: list[Line], lead: Flowable | None, lead_gap: float, before: float,
              after: float) -> TextFlow:
        part = cls([], lead, lead_gap)
        part._lines, part._for_width, part._text_h = lines, None, None
        part._space_before, part._space_after = before, after
        return part

    def lines(self, width: float) -> list[Line]:
        if self._for_width is not None and self._for_width != width:
            self._lines, self._for_width = layout_lines(self.pieces, width), width
            self._text_h = None
        return self._lines

    def _height(self, lines: Sequence[Line]) -> float:
        return float(sum(line.gap + line.style.leading for line in lines))

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        lines = self.lines(availWidth)
        self._lead_h = self.lead.wrap(availWidth, availHeight)[1] + self.lead_gap if self.lead is not None else 0.0
        text_h = self._text_h
        if text_h is None:  # the lines' height, summed once for the lines (a table wraps each cell again and again)
            text_h = self._text_h = self._height(lines)
        self.width, self.height = availWidth, self._lead_h + text_h
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        lines = self.lines(availWidth)
        self.wrap(availWidth, availHeight)
        if self.height <= availHeight + 1e-6:
            return [self]
        room, used, cut = availHeight + 1e-6 - self._lead_h, 0.0, 0
        for i, line in enumerate(lines):
            used += line.gap + line.style.leading
            if used > room:
                break
            if not line.keep:
                cut = i + 1
        if cut == 0:
            return []
        if len(lines) - cut == 1:  # no widow: a paragraph's last line never goes alone to the next page
            j = cut - 1
            while j > 0 and lines[j - 1].keep:
                j -= 1
            if j > 0:
                cut = j
        if self.lead is not None and len(lines) - cut < self.MIN_REST and cut < len(lines):
            # a question's card: its last field (a comment's label and first line) never goes alone to the next
            # page, cut off from its question (III.C-01's comment on p. 17, the question on p. 16); the cut moves
            # up to an earlier field, or the card goes whole to the next page (unless it has a page of its own)
            j = cut - 1
            while j > 0 and (lines[j - 1].keep or len(lines) - j < self.MIN_REST):
                j -= 1
            if j > 0:
                cut = j
            elif availHeight < self.WHOLE_PAGE:
                return []
        rest = [Line(lines[cut].shown, lines[cut].width, lines[cut].style, 0.0, lines[cut].keep), *lines[cut + 1:]]
        return [self._part(lines[:cut], self.lead, self.lead_gap, self._space_before, 0.0),
                self._part(rest, None, 0.0, 0.0, self._space_after)]

    def draw(self) -> None:
        canvas, y = self.canv, self.height
        if self.lead is not None:
            y -= self._lead_h
            self.lead.drawOn(canvas, 0, y + self.lead_gap)
        text = canvas.beginText()
        font: tuple[str, float] | None = None
        colour = None
        for line in self._lines:
            st = line.style
            y -= line.gap
            if line.shown:
                if (st.fontName, st.fontSize) != font:
                    font = (st.fontName, st.fontSize)
                    text.setFont(st.fontName, st.fontSize, st.leading)
                if st.textColor is not colour:
                    colour = st.textColor
                    text.setFillColor(_rgb(colour))
                text.setTextOrigin(self._x(line), y - st.fontSize)
                text.textOut(line.shown)
            y -= st.leading
        canvas.drawText(text)

    def _x(self, line: Line) -> float:
        st = line.style
        if st.alignment == TA_RIGHT:
            return float(self.width - st.rightIndent - line.width)
        if st.alignment == TA_CENTER:
            return float(st.leftIndent + (self.width - st.leftIndent - st.rightIndent - line.width) / 2)
        return float(st.leftIndent)

    def getSpaceBefore(self) -> float:  # noqa: N802
        return self._space_before

    def getSpaceAfter(self) -> float:  # noqa: N802
        return self._space_after



def para(text: str, style: ParagraphStyle, direction: str | None = None) -> TextFlow:
    """A paragraph of plain text (newlines kept; right-to-left script shaped and reordered)."""
    return TextFlow([Piece(text, style, direction=direction)])
