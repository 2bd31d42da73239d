"""Right-to-left (and mixed) lines shaped by HarfBuzz, drawn so that the PDF's text stays the logical text.

A line holding Arabic is split into bidi runs (the Unicode bidi algorithm of python-bidi, levels only);
each run is shaped by HarfBuzz in its own direction (joined letters, the lam-alef ligature, diacritics
placed over their letters, brackets mirrored), and the runs are put in display order. The result is a
reportlab ShapedStr: reportlab draws its glyphs at HarfBuzz's positions.

What a reader copies or searches: the fonts are LogicalFont, whose ToUnicode map gives each glyph the
ordinary letters it stands for (a joined form of beh is U+0628, not the presentation form U+FE91; the
lam-alef ligature is lam then alef), so pdftotext and a viewer's search find the words as typed, marks
included.
"""

from __future__ import annotations

import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import uharfbuzz as hb
from bidi import algorithm as bidi
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import SUBSETN, ShapeData, ShapedStr, TTFont

# Arabic presentation forms: a glyph the font reaches through one of them stands for its plain letters.
_PRESENTATION = ((0xFB50, 0xFDFF), (0xFE70, 0xFEFF))
_PRIVATE_FIRST = 0xF0000  # keys of glyphs with no character of their own (plane 15, private use)


def _is_presentation(code: int) -> bool:
    return any(lo <= code <= hi for lo, hi in _PRESENTATION)


class LogicalFont(TTFont):  # type: ignore[misc]
    """A TrueType font for shaped text: its ToUnicode map gives the logical letters of each glyph."""

    def __init__(self, name: str, filename: str):
        super().__init__(name, filename, shapable=True)
        self.meaning: dict[int, str] = {}  # key -> the text its glyph stands for, when not the key itself
        self._hb: hb.Font | None = None
        self._next_private = _PRIVATE_FIRST
        self._private: dict[tuple[int, str], int] = {}
        self._lock = threading.Lock()
        self._codes: dict[tuple[int, str], int] = {}  # (glyph, meaning) -> code, once decided

    @property
    def blank(self) -> int:
        """A glyph that draws nothing (the space's)."""
        return int(self.face.charToGlyph[0x20])

    def hb_font(self) -> hb.Font:
        if self._hb is None:
            self._hb = hb.Font(hb.Face(hb.Blob(self.face._ttf_data)))
        return self._hb

    def key(self, gid: int, meaning: str, advance: float) -> int:
        """The character code reportlab uses for glyph `gid` standing for the text `meaning`: the glyph's own
        character when that reads as `meaning`, else a private code made for the pair."""
        code = self._codes.get((gid, meaning))
        if code is None:
            with self._lock:  # exports may run in worker threads: the font's tables are shared
                code = self._codes[(gid, meaning)] = self._key(gid, meaning, advance)
        return code

    def _key(self, gid: int, meaning: str, advance: float) -> int:
        for code in self.face.glyphToChar.get(gid, ()):
            if code < _PRIVATE_FIRST and _natural(code) == meaning:
                if _is_presentation(code):
                    self.meaning[code] = meaning
                return int(code)
        code = self._private.get((gid, meaning))
        if code is None:
            code = self._private[(gid, meaning)] = self._next_private
            self._next_private += 1
            self.face.charToGlyph[code] = gid
            self.face.glyphToChar.setdefault(gid, []).append(code)
            self.face.charWidths[code] = advance
            self.meaning[code] = meaning
        return code

    def to_unicode(self, code: int) -> str:
        meaning = self.meaning.get(code)
        return chr(code) if meaning is None else meaning

    def addObjects(self, doc: Any) -> None:  # noqa: N802
        """reportlab's TTFont.addObjects, with a ToUnicode map of logical text (see to_unicode)."""
        try:
            state = self.state[doc]
        except KeyError:
            state = self.state[doc] = TTFont.State(self._asciiReadable)
        state.frozen = 1
        for n, subset in enumerate(state.subsets):
            internal = self.getSubsetInternalName(n, doc)[1:]
            base = (b"".join((SUBSETN(n), b"+", self.face.name, self.face.subfontNameX))).decode("pdfdoc")
            font = pdfdoc.PDFTrueTypeFont()
            font.__Comment__ = f"Font {self.fontName} subset {n}"
            font.Name = internal
            font.BaseFont = base
            font.FirstChar = 0
            font.LastChar = len(subset) - 1
            font.Widths = pdfdoc.PDFArray(list(map(self.face.getCharWidth, subset)))
            cmap = pdfdoc.PDFStream()
            cmap.content = _to_unicode_cmap(base, [self.to_unicode(code) for code in subset])
            if doc.compression:
                cmap.filters = [pdfdoc.PDFZCompress]
            font.ToUnicode = doc.Reference(cmap, "toUnicodeCMap:" + base)
            font.FontDescriptor = self.face.addSubsetObjects(doc, base, subset)
            doc.Reference(font, internal)
            doc.idToObject["BasicFonts"].dict[internal] = font
        del self.state[doc]


def _natural(code: int) -> str:
    """What the character `code` reads as: a presentation form as its plain letters."""
    return unicodedata.normalize("NFKC", chr(code)) if _is_presentation(code) else chr(code)


def _utf16_hex(text: str) -> str:
    return text.encode("utf-16-be").hex().upper()


def _to_unicode_cmap(name: str, texts: list[str]) -> str:
    lines = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
             f"/CIDSystemInfo << /Registry ({name}) /Ordering ({name}) /Supplement 0 >> def",
             f"/CMapName /{name} def", "/CMapType 2 def", "1 begincodespacerange",
             f"<00> <{len(texts) - 1:02X}>", "endcodespacerange", f"{len(texts)} beginbfchar"]
    lines += [f"<{i:02X}> <{_utf16_hex(t)}>" for i, t in enumerate(texts)]
    lines += ["endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines)


# Bidi classes that all resolve to right-to-left in a line of base direction R holding no number and no
# left-to-right letter: such a line is one right-to-left run, no need for the full algorithm.
_PLAIN_RTL = frozenset({"R", "AL", "WS", "ON", "CS", "ES", "ET", "B", "S", "NSM", "BN"})


def _resolved(text: str, base_dir: str) -> Any:
    """python-bidi's storage for text with every character's embedding level resolved (rules up to I2), each
    character keeping its logical index: what visual_runs reorders and paragraph_levels reads."""
    storage = bidi.get_empty_storage()
    storage["base_level"] = 1 if base_dir == "R" else 0
    storage["base_dir"] = base_dir
    bidi.get_embedding_levels(text, storage)
    for index, ch in enumerate(storage["chars"]):
        ch["index"] = index
    bidi.explicit_embed_and_overrides(storage)
    bidi.resolve_weak_types(storage)
    bidi.resolve_neutral_types(storage, False)
    bidi.resolve_implicit_levels(storage, False)
    return storage


def visual_runs(text: str, base_dir: str) -> list[tuple[int, int, bool]]:
    """The bidi runs of one line in display order: (start, end, right_to_left) over the logical text."""
    if base_dir == "R" and all(unicodedata.bidirectional(ch) in _PLAIN_RTL for ch in text):
        return [(0, len(text), True)]
    storage = _resolved(text, base_dir)
    bidi.reorder_resolved_levels(storage, False)
    runs: list[tuple[int, int, bool]] = []
    level, indices = -1, list[int]()
    for ch in storage["chars"]:
        if ch["level"] != level and indices:
            runs.append((min(indices), max(indices) + 1, level % 2 == 1))
            indices = []
        level = ch["level"]
        indices.append(ch["index"])
    if indices:
        runs.append((min(indices), max(indices) + 1, level % 2 == 1))
    return runs


def paragraph_levels(text: str, base_dir: str) -> tuple[int, ...] | None:
    """The embedding level of each character of a whole paragraph, resolved before it is cut into lines (rules
    up to I2 of the bidi algorithm): a line's order then comes from these levels (line_runs), so that where
    the paragraph wraps does not change which runs read which way. None when the paragraph is one
    right-to-left run (no number, no Latin letter, base R): each of its lines is one run too."""
    if base_dir == "R" and all(unicodedata.bidirectional(ch) in _PLAIN_RTL for ch in text):
        return None
    base = 1 if base_dir == "R" else 0
    storage = _resolved(text, base_dir)
    levels: list[int | None] = [None] * len(text)
    for ch in storage["chars"]:
        levels[ch["index"]] = ch["level"]
    out: list[int] = []
    for level in levels:  # an embedding mark taken out by rule X9 (drawn as nothing) sits at its neighbour's level
        out.append(level if level is not None else out[-1] if out else base)
    return tuple(out)


_LINE_END = frozenset({"WS", "BN", "S", "B", "LRI", "RLI", "FSI", "PDI"})


def line_runs(text: str, levels: tuple[int, ...], base_dir: str) -> list[tuple[int, int, bool]]:
    """The bidi runs of one line in display order, from the levels its paragraph resolved (rules L1-L2 of the
    bidi algorithm applied to this line only): (start, end, right_to_left) over the line's text."""
    base = 1 if base_dir == "R" else 0
    lv = list(levels)
    i = len(text) - 1
    while i >= 0 and unicodedata.bidirectional(text[i]) in _LINE_END:  # L1: white space at the line's end
        lv[i] = base
        i -= 1
    order = list(range(len(text)))
    odd = [level for level in lv if level % 2]
    if odd:
        for level in range(max(lv), min(odd) - 1, -1):  # L2: reverse each run at this level or higher
            k = 0
            while k < len(order):
                if lv[order[k]] >= level:
                    j = k
                    while j < len(order) and lv[order[j]] >= level:
                        j += 1
                    order[k:j] = order[k:j][::-1]
                    k = j
                else:
                    k += 1
    runs: list[tuple[int, int, bool]] = []
    group: list[int] = []
    for index in order:
        if group and (lv[index] != lv[group[-1]] or abs(index - group[-1]) != 1):
            runs.append((min(group), max(group) + 1, lv[group[0]] % 2 == 1))
            group = []
        group.append(index)
    if group:
        runs.append((min(group), max(group) + 1, lv[group[0]] % 2 == 1))
    return runs


def _meanings(text: str, end: int, clusters: list[int], advances: list[int]) -> list[str]:
    """The text each glyph stands for. A glyph covers the characters from its cluster to the next one
    (when a character is drawn as several glyphs, the widest carries it, the others nothing); a mark (a
    diacritic) is read with its letter: the letter's glyph stands for both and the mark's for nothing, so
    an extracting program gets "letter, mark" in reading order even though the mark is drawn raised."""
    bounds = sorted(set(clusters) | {end})
    after = {c: bounds[i + 1] for i, c in enumerate(bounds[:-1])}
    carrier: dict[int, int] = {}
    for i, c in enumerate(clusters):
        if c not in carrier or advances[i] > advances[carrier[c]]:
            carrier[c] = i
    covered = [text[c:after[c]] if carrier[c] == i else "" for i, c in enumerate(clusters)]
    meanings = list(covered)
    base: int | None = None
    for i in sorted(range(len(clusters)), key=lambda i: clusters[i]):  # glyphs in logical order
        if covered[i] and base is not None and all(unicodedata.combining(ch) for ch in covered[i]):
            meanings[base] += covered[i]
            meanings[i] = ""
        elif covered[i]:
            base = i
    return meanings


@dataclass(frozen=True)
class Shaped:
    shown: str  # a ShapedStr in display order (or the text itself when it needs no shaping)
    advance: float  # width at size 1000 (multiply by size / 1000)


def _buffer(text: str, start: int, end: int, rtl: bool, font: LogicalFont) -> hb.Buffer:
    buf = hb.Buffer()
    buf.cluster_level = hb.BufferClusterLevel.MONOTONE_CHARACTERS
    buf.add_str(text, start, end - start)  # the whole line given as context: letters join across runs
    buf.direction = "rtl" if rtl else "ltr"
    buf.guess_segment_properties()
    hb.shape(font.hb_font(), buf, _FEATURES)
    return buf


_FEATURES = {"kern": True, "liga": True}


def _font(font_name: str) -> LogicalFont:
    font = pdfmetrics.getFont(font_name)
    assert isinstance(font, LogicalFont), font_name
    return font


@lru_cache(maxsize=65536)
def advance(word: str, font_name: str) -> float:
    """The shaped width of a word (at size 1000): what the line breaking measures."""
    font = _font(font_name)
    buf = _buffer(word, 0, len(word), True, font)
    return float(sum(p.x_advance for p in buf.glyph_positions) * 1000.0 / font.face.unitsPerEm)


@lru_cache(maxsize=32768)
def shape(text: str, font_name: str, base_dir: str = "R", levels: tuple[int, ...] | None = None) -> Shaped:
    """`text` (one line, logical order) shaped and in display order, with its advance width. `levels`: the
    embedding level of each of its characters as its paragraph resolved them (paragraph_levels), for a line
    cut from a longer paragraph; else the line is its own paragraph."""
    font = _font(font_name)
    k = 1000.0 / font.face.unitsPerEm
    width_of, key, blank = font.face.getCharWidth, font.key, font.blank
    chars: list[str] = []
    data: list[ShapeData] = []
    total = 0.0
    runs = visual_runs(text, base_dir) if levels is None else line_runs(text, levels, base_dir)
    for start, end, rtl in runs:
        buf = _buffer(text, start, end, rtl, font)
        infos, positions = buf.glyph_infos, buf.glyph_positions
        clusters = [i.cluster for i in infos]
        meanings = _meanings(text, end, clusters, [p.x_advance for p in positions])
        for info, pos, meaning, cluster in zip(infos, positions, meanings, clusters, strict=True):
            x_advance = pos.x_advance * k
            code = key(info.codepoint, meaning[:1], x_advance)
            glyph = ShapeData(cluster, x_advance, pos.y_advance * k, pos.x_offset * k, pos.y_offset * k, width_of(code))
            if len(meaning) < 2:
                chars.append(chr(code))
                data.append(glyph)
            else:
                # one character per glyph: the rest of what it stands for (the alef of lam-alef, a letter's
                # marks) rides on blank zero-width glyphs on the reading-order side of it
                extra = [key(blank, ch, 0.0) for ch in meaning[1:]]
                codes = [*reversed(extra), code] if rtl else [code, *extra]
                for c in codes:
                    chars.append(chr(c))
                    data.append(glyph if c == code else ShapeData(cluster, 0.0, 0.0, 0.0, 0.0, width_of(c)))
            total += x_advance
    if data and data[0].y_offset:
        # a raised or lowered first glyph (a mark drawn first, right to left): reportlab's drawing of shaped
        # text cannot start with a rise (setRise looks at the code before it), so a blank glyph leads
        chars.insert(0, chr(key(blank, "", 0.0)))
        data.insert(0, ShapeData(data[0].cluster, 0.0, 0.0, 0.0, 0.0, width_of(ord(chars[0]))))
    return Shaped(ShapedStr("".join(chars), shapeData=data), total)
