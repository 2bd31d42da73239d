"""Text for the PDF: the embedded DejaVu fonts, and Arabic (or any right-to-left) text made printable.

reportlab neither shapes Arabic nor applies the bidi algorithm. So a right-to-left text is wrapped
first, on its logical (reading-order) form, measured with the widths of the shaped glyphs; then each
line is shaped (arabic_reshaper) and reordered (python-bidi) on its own, and handed to a normal
Paragraph one line per <br/>, aligned to the right.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from typing import Any
from xml.sax.saxutils import escape

import arabic_reshaper
from arabic_reshaper.ligatures import LIGATURES
from bidi.algorithm import get_display  # the pure-Python algorithm: it mirrors brackets (rule L4)
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, Paragraph

from app import paths

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
RTL_RE = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")


@lru_cache(maxsize=1)
def register_fonts() -> None:
    """Register (once per process) the bundled TTF fonts; they are embedded in every PDF."""
    folder = paths.fonts_dir()
    pdfmetrics.registerFont(TTFont(FONT, str(folder / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(folder / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)


@lru_cache(maxsize=1)
def _reshaper() -> arabic_reshaper.ArabicReshaper:
    """A reshaper that only makes ligatures the font has glyphs for."""
    register_fonts()
    font = pdfmetrics.getFont(FONT)
    cmap: dict[int, Any] = font.face.charToGlyph
    config: dict[str, Any] = {"delete_harakat": True, "support_ligatures": True}
    for name, (_match, forms) in LIGATURES:
        config[name] = all(ord(f) in cmap for f in forms if f)
    return arabic_reshaper.ArabicReshaper(configuration=config)


@lru_cache(maxsize=16384)  # words and labels repeat; the reshaper re-reads its settings on every call
def reshape(text: str) -> str:
    """Arabic letters replaced by their joined (contextual) forms, still in reading order."""
    return str(_reshaper().reshape(text))


def has_rtl(text: str) -> bool:
    return RTL_RE.search(text) is not None


def base_direction(text: str, default: str = "L") -> str:
    """'R' or 'L' from the first strong character (rules P2-P3 of the bidi algorithm)."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return "R"
        if kind == "L":
            return "L"
    return default


@lru_cache(maxsize=16384)
def visual(text: str, base_dir: str | None = None) -> str:
    """One line in display order: shaped and reordered (unchanged when it holds no RTL text)."""
    if not has_rtl(text):
        return text
    direction = base_dir or base_direction(text, "R")
    return str(get_display(reshape(text), base_dir=direction))


def _width(text: str, font: str, size: float) -> float:
    return float(pdfmetrics.stringWidth(reshape(text) if has_rtl(text) else text, font, size))


def _cut_word(word: str, font: str, size: float, width: float) -> list[str]:
    """A word too long for a line, in pieces that fit."""
    pieces, current = [], ""
    for ch in word:
        if current and _width(current + ch, font, size) > width:
            pieces.append(current)
            current = ""
        current += ch
    return [*pieces, current] if current else pieces


def wrap_logical(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy line breaking of logical text, measuring shaped words (joining never crosses a space)."""
    space = pdfmetrics.stringWidth(" ", font, size)
    lines: list[str] = []
    for hard_line in text.split("\n"):
        current: list[str] = []
        used = 0.0
        for word in hard_line.split():
            w = _width(word, font, size)
            if w > width:
                pieces = _cut_word(word, font, size, width)
                if current:
                    lines.append(" ".join(current))
                lines.extend(pieces[:-1])
                current, used = [pieces[-1]], _width(pieces[-1], font, size)
            elif current and used + space + w > width:
                lines.append(" ".join(current))
                current, used = [word], w
            else:
                used += (space if current else 0.0) + w
                current.append(word)
        lines.append(" ".join(current))
    return lines


Block = tuple[str, str]  # (head, text): a small bold label line (may be empty), then the text


class BidiParagraph(Flowable):  # type: ignore[misc]
    """A paragraph of text holding right-to-left script, wrapped logically then shaped line by line.

    It may hold several blocks, each a label line and a text, printed one under the other. It splits
    across pages by whole lines (reportlab's own split would carry a line break over to the next page).
    """

    def __init__(self, blocks: Sequence[Block], style: ParagraphStyle, lines: list[str] | None = None):
        super().__init__()
        self.blocks = list(blocks)
        self.style = style
        self._lines = lines  # display-order markup, one item per printed line
        self._for_width = -1.0 if lines is None else None
        self._para: Paragraph | None = None

    def _wrap_block(self, text: str, width: float) -> list[str]:
        direction = base_direction(text, "R")
        lines = wrap_logical(text, self.style.fontName, self.style.fontSize, width)
        return [escape(visual(line, direction)) for line in lines]

    def lines(self, avail_width: float) -> list[str]:
        if self._lines is None or (self._for_width is not None and self._for_width != avail_width):
            inner = avail_width - self.style.leftIndent - self.style.rightIndent - 1.0
            lines: list[str] = []
            for head, text in self.blocks:
                lines += [head_markup(head)] if head else []
                lines += self._wrap_block(text, inner)
            self._lines, self._for_width, self._para = lines, avail_width, None
        return self._lines

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        lines = self.lines(availWidth)
        if self._para is None:
            self._para = Paragraph("<br/>".join(lines), self.style)
        return self._para.wrap(availWidth, availHeight)  # type: ignore[no-any-return]

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        lines = self.lines(availWidth)
        fit = int((availHeight + 1e-6) // self.style.leading)
        if fit <= 0:
            return []
        if fit >= len(lines):
            return [self]
        return [BidiParagraph([], self.style, lines[:fit]), BidiParagraph([], self.style, lines[fit:])]

    def draw(self) -> None:
        assert self._para is not None
        self._para.drawOn(self.canv, 0, 0)

    def getSpaceBefore(self) -> float:  # noqa: N802
        return float(self.style.spaceBefore)

    def getSpaceAfter(self) -> float:  # noqa: N802
        return float(self.style.spaceAfter)


def head_markup(head: str) -> str:
    """A small bold grey label line (a field name), in display order."""
    return f'<font name="{FONT_BOLD}" size="7.5" color="#595959">{escape(visual(head))}</font>'


def para_blocks(blocks: Sequence[Block], style: ParagraphStyle) -> Flowable:
    """One paragraph holding label/text blocks (one Paragraph is far cheaper than several)."""
    if any(has_rtl(head) or has_rtl(text) for head, text in blocks):
        return BidiParagraph(blocks, style)
    parts: list[str] = []
    for head, text in blocks:
        parts += [head_markup(head)] if head else []
        parts.append(escape(text).replace("\n", "<br/>"))
    return Paragraph("<br/>".join(parts), style)


def para(text: str, style: ParagraphStyle) -> Flowable:
    """A paragraph of plain text (escaped; newlines kept), bidi-aware when it holds RTL script."""
    return para_blocks([("", text)], style)
