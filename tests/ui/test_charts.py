"""The QPainter charts really paint: bar colour where a bar must be, none where the value is 0 or None."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from app.ui import i18n
from app.ui.charts import BAR_COLOR, SECONDARY_COLOR, BarChart, RadarChart


@pytest.fixture(autouse=True)
def english(qapp):
    i18n.apply_language(qapp, "en")
    yield
    i18n.apply_language(qapp, "en")


def render(widget) -> QImage:
    widget.resize(640, 320)
    return widget.grab().toImage()


def count(img: QImage, rect: QRectF, color: QColor) -> int:
    """Pixels of exactly `color` inside `rect` (shrunk by 2 px to leave antialiased edges out)."""
    r = rect.adjusted(2, 2, -2, -2).toRect()
    return sum(
        1
        for x in range(max(0, r.left()), min(img.width(), r.right() + 1))
        for y in range(max(0, r.top()), min(img.height(), r.bottom() + 1))
        if img.pixelColor(x, y).rgb() == color.rgb()
    )


def row_band(chart: BarChart, index: int) -> QRectF:
    """The whole 0-100 lane of a row, where any bar of that row would be drawn."""
    full = chart.bar_rect(index, 100.0)
    return QRectF(chart.plot_rect().left(), full.top(), chart.plot_rect().width(), full.height())


def test_full_bar_is_painted_and_zero_bar_is_not(qtbot):
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.set_items([("III.A Legislation", 100.0, 100.0), ("III.B Data", 0.0, 0.0)])
    img = render(chart)
    full = chart.bar_rect(0, 100.0)
    assert full.width() > 200  # the scale takes most of the width
    assert count(img, full, BAR_COLOR) > 0.9 * (full.width() - 4) * (full.height() - 4)
    assert count(img, chart.bar_rect(0, 100.0, secondary=True), SECONDARY_COLOR) > 0
    assert count(img, row_band(chart, 1), BAR_COLOR) == 0


def test_bar_length_follows_the_value(qtbot):
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.set_items([("half", 50.0, 25.0)])
    img = render(chart)
    plot = chart.plot_rect()
    y = int(chart.bar_rect(0, 50.0).center().y())
    assert img.pixelColor(int(plot.left() + plot.width() * 0.45), y).rgb() == BAR_COLOR.rgb()
    assert img.pixelColor(int(plot.left() + plot.width() * 0.55), y).rgb() != BAR_COLOR.rgb()
    sy = int(chart.bar_rect(0, 25.0, secondary=True).center().y())
    assert img.pixelColor(int(plot.left() + plot.width() * 0.20), sy).rgb() == SECONDARY_COLOR.rgb()
    assert img.pixelColor(int(plot.left() + plot.width() * 0.30), sy).rgb() != SECONDARY_COLOR.rgb()


def test_bars_grow_from_the_right_in_right_to_left(qtbot):
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    chart.set_items([("نص", 50.0, None)])
    img = render(chart)
    plot = chart.plot_rect()
    y = int(chart.bar_rect(0, 50.0).center().y())
    assert img.pixelColor(int(plot.right() - plot.width() * 0.45), y).rgb() == BAR_COLOR.rgb()
    assert img.pixelColor(int(plot.left() + plot.width() * 0.45), y).rgb() != BAR_COLOR.rgb()
    assert plot.left() < chart.width() / 2  # labels moved to the right-hand side


def test_unscored_row_draws_no_bar_and_says_not_scored(qtbot):
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.set_items([("scored", 80.0, 40.0), ("empty", None, None)])
    img = render(chart)
    assert count(img, row_band(chart, 1), BAR_COLOR) == 0
    assert count(img, chart.bar_rect(0, 80.0), BAR_COLOR) > 0
    description = chart.accessibleDescription()
    assert "scored: score 80" in description
    assert "empty: score not scored" in description


def test_bar_chart_grows_with_the_text_size(qtbot):
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.set_items([(f"Section {i}", 10.0 * i, None) for i in range(8)])
    small = chart.minimumSizeHint().height()
    font = chart.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    chart.setFont(font)
    assert chart.minimumSizeHint().height() > 1.6 * small


def radar_tint(img: QImage, chart: RadarChart) -> QColor:
    """The colour between the first two spokes, half-way out: inside the polygon when the values are high."""
    a, b = chart.point(0, 50.0), chart.point(1, 50.0)
    mid = QPointF((a.x() + b.x()) / 2, (a.y() + b.y()) / 2)
    return img.pixelColor(int(mid.x()), int(mid.y()))


def test_radar_fills_the_polygon_of_the_values(qtbot):
    full, empty = RadarChart(), RadarChart()
    for chart, value in ((full, 100.0), (empty, 0.0)):
        qtbot.addWidget(chart)
        chart.set_items([(c, value) for c in ("III", "IV", "V", "VI")])
    inside, outside = radar_tint(render(full), full), radar_tint(render(empty), empty)
    assert inside.blue() - inside.red() > 20  # the translucent score colour
    assert abs(outside.blue() - outside.red()) < 10  # plain background
    assert "III: 100" in full.accessibleDescription()


def test_radar_dots_scored_chapters_and_names_unscored_ones(qtbot):
    chart = RadarChart()
    qtbot.addWidget(chart)
    chart.set_items([("III", None), ("IV", 60.0), ("V", 30.0)])
    img = render(chart)
    dot = chart.point(1, 60.0)
    assert img.pixelColor(int(dot.x()), int(dot.y())).rgb() == BAR_COLOR.rgb()
    assert "III: not scored" in chart.accessibleDescription()


def test_radar_goes_anticlockwise_in_right_to_left(qtbot):
    chart = RadarChart()
    qtbot.addWidget(chart)
    chart.set_items([("a", 100.0), ("b", 100.0), ("c", 100.0)])
    chart.resize(400, 400)
    centre, _ = chart.centre_radius()
    assert chart.point(1, 100.0).x() > centre.x()
    chart.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    assert chart.point(1, 100.0).x() < centre.x()
    assert QApplication.instance() is not None
