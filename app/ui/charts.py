"""Score charts drawn with QPainter: a horizontal bar chart and a radar chart, 0-100 scale.

Both take plain numbers (percent 0-100, None = not scored) that the caller got from the scoring
service; they compute nothing. Sizes follow the font, so the charts stay readable at 200 % text,
and they mirror in right-to-left layouts (labels on the right, bars growing leftwards).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from .i18n import fmt_percent

BAR_COLOR = QColor("#1f5f99")  # the score
SECONDARY_COLOR = QColor("#e08a1e")  # the conservative score (unanswered counted as 0)
GRID_COLOR = QColor("#b8bec6")
TICKS = (0, 25, 50, 75, 100)

BarItem = tuple[str, float | None, float | None]  # label, score, conservative score
RadarItem = tuple[str, float | None]


def _clamp(v: float) -> float:
    return max(0.0, min(100.0, v))


class _Chart(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # reachable by screen readers and the keyboard

    def _text_color(self) -> QColor:
        return self.palette().color(QPalette.ColorRole.WindowText)

    def _muted_color(self) -> QColor:
        return self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)

    def _rtl(self) -> bool:
        return self.layoutDirection() == Qt.LayoutDirection.RightToLeft


def two_lines(fm: QFontMetrics, text: str, width: int) -> list[str]:
    """`text` on one line, or wrapped on two at a space, the second elided if still too long."""
    if fm.horizontalAdvance(text) <= width:
        return [text]
    words = text.split(" ")
    first = words[0]
    for i in range(1, len(words)):
        candidate = " ".join(words[: i + 1])
        if fm.horizontalAdvance(candidate) > width:
            rest = " ".join(words[i:])
            return [fm.elidedText(first, Qt.TextElideMode.ElideRight, width),
                    fm.elidedText(rest, Qt.TextElideMode.ElideRight, width)]
        first = candidate
    return [fm.elidedText(text, Qt.TextElideMode.ElideRight, width)]


class BarChart(_Chart):
    """One row per item: a thick bar for the score, a thin one beneath it for the conservative score."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.items: list[BarItem] = []
        self.notes: list[str | None] = []
        self.setAccessibleName(self.tr("Scores by section"))

    def set_items(self, items: list[BarItem], notes: list[str | None] | None = None) -> None:
        """`notes`, one per item, replace "not scored" for an unscored item with why (for example that no
        question maps to a capability, or that none of its questions is answered yet)."""
        self.items = list(items)
        self.notes = list(notes or [])[:len(self.items)]
        self.notes += [None] * (len(self.items) - len(self.notes))
        lines = [
            self.tr("{label}: {note}").format(label=label, note=note) if v is None and note else
            self.tr("{label}: score {score}, conservative {conservative}").format(
                label=label, score=fmt_percent(v), conservative=fmt_percent(c))
            for (label, v, c), note in zip(self.items, self.notes, strict=True)
        ]
        self.setAccessibleDescription("; ".join(lines))
        self.setToolTip("\n".join(lines))
        self.updateGeometry()
        self.update()

    # ---- geometry ------------------------------------------------------------------------------
    def _row_height(self) -> int:
        return int(self.fontMetrics().height() * 2.2)

    def _label_width(self) -> int:
        """Room for the labels: the widest one, up to 45 % of the width (longer ones wrap on two lines)."""
        fm = self.fontMetrics()
        widest = max((fm.horizontalAdvance(label) for label, _, _ in self.items), default=0)
        limit = max(fm.averageCharWidth() * 28, int(self.width() * 0.45))
        return min(widest, limit) + fm.averageCharWidth() * 2

    def _header_height(self) -> float:
        """The legend and the scale are drawn above the bars, so they show without scrolling."""
        return self.fontMetrics().height() * 2.8

    def sizeHint(self) -> QSize:
        fm = self.fontMetrics()
        return QSize(self._label_width() + fm.averageCharWidth() * 50, self.minimumSizeHint().height())

    def minimumSizeHint(self) -> QSize:
        fm = self.fontMetrics()
        height = max(1, len(self.items)) * self._row_height() + int(self._header_height() + fm.height())
        return QSize(self._label_width() + fm.averageCharWidth() * 24, height)

    def plot_rect(self) -> QRectF:
        """Where the 0-100 scale lies (in widget coordinates, already mirrored for right-to-left)."""
        fm = self.fontMetrics()
        label_w = self._label_width()
        margin = fm.averageCharWidth() * 5  # room for the value text after a full bar
        top = self._header_height()
        height = len(self.items) * self._row_height()
        width = max(10.0, self.width() - label_w - margin - fm.averageCharWidth())
        left = margin if self._rtl() else label_w
        return QRectF(left, top, width, height)

    def bar_rect(self, index: int, value: float, secondary: bool = False) -> QRectF:
        plot = self.plot_rect()
        row_h = self._row_height()
        length = plot.width() * _clamp(value) / 100.0
        if secondary:
            y, h = plot.top() + index * row_h + row_h * 0.62, row_h * 0.18
        else:
            y, h = plot.top() + index * row_h + row_h * 0.15, row_h * 0.42
        x = plot.right() - length if self._rtl() else plot.left()
        return QRectF(x, y, length, h)

    # ---- painting ------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        plot = self.plot_rect()
        self._paint_grid(p, plot)
        for i, item in enumerate(self.items):
            self._paint_row(p, plot, i, item)
        p.end()

    def _x(self, plot: QRectF, value: float) -> float:
        frac = _clamp(value) / 100.0
        return plot.right() - plot.width() * frac if self._rtl() else plot.left() + plot.width() * frac

    def _paint_grid(self, p: QPainter, plot: QRectF) -> None:
        fm = self.fontMetrics()
        p.setPen(QPen(GRID_COLOR, 1, Qt.PenStyle.DashLine))
        for t in TICKS:
            x = self._x(plot, t)
            p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
        p.setPen(self._text_color())
        p.drawLine(QPointF(plot.left(), plot.top()), QPointF(plot.right(), plot.top()))
        p.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
        for t in TICKS:  # the scale above the bars: seen first, without scrolling down a long chart
            text = fmt_percent(t)
            w = fm.horizontalAdvance(text)
            x = self._x(plot, t)
            p.drawText(QRectF(x - w / 2 - 2, plot.top() - fm.height() - 2, w + 4, fm.height()),
                       Qt.AlignmentFlag.AlignCenter | Qt.AlignmentFlag.AlignAbsolute, text)
        self._paint_legend(p, 0.0)

    def _paint_legend(self, p: QPainter, y: float) -> None:
        """The two series side by side on the top line, from the reading start of the widget."""
        fm = self.fontMetrics()
        x = float(self.width()) if self._rtl() else 0.0
        for color, text, h in ((BAR_COLOR, self.tr("Score"), 0.7),
                               (SECONDARY_COLOR, self.tr("Conservative (unanswered = 0)"), 0.35)):
            sw = fm.height()
            tw = fm.horizontalAdvance(text)
            swatch_x = x - sw if self._rtl() else x
            p.fillRect(QRectF(swatch_x, y + fm.height() * (1 - h) / 2, sw, fm.height() * h), color)
            p.setPen(self._text_color())
            text_x = swatch_x - 4 - tw if self._rtl() else swatch_x + sw + 4
            p.drawText(QRectF(text_x, y, tw + 2, fm.height()),
                       Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignAbsolute, text)
            step = sw + 4 + tw + fm.averageCharWidth() * 3
            x = x - step if self._rtl() else x + step

    def _paint_row(self, p: QPainter, plot: QRectF, i: int, item: BarItem) -> None:
        label, value, secondary = item
        fm = self.fontMetrics()
        row_h = self._row_height()
        y = plot.top() + i * row_h
        label_w = self._label_width() - fm.averageCharWidth()
        label_x = plot.right() + fm.averageCharWidth() if self._rtl() else 0
        p.setPen(self._text_color())
        align = (Qt.AlignmentFlag.AlignLeft if self._rtl() else Qt.AlignmentFlag.AlignRight) | Qt.AlignmentFlag.AlignVCenter \
            | Qt.AlignmentFlag.AlignAbsolute  # next to the scale's 0 in both directions
        p.drawText(QRectF(label_x, y, label_w, row_h), align, "\n".join(two_lines(fm, label, label_w)))
        if value is None:
            font = QFont(p.font())
            font.setItalic(not self._rtl())  # Arabic has no italics; an oblique face may lack its glyphs
            p.setFont(font)
            p.setPen(self._muted_color())
            # at the scale's 0, where the bar would start: the right end in right-to-left (absolute: the
            # painter would otherwise mirror the alignment a second time)
            text_align = (Qt.AlignmentFlag.AlignRight if self._rtl() else Qt.AlignmentFlag.AlignLeft) | \
                Qt.AlignmentFlag.AlignAbsolute
            note = self.notes[i] if i < len(self.notes) else None
            p.drawText(QRectF(plot.left() + 4, y, plot.width() - 8, row_h),
                       text_align | Qt.AlignmentFlag.AlignVCenter, note or fmt_percent(None))
            p.setFont(self.font())
            return
        bar = self.bar_rect(i, value)
        p.fillRect(bar, BAR_COLOR)
        if secondary is not None:
            p.fillRect(self.bar_rect(i, secondary, secondary=True), SECONDARY_COLOR)
        text = fmt_percent(value)
        tw = fm.horizontalAdvance(text) + 4
        tx = bar.left() - tw - 2 if self._rtl() else bar.right() + 4
        p.setPen(self._text_color())
        p.drawText(QRectF(tx, bar.top() - 2, tw, max(bar.height(), fm.height()) + 4),
                   Qt.AlignmentFlag.AlignCenter, text)


class RadarChart(_Chart):
    """One spoke per item, rings at 20-100 %; unscored items are marked at the centre, hollow."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.items: list[RadarItem] = []
        self.setAccessibleName(self.tr("Scores by chapter"))

    def set_items(self, items: list[RadarItem]) -> None:
        self.items = list(items)
        lines = [self.tr("{label}: {score}").format(label=label, score=fmt_percent(v)) for label, v in self.items]
        self.setAccessibleDescription("; ".join(lines))
        self.setToolTip("\n".join(lines))
        self.update()

    def sizeHint(self) -> QSize:
        h = self.fontMetrics().height()
        return QSize(h * 24, h * 20)

    def minimumSizeHint(self) -> QSize:
        h = self.fontMetrics().height()
        return QSize(h * 14, h * 12)

    def centre_radius(self) -> tuple[QPointF, float]:
        fm = self.fontMetrics()
        margin_x = fm.averageCharWidth() * 8
        margin_y = fm.height() * 2
        radius = max(10.0, min((self.width() - 2 * margin_x) / 2, (self.height() - 2 * margin_y) / 2))
        return QPointF(self.width() / 2, self.height() / 2), radius

    def point(self, index: float, value: float) -> QPointF:
        """Where `value` lies on spoke `index`: clockwise from the top, anticlockwise in right-to-left."""
        c, r = self.centre_radius()
        n = max(1, len(self.items))
        angle = 2 * math.pi * index / n * (-1 if self._rtl() else 1)
        dist = r * _clamp(value) / 100.0
        return QPointF(c.x() + dist * math.sin(angle), c.y() - dist * math.cos(angle))

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.items:
            self._paint_grid(p)
            self._paint_values(p)
        p.end()

    def _paint_grid(self, p: QPainter) -> None:
        fm = self.fontMetrics()
        n = len(self.items)
        p.setPen(QPen(GRID_COLOR, 1, Qt.PenStyle.DashLine))
        for ring in (20, 40, 60, 80, 100):
            if n >= 3:
                p.drawPolygon(QPolygonF([self.point(i, ring) for i in range(n)]))
            else:
                c, r = self.centre_radius()
                p.drawEllipse(c, r * ring / 100, r * ring / 100)
        c, _ = self.centre_radius()
        p.setPen(QPen(GRID_COLOR, 1))
        for i in range(n):
            p.drawLine(c, self.point(i, 100))
        p.setPen(self._muted_color())
        _, radius = self.centre_radius()
        rings = (20, 40, 60, 80, 100) if radius / 5 >= fm.height() else (20, 60, 100)
        for ring in rings:  # the scale along the first spoke, just inside each ring, on the trailing side
            pt = self.point(0, ring)
            text = fmt_percent(ring)
            w = fm.horizontalAdvance(text) + 4
            x = pt.x() - w - 3 if self._rtl() else pt.x() + 3
            p.drawText(QRectF(x, pt.y(), w, fm.height()), Qt.AlignmentFlag.AlignCenter, text)
        p.setPen(self._text_color())
        for i, (label, value) in enumerate(self.items):
            self._paint_label(p, i, f"{label} · {fmt_percent(value)}")

    def _paint_label(self, p: QPainter, i: int, text: str) -> None:
        fm = self.fontMetrics()
        c, _ = self.centre_radius()
        pt = self.point(i, 110)
        dx, dy = pt.x() - c.x(), pt.y() - c.y()
        room = self.width() if abs(dx) < 1 else (self.width() - pt.x() if dx > 0 else pt.x())
        text = fm.elidedText(text, Qt.TextElideMode.ElideRight, int(max(fm.averageCharWidth() * 6, room - 4)))
        w, h = fm.horizontalAdvance(text) + 4, fm.height()
        # beside the spoke's end, on the outer side; centred above/below for a vertical spoke
        x = pt.x() - w / 2 if abs(dx) < 1 else (pt.x() if dx > 0 else pt.x() - w)
        y = pt.y() - h / 2
        if abs(dx) < 1:
            y = pt.y() - h if dy < 0 else pt.y()
        x = max(0.0, min(self.width() - w, x))
        y = max(0.0, min(self.height() - h, y))
        p.drawText(QRectF(x, y, w, h), Qt.AlignmentFlag.AlignCenter, text)

    def _paint_values(self, p: QPainter) -> None:
        points = [self.point(i, v or 0.0) for i, (_, v) in enumerate(self.items)]
        fill = QColor(BAR_COLOR)
        fill.setAlpha(70)
        p.setPen(QPen(BAR_COLOR, 2))
        p.setBrush(fill)
        if len(points) >= 3:
            p.drawPolygon(QPolygonF(points))
        elif len(points) == 2:
            p.drawLine(points[0], points[1])
        for pt, (_, v) in zip(points, self.items, strict=True):
            p.setBrush(BAR_COLOR if v is not None else Qt.BrushStyle.NoBrush)
            p.setPen(QPen(BAR_COLOR if v is not None else self._muted_color(), 2))
            radius = self.fontMetrics().height() * 0.25
            p.drawEllipse(pt, radius, radius)
