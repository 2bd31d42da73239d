"""Vector charts for the PDF, drawn with reportlab.graphics shapes: a bar per section, a radar of chapters.

Right-to-left reports mirror the charts: labels on the right, bars growing to the left, the radar
turning anticlockwise.
"""

from __future__ import annotations

import math

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, Rect, String
from reportlab.lib import colors

from app.domain.questionnaire import Section
from app.domain.report import ReportData
from app.domain.scoring import band_for

from .common import BAND_COLOURS, Axis, radar_axes, section_title
from .pdf_text import FONT, FONT_BOLD, display, has_rtl, text_width, wrap_logical
from .strings import fmt_pct, label

GRID = colors.HexColor("#BFBFBF")
TRACK = colors.HexColor("#F2F2F2")
INK = colors.HexColor("#262626")
SCORE_COLOUR = colors.HexColor("#1F5FA8")
# near black: apart from every band colour (the "minimal" band is red) in colour and in greyscale print
CONSERVATIVE_COLOUR = colors.HexColor("#1A1A1A")
ROW = 16.0
LINE = 9.0  # points between the two lines of a wrapped bar label


def fit(text: str, font: str, size: float, width: float) -> str:
    """The text, cut with an ellipsis to fit `width` once shaped (measured on the shaped form)."""
    if text_width(text, font, size) <= width:
        return text
    while text and text_width(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _text(d: Drawing, x: float, y: float, text: str, anchor: str, size: float = 7.5, bold: bool = False,
          colour: colors.Color = INK) -> None:
    font = FONT_BOLD if bold else FONT
    direction = "R" if has_rtl(text) else None  # an Arabic label starting with its id still reads right to left
    width = text_width(text, font, size, direction)  # placed here: reportlab would measure glyphs, not the line
    x -= width if anchor == "end" else width / 2 if anchor == "middle" else 0.0
    d.add(String(x, y, display(text, font, direction), fontName=font, fontSize=size, fillColor=colour,
                 textAnchor="start"))


PROVISIONAL_COLOUR = colors.HexColor("#B0B0B0")


def _band_colour(score: float | None, provisional: bool = False) -> colors.Color:
    """The colour of the score's band; plain grey for a provisional score (no band on thin evidence)."""
    if provisional:
        return PROVISIONAL_COLOUR
    band = band_for(score)
    return colors.HexColor("#" + BAND_COLOURS[band.id]) if band else GRID


class _Mirror:
    """x positions and anchors of a chart that may be drawn right to left."""

    def __init__(self, width: float, rtl: bool):
        self.width, self.rtl = width, rtl

    def x(self, x: float) -> float:
        return self.width - x if self.rtl else x

    def rect(self, x: float, w: float) -> float:
        """The left edge of a rectangle starting at x (in reading direction) of width w."""
        return self.width - x - w if self.rtl else x

    def anchor(self, anchor: str) -> str:
        return {"start": "end", "end": "start"}.get(anchor, anchor) if self.rtl else anchor


def _bar_row(d: Drawing, m: _Mirror, y: float, name: str, score: float | None, conservative: float | None,
             geometry: tuple[float, float, float], lang: str, provisional: bool = False, most: int = 1) -> None:
    """A bar with its label, the label wrapped on up to `most` lines (the row must have their room)."""
    label_w, x0, bar_w = geometry
    lines = label_lines(name, 7.5, label_w - 6, most=most)
    for k, line in enumerate(lines):  # centred on the bar
        _text(d, m.x(0), y + 4 + LINE * ((len(lines) - 1) / 2 - k), line, m.anchor("start"))
    d.add(Rect(m.rect(x0, bar_w), y, bar_w, ROW - 6, fillColor=TRACK, strokeColor=None))
    if score is not None:
        w = bar_w * max(0.0, min(score, 100.0)) / 100.0
        d.add(Rect(m.rect(x0, w), y + 3, w, ROW - 9, fillColor=_band_colour(score, provisional), strokeColor=None))
    if conservative is not None:
        w = bar_w * max(0.0, min(conservative, 100.0)) / 100.0
        d.add(Rect(m.rect(x0, w), y, w, 2.5, fillColor=CONSERVATIVE_COLOUR, strokeColor=None))
    _text(d, m.x(x0 + bar_w + 4), y + 4, fmt_pct(score, lang), m.anchor("start"),
          bold=score is not None and not provisional, colour=colors.HexColor("#595959") if provisional else INK)


def bar_charts(data: ReportData, width: float, per_chart: int = 34) -> list[Drawing]:
    """The bar chart of the sections, in parts of at most `per_chart` bars (each fits on a page)."""
    sections = list(data.questionnaire.sections)
    chunks = [sections[i:i + per_chart] for i in range(0, len(sections), per_chart)] or [[]]
    return [bar_chart(data, width, chunk) for chunk in chunks]


def bar_chart(data: ReportData, width: float, sections: list[Section]) -> Drawing:
    """One bar per section (score, coloured by band) with a thin near-black bar for the conservative score."""
    lang = data.lang
    label_w = min(230.0, width * 0.46)  # room for most section titles whole; a longer one on two lines
    names = [section_title(s, lang) for s in sections]
    rows = [ROW + LINE * (len(label_lines(n, 7.5, label_w - 6, most=2)) - 1) for n in names]
    height = sum(rows) + 44
    d = Drawing(width, height, initialFontName=FONT)
    m = _Mirror(width, data.rtl)
    bar_w = width - label_w - 62
    top = height - 8
    bottom = top
    for s, name, row in zip(sections, names, rows, strict=True):
        t = data.result.sections.get(s.id)
        bottom -= row
        _bar_row(d, m, bottom + (row - ROW) / 2, name, t.score if t else None,
                 t.conservative if t else None, (label_w, label_w, bar_w), lang, t is not None and t.provisional,
                 most=2)
    _scale(d, m, label_w, bar_w, bottom, top, lang)
    return d


def _scale(d: Drawing, m: _Mirror, label_w: float, bar_w: float, bottom: float, top: float, lang: str) -> None:
    """Under bars drawn from `label_w` to `label_w + bar_w`: the 0-100 ticks, their dotted guides up to `top`
    and the legend (the bar charts of the sections and of the capabilities)."""
    base = bottom - 4
    for tick in range(0, 101, 25):
        x = m.x(label_w + bar_w * tick / 100)
        d.add(Line(x, base, x, top, strokeColor=GRID, strokeWidth=0.4, strokeDashArray=[1, 2]))
        _text(d, x, base - 9, str(tick), "middle", 6.5)
    _legend(d, m, label_w, base - 26, lang)


def _legend(d: Drawing, m: _Mirror, x: float, y: float, lang: str) -> None:
    """Score: a bar in the colour of its band (the five colours shown); conservative: a thin near-black bar."""
    for i, colour in enumerate(reversed(list(BAND_COLOURS.values()))):
        d.add(Rect(m.rect(x + 4 * i, 4), y, 4, 6, fillColor=colors.HexColor("#" + colour), strokeColor=None))
    _text(d, m.x(x + 24), y, label("score", lang), m.anchor("start"), 7)
    x2 = x + 40 + text_width(label("score", lang), FONT, 7)
    d.add(Rect(m.rect(x2, 10), y + 2, 10, 2.5, fillColor=CONSERVATIVE_COLOUR, strokeColor=None))
    _text(d, m.x(x2 + 14), y, label("conservative_score", lang), m.anchor("start"), 7)
    x3 = x2 + 30 + text_width(label("conservative_score", lang), FONT, 7)
    d.add(Rect(m.rect(x3, 10), y, 10, 6, fillColor=PROVISIONAL_COLOUR, strokeColor=None))
    _text(d, m.x(x3 + 14), y, label("no_band_provisional", lang), m.anchor("start"), 7)


def _point(cx: float, cy: float, radius: float, angle: float) -> tuple[float, float]:
    return cx + radius * math.cos(angle), cy + radius * math.sin(angle)


def _angles(n: int, rtl: bool) -> list[float]:
    step = 2 * math.pi / n
    return [math.pi / 2 + (i * step if rtl else -i * step) for i in range(n)]


def _polygon(cx: float, cy: float, radius: float, angles: list[float], values: list[float | None]) -> list[float]:
    points: list[float] = []
    for angle, value in zip(angles, values, strict=True):
        points.extend(_point(cx, cy, radius * max(0.0, min(value or 0.0, 100.0)) / 100.0, angle))
    return points


def _radar_grid(d: Drawing, cx: float, cy: float, radius: float, angles: list[float]) -> None:
    between = (angles[0] + angles[1]) / 2  # ring values between the first two spokes, clear of labels
    for ring in (20, 40, 60, 80, 100):
        pts = _polygon(cx, cy, radius, angles, [float(ring)] * len(angles))
        d.add(Polygon(pts, fillColor=None, strokeColor=GRID, strokeWidth=0.4))
        x, y = _point(cx, cy, radius * ring / 100 * math.cos(math.pi / len(angles)), between)
        _text(d, x, y - 2, str(ring), "middle", 5.5, colour=colors.grey)
    for angle in angles:
        x, y = _point(cx, cy, radius, angle)
        d.add(Line(cx, cy, x, y, strokeColor=GRID, strokeWidth=0.4))


LABEL_WIDTH = 115.0  # points: a radar label's lines (wrapped, not cut)


def label_lines(text: str, size: float = 7.0, width: float = LABEL_WIDTH, most: int = 3) -> list[str]:
    """A chart label wrapped on at most `most` lines (only a label longer still is cut, on its last line)."""
    lines = wrap_logical(text, FONT, size, width)
    if len(lines) > most:
        lines = [*lines[:most - 1], fit(" ".join(lines[most - 1:]), FONT, size, width)]
    return lines


def _radar_labels(d: Drawing, cx: float, cy: float, radius: float, angles: list[float], axes: list[Axis],
                  lang: str) -> None:
    for angle, axis in zip(angles, axes, strict=True):
        x, y = _point(cx, cy, radius + 10, angle)
        c, s = math.cos(angle), math.sin(angle)
        anchor = "start" if c > 0.2 else "end" if c < -0.2 else "middle"
        lines = label_lines(axis.label)
        n = len(lines)
        # above the plot the block grows upwards (the score nearest the plot), below it downwards, at the
        # sides it is centred on the spoke
        top = y + 4 + 9 * (n - 1) if s > 0.2 else y - 8 if s < -0.2 else y + 4.5 * (n - 1)
        for i, line in enumerate(lines):
            _text(d, x, top - 9 * i, line, anchor, 7)
        _text(d, x, top - 9 * n, fmt_pct(axis.score, lang), anchor, 7, bold=True, colour=SCORE_COLOUR)


def radar_chart(data: ReportData, width: float) -> Drawing | None:
    """A spider chart of the chapters (of the sections when there are fewer than 3 chapters)."""
    _key, axes = radar_axes(data)
    if not axes:
        return None
    height = min(width * 0.56, 272.0) + 24
    d = Drawing(width, height, initialFontName=FONT)
    cx, cy, radius = width / 2, height / 2 - 4, height / 2 - 48  # room for labels of up to three lines
    angles = _angles(len(axes), data.rtl)
    _radar_grid(d, cx, cy, radius, angles)
    d.add(Polygon(_polygon(cx, cy, radius, angles, [a.conservative for a in axes]), fillColor=None,
                  strokeColor=CONSERVATIVE_COLOUR, strokeWidth=1, strokeDashArray=[3, 2]))
    score_fill = colors.Color(SCORE_COLOUR.red, SCORE_COLOUR.green, SCORE_COLOUR.blue, alpha=0.25)
    d.add(Polygon(_polygon(cx, cy, radius, angles, [a.score for a in axes]), fillColor=score_fill,
                  strokeColor=SCORE_COLOUR, strokeWidth=1.2))
    for angle, axis in zip(angles, axes, strict=True):
        if axis.score is not None:
            x, y = _point(cx, cy, radius * axis.score / 100.0, angle)
            d.add(Circle(x, y, 2, fillColor=SCORE_COLOUR, strokeColor=None))
    _radar_labels(d, cx, cy, radius, angles, axes, data.lang)
    m = _Mirror(width, data.rtl)
    _text(d, m.x(4), 4, f"— {label('score', data.lang)}", m.anchor("start"), 7, colour=SCORE_COLOUR)
    _text(d, m.x(4), 14, f"- - {label('conservative_score', data.lang)}", m.anchor("start"), 7,
          colour=CONSERVATIVE_COLOUR)
    return d
