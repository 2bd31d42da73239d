"""The Excel report: Summary (with native charts), Answers, Action plan, Methodology, About.

write_xlsx(data, path) writes the workbook atomically; every number comes from data.result.
"""

from __future__ import annotations

import math
import os
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.chart import BarChart, RadarChart, Reference
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet

from app.domain.questionnaire import Chapter, Section
from app.domain.report import ReportData, ValidationStatus
from app.domain.scoring import Tally

from .atomic import write_atomically
from .audit_annex import audit_sheet
from .common import band_label, follow_up_value, radar_axes, score_label, version_rows, versions_differ
from .strings import fmt_date, fmt_share, label
from .xlsx_crosswalk import crosswalk_sheets
from .xlsx_sheets import about_sheet, actions_sheet, answers_sheet, follow_up_sheet, methodology_sheet
from .xlsx_style import (
    add_styles,
    align,
    fit_rows,
    header_row,
    keep_short_sheet_whole,
    mark_pages,
    max_lines,
    put,
    save_workbook,
    set_widths,
    setup_page,
    split_text,
    widen_to_words,
)
from .xlsx_workshop import workshop_sheet

SUMMARY_WIDTHS = (26, 38, 11, 13, 11, 17, 13, 11, 11)
DETAIL_WIDTH = sum(SUMMARY_WIDTHS[1:6])  # a detail's value: columns B to F merged
TABLE_HEADERS = ("section", "title", "coverage", "score", "conservative_score", "band", "equal_weight_score",
                 "answered", "applicable")


def write_xlsx(data: ReportData, path: str | os.PathLike[str]) -> Path:
    """Write the Excel report of `data` to `path` (replacing it only once the workbook is complete)."""
    wb = build_workbook(data)
    return write_atomically(path, lambda tmp: save_workbook(wb, tmp), data.lang)


def build_workbook(data: ReportData) -> Workbook:
    wb = Workbook()
    add_styles(wb, data.lang)
    summary = wb.active
    assert summary is not None
    summary.title = label("sheet_summary", data.lang)
    summary_sheet(summary, data)
    crosswalk_sheets(wb, data)  # MNR capabilities, ICMEC criteria (when the questionnaire is tagged)
    answers_sheet(wb.create_sheet(label("sheet_answers", data.lang)), data)
    follow_up_sheet(wb.create_sheet(label("sheet_follow_up", data.lang)), data)
    actions_sheet(wb.create_sheet(label("sheet_actions", data.lang)), data)
    if data.workshop is not None:
        workshop_sheet(wb.create_sheet(label("sheet_workshop", data.lang)), data, data.workshop)
    methodology_sheet(wb.create_sheet(label("sheet_methodology", data.lang)), data)
    about_sheet(wb.create_sheet(label("sheet_about", data.lang)), data)
    if data.audit is not None:
        audit_sheet(wb.create_sheet(label("sheet_audit", data.lang)), data)
    marking = data.assessment.confidentiality
    if data.assessment.validation_status != ValidationStatus.VALIDATED:
        marking = f"{label('draft_mark', data.lang)} · {marking}" if marking else label("draft_mark", data.lang)
    if marking:
        mark_pages(wb, marking)
    for ws in wb.worksheets:
        fit_rows(ws, data.lang)
        keep_short_sheet_whole(ws)  # no second page holding a sheet's last two rows
    wb.properties.title = data.assessment.title
    wb.properties.creator = data.assessment.organisation or "OPSC-Assess"
    wb.properties.subject = label("report_title", data.lang)
    wb.properties.language = data.lang
    return wb


def _details(ws: Worksheet, data: ReportData, row: int) -> int:
    a, lang = data.assessment, data.lang
    pairs = [
        ("title", a.title), ("country", a.country_name), ("assessment_date", fmt_date(a.assessment_date, lang)),
        ("organisation", a.organisation), ("assessors", a.assessors), ("confidentiality", a.confidentiality),
        ("validation_status", label("status_validated" if a.validation_status == ValidationStatus.VALIDATED else "status_draft", lang)),
        ("validated_by", a.validated_by), ("validated_on", fmt_date(a.validated_on, lang) if a.validated_on else ""),
        ("institutions_consulted", a.institutions), ("process", a.process),
        ("key_findings", a.executive_summary), ("limitations", a.limitations),
        ("questionnaire", f"{data.questionnaire.title.get(lang)} ({data.questionnaire.id} "
                          f"{data.questionnaire.version})"),
    ]
    if versions_differ(data):
        pairs += [(k, v) for k, v in version_rows(data) if k != "fingerprints"]
    if follow_up_value(data):  # a follow-up: of which review, how many answers still to confirm
        pairs.insert(3, ("follow_up_of", follow_up_value(data)))
    for key, value in pairs:
        heads: list[str] = []
        if key == "assessment_date" and a.assessment_date is not None:
            pieces: list[object] = [a.assessment_date]
        elif key == "validated_on" and a.validated_on is not None:
            pieces = [a.validated_on]
        elif isinstance(value, str) and value.strip():
            # one row per paragraph, each read in its own direction (a French paragraph then an Arabic one);
            # wrapped, a paragraph longer than a row goes on in the row below
            pieces = []
            for paragraph in (p.strip() for p in value.strip().split("\n")):
                if paragraph:
                    parts = split_text(paragraph, DETAIL_WIDTH, lang, max_lines(lang))
                    pieces += parts
                    heads += ["", *[label("continued_row", lang)] * (len(parts) - 1)]
        else:
            pieces = [value]
        for i, piece in enumerate(pieces):
            head = label(key, lang) if i == 0 else heads[i]
            put(ws, row, 1, head, lang, "label")
            ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=6)
            if isinstance(piece, date):
                put(ws, row, 2, piece, lang, "date_plain")  # a real date, sortable and filterable
            else:
                put(ws, row, 2, piece, lang, "body")
            row += 1
    return row + 1


def _score(ws: Worksheet, row: int, col: int, value: float | None, lang: str, share: bool = False) -> None:
    """A score cell: a number with one decimal, or empty (charts leave a gap) when not scored."""
    put(ws, row, col, value, lang, "share" if share else "score")


def _overall(ws: Worksheet, data: ReportData, row: int) -> int:
    """Coverage first, then the overall score (marked provisional on thin evidence) and its band."""
    lang, t = data.lang, data.result.overall
    put(ws, row, 1, label("overall_score", lang), lang, "heading")
    row += 1
    lines: list[tuple[str, float | None, bool]] = [
        ("coverage", t.coverage, True), ("overall_score", t.score, False),
        ("conservative_score", t.conservative, False), ("equal_weight_score", t.equal_weight_score, False),
    ]
    for key, value, share in lines:
        put(ws, row, 1, label(key, lang), lang, "label")
        if value is None:
            put(ws, row, 2, label("not_scored", lang), lang, "cell")
        elif key == "overall_score" and t.provisional:  # a number still, marked provisional by its format
            _score(ws, row, 2, value, lang)
            ws.cell(row=row, column=2).number_format = _percent_format(lang, provisional=True)
        else:
            _score(ws, row, 2, value, lang, share)
        row += 1
    put(ws, row, 1, label("band", lang), lang, "label")
    put(ws, row, 2, band_label(t, lang), lang, "cell_bold")
    row += 1
    put(ws, row, 1, label("answered_of", lang, answered=t.answered, applicable=t.applicable), lang, "line")
    if t.provisional and t.score is not None:
        row += 1
        put(ws, row, 1, label("provisional_note", lang, coverage=fmt_share(t.coverage, lang)), lang, "line")
    r = data.result
    if r.questionnaire_overall is not None:
        row += 1
        put(ws, row, 1, label("score_questionnaire_weights", lang), lang, "label")
        q = r.questionnaire_overall
        if q.score is None:
            put(ws, row, 2, score_label(q, lang), lang, "cell")
        else:  # a number (0-100) printed as a percent, as the PDF quotes it
            _score(ws, row, 2, q.score, lang)
            ws.cell(row=row, column=2).number_format = _percent_format(lang, q.provisional)
    return row + 2


def _percent_format(lang: str, provisional: bool = False) -> str:
    """The number format of a score (0-100) shown with its percent sign: '50.4 %' (or '50.4 % (provisional)')."""
    note = f' ({label("provisional_short", lang)})' if provisional else ""
    return f'0.0" %{note}"'


def _tally_row(ws: Worksheet, row: int, key: str, title: str, t: Tally | None, lang: str) -> None:
    put(ws, row, 1, key, lang, "cell")
    put(ws, row, 2, title, lang, "cell")
    _score(ws, row, 3, t.coverage if t else None, lang, share=True)
    _score(ws, row, 4, t.score if t else None, lang)
    if t is not None and t.provisional and t.score is not None:  # still a number (charts), marked as elsewhere
        ws.cell(row=row, column=4).number_format = f'0.0" ({label("provisional_short", lang)})"'
    _score(ws, row, 5, t.conservative if t else None, lang)
    put(ws, row, 6, band_label(t, lang), lang, "cell")
    _score(ws, row, 7, t.equal_weight_score if t else None, lang)
    put(ws, row, 8, t.answered if t else 0, lang, "cell")
    put(ws, row, 9, t.applicable if t else 0, lang, "cell")


def _table(ws: Worksheet, data: ReportData, row: int, chapters: bool) -> tuple[int, int]:
    """The table of sections (or chapters); returns its first and last data rows."""
    lang = data.lang
    put(ws, row, 1, label("results_by_chapter" if chapters else "results_by_section", lang), lang, "heading")
    headers = [label(k, lang) for k in TABLE_HEADERS]
    headers[0] = label("chapter" if chapters else "section", lang)
    header_row(ws, row + 1, headers, lang)
    widen_to_words(ws, headers, lang)
    first = row + 2
    groups: Sequence[Chapter | Section] = data.questionnaire.chapters if chapters else data.questionnaire.sections
    tallies = data.result.chapters if chapters else data.result.sections
    for i, g in enumerate(groups):
        _tally_row(ws, first + i, g.id, g.title.get(lang), tallies.get(g.id), lang)
    return first, first + len(groups) - 1


def _bar_chart(ws: Worksheet, data: ReportData, first: int, last: int, anchor: str) -> None:
    chart = BarChart()
    chart.type = "bar"
    chart.style = 10
    chart.title = label("chart_sections", data.lang)
    chart.y_axis.scaling.min = 0
    chart.y_axis.scaling.max = 100
    chart.y_axis.majorGridlines = None
    chart.y_axis.majorUnit = 25
    chart.y_axis.number_format = "0"
    chart.x_axis.delete = chart.y_axis.delete = False  # openpyxl 3.1 hides axes in Excel unless told
    chart.x_axis.scaling.orientation = "maxMin"  # first section on top, as in the table
    chart.add_data(Reference(ws, min_col=4, max_col=5, min_row=first - 1, max_row=last), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=first, max_row=last))
    chart.height = max(9.0, 0.75 * (last - first + 1) + 4)
    chart.width = 14
    chart.legend.position = "b"
    ws.add_chart(chart, anchor)


def _radar_chart(ws: Worksheet, data: ReportData, row: int, anchor: str) -> None:
    """A radar of chapters (or sections), from a small table written for it at `row`: the axes are named by
    their ids (full titles around a radar leave no room for the plot), the table beside gives the titles."""
    key, axes = radar_axes(data)
    if not axes:
        return
    lang = data.lang
    group = label("chapter" if key == "chart_chapters" else "section", lang)
    heads = [group, label("title", lang), label("score", lang), label("conservative_score", lang)]
    header_row(ws, row, heads, lang)
    widen_to_words(ws, heads, lang)
    q = data.questionnaire  # chapter III and section III share their id: the titles of the axes' own kind
    groups: Sequence[Chapter | Section] = q.chapters if key == "chart_chapters" else q.sections
    titles = {g.id: g.title.get(lang) for g in groups}
    for i, axis in enumerate(axes, start=row + 1):
        ident, _, title = axis.label.partition(" ")
        put(ws, i, 1, ident, lang, "cell")
        put(ws, i, 2, titles.get(ident, title), lang, "cell")
        _score(ws, i, 3, axis.score, lang)
        _score(ws, i, 4, axis.conservative, lang)
    last = row + len(axes)
    chart = RadarChart()
    chart.type = "marker"
    chart.title = label(key, lang)
    chart.y_axis.scaling.min = 0
    chart.y_axis.scaling.max = 100
    chart.y_axis.number_format = "0"
    chart.x_axis.delete = chart.y_axis.delete = False
    chart.add_data(Reference(ws, min_col=3, max_col=4, min_row=row, max_row=last), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=row + 1, max_row=last))
    chart.height, chart.width = RADAR_SIZE
    chart.legend.position = "b"
    ws.add_chart(chart, anchor)


RADAR_SIZE = (13.0, 14.0)  # cm (height, width): beside the bar chart, half the printed width of the sheet


def _title(ws: Worksheet, title: str, lang: str) -> None:
    """The report's title (the treaty's full name makes it long): wrapped over the width of the table
    below it, not running off the printed page."""
    cell = put(ws, 1, 1, title, lang, "title")
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(SUMMARY_WIDTHS))
    cell.alignment = align(lang == "ar", wrap=True)
    per_line = sum(SUMMARY_WIDTHS) * 11 / 15 / 1.15  # column widths count 11-point characters; the title is 15-point bold
    ws.row_dimensions[1].height = 21 * math.ceil(len(title) / per_line) + 4


def summary_sheet(ws: Worksheet, data: ReportData) -> None:
    lang = data.lang
    setup_page(ws, lang, landscape=False)
    set_widths(ws, SUMMARY_WIDTHS)
    _title(ws, label("report_title", lang), lang)
    put(ws, 2, 1, label("report_subtitle", lang), lang, "subtitle")
    row = _details(ws, data, 4)
    row = _overall(ws, data, row)
    first, last = _table(ws, data, row, chapters=False)
    _, c_last = _table(ws, data, last + 2, chapters=True)
    radar_row = c_last + 2
    charts_row = radar_row + len(radar_axes(data)[1]) + 2
    # the chapters' table, the radar's table and the charts start a printed page together: a break before the
    # charts alone let LibreOffice end page 1 inside the chapters' table, its last rows alone on page 2 without
    # their header (the ministry reader's workbook: a break at row 64, page 1 ending at row 60)
    ws.row_breaks.append(Break(id=last + 1))
    _bar_chart(ws, data, first, last, f"A{charts_row}")
    _radar_chart(ws, data, radar_row, f"D{charts_row}")
