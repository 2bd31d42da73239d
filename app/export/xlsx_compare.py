"""The Excel comparison report (issue 17): a sheet per view, with native charts.

- Overall: the assessments compared, their overall coverage, score and conservative score, the change from
  the first to the last (marked), the notes (shared questions, carried-over answers) and a chart;
- Sections: the sections x assessments matrix, each score coloured by its band (grey when provisional)
  beside its coverage, the change and its mark, and a chart;
- Changed answers: the questions whose answer differs, their direction and comments, then the questions
  the last assessment has still not answered;
- Action plan progress: for a baseline/follow-up pair, done / late / in progress / not started, with a chart.

write_comparison_xlsx(report, path) writes it atomically; every number comes from report.comparison.
"""

from __future__ import annotations

import os
from copy import copy
from pathlib import Path
from weakref import WeakKeyDictionary

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.chart import BarChart, Reference, Series
from openpyxl.styles import PatternFill
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from app.domain.comparison import ActionState, Comparison, ComparisonReport, Figures, Mark, Movement
from app.domain.scoring import band_for

from .atomic import write_atomically
from .common import ANSWER_COLOURS, BAND_COLOURS, priority_label, status_label
from .strings import fmt_date, fmt_number, label
from .xlsx_style import (
    add_styles,
    fit_row_height,
    header_row,
    mark_pages,
    put,
    save_workbook,
    set_widths,
    setup_page,
)

PROVISIONAL_FILL = "D9D9D9"
MARK_FILLS = {Mark.IMPROVED: "C6EFCE", Mark.REGRESSED: "FFC7CE", Mark.UNCHANGED: "F2F2F2",
              Mark.NOT_COMPARABLE: "FFFFFF", Mark.CHANGED: "DDEBF7"}
MARK_SIGNS = {Mark.IMPROVED: "▲", Mark.REGRESSED: "▼", Mark.UNCHANGED: "=", Mark.NOT_COMPARABLE: "–",
              Mark.CHANGED: "≠"}
STATE_FILLS = {ActionState.DONE: "C6EFCE", ActionState.LATE: "FFC7CE", ActionState.IN_PROGRESS: "FFEB9C",
               ActionState.NOT_STARTED: "F2F2F2"}


def tint(hex_rgb: str, share: float = 0.55) -> str:
    """A lighter shade of a colour (mixed with white), so black text stays readable on it."""
    rgb = [int(hex_rgb[i:i + 2], 16) for i in (0, 2, 4)]
    return "".join(f"{round(c + (255 - c) * share):02X}" for c in rgb)


def score_fill(f: Figures) -> str | None:
    """The cell colour of a score: its band (lightened), grey when provisional, none when not scored."""
    if f.score is None:
        return None
    if f.provisional:
        return PROVISIONAL_FILL
    band = band_for(f.score)
    return tint(BAND_COLOURS[band.id]) if band else None


def mark_text(m: Mark, lang: str) -> str:
    return f"{MARK_SIGNS[m]} {label('mark_' + m.value, lang)}"


def points(value: float | None, lang: str) -> str:
    if value is None:
        return "–"
    sign = "+" if value > 0 else "−" if value < 0 else "±"
    return label("cmp_points", lang, value=sign + fmt_number(abs(value), lang))


_FILLED: WeakKeyDictionary[Workbook, dict[tuple[tuple[int, ...], str], StyleArray]] = WeakKeyDictionary()


def _fill(cell: Cell, colour: str | None) -> None:
    """Colour a cell's background. Each (style, colour) pair is registered with the workbook once, then its
    style indices are copied: thousands of cells are coloured, and openpyxl compares every new fill with
    every fill it knows."""
    if not colour:
        return
    known = _FILLED.setdefault(cell.parent.parent, {})
    key = (tuple(cell._style), colour)
    style = known.get(key)
    if style is None:
        cell.fill = PatternFill("solid", fgColor=colour)
        known[key] = copy(cell._style)
    else:
        cell._style = copy(style)


def write_comparison_xlsx(report: ComparisonReport, path: str | os.PathLike[str]) -> Path:
    """Write the Excel comparison report to `path` (replacing it only once the workbook is complete)."""
    wb = build_comparison_workbook(report)
    return write_atomically(path, lambda tmp: save_workbook(wb, tmp), report.lang)


def build_comparison_workbook(report: ComparisonReport) -> Workbook:
    lang, c = report.lang, report.comparison
    wb = Workbook()
    add_styles(wb, lang)
    first = wb.active
    assert first is not None
    first.title = label("sheet_cmp_overall", lang)
    overall_sheet(first, report)
    sections_sheet(wb.create_sheet(label("sheet_cmp_sections", lang)), report)
    changed_sheet(wb.create_sheet(label("sheet_cmp_changed", lang)), report)
    actions_sheet(wb.create_sheet(label("sheet_cmp_actions", lang)), report)
    marking = _marking(c, lang)
    if marking:
        mark_pages(wb, marking)
    wb.properties.title = label("cmp_title", lang)
    wb.properties.subject = reading_line(c, lang)
    wb.properties.creator = "OPSC-Assess"
    wb.properties.language = lang
    return wb


def _marking(c: Comparison, lang: str) -> str:
    """The classifications of the assessments compared, and 'draft' unless every one is validated."""
    marks = list(dict.fromkeys(col.info.confidentiality for col in c.columns if col.info.confidentiality))
    if any(col.info.validation_status != "validated" for col in c.columns):
        marks.insert(0, label("draft_mark", lang))
    return " · ".join(marks)


def name_of(col: object, lang: str) -> str:
    """An assessment as the reports name it: its title, and its country and date."""
    info = col.info  # type: ignore[attr-defined]
    when = fmt_date(info.assessment_date, lang) if info.assessment_date else ""
    extra = ", ".join(x for x in (info.country_name, when) if x)
    return f"{info.title} ({extra})" if extra else info.title


def reading_line(c: Comparison, lang: str) -> str:
    if c.reading.value == "over_time":
        return label("cmp_over_time", lang, country=c.first.info.country_name, first=c.first.title, last=c.last.title)
    return label("cmp_across", lang, n=len(c.columns))


def notes(c: Comparison, lang: str) -> list[str]:
    """The sentences every comparison report gives under its overall figures."""
    out = [label("cmp_reference", lang, first=c.first.title, last=c.last.title)]
    if c.shared_only:
        versions = ", ".join(dict.fromkeys(c.versions.values()))
        shown = ", ".join(c.left_out[:40]) + (" …" if len(c.left_out) > 40 else "")
        out.append(label("cmp_shared_note", lang, n=len(c.shared_questions), versions=versions, left=len(c.left_out),
                         ids=shown))
    for col in c.columns:
        if col.id in c.unknown_versions:
            out.append(label("cmp_unknown_version", lang, title=col.title))
        carried = c.overall.figures[col.id].carried_over
        if carried:
            out.append(label("cmp_carried_over", lang, n=carried, title=col.title))
    out.append(label("cmp_how_to_read", lang))
    return out


OVERALL_WIDTHS = (40, 16, 14, 12, 12, 14, 22)


def overall_sheet(ws: Worksheet, report: ComparisonReport) -> None:
    lang, c = report.lang, report.comparison
    setup_page(ws, lang, landscape=False)
    set_widths(ws, OVERALL_WIDTHS)
    put(ws, 1, 1, label("cmp_title", lang), lang, "title")
    put(ws, 2, 1, label("cmp_subtitle", lang), lang, "subtitle")
    put(ws, 3, 1, reading_line(c, lang), lang, "bold")
    put(ws, 5, 1, label("cmp_assessments", lang), lang, "heading")
    heads = ["title", "country", "assessment_date", "version", "coverage", "score", "conservative_score"]
    header_row(ws, 6, [label(k, lang) for k in heads], lang)
    ws.row_dimensions[6].height = 30  # "Date of the assessment" on two lines
    row = 7
    for col in c.columns:
        f = c.overall.figures[col.id]
        put(ws, row, 1, col.title, lang, "cell")
        put(ws, row, 2, col.info.country_name, lang, "cell")
        put(ws, row, 3, col.info.assessment_date, lang, "date")
        put(ws, row, 4, col.questionnaire_version, lang, "cell")
        put(ws, row, 5, f.coverage, lang, "share")
        put(ws, row, 6, f.score, lang, "score")
        _fill(ws.cell(row, 6), score_fill(f))
        put(ws, row, 7, f.conservative, lang, "score")
        row += 1
    last_data = row - 1
    move = c.overall.change
    put(ws, row, 1, f"{label('cmp_change', lang)}: {mark_text(move.mark, lang)}", lang, "cell_bold")
    _fill(ws.cell(row, 1), MARK_FILLS[move.mark])
    for col_no in (2, 3, 4):
        put(ws, row, col_no, "", lang, "cell")
    put(ws, row, 5, points(None if move.coverage is None else 100 * move.coverage, lang), lang, "cell")
    put(ws, row, 6, points(move.score, lang), lang, "cell_bold")
    put(ws, row, 7, points(move.conservative, lang), lang, "cell")
    row += 2
    for text in notes(c, lang):
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(OVERALL_WIDTHS))
        put(ws, row, 1, text, lang, "body")
        fit_row_height(ws, row, [sum(OVERALL_WIDTHS)], [text])
        row += 1
    row += 1
    chart = BarChart()
    chart.type = "col"
    chart.style = 10
    chart.title = label("cmp_chart_overall", lang)
    chart.y_axis.scaling.min, chart.y_axis.scaling.max, chart.y_axis.majorUnit = 0, 100, 25
    chart.y_axis.number_format = "0"
    chart.x_axis.delete = chart.y_axis.delete = False
    chart.add_data(Reference(ws, min_col=6, max_col=7, min_row=6, max_row=last_data), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=7, max_row=last_data))
    chart.height, chart.width = 8, max(16, 1.6 * len(c.columns) + 6)
    ws.add_chart(chart, f"A{row}")
    ws.freeze_panes = "A7"


def sections_sheet(ws: Worksheet, report: ComparisonReport) -> None:
    lang, c = report.lang, report.comparison
    setup_page(ws, lang, landscape=True, title_rows="4:5")
    n = len(c.columns)
    set_widths(ws, (9, 34, *([10, 10] * n), 12, 18))
    put(ws, 1, 1, label("cmp_matrix", lang), lang, "title")
    put(ws, 2, 1, label("cmp_matrix_note", lang), lang, "line")
    header_row(ws, 4, [label("section", lang), label("title", lang)], lang)
    header_row(ws, 5, ["", ""], lang)
    for k, col in enumerate(c.columns):
        at = 3 + 2 * k
        put(ws, 4, at, col.title, lang, "header")
        put(ws, 4, at + 1, "", lang, "header")
        ws.merge_cells(start_row=4, start_column=at, end_row=4, end_column=at + 1)
        put(ws, 5, at, label("score", lang), lang, "header")
        put(ws, 5, at + 1, label("coverage", lang), lang, "header")
    end = 3 + 2 * n
    for at, key in ((end, "cmp_change"), (end + 1, "cmp_direction")):
        put(ws, 4, at, label(key, lang), lang, "header")
        put(ws, 5, at, "", lang, "header")
        ws.merge_cells(start_row=4, start_column=at, end_row=5, end_column=at)
    ws.row_dimensions[4].height = 30
    row = 6
    lines = [(s.id, s.title.get(lang), c.sections[s.id]) for s in c.questionnaire.sections]
    for sid, title, line in [*lines, ("", label("overall_score", lang), c.overall)]:
        bold = sid == ""
        put(ws, row, 1, sid, lang, "cell_bold" if bold else "cell")
        put(ws, row, 2, title, lang, "cell_bold" if bold else "cell")
        for k, col in enumerate(c.columns):
            f = line.figures[col.id]
            at = 3 + 2 * k
            put(ws, row, at, f.score, lang, "score")
            _fill(ws.cell(row, at), score_fill(f))
            put(ws, row, at + 1, f.coverage, lang, "share")
        _change_cells(ws, row, end, line.change, lang)
        row += 1
    ws.freeze_panes = ws.cell(6, 3)
    _sections_chart(ws, c, lang, 6, 6 + len(lines) - 1, row + 1)


def _change_cells(ws: Worksheet, row: int, at: int, move: Movement, lang: str) -> None:
    put(ws, row, at, move.score, lang, "score")
    put(ws, row, at + 1, mark_text(move.mark, lang), lang, "cell")
    _fill(ws.cell(row, at + 1), MARK_FILLS[move.mark])


def _sections_chart(ws: Worksheet, c: Comparison, lang: str, first: int, last: int, anchor_row: int) -> None:
    chart = BarChart()
    chart.type = "bar"
    chart.style = 10
    chart.title = label("cmp_chart_sections", lang)
    chart.y_axis.scaling.min, chart.y_axis.scaling.max, chart.y_axis.majorUnit = 0, 100, 25
    chart.y_axis.number_format = "0"
    chart.y_axis.majorGridlines = None
    chart.x_axis.delete = chart.y_axis.delete = False
    chart.x_axis.scaling.orientation = "maxMin"
    for k, col in enumerate(c.columns):
        at = 3 + 2 * k
        series = Series(Reference(ws, min_col=at, min_row=first, max_row=last), title=col.title)
        chart.series.append(series)
    chart.set_categories(Reference(ws, min_col=1, min_row=first, max_row=last))
    chart.height = max(9.0, 0.28 * (last - first + 1) * len(c.columns) + 3)
    chart.width = 22
    ws.add_chart(chart, f"A{anchor_row}")


def changed_sheet(ws: Worksheet, report: ComparisonReport) -> None:
    lang, c = report.lang, report.comparison
    setup_page(ws, lang, landscape=True, title_rows="3:3")
    n = len(c.columns)
    widths = (10, 46, *([16] * n), 16, 60)
    set_widths(ws, widths)
    put(ws, 1, 1, label("cmp_changed_questions", lang), lang, "title")
    header_row(ws, 3, [label("question", lang), label("title", lang), *(col.title for col in c.columns),
                       label("cmp_direction", lang), label("comment", lang)], lang)
    ws.row_dimensions[3].height = 30
    row = 4
    if not c.changed:
        put(ws, row, 1, label("cmp_no_changed", lang), lang, "line")
        row += 1
    for ch in c.changed:
        text = c.questionnaire.question(ch.question_id).text.get(lang)
        put(ws, row, 1, ch.question_id, lang, "cell")
        put(ws, row, 2, text, lang, "cell")
        for k, col in enumerate(c.columns):
            v = ch.values[col.id]
            shown = answer_text(v, lang) + (f" ({label('carried_over_mark', lang)})" if ch.carried_over[col.id] else "")
            put(ws, row, 3 + k, shown, lang, "cell")
            _fill(ws.cell(row, 3 + k), ANSWER_COLOURS[v.value if v else ""])
        put(ws, row, 3 + n, mark_text(ch.direction, lang), lang, "cell")
        _fill(ws.cell(row, 3 + n), MARK_FILLS[ch.direction])
        comments = "\n".join(f"{col.title}: {ch.comments[col.id].strip()}" for col in c.columns
                             if ch.comments[col.id].strip())
        put(ws, row, 4 + n, comments, lang, "cell")
        fit_row_height(ws, row, widths, ["", text, *([""] * n), "", comments])
        row += 1
    if c.changed:
        ws.auto_filter.ref = f"A3:{get_column_letter(4 + n)}{row - 1}"
    ws.freeze_panes = "C4"
    row += 1
    put(ws, row, 1, label("cmp_still_open", lang, title=c.last.title), lang, "heading")
    row += 1
    if not c.still_open:
        put(ws, row, 1, label("cmp_still_open_none", lang), lang, "line")
    for qid in c.still_open:
        text = c.questionnaire.question(qid).text.get(lang)
        put(ws, row, 1, qid, lang, "cell")
        put(ws, row, 2, text, lang, "cell")
        fit_row_height(ws, row, widths, ["", text])
        row += 1


def answer_text(v: object, lang: str) -> str:
    from app.domain.answers import ANSWER_LABELS, AnswerValue

    if not isinstance(v, AnswerValue):
        return label("not_answered", lang)
    return ANSWER_LABELS[v].get(lang, ANSWER_LABELS[v]["en"])


ACTION_WIDTHS = (12, 48, 26, 14, 14, 14, 16)


def actions_sheet(ws: Worksheet, report: ComparisonReport) -> None:
    lang, c = report.lang, report.comparison
    setup_page(ws, lang, landscape=True, title_rows="3:3")
    set_widths(ws, ACTION_WIDTHS)
    put(ws, 1, 1, label("cmp_actions", lang), lang, "title")
    p = c.actions
    if p is None:
        put(ws, 3, 1, label("cmp_no_pair", lang), lang, "line")
        return
    base = next(col for col in c.columns if col.id == p.baseline_id)
    follow = next(col for col in c.columns if col.id == p.follow_up_id)
    note = label("cmp_actions_note", lang, follow_up=follow.title, baseline=base.title, date=fmt_date(p.as_of, lang))
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=len(ACTION_WIDTHS))
    put(ws, 2, 1, note, lang, "body")
    fit_row_height(ws, 2, [sum(ACTION_WIDTHS)], [note])
    header_row(ws, 3, [label("cmp_state", lang), label("cmp_count", lang)], lang)
    counts = p.counts()
    for i, state in enumerate(ActionState, start=4):
        put(ws, i, 1, label("act_" + state.value, lang), lang, "cell")
        _fill(ws.cell(i, 1), STATE_FILLS[state])
        put(ws, i, 2, counts[state], lang, "cell")
    chart = BarChart()
    chart.type = "col"
    chart.style = 10
    chart.title = label("cmp_chart_actions", lang)
    chart.legend = None
    chart.y_axis.scaling.min = 0
    chart.y_axis.majorUnit = 1
    chart.x_axis.delete = chart.y_axis.delete = False
    chart.add_data(Reference(ws, min_col=2, min_row=3, max_row=3 + len(ActionState)), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=4, max_row=3 + len(ActionState)))
    chart.height, chart.width = 6.5, 12
    ws.add_chart(chart, "D3")
    row = 4 + len(ActionState) + 9
    heads = ["question", "action", "lead", "deadline", "priority", "status", "cmp_state"]
    header_row(ws, row, [label(k, lang) for k in heads], lang)
    row += 1
    if not p.items:
        put(ws, row, 1, label("cmp_no_actions", lang), lang, "line")
    for item in p.items:
        a = item.action
        put(ws, row, 1, a.question_id, lang, "cell")
        put(ws, row, 2, a.description, lang, "cell")
        put(ws, row, 3, a.lead, lang, "cell")
        put(ws, row, 4, a.deadline, lang, "date")
        put(ws, row, 5, priority_label(a, lang), lang, "cell")
        put(ws, row, 6, status_label(a, lang), lang, "cell")
        put(ws, row, 7, label("act_" + item.state.value, lang), lang, "cell_bold")
        _fill(ws.cell(row, 7), STATE_FILLS[item.state])
        fit_row_height(ws, row, ACTION_WIDTHS, ["", a.description, a.lead])
        row += 1
