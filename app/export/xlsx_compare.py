"""The Excel comparison report (issue 17): a sheet per view, with native charts.

- Overall: the assessments compared, their overall coverage, score and conservative score; over time the
  change from the first to the last (marked improved / regressed, provisional while answers are still to
  confirm), across countries each one's difference from the first (neutral: no progress is implied); the
  notes (reading, shared questions, carried-over answers) and a chart under its heading;
- Sections: the sections x assessments matrix, each assessment's score (coloured by its band, grey when
  provisional), conservative score and coverage; over time the change and its mark, otherwise the spread
  and the highest and lowest; and a chart, on a page of its own under its heading;
- Changed answers: the questions whose answer differs, every assessment's answer, the direction (over time),
  the comments and the reasons given for "not applicable", then the questions the last assessment has
  still not answered, apart: carried over, don't know, N/A without a reason, never answered;
- Action plan progress: for a baseline/follow-up pair, done / late / in progress / not started, with a chart.

write_comparison_xlsx(report, path) writes it atomically; every number comes from report.comparison.
"""

from __future__ import annotations

import math
import os
import re
from collections.abc import Sequence
from copy import copy
from pathlib import Path
from weakref import WeakKeyDictionary

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.chart import BarChart, Reference, Series
from openpyxl.styles import Alignment, PatternFill
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet

from app.domain.answers import ANSWER_LABELS, AnswerValue
from app.domain.comparison import (
    OPEN_ORDER,
    PROGRESS_MARKS,
    ActionState,
    ChangedQuestion,
    Column,
    Comparison,
    ComparisonReport,
    Figures,
    Line,
    Mark,
    Movement,
    Reading,
)
from app.domain.languages import first_strong
from app.domain.progress import State
from app.domain.scoring import band_for

from .atomic import write_atomically
from .common import ANSWER_COLOURS, BAND_COLOURS, priority_label, status_label
from .strings import LRM, RLM, fmt_date, fmt_pct, fmt_signed, label
from .strings_compare import count_of
from .xlsx_style import (
    add_styles,
    align,
    fit_row_height,
    header_row,
    line_count,
    mark_pages,
    max_lines,
    merge,
    plan_pages,
    put,
    row_points,
    save_workbook,
    set_widths,
    setup_page,
    split_text,
    widen_for_header_words,
)

PROVISIONAL_FILL = "D9D9D9"
# Green and red only over time; a difference between countries is a neutral blue-grey, with no arrow.
MARK_FILLS = {Mark.IMPROVED: "C6EFCE", Mark.REGRESSED: "FFC7CE", Mark.UNCHANGED: "F2F2F2",
              Mark.NOT_COMPARABLE: "FFFFFF", Mark.CHANGED: "DDEBF7", Mark.HIGHER: "E4EAF2", Mark.LOWER: "E4EAF2",
              Mark.SAME: "F2F2F2", Mark.DIFFERS: "E4EAF2"}
MARK_SIGNS = {Mark.IMPROVED: "▲", Mark.REGRESSED: "▼", Mark.UNCHANGED: "=", Mark.NOT_COMPARABLE: "–",
              Mark.CHANGED: "≠", Mark.HIGHER: "", Mark.LOWER: "", Mark.SAME: "=", Mark.DIFFERS: "≠"}
PROVISIONAL_MOVE_FILL = "EDEDED"  # an improvement or regression on thin evidence: not green, not red
# The answers as short codes (the cross-country tables of many columns); N/A has a code per language.
ANSWER_CODES = {AnswerValue.FULLY: "3", AnswerValue.LARGELY: "2", AnswerValue.PARTIALLY: "1", AnswerValue.NOT: "0",
                AnswerValue.DONT_KNOW: "?"}
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
    return f"{MARK_SIGNS[m]} {label('mark_' + m.value, lang)}".strip()


def no_verdict(move: Movement) -> bool:
    """Over time, a change on thin evidence (answers still to confirm, coverage under two thirds) is no
    verdict yet: no arrow, no "improved", "regressed" or "unchanged" (the score may rise while the coverage
    and the conservative score fall)."""
    return move.provisional and move.mark in PROGRESS_MARKS


def movement_text(move: Movement, lang: str) -> str:
    """The mark of a movement; over time, on thin evidence, no mark but why it is provisional: "provisional,
    no verdict yet: 76 answers still to confirm". Across countries the neutral mark stays, said to be
    provisional: "lower (provisional: coverage under two thirds)"."""
    if no_verdict(move):
        if move.to_confirm:
            return label("cmp_no_verdict_confirm", lang, answers=count_of("answer", move.to_confirm, lang))
        return label("cmp_no_verdict_coverage", lang)
    text = mark_text(move.mark, lang)
    if not move.provisional:
        return text
    if move.to_confirm:
        return label("cmp_provisional_confirm", lang, mark=text,
                     answers=count_of("answer", move.to_confirm, lang))
    return label("cmp_provisional_coverage", lang, mark=text)


def movement_fill(move: Movement) -> str:
    if move.provisional and move.mark in PROGRESS_MARKS and move.mark is not Mark.UNCHANGED:
        return PROVISIONAL_MOVE_FILL
    return MARK_FILLS[move.mark]


def points(value: float | None, lang: str) -> str:
    if value is None:
        return "–"
    return label("cmp_points", lang, value=fmt_signed(value, lang))


def points_format(lang: str) -> str:
    """The number format of a difference in points: "+9.7 pts", "−3.2 pts", "0.0 pts" (the number itself stays
    a number, to sort and add). Kept short: a number format never wraps, so words about the difference go in a
    cell of their own, or Excel shows ###."""
    unit = label("cmp_points", lang, value="").strip().replace('"', "")
    if lang == "ar":  # a left-to-right mark before the sign keeps it before the digits in a right-to-left cell
        return f'"{LRM}+"0.0" {unit}";"{LRM}\u2212"0.0" {unit}";"{LRM}"0.0" {unit}"'  # not "6.7−"
    return f'+0.0" {unit}";"\u2212"0.0" {unit}";0.0" {unit}"'


def put_points(ws: Worksheet, row: int, col: int, value: float | None, lang: str, style: str = "score") -> None:
    """A difference in points as a number with its sign and unit ("–" when there is none)."""
    if value is None:
        put(ws, row, col, "–", lang, "cell")
        return
    put(ws, row, col, value, lang, style)
    ws.cell(row, col).number_format = points_format(lang)


# LRM / RLM (strings.py): invisible marks setting a paragraph's direction (its first strong character)


def reading(text: str, direction: str) -> str:
    """`text` made to read as a paragraph in `direction` ('L' or 'R'): an invisible mark first, only when its
    first letter would say otherwise."""
    if first_strong(text) in (None, direction):
        return text
    return (LRM if direction == "L" else RLM) + text


# a number followed by a percent sign ("60%", "60 %", "12,5%"), not the tail of a longer number
_PERCENT = re.compile(r"(?<![\d.,\u200e])\d+(?:[.,]\d+)?[ \u00a0\u202f]?%")


def percents_as_figures(text: str) -> str:
    """In the Arabic reports every percent reads as the report's own figures do (strings.figure): "60%", the
    sign right of the digits, wherever it stands. A comment's "أن 60% من" otherwise came out "%60" after its
    Arabic words (the bidi algorithm puts the sign on the reading side) while the scores beside it read
    "47.6%": a left-to-right mark on each side of it (the one after holds "12.5 %" with its space together),
    invisible, ignored by search."""
    return _PERCENT.sub(lambda m: LRM + m.group(0) + LRM, text) if "%" in text else text


def comment_of(title: str, text: str, lang: str) -> str:
    """"title: text", with the French space before the colon; read in the direction of the text, not of the
    title (an Arabic comment under a Latin title reads right to left, a French one left to right). In Arabic,
    its percents read as the report's figures (percents_as_figures)."""
    if lang == "ar":
        text = percents_as_figures(text)
    joined = f"{title}\u00a0: {text}" if lang == "fr" else f"{title}: {text}"
    return reading(joined, first_strong(text) or ("R" if lang == "ar" else "L"))


def notes_of(c: Comparison, ch: ChangedQuestion, lang: str, cut: int = 0) -> list[str]:
    """The comments and the reasons for "not applicable" of a changed question, each after its assessment's
    title (`cut`: texts longer than that are shortened, with "…")."""
    def short(text: str) -> str:
        return text if not cut or len(text) <= cut else text[:cut].rstrip() + "…"

    out = []
    for col in c.columns:
        parts = []
        reason = ch.na_reasons.get(col.id, "")
        if reason:
            parts.append(label("cmp_na_because", lang, reason=short(reason)))
        comment = ch.comments[col.id].strip()
        if comment:
            parts.append(short(comment))
        if parts:
            out.append(comment_of(col.title, " — ".join(parts), lang))
    return out


def answer_code(v: AnswerValue | None, carried: bool, lang: str) -> str:
    if v is None:
        return "–"
    code = label("cmp_code_na", lang) if v is AnswerValue.NA else ANSWER_CODES[v]
    return code + ("*" if carried else "")


def column_keys(c: Comparison) -> dict[int, str]:
    """A short key for each assessment: its country code when each country is there once, else its number."""
    codes = [col.country_code for col in c.columns]
    if len(set(codes)) == len(codes) and all(codes):
        return {col.id: col.country_code for col in c.columns}
    return {col.id: str(k) for k, col in enumerate(c.columns, start=1)}


def names_scores(c: Comparison, line: Line, ids: list[int], lang: str) -> str:
    return ", ".join(f"{_short_name(c, i)} ({_score_text(line.figures[i], lang)})" for i in ids)


def _short_name(c: Comparison, i: int) -> str:
    col = next(x for x in c.columns if x.id == i)
    return col.info.country_name if c.reading is Reading.ACROSS_COUNTRIES and col.info.country_name else col.title


def _score_text(f: Figures, lang: str) -> str:
    if f.score is not None and f.provisional:
        return label("provisional_score", lang, score=fmt_pct(f.score, lang))
    return fmt_pct(f.score, lang)


def spread_text(c: Comparison, line: Line, lang: str) -> str:
    """Across countries: who is highest and lowest (not a direction)."""
    if line.spread is None:
        return label("mark_not_comparable", lang)
    return (comment_of(label("cmp_highest", lang), names_scores(c, line, line.highest(), lang), lang) + "\n"
            + comment_of(label("cmp_lowest", lang), names_scores(c, line, line.lowest(), lang), lang))


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
        cell._style = StyleArray(style)  # a copy


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
    open_sheet(wb.create_sheet(label("sheet_cmp_open", lang)), report)
    actions_sheet(wb.create_sheet(label("cmp_actions", lang)), report)
    for ws in wb.worksheets:  # no header word cut in two ("Conservativ / e score")
        widen_for_header_words(ws, lang)
    print_over_pages(wb.worksheets[1], 2, 3, FIGURES, len(c.columns))  # 14 assessments: not fit to one page
    # the changed answers too (14 assessments: 19 columns, 326 characters, fit to the width at 43 %): the
    # question's id and text repeated on each page, each assessment's answer whole, direction and comments last
    print_over_pages(wb.worksheets[2], 2, 3, 1, len(c.columns))
    marking = _marking(c, lang)
    if marking:
        mark_pages(wb, marking)
    wb.properties.title = label("cmp_title", lang)
    wb.properties.subject = reading_line(c, lang)
    wb.properties.creator = "OPSC-Assess"
    wb.properties.language = lang
    return wb


def _marking(c: Comparison, lang: str) -> str:
    """The classifications of the assessments compared (each once), and 'draft' unless every one is
    validated, saying how many are not: "DRAFT (1 of 2 not validated) · Restricted"."""
    marks = list(dict.fromkeys(col.info.confidentiality for col in c.columns if col.info.confidentiality))
    drafts = sum(1 for col in c.columns if col.info.validation_status != "validated")
    if drafts:
        marks.insert(0, label("draft_mark", lang) if drafts == len(c.columns) else
                     label("cmp_draft_of", lang, n=drafts, total=len(c.columns)))
    return " · ".join(marks)


def name_of(col: object, lang: str) -> str:
    """An assessment as the reports name it: its title, and its country and date."""
    info = col.info  # type: ignore[attr-defined]
    when = fmt_date(info.assessment_date, lang) if info.assessment_date else ""
    sep = "، " if lang == "ar" else ", "
    extra = sep.join(x for x in (info.country_name, when) if x)
    # read in the report's direction: an Arabic title in an English report keeps "(Lebanon, 25 March 2026)"
    # after it, on the right
    return reading(f"{info.title} ({extra})" if extra else info.title, "R" if lang == "ar" else "L")


def reading_line(c: Comparison, lang: str) -> str:
    if c.reading is Reading.OVER_TIME:
        return label("cmp_over_time", lang, country=c.first.info.country_name, first=c.first.title, last=c.last.title)
    if c.reading is Reading.ACROSS_COUNTRIES:
        return label("cmp_across", lang, assessments=count_of("assessment", len(c.columns), lang))
    countries = len({col.country_code for col in c.columns})
    if countries == 1:  # one country's reviews, not in date order: not "of 1 countries, not one country"
        return label("cmp_mixed_one", lang, assessments=count_of("assessment", len(c.columns), lang))
    return label("cmp_mixed", lang, assessments=count_of("assessment", len(c.columns), lang),
                 countries=count_of("country", countries, lang))


def notes(c: Comparison, lang: str) -> list[str]:
    """The sentences every comparison report gives under its overall figures."""
    key = {Reading.OVER_TIME: "cmp_reference", Reading.ACROSS_COUNTRIES: "cmp_reference_across",
           Reading.MIXED: "cmp_reference_mixed"}[c.reading]
    out = [label(key, lang, first=c.first.title, last=c.last.title)]
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
            out.append(label("cmp_carried_over", lang, answers=count_of("answer", carried, lang), title=col.title))
    out.append(label("cmp_how_to_read" if c.reading is Reading.OVER_TIME else "cmp_how_to_read_across", lang))
    return out


# The Overall sheet prints landscape and about its own width (130 characters over time, 158 across
# countries, on a landscape page of ~140): fit to a portrait page's width, it printed at half size
OVERALL_WIDTHS = (30, 16, 14, 12, 12, 14, 16, 18)
MOVEMENT_WIDTH = 26  # the words beside a difference, wrapped: "lower (provisional: coverage under two thirds)"


def title_cell(ws: Worksheet, row: int, text: str, lang: str, style: str, width: int, size: float) -> None:
    """A title over the width of the table below it: merged, wrapped, its row as tall as its lines (a long
    title no longer runs off the printed page)."""
    widths = [ws.column_dimensions[get_column_letter(k)].width or 13 for k in range(1, width + 1)]
    cell = put(ws, row, 1, text, lang, style)
    merge(ws, row, 1, row, width)
    cell.alignment = align(lang == "ar", wrap=True)
    per_line = max(10.0, sum(widths) * 11 / size / 1.15)  # widths count 11-point characters
    ws.row_dimensions[row].height = size * 1.4 * math.ceil(len(text) / per_line) + 4


def chart_heading(ws: Worksheet, row: int, text: str, lang: str, width: int) -> None:
    """A chart's heading at the top of a new printed page, the chart anchored right under it: the chart is
    never printed apart from its heading."""
    ws.row_breaks.append(Break(id=row - 1))
    title_cell(ws, row, text, lang, "heading", width, 12)


def overall_sheet(ws: Worksheet, report: ComparisonReport) -> None:
    lang, c = report.lang, report.comparison
    setup_page(ws, lang, landscape=True)
    set_widths(ws, OVERALL_WIDTHS)
    over_time = c.reading is Reading.OVER_TIME
    span = len(OVERALL_WIDTHS) if not over_time else len(OVERALL_WIDTHS) - 1
    title_cell(ws, 1, label("cmp_progress_title" if over_time else "cmp_title", lang), lang, "title", span, 15)
    title_cell(ws, 2, label("cmp_subtitle", lang), lang, "subtitle", span, 11)
    title_cell(ws, 3, reading_line(c, lang), lang, "bold", span, 10)
    put(ws, 5, 1, label("cmp_assessments", lang), lang, "heading")
    heads = [label(k, lang) for k in ("title", "country", "assessment_date", "version", "coverage", "score",
                                      "conservative_score")]
    if not over_time:
        heads.append(label("cmp_difference_vs", lang, first=c.first.title))
    header_row(ws, 6, heads, lang)
    fit_row_height(ws, 6, OVERALL_WIDTHS, heads, lang)
    if not over_time:  # the difference's number and its words under one heading
        ws.column_dimensions["I"].width = MOVEMENT_WIDTH
        put(ws, 6, 9, "", lang, "header")
        merge(ws, 6, 8, 6, 9)
    ws.row_dimensions[6].height = max(30, ws.row_dimensions[6].height or 0)  # "Date of the assessment": two lines
    row = 7
    first_figures = c.overall.figures[c.first.id]
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
        if not over_time:
            d = Movement.between(first_figures, f, c.reading)
            if col is c.first:
                put(ws, row, 8, "", lang, "cell")
                put(ws, row, 9, "", lang, "cell")
            else:  # the difference a number with a short format; its words in the next cell (a long format never wraps)
                put_points(ws, row, 8, d.score, lang)
                words = movement_text(d, lang)
                put(ws, row, 9, words, lang, "cell")
                ws.cell(row, 9).alignment = align(lang == "ar", wrap=True)
                fit_row_height(ws, row, (*OVERALL_WIDTHS, MOVEMENT_WIDTH), [""] * 8 + [words], lang)
            if col is not c.first:
                _fill(ws.cell(row, 8), movement_fill(d))
                _fill(ws.cell(row, 9), movement_fill(d))
        row += 1
    last_data = row - 1
    if over_time:
        move = c.overall.change
        text = label("cmp_change_line", lang, mark=movement_text(move, lang))
        put(ws, row, 1, text, lang, "cell_bold")
        fit_row_height(ws, row, OVERALL_WIDTHS, [text], lang)
        _fill(ws.cell(row, 1), movement_fill(move))
        for col_no in (2, 3, 4):
            put(ws, row, col_no, "", lang, "cell")
        put_points(ws, row, 5, None if move.coverage is None else 100 * move.coverage, lang)
        put_points(ws, row, 6, move.score, lang)
        ws.cell(row, 6).font = copy(ws.cell(row, 1).font)  # bold, as the line's label
        put_points(ws, row, 7, move.conservative, lang)
        row += 1
    row += 1
    for text in notes(c, lang):
        put(ws, row, 1, text, lang, "body")
        merge(ws, row, 1, row, span)
        fit_row_height(ws, row, [sum(OVERALL_WIDTHS[:span])], [text], lang)
        row += 1
    row += 1
    chart_heading(ws, row, label("cmp_chart_overall", lang), lang, span)
    row += 1
    # horizontal bars: the assessments' titles read level beside their bars, however many and long (as
    # columns, 14 titles were tilted 45 degrees and ran out of the chart's frame)
    chart = BarChart()
    chart.type = "bar"
    chart.style = 10
    chart.y_axis.scaling.min, chart.y_axis.scaling.max, chart.y_axis.majorUnit = 0, 100, 25
    chart.y_axis.number_format = "0"
    chart.x_axis.delete = chart.y_axis.delete = False
    chart.x_axis.scaling.orientation = "maxMin"  # the first assessment at the top, as in the table
    chart.legend.position = "b"
    chart.add_data(Reference(ws, min_col=6, max_col=7, min_row=6, max_row=last_data), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=7, max_row=last_data))
    chart.height, chart.width = max(6.0, 0.85 * len(c.columns) + 3), 18
    ws.add_chart(chart, f"A{row}")
    ws.freeze_panes = "A7"


def movement_cell(move: Movement, lang: str) -> str:
    """A difference and its mark in one cell: "+5.0 pts ▲ improved", "−3.2 pts lower"."""
    return f"{points(move.score, lang)}\n{movement_text(move, lang)}" if move.score is not None else \
        movement_text(move, lang)


FIGURES = 3  # columns per assessment in the matrix: score, conservative score, coverage


def sections_sheet(ws: Worksheet, report: ComparisonReport) -> None:
    lang, c = report.lang, report.comparison
    setup_page(ws, lang, landscape=True, title_rows="4:5")
    n = len(c.columns)
    over_time = c.reading is Reading.OVER_TIME
    widths = (9, 34, *([10, 11, 10] * n), 12, 30 if not over_time else 22)
    set_widths(ws, widths)
    title_cell(ws, 1, label("cmp_matrix", lang), lang, "title", min(len(widths), 8), 15)
    title_cell(ws, 2, label("cmp_matrix_note", lang), lang, "body", min(len(widths), 8), 10)
    if not over_time:  # who ranks highest and lowest: only scores at two-thirds coverage
        title_cell(ws, 3, label("cmp_spread_note", lang), lang, "body", min(len(widths), 8), 10)
    header_row(ws, 4, [label("section", lang), label("title", lang)], lang)
    header_row(ws, 5, ["", ""], lang)
    for k, col in enumerate(c.columns):
        at = 3 + FIGURES * k
        put(ws, 4, at, col.title, lang, "header")
        for j in (1, 2):
            put(ws, 4, at + j, "", lang, "header")
        merge(ws, 4, at, 4, at + FIGURES - 1)
        put(ws, 5, at, label("score", lang), lang, "header")
        put(ws, 5, at + 1, label("conservative_score", lang), lang, "header")
        put(ws, 5, at + 2, label("coverage", lang), lang, "header")
    end = 3 + FIGURES * n
    heads = (("cmp_change", "cmp_direction") if over_time else ("cmp_spread", "cmp_highest_lowest"))
    for at, key in zip((end, end + 1), heads, strict=True):
        put(ws, 4, at, label(key, lang), lang, "header")
        put(ws, 5, at, "", lang, "header")
        merge(ws, 4, at, 5, at)
    ws.row_dimensions[4].height = 30
    ws.row_dimensions[5].height = 30  # "Conservative score" on two lines
    row = 6
    lines = [(s.id, s.title.get(lang), c.sections[s.id]) for s in c.questionnaire.sections]
    for sid, title, line in [*lines, ("", label("overall_score", lang), c.overall)]:
        bold = sid == ""
        put(ws, row, 1, sid, lang, "cell_bold" if bold else "cell")
        put(ws, row, 2, title, lang, "cell_bold" if bold else "cell")
        for k, col in enumerate(c.columns):
            f = line.figures[col.id]
            at = 3 + FIGURES * k
            put(ws, row, at, f.score, lang, "score", fill=score_fill(f))
            put(ws, row, at + 1, f.conservative, lang, "score")
            put(ws, row, at + 2, f.coverage, lang, "share")
        if over_time:
            text = movement_text(line.change, lang)
            put_points(ws, row, end, line.change.score, lang)
            put(ws, row, end + 1, text, lang, "cell")
            _fill(ws.cell(row, end + 1), movement_fill(line.change))
        else:
            text = spread_text(c, line, lang)
            put(ws, row, end, line.spread, lang, "score")
            put(ws, row, end + 1, text, lang, "cell")
        fit_row_height(ws, row, widths, ["", title, *([""] * FIGURES * n), "", text], lang)
        row += 1
    ws.freeze_panes = ws.cell(6, 3)
    # the matrix broken by hand: no page holds only its last row or two (the Overall score alone on a page, the
    # chart on the next under an empty header band); each page repeats the header rows (4:5)
    room = PAGE_HEIGHT / print_scale(sum(widths))
    heights = [ws.row_dimensions[r].height or 15.0 for r in range(1, row + 2)]
    repeat = heights[3] + heights[4]
    ends, used = plan_pages(heights[5:row - 6 + 5], sum(heights[:5]), room, repeat)
    for end in ends:
        ws.row_breaks.append(Break(id=6 + end))
    row += 1
    heading = label("cmp_chart_sections", lang)
    title_cell(ws, row, heading, lang, "heading", min(len(widths), 8), 12)
    height = chart_height(c, len(lines))
    after = used + heights[row - 2] + (ws.row_dimensions[row].height or 15.0)
    if height > chart_room(widths, after):  # the chart and its heading on a page of their own
        ws.row_breaks.append(Break(id=row - 1))
        # the chart's page repeats the header rows (4:5) above its heading
        after = sum(ws.row_dimensions[r].height or 15.0 for r in (4, 5, row))
    _sections_chart(ws, c, 6, 6 + len(lines) - 1, row + 1, min(height, chart_room(widths, after)))


PAGE_CHARS = 140  # a landscape A4 page less half-inch margins, in characters of Arial 10 (5.25 pt, a column's unit)
PAGE_HEIGHT = 595.0 - 2 * 72  # points: landscape A4 less the top and bottom margins (an inch each)
CM = 72 / 2.54  # points in a centimetre


def chart_room(widths: Sequence[float], above: float) -> float:
    """The height in centimetres a chart may take under `above` points of rows on a printed page of a sheet
    `widths` wide: a sheet fit to the page's width prints at PAGE_CHARS / its width (14 assessments: about a
    quarter), so its page holds 1 / that scale as many of its points; 10 % spared for the printer's rounding."""
    scale = print_scale(sum(widths))
    return 0.9 * (PAGE_HEIGHT / scale - above) / CM


FIT_FROM = 0.6  # a sheet is fit to the page's width when that prints it at 60 % or more (up to 4 assessments)
WIDE_SCALE = 80  # a wider one prints at 80 % over several pages wide, its row titles repeated on each


def print_scale(width: float) -> float:
    """The scale a sheet `width` characters wide prints at: fit to a landscape page's width, or WIDE_SCALE when
    that would make it too small to read (14 assessments' Sections sheet, 46 columns, printed at 26 %)."""
    fit = min(1.0, PAGE_CHARS / width)
    return fit if fit >= FIT_FROM else WIDE_SCALE / 100


def print_over_pages(ws: Worksheet, fixed: int, first: int, group: int, groups: int) -> None:
    """Print a sheet too wide to fit a page (print_scale) at WIDE_SCALE over several pages wide: its first
    `fixed` columns (the row titles) repeated on each page, page breaks between whole groups of `group` columns
    (an assessment's score, conservative score and coverage), the `groups` groups starting at column `first`;
    the columns after them (the change, the spread) go on the last page, or one of their own."""
    widths = [_width(ws, k) for k in range(1, ws.max_column + 1)]
    if PAGE_CHARS / sum(widths) >= FIT_FROM:  # fit to the page's width (setup_page)
        return
    ws.sheet_properties.pageSetUpPr.fitToPage = False
    ws.page_setup.scale = WIDE_SCALE
    ws.print_title_cols = f"A:{get_column_letter(fixed)}"
    ws.page_setup.pageOrder = "overThenDown"  # the same sections of the next assessments on the next page
    room = PAGE_CHARS * 100 / WIDE_SCALE - sum(widths[:fixed]) - 2  # a little spared for the printer's rounding
    blocks = [(first + g * group, first + (g + 1) * group - 1) for g in range(groups)]
    if len(widths) >= first + groups * group:
        blocks.append((first + groups * group, len(widths)))
    used = 0.0
    for start, end in blocks:
        width = sum(widths[start - 1:end])
        if used and used + width > room:
            ws.col_breaks.append(Break(id=start - 1))
            used = 0.0
        used += width


def _width(ws: Worksheet, column: int) -> float:
    width = ws.column_dimensions[get_column_letter(column)].width
    return float(width) if width else 13.0


def chart_height(c: Comparison, rows: int) -> float:
    """The Sections chart's natural height in centimetres: 0.28 cm a bar, 9 cm at least."""
    return max(9.0, 0.28 * rows * len(c.columns) + 3)


def _sections_chart(ws: Worksheet, c: Comparison, first: int, last: int, anchor_row: int, room: float) -> None:
    """The sections' scores of each assessment as bars, `room` centimetres tall (held to one printed page by
    the caller: with 14 assessments it was 81 cm, split over two pages)."""
    chart = BarChart()
    chart.type = "bar"
    chart.style = 10
    chart.y_axis.scaling.min, chart.y_axis.scaling.max, chart.y_axis.majorUnit = 0, 100, 25
    chart.y_axis.number_format = "0"
    chart.y_axis.majorGridlines = None
    chart.x_axis.delete = chart.y_axis.delete = False
    chart.x_axis.scaling.orientation = "maxMin"
    for k, col in enumerate(c.columns):
        at = 3 + FIGURES * k
        series = Series(Reference(ws, min_col=at, min_row=first, max_row=last), title=col.title)
        chart.series.append(series)
    chart.set_categories(Reference(ws, min_col=1, min_row=first, max_row=last))
    chart.height = room
    chart.width = 22
    ws.add_chart(chart, f"A{anchor_row}")


def changed_sheet(ws: Worksheet, report: ComparisonReport) -> None:
    lang, c = report.lang, report.comparison
    setup_page(ws, lang, landscape=True, title_rows="3:3")
    n = len(c.columns)
    widths = (10, 36, *([14] * n), 14, 44, 26)  # two assessments: 158 characters, printed at 85 % (was 204, 53 %)
    set_widths(ws, widths)
    title_cell(ws, 1, label("cmp_changed_questions", lang), lang, "title", 4, 15)
    heads = [label("question", lang), label("title", lang), *(col.title for col in c.columns),
             label("cmp_direction", lang), label("comment", lang), label("na_reason", lang)]
    header_row(ws, 3, heads, lang)
    fit_row_height(ws, 3, widths, heads, lang)
    ws.row_dimensions[3].height = max(30, ws.row_dimensions[3].height or 0)
    row = 4
    if not c.changed:
        put(ws, row, 1, label("cmp_no_changed", lang), lang, "line")
        row += 1
    answers = {v: answer_text(v, lang) for v in (None, *AnswerValue)}  # each answer's words, looked up once
    centred_styles: dict[tuple[int, ...], StyleArray] = {}
    carried_mark = f" ({label('carried_over_mark', lang)})"
    for ch in c.changed:
        text = c.questionnaire.question(ch.question_id).text.get(lang)
        centred(put(ws, row, 1, ch.question_id, lang, "cell"), centred_styles)
        put(ws, row, 2, text, lang, "cell")
        for k, col in enumerate(c.columns):
            v = ch.values[col.id]
            shown = answers[v] + (carried_mark if ch.carried_over[col.id] else "")
            reason = ch.na_reasons.get(col.id, "")
            if reason and n <= 3:
                shown += "\n" + reason
            put(ws, row, 3 + k, shown, lang, "cell", fill=ANSWER_COLOURS[v.value if v else ""])
        put(ws, row, 3 + n, mark_text(ch.direction, lang), lang, "cell", fill=MARK_FILLS[ch.direction])
        comments = "\n".join(comment_of(col.title, ch.comments[col.id].strip(), lang) for col in c.columns
                             if ch.comments[col.id].strip())
        reasons = "\n".join(comment_of(col.title, ch.na_reasons[col.id], lang) for col in c.columns
                            if ch.na_reasons.get(col.id))
        # Many assessments' comments in one cell can pass what Excel's 409-point row shows (14 countries:
        # the last ones were cut off in print): they go on in continuation rows, as in the assessment
        # workbook, each piece but the last saying so, the question's id repeated, "(continued...)" beside it
        room = max_lines(lang)
        said = split_text(comments, widths[3 + n], lang, room) if comments else [""]
        why = split_text(reasons, widths[4 + n], lang, room) if reasons else [""]
        for i in range(max(len(said), len(why))):
            if i:
                centred(put(ws, row, 1, ch.question_id, lang, "cell"), centred_styles)
                put(ws, row, 2, label("continued_row", lang), lang, "cell")
                # the answer and direction cells are left unwritten: blank, framed by their neighbours' borders
                # (writing ~2,000 empty styled cells for 14 countries cost a third of the workbook's save)
            piece, reason_piece = (said[i] if i < len(said) else ""), (why[i] if i < len(why) else "")
            put(ws, row, 4 + n, piece, lang, "cell")
            put(ws, row, 5 + n, reason_piece, lang, "cell")
            fit_row_height(ws, row, widths, ["", text if not i else "", *([""] * n), "", piece, reason_piece],
                           lang)
            row += 1
    if c.changed:
        ws.auto_filter.ref = f"A3:{get_column_letter(5 + n)}{row - 1}"
    ws.freeze_panes = "C4"


# A question's id centred in its column: left-aligned, in the Arabic workbook (columns right to left) it
# touched the question's text, right-aligned in the next column
ID_ALIGN = Alignment(horizontal="center", vertical="top", wrap_text=False)


def centred(cell: Cell, known: dict[tuple[int, ...], StyleArray]) -> None:
    """`cell.alignment = ID_ALIGN`: registered with the workbook once per style (`known`: the styles it made, by
    the style it changed), then its indices copied (openpyxl hashes the alignment at each assignment)."""
    key = tuple(cell._style)
    style = known.get(key)
    if style is None:
        cell.alignment = ID_ALIGN
        known[key] = copy(cell._style)
    else:
        cell._style = StyleArray(style)  # a copy
OPEN_WIDTHS = (22, 26, 10, 52)  # narrow enough that neither Excel nor LibreOffice scales the page down
# landscape A4 less the top and bottom margins (an inch each) and the repeated header row, 5 % to spare
PAGE_ROOM = 0.95 * (595.0 - 2 * 72) - 17
WIDOW = 3  # rows at least, on a page, of an assessment's list


def open_columns(c: Comparison) -> list[Column]:
    """Whose unanswered questions are listed: over time the last review's (the baseline's gaps are history);
    across countries or mixed, every assessment's."""
    return [c.last] if c.reading is Reading.OVER_TIME else list(c.columns)


def open_sheet(ws: Worksheet, report: ComparisonReport) -> None:
    """The questions not answered yet, on a sheet of their own with its own header row repeated on each
    printed page: per assessment, a line of counts, then one row per question (why it is open, its id, its
    text), no assessment's list starting or ending with fewer than WIDOW rows alone on a page."""
    lang, c = report.lang, report.comparison
    setup_page(ws, lang, landscape=True, title_rows="3:3")
    set_widths(ws, OPEN_WIDTHS)
    cols = open_columns(c)
    title = (label("cmp_still_open", lang, title=c.last.title) if len(cols) == 1
             else label("cmp_still_open_each", lang))
    title_cell(ws, 1, title, lang, "title", len(OPEN_WIDTHS), 15)
    heads = [label(k, lang) for k in ("assessment", "cmp_open_why", "question_id", "question")]
    header_row(ws, 3, heads, lang)
    row, breaks = 4, []
    centred_styles: dict[tuple[int, ...], StyleArray] = {}
    used = sum(ws.row_dimensions[r].height or 15.0 for r in (1, 2))  # the page's header row: in PAGE_ROOM
    for col in cols:
        groups = c.open_in(col.id)
        lines = [(state, qid) for state in OPEN_ORDER for qid in groups[state]]
        summary = comment_of(col.title, open_counts_of(groups, lang) if lines else label("cmp_still_open_none", lang),
                             lang)
        merge_row = row
        heights = [row_points(line_count(summary, sum(OPEN_WIDTHS), lang), lang)]
        texts = []
        title_lines = line_count(col.title, OPEN_WIDTHS[0], lang)
        why_lines = {state: line_count(open_state_label(state, lang), OPEN_WIDTHS[1], lang) for state in groups}
        for state, qid in lines:  # the row as tall as its tallest cell (the reason wraps too: it was cut)
            text = c.questionnaire.question(qid).text.get(lang)
            texts.append(text)
            heights.append(row_points(max(line_count(text, OPEN_WIDTHS[3], lang), title_lines, why_lines[state]),
                                      lang))
        # page breaks from the row heights written: the counts line never alone at a page's foot, and an
        # assessment's last WIDOW rows never split from one another (no row alone at the head of a page)
        for k, h in enumerate(heights):
            need = sum(heights[:WIDOW]) if k == 0 else sum(heights[k:]) if len(heights) - k == WIDOW else h
            if used + max(need, h) > PAGE_ROOM and used > 0:
                breaks.append(row + k - 1)
                used = 0.0
            used += h
        put(ws, merge_row, 1, summary, lang, "bold")
        merge(ws, merge_row, 1, merge_row, len(OPEN_WIDTHS))
        ws.row_dimensions[merge_row].height = heights[0]
        row += 1
        for (state, qid), text, h in zip(lines, texts, heights[1:], strict=True):
            put(ws, row, 1, col.title, lang, "cell")
            put(ws, row, 2, open_state_label(state, lang), lang, "cell")
            centred(put(ws, row, 3, qid, lang, "cell"), centred_styles)
            put(ws, row, 4, text, lang, "cell")
            ws.row_dimensions[row].height = h
            row += 1
    for at in breaks:
        ws.row_breaks.append(Break(id=at))
    ws.freeze_panes = "A4"


def open_state_label(state: State, lang: str) -> str:
    """Why a question is open, for one row: carried over is the assessment report's own mark."""
    return label("carried_over_mark" if state is State.CARRIED_OVER else f"cmp_open_{state.value}_one", lang)


def open_counts_of(groups: dict[State, list[str]], lang: str) -> str:
    return label("cmp_open_counts", lang, total=count_of("question", sum(len(v) for v in groups.values()), lang), **{
        {"carried_over": "carried", "unanswered": "unanswered", "dont_know": "dont_know",
         "na_pending": "na_pending"}[s.value]: len(ids) for s, ids in groups.items()})


def open_counts(c: Comparison, lang: str) -> str:
    return open_counts_of(c.still_open_by_state(), lang)


def state_label(state: ActionState, lang: str) -> str:
    """Done and in progress are the action statuses of the assessment report; late and not started are the
    comparison's own."""
    if state in (ActionState.DONE, ActionState.IN_PROGRESS):
        return label("status_" + state.value, lang)
    return label("act_" + state.value, lang)


def answer_text(v: object, lang: str) -> str:
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
        put(ws, i, 1, state_label(state, lang), lang, "cell")
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
        put(ws, row, 7, state_label(item.state, lang), lang, "cell_bold")
        _fill(ws.cell(row, 7), STATE_FILLS[item.state])
        fit_row_height(ws, row, ACTION_WIDTHS, ["", a.description, a.lead])
        row += 1
