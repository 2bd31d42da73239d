"""The crosswalk sheets of the Excel report: two for the MNR capabilities, two for the ICMEC criteria.

The first sheet: the framework's name and what the grouping means; a table with every capability (coverage,
score, conservative score, band, answered / applicable, the questions driving the gap) with a native bar
chart of score and conservative score. The second ("… gaps"): every question driving a gap, per capability,
largest weight x gap first, its header row repeated on each printed page. A capability no question maps to
is listed and says so.
"""

from __future__ import annotations

import re

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet

from app.domain.crosswalk import FRAMEWORK_NAMES, MNR, Crosswalk
from app.domain.report import ReportData

from .common import answer_label, band_label
from .pdf_crosswalk import caveat_lines, drivers_text, marked_name, report_crosswalks
from .strings import label
from .xlsx_compare import PAGE_HEIGHT, chart_room, print_scale
from .xlsx_style import (
    centre_ids,
    fit_row_height,
    header_row,
    header_word_width,
    plan_pages,
    put,
    set_widths,
    setup_page,
)

WIDTHS = (11, 40, 10, 11, 11, 13, 16, 10, 10, 44)
DRIVER_WIDTHS = (11, 40, 10, 11, 11, 13, 16)
ONE_PAGE = 25  # capabilities a printed landscape page holds
TABLE_DRIVERS = 8  # named in the table; every one is listed in the table under the chart


def crosswalk_sheets(wb: Workbook, data: ReportData) -> None:
    """Add a sheet per framework the questionnaire has tags for (none for an untagged questionnaire)."""
    for cw in report_crosswalks(data):
        crosswalk_sheet(wb.create_sheet(label(f"sheet_{cw.framework}", data.lang)), cw, data)
        # the questions driving the gaps on their own sheet: under the table, the table's repeated header
        # printed over them and their heading could end a page alone
        drivers_sheet(wb.create_sheet(label(f"sheet_{cw.framework}_gaps", data.lang)), cw, data)


def id_widths(widths: tuple[float, ...], cw: Crosswalk) -> tuple[float, ...]:
    """`widths` with the first column (the capability's or criterion's id) wide enough for each piece of an
    id between its hyphens: 'icmec.specific-law' wraps after 'icmec.specific-', never inside a word (it printed
    'icmec.specifi / c-law', 'icmec.definiti / on')."""
    pieces = [p for g in cw.groups for p in re.split(r"(?<=-)", g.tag.id) if p]
    need = max((header_word_width(p, "en") for p in pieces), default=0.0)
    return (max(widths[0], round(need, 1)), *widths[1:])


ID_WRAP = Alignment(horizontal="center", vertical="top", wrap_text=True)


def centre_group_ids(ws: Worksheet, first: int, last: int) -> None:
    """The capability's id centred in its column (wrapping between its hyphens): in Arabic, aligned left, it
    touched the question's text in the next column."""
    for r in range(first, last + 1):
        cell = ws.cell(r, 1)
        if cell.value not in (None, ""):
            cell.alignment = ID_WRAP


def crosswalk_sheet(ws: Worksheet, cw: Crosswalk, data: ReportData) -> None:
    lang = data.lang
    # the table's header repeats on each printed page only when the table runs over more than one (it fits
    # one landscape page up to about 25 rows): else it would print over the chart's page
    setup_page(ws, lang, landscape=True, title_rows="4:4" if len(cw.groups) > ONE_PAGE else None)
    widths = id_widths(WIDTHS, cw)
    set_widths(ws, widths)
    put(ws, 1, 1, FRAMEWORK_NAMES[cw.framework].get(lang), lang, "heading")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=len(WIDTHS))
    put(ws, 2, 1, label("crosswalk_intro", lang), lang, "body")
    fit_row_height(ws, 2, (sum(WIDTHS),), [label("crosswalk_intro", lang)], lang)  # the intro is long in fr/ar
    ws.row_dimensions[2].height = max(54, ws.row_dimensions[2].height or 0)
    first = 5
    last = _table(ws, cw, data, first)
    centre_group_ids(ws, first, last)
    row = last + 2
    if cw.untagged:
        put(ws, row, 1, label("untagged_note", lang, n=len(cw.untagged), total=len(data.questionnaire.questions())),
            lang, "line")
        row += 1
    caveats = caveat_lines(cw, lang)
    if caveats:  # the groups marked * in the table: why to read them with care, each on its own line
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(WIDTHS))
        put(ws, row, 1, label("caveats_title", lang), lang, "bold")
        row += 1
        for text in caveats:
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(WIDTHS))
            put(ws, row, 1, text, lang, "body")
            fit_row_height(ws, row, (sum(WIDTHS),), [text], lang)
            row += 1
    # the table broken by hand (no page ends on a stray row or two), and the chart whole on one printed page:
    # on the table's last page when it fits what remains there, else on a page of its own (it printed its first
    # 6 bars at the foot of a page, the others on the next), never taller than a page at the sheet's scale
    # The widow rule counts the table's rows only (the notes under it kept the ICMEC table's last row alone on
    # a page, rep-en p. 32), and the header row repeats whenever the table does run over pages (16 taller rows
    # did, under ONE_PAGE)
    heights = [ws.row_dimensions[r].height or 15.0 for r in range(1, row + 1)]
    room = PAGE_HEIGHT / print_scale(sum(widths))
    ends, used = plan_pages(heights[first - 1:last], sum(heights[:first - 1]), room, 0.0)
    if ends and not ws.print_title_rows:
        ws.print_title_rows = "4:4"
    repeat = heights[3] if ws.print_title_rows else 0.0
    ends, used = plan_pages(heights[first - 1:last], sum(heights[:first - 1]), room, repeat)
    used += sum(heights[last:row - 1])  # the notes, on the table's last page
    for end in ends:
        ws.row_breaks.append(Break(id=first + end))
    height = chart_height(cw)
    if height > chart_room(widths, used + heights[row - 1]):
        # the break before the blank row over the chart: at the chart's own top edge, LibreOffice drew that
        # edge as a line at the foot of the page before (and pdftotext read the chart's text there)
        ws.row_breaks.append(Break(id=row - 1))
        height = min(height, chart_room(widths, repeat + heights[row - 1]))
    _chart(ws, cw, lang, first, last, f"A{row + 1}", height)
    ws.freeze_panes = "C5"


def drivers_sheet(ws: Worksheet, cw: Crosswalk, data: ReportData) -> None:
    """Every question driving a gap, per capability: the header row repeated on each printed page."""
    lang = data.lang
    setup_page(ws, lang, landscape=True, title_rows="3:3")
    set_widths(ws, id_widths(DRIVER_WIDTHS, cw))
    put(ws, 1, 1, FRAMEWORK_NAMES[cw.framework].get(lang), lang, "heading")
    _drivers(ws, cw, data, 2)
    # ids centred: in Arabic 'mnr-05' touched the question, 'VIII.A-07' the answer
    centre_group_ids(ws, 4, ws.max_row)
    centre_ids(ws, [3], 4, ws.max_row)
    ws.freeze_panes = "A4"


def _table(ws: Worksheet, cw: Crosswalk, data: ReportData, first: int) -> int:
    """One row per capability from `first`; returns the last row."""
    lang = data.lang
    name = "capability" if cw.framework == MNR else "criterion"
    header_row(ws, first - 1, [label(k, lang) for k in (
        "question_id", name, "questions_count", "coverage", "score", "conservative_score", "band", "answered",
        "applicable", "driving_gaps")], lang)
    for i, g in enumerate(cw.groups):
        row, t = first + i, g.tally
        title = marked_name(g, lang)
        put(ws, row, 1, g.tag.id, lang, "cell")
        put(ws, row, 2, title, lang, "cell")
        put(ws, row, 3, t.total, lang, "cell")
        put(ws, row, 4, t.coverage, lang, "share")
        put(ws, row, 5, t.score, lang, "score")  # empty when not scored: the chart leaves a gap
        put(ws, row, 6, t.conservative, lang, "score")
        put(ws, row, 7, band_label(t, lang) if g.mapped else "–", lang, "cell")
        put(ws, row, 8, t.answered, lang, "cell")
        put(ws, row, 9, t.applicable, lang, "cell")
        drivers = drivers_text(g, lang, limit=TABLE_DRIVERS)
        put(ws, row, 10, drivers, lang, "cell" if g.mapped else "cell_bold")
        fit_row_height(ws, row, id_widths(WIDTHS, cw), [g.tag.id, title, "", "", "", "", band_label(t, lang), "", "", drivers])
    return first + len(cw.groups) - 1


def chart_height(cw: Crosswalk) -> float:
    """The chart's natural height in centimetres: 1.1 cm a capability, 7.5 cm at least (at 0.75 cm, the
    ICMEC criteria's labels wrapping on two lines, LibreOffice named only every other bar)."""
    return max(7.5, 1.1 * len(cw.groups) + 3)


def _chart(ws: Worksheet, cw: Crosswalk, lang: str, first: int, last: int, anchor: str, height: float) -> None:
    """A native bar chart of score and conservative score, `height` centimetres tall."""
    chart = BarChart()
    chart.type = "bar"
    chart.style = 10
    chart.title = label(f"chart_{cw.framework}", lang)
    chart.y_axis.scaling.min = 0
    chart.y_axis.scaling.max = 100
    chart.y_axis.majorGridlines = None
    chart.y_axis.majorUnit = 25
    chart.y_axis.number_format = "0"
    chart.x_axis.delete = chart.y_axis.delete = False  # openpyxl 3.1 hides axes in Excel unless told
    chart.x_axis.scaling.orientation = "maxMin"  # first capability on top, as in the table
    chart.add_data(Reference(ws, min_col=5, max_col=6, min_row=first - 1, max_row=last), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=2, min_row=first, max_row=last))
    chart.height = height
    chart.width = 24
    ws.add_chart(chart, anchor)


def _drivers(ws: Worksheet, cw: Crosswalk, data: ReportData, row: int) -> None:
    """Every question driving a gap, per capability, largest weight x gap first: a heading at `row`, the
    header row under it."""
    lang = data.lang
    put(ws, row, 1, label("driving_gaps", lang), lang, "heading")
    header_row(ws, row + 1, [label(k, lang) for k in (
        "capability" if cw.framework == MNR else "criterion", "question", "question_id", "answer", "weight",
        "gap_short", "section")], lang)
    row += 2
    if not any(g.gaps for g in cw.groups):
        put(ws, row, 1, label("no_driving_gaps", lang), lang, "line")
    for g in cw.groups:
        for x in g.gaps:
            text = data.questionnaire.question(x.question_id).text.get(lang)
            values: list[object] = [g.tag.id, text, x.question_id, answer_label(data.answers.get(x.question_id), lang),
                                    x.weight, round(x.priority_score, 2), x.section_id]
            for col, value in enumerate(values, start=1):
                put(ws, row, col, value, lang, "cell")
            fit_row_height(ws, row, id_widths(DRIVER_WIDTHS, cw), values)
            row += 1
