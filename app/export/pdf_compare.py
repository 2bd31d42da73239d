"""The PDF progress report of a comparison (issue 17): what moved, what did not, the answers that changed,
what is still not answered and the action plan's progress, in English, French or Arabic (right to left).

Built with the shared PDF helpers of the assessment report (fonts, Arabic shaping, Layout tables mirrored
for right-to-left, headings with bookmarks), so it looks and reads like it.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
)

from app.domain.answers import ANSWER_LABELS, AnswerValue
from app.domain.comparison import (
    OPEN_ORDER,
    PROGRESS_MARKS,
    ActionState,
    Column,
    Comparison,
    ComparisonReport,
    Figures,
    Line,
    Mark,
    Movement,
    Reading,
)

from .atomic import write_atomically
from .common import ANSWER_COLOURS, priority_label, section_title, status_label
from .pdf_flowables import KeepWithStart, Stack, keep_headings
from .pdf_layout import BOTTOM, MARGIN, PADDING, TOP, Grid, Layout, PageCanvas, cover_band
from .pdf_story import heading, keep_heading
from .pdf_text import FONT, Piece, TextFlow, base_direction, register_fonts, word_width
from .strings import fmt_date, fmt_pct, fmt_share, label
from .strings_compare import count_of
from .xlsx_compare import (
    ANSWER_CODES,
    MARK_FILLS,
    STATE_FILLS,
    _marking,
    answer_code,
    answer_text,
    column_keys,
    comment_of,
    mark_text,
    movement_cell,
    movement_fill,
    movement_text,
    name_of,
    names_scores,
    no_verdict,
    notes,
    notes_of,
    open_counts_of,
    points,
    reading_line,
    score_fill,
    state_label,
)

MATRIX_COLUMNS = 6  # assessments per matrix table on a portrait page; more are continued in another table
WIDE_MATRIX_COLUMNS = 8  # on a landscape page
COMPACT_FROM = 4  # from this many assessments, the tables go on landscape pages and answers become codes
CUT = 90  # in the compact table, reasons for N/A are cut at this many characters (the workbook has them whole)
COMMENTED = "✎"  # in the compact table: this assessment wrote a comment on the question (read in the workbook)


@cache
def _hex(colour: str | None) -> colors.Color:
    """The reportlab colour of a hex RGB colour (white for none); each made once: thousands of cells are
    coloured, with a handful of colours."""
    return colors.HexColor("#" + colour) if colour else colors.white


def _backgrounds(row: int, fills: list[tuple[int, str | None]]) -> list[tuple[object, ...]]:
    """The BACKGROUND commands of one row's cells (column, colour), one per run of neighbouring cells of the
    same colour: the same colours, with far fewer commands for reportlab to carry through every page split
    of a long table."""
    out: list[tuple[object, ...]] = []
    k = 0
    while k < len(fills):
        col, colour = fills[k]
        end = k
        while end + 1 < len(fills) and fills[end + 1] == (fills[end][0] + 1, colour):
            end += 1
        out.append(("BACKGROUND", (col, row), (fills[end][0], row), _hex(colour)))
        k = end + 1
    return out


def title_of(c: Comparison, lang: str) -> str:
    return label("cmp_progress_title" if c.reading is Reading.OVER_TIME else "cmp_title", lang)


def score_text(f: Figures, lang: str) -> str:
    if f.score is not None and f.provisional:
        return label("provisional_score", lang, score=fmt_pct(f.score, lang))
    return fmt_pct(f.score, lang)


def compact(c: Comparison) -> bool:
    return len(c.columns) >= COMPACT_FROM


# ---- the story ------------------------------------------------------------------------------------------

def get_story(report: ComparisonReport, width: float, wide_width: float | None = None) -> list[Flowable]:
    """The flowables of the report: `width` of a portrait page's frame, `wide_width` of a landscape one (the
    matrix and the changed answers of four or more assessments go on landscape pages)."""
    layout = Layout(report.lang, report.rtl, width)
    wide = Layout(report.lang, report.rtl, wide_width or width, layout.styles)
    c = report.comparison
    first_part = moved(report, layout) if c.reading is Reading.OVER_TIME else differs(report, layout)
    big = compact(c) and wide_width is not None
    return [*cover(report, layout), *first_part, *matrix(report, wide if big else layout, big),
            *changed(report, wide if big else layout, big), *actions(report, layout, big)]


def cover(report: ComparisonReport, layout: Layout) -> list[Flowable]:
    lang, c = report.lang, report.comparison
    keys = column_keys(c)
    rows: list[list[Any]] = [[label("code", lang), label("title", lang), label("country", lang),
                              label("assessment_date", lang), label("version", lang)]]
    for col in c.columns:
        rows.append([keys[col.id], col.title, col.info.country_name, fmt_date(col.assessment_date, lang),
                     col.questionnaire_version])
    story: list[Flowable] = [
        Spacer(1, 60),
        layout.p(title_of(c, lang), "cover_title"),
        layout.p(label("cmp_subtitle", lang), "cover_sub"),
        layout.p(reading_line(c, lang), "cover_name"),
        layout.p(label("cmp_assessments", lang), "h2"),
        layout.table(rows, [0.6, 3, 1.6, 1.4, 0.8]),
        Spacer(1, 10),
        layout.p(label("generated_by", lang, version=report.app_version, date=fmt_date(report.generated_at, lang)),
                 "note"),
    ]
    return [*story, NextPageTemplate("body"), PageBreak()]


def _overall_table(c: Comparison, layout: Layout) -> Flowable:
    """The overall figures of each assessment; over time the change first -> last as the last row, otherwise
    each assessment's difference from the first, in a neutral colour."""
    lang = layout.lang
    over_time = c.reading is Reading.OVER_TIME
    head = [label("assessment", lang), label("coverage", lang), label("score", lang), label("conservative_score", lang)]
    if not over_time:
        head.append(label("cmp_difference_vs", lang, first=c.first.title))
    rows: list[list[Any]] = [head]
    extra: list[tuple[object, ...]] = []
    first = c.overall.figures[c.first.id]
    for r, col in enumerate(c.columns, start=1):
        f = c.overall.figures[col.id]
        row = [name_of(col, lang), fmt_share(f.coverage, lang), score_text(f, lang), fmt_pct(f.conservative, lang)]
        if not over_time:
            d = Movement.between(first, f, c.reading)
            row.append("" if col is c.first else movement_cell(d, lang))
            if col is not c.first:
                extra.append(("BACKGROUND", (4, r), (4, r), _hex(movement_fill(d))))
        rows.append(row)
        extra.append(("BACKGROUND", (2, r), (2, r), _hex(score_fill(f))))
    if over_time:
        move = c.overall.change
        rows.append([layout.p(label("cmp_change_line", lang, mark=movement_text(move, lang)), "cell_bold"),
                     points(None if move.coverage is None else 100 * move.coverage, lang), points(move.score, lang),
                     points(move.conservative, lang)])
        extra.append(("BACKGROUND", (0, len(rows) - 1), (-1, len(rows) - 1), _hex(movement_fill(move))))
        return layout.table(rows, [3.2, 1.1, 1.6, 1.3], extra=extra)
    return layout.table(rows, [3.0, 1.0, 1.5, 1.2, 1.6], extra=extra)


def _change_cell(move: Movement, lang: str) -> str:
    text = points(move.score, lang)
    if no_verdict(move):
        return f"{text}\n{movement_text(move, lang)}"
    return f"{text}\n{label('provisional_short', lang)}" if move.provisional else text


def _section_list(c: Comparison, layout: Layout, mark: Mark | None, key: str) -> list[Flowable]:
    lang = layout.lang
    lines = [(s, c.sections[s.id]) for s in c.questionnaire.sections if _listed_as(c.sections[s.id].change) is mark]
    out: list[Flowable] = [layout.p(label(key, lang), "h2")]
    if not lines:
        return [*out, layout.p(label("cmp_none", lang), "note")]
    rows: list[list[Any]] = [[label("section", lang), label("cmp_first", lang), label("cmp_last", lang),
                              label("cmp_change", lang)]]
    extra: list[tuple[object, ...]] = []
    for r, (s, line) in enumerate(lines, start=1):
        first, last = line.figures[c.first.id], line.figures[c.last.id]
        rows.append([section_title(s, lang), score_text(first, lang), score_text(last, lang),
                     _change_cell(line.change, lang)])
        if line.change.provisional:
            extra.append(("BACKGROUND", (3, r), (3, r), _hex(movement_fill(line.change))))
    return [*out, layout.table(rows, _list_widths(rows, layout), extra=extra)]


def _list_widths(rows: list[list[Any]], layout: Layout) -> list[float]:
    """The widths of a section list (section, first, last, change): the two figures as wide as their widest
    line ("provisoire : 58,3 %" on one line), the section and the change sharing the rest (the change a
    sentence of its own when it is provisional: in French, at a seventh of the width, it ran to 7 lines a
    cell and the table to two and a half pages). Each column stays at least its longest word (Layout.table)."""
    figures = [max(_line_width(row[k], layout, r == 0) for r, row in enumerate(rows)) for k in (1, 2)]
    rest = max(layout.width - sum(figures), layout.width / 2)
    return [0.55 * rest, *figures, 0.45 * rest]


def _line_width(text: Any, layout: Layout, head: bool) -> float:
    """The printed width of a cell's longest line (its text as the report prints it), with the padding."""
    if not isinstance(text, str):
        return 0.0
    st = layout.styles["head" if head else "cell"]
    return max(word_width(line, st.fontName, st.fontSize) for line in layout.text(text).split("\n")) + PADDING + 2


def moved(report: ComparisonReport, layout: Layout) -> list[Flowable]:
    """Over time: what improved, regressed, did not move (provisional marks said so)."""
    lang, c = report.lang, report.comparison
    # a change on thin evidence is no verdict: counted and listed apart, not as improved or regressed
    marks = {m: n - c.provisional_marks()[m] if m in PROGRESS_MARKS else n for m, n in c.marks().items()}
    story: list[Flowable] = [
        heading(layout, label("cmp_what_moved", lang), "h1", "moved", 0),
        _overall_table(c, layout),
        Spacer(1, 8),
        layout.p(label("cmp_moved_counts", lang, improved=marks[Mark.IMPROVED], regressed=marks[Mark.REGRESSED],
                       unchanged=marks[Mark.UNCHANGED], other=marks[Mark.NOT_COMPARABLE]), "body"),
    ]
    provisional = sum(1 for line in c.sections.values() if no_verdict(line.change))
    if provisional:
        story.append(layout.p(label("cmp_provisional_counts", lang, sections=count_of("section", provisional, lang)), "body"))
    story += [layout.p(text, "note") for text in pdf_notes(c, lang)]
    for mark, key in ((Mark.IMPROVED, "cmp_improved_sections"), (Mark.REGRESSED, "cmp_regressed_sections"),
                      (Mark.UNCHANGED, "cmp_unchanged_sections"), (None, "cmp_provisional_sections"),
                      (Mark.NOT_COMPARABLE, "cmp_not_comparable_sections")):
        if any(_listed_as(line.change) is mark for line in c.sections.values()):  # the counts say which are none
            story += keep_heading(_section_list(c, layout, mark, key))
    return story


def _listed_as(move: Movement) -> Mark | None:
    """The list of "What moved" a section's change goes in: its mark, or None (provisional, no verdict)."""
    return None if no_verdict(move) else move.mark


def differs(report: ComparisonReport, layout: Layout) -> list[Flowable]:
    """Across countries (or mixed): how the assessments differ, never read as progress: each one's difference
    from the first, and each section's highest and lowest score."""
    lang, c = report.lang, report.comparison
    story: list[Flowable] = [
        heading(layout, label("cmp_what_differs", lang), "h1", "moved", 0),
        _overall_table(c, layout),
        Spacer(1, 6),
    ]
    story += [layout.p(text, "note") for text in pdf_notes(c, lang)]
    rows: list[list[Any]] = [[label("section", lang), label("cmp_highest", lang), label("cmp_lowest", lang),
                              label("cmp_spread", lang)]]
    for s in c.questionnaire.sections:
        line = c.sections[s.id]
        if line.spread is None:
            rows.append([section_title(s, lang), label("mark_not_comparable", lang), "", "–"])
            continue
        rows.append([section_title(s, lang), names_scores(c, line, line.highest(), lang),
                     names_scores(c, line, line.lowest(), lang), points(line.spread, lang)])
    # the note before the table it explains: after it, it could end up alone on a page
    part = [layout.p(label("cmp_highest_lowest", lang), "h2"), layout.p(label("cmp_spread_note", lang), "note"),
            layout.table(rows, [2.6, 2.0, 2.0, 0.9])]
    # whole on the next page when it fits one: not its last two rows alone on a page before the matrix's
    return [*story, KeepTogether(part)]


def _matrix_cell(f: Figures, layout: Layout) -> Flowable:
    """Three figures on three lines, level with the labels of the row's second column (score, conservative
    score, coverage); "provisional" under them when the score rests on thin evidence."""
    lang = layout.lang
    parts = [layout.p(fmt_pct(f.score, lang), "cell_bold"), layout.p(fmt_pct(f.conservative, lang), "cell"),
             layout.p(fmt_share(f.coverage, lang), "cell")]
    if f.score is not None and f.provisional:
        parts.append(layout.p(label("provisional_short", lang), "note_cell"))
    return Stack(parts)


def _figure_labels(layout: Layout) -> Flowable:
    lang = layout.lang
    return Stack([layout.p(label("score", lang), "cell_bold"), layout.p(label("cmp_conservative_row", lang), "cell"),
                  layout.p(label("coverage", lang), "cell")])


def _matrix_table(c: Comparison, layout: Layout, columns: list[Any], with_change: bool) -> Flowable:
    lang = layout.lang
    over_time = c.reading is Reading.OVER_TIME
    head: list[Any] = [label("section", lang), "", *(col.title for col in columns)]
    if with_change:
        head.append(label("cmp_change" if over_time else "cmp_spread", lang))
    rows: list[list[Any]] = [head]
    extra: list[tuple[object, ...]] = []
    lines: list[tuple[str, Line]] = [(section_title(s, lang), c.sections[s.id]) for s in c.questionnaire.sections]
    lines.append((label("overall_score", lang), c.overall))
    for r, (title, line) in enumerate(lines, start=1):
        row: list[Any] = [layout.p(title, "cell_bold" if line is c.overall else "cell"), _figure_labels(layout)]
        fills: list[tuple[int, str | None]] = []
        for k, col in enumerate(columns, start=2):
            f = line.figures[col.id]
            row.append(_matrix_cell(f, layout))
            fills.append((k, score_fill(f)))
        extra += _backgrounds(r, fills)
        if with_change and over_time:
            shown = movement_text(line.change, lang)
            if line.change.score is not None:
                shown = f"{points(line.change.score, lang)}\n{shown}"
            row.append(layout.p(shown, "cell"))
            extra.append(("BACKGROUND", (len(row) - 1, r), (len(row) - 1, r), _hex(movement_fill(line.change))))
        elif with_change:
            row.append(layout.p(points(line.spread, lang), "cell"))
        rows.append(row)
    # over time the change is a sentence when provisional ("provisoire, pas encore de verdict : …"): room for it
    fractions = [2.3, 1.15, *([1.0] * len(columns))] + ([1.7 if over_time else 1.15] if with_change else [])
    return _min_tail(layout.table(rows, fractions, extra=extra))


TAIL = 3  # rows a table split over pages carries at least to its last page (the matrix's are tall)


def _min_tail(grid: Flowable) -> Flowable:
    """A table whose last page holds at least TAIL rows (not two rows alone on a page)."""
    if isinstance(grid, Grid):
        grid.min_tail = max(grid.min_tail, TAIL)
    return grid


def layout_height(wide: bool) -> float:
    """The height of a page's frame: portrait, or landscape ("wide")."""
    size = landscape(A4) if wide else A4
    return float(size[1] - TOP - BOTTOM)


START = 0.3  # of a page's height: a part goes on under the previous one when this much of the page is left


def _turn_or_go_on(wide: bool, layout: Layout) -> list[Flowable]:
    """Before a part: a new page when the part is on landscape pages (the previous one is on portrait pages);
    otherwise the part goes on under the previous one, on a new page only when little of this one is left (the
    matrix always started on a new page, leaving a page holding only the last two rows of a table before it).
    The heading stays with the table's first rows (keep_headings; a table splits keeping two rows a side)."""
    if wide:
        return [NextPageTemplate("wide"), PageBreak()]
    return [CondPageBreak(START * layout_height(False))]


def matrix(report: ComparisonReport, layout: Layout, wide: bool = False) -> list[Flowable]:
    lang, c = report.lang, report.comparison
    story: list[Flowable] = [*_turn_or_go_on(wide, layout),
                             heading(layout, label("cmp_matrix", lang), "h1", "matrix", 0),
                             layout.p(label("cmp_matrix_note", lang), "note")]
    cols = list(c.columns)
    size = WIDE_MATRIX_COLUMNS if wide else MATRIX_COLUMNS
    chunks = [cols[i:i + size] for i in range(0, len(cols), size)]
    for i, chunk in enumerate(chunks):
        if i:
            story.append(CondPageBreak(200))
            story.append(Spacer(1, 10))
        story.append(_matrix_table(c, layout, chunk, with_change=i == len(chunks) - 1))
    return story


def _compact_table(c: Comparison, layout: Layout) -> list[Flowable]:
    """Every assessment's answer as a code (3 fully ... 0 not, ? don't know, NA, – none; * carried over; ✎
    commented) in a narrow coloured column headed by its key; the question, then the reasons given for "not
    applicable" (each after its assessment's key, cut at CUT characters) in the wide first column. The
    comments of four or more assessments would fill dozens of pages: the workbook gives them, and says who
    wrote one here."""
    lang = layout.lang
    keys = column_keys(c)
    over_time = c.reading is Reading.OVER_TIME
    head: list[Any] = [label("question", lang), *(keys[col.id] for col in c.columns)]
    if over_time:
        head.append(label("cmp_direction", lang))
    rows: list[list[Any]] = [head]
    n = len(c.columns)
    extra: list[tuple[object, ...]] = [("LEFTPADDING", (1, 0), (n, -1), 2), ("RIGHTPADDING", (1, 0), (n, -1), 2)]
    cut = False
    for r, ch in enumerate(c.changed, start=1):
        text = c.questionnaire.question(ch.question_id).text.get(lang)
        parts: list[Flowable] = [layout.p(f"{ch.question_id} — {text}", "cell")]
        reasons = [comment_of(keys[i], _cut(r), lang) for i, r in ch.na_reasons.items()]
        cut = cut or any(len(r) > CUT for r in ch.na_reasons.values())
        if reasons:  # each reason a paragraph in its own direction (a French one, then an Arabic one)
            parts.append(own_direction([label("cmp_na_reasons", lang), *reasons], layout, "note_cell"))
        row: list[Any] = [Stack(parts)]
        fills: list[tuple[int, str | None]] = []
        for k, col in enumerate(c.columns, start=1):
            v = ch.values[col.id]
            code = answer_code(v, ch.carried_over[col.id], lang)
            row.append(layout.p(code + (f" {COMMENTED}" if ch.comments[col.id].strip() else ""), "cell"))
            fills.append((k, ANSWER_COLOURS[v.value if v else ""]))
        extra += _backgrounds(r, fills)
        if over_time:
            row.append(mark_text(ch.direction, lang))
            extra.append(("BACKGROUND", (len(row) - 1, r), (len(row) - 1, r), _hex(MARK_FILLS[ch.direction])))
        rows.append(row)
    fractions = [max(4.0, 0.55 * n), *([0.5] * n)] + ([1.1] if over_time else [])
    out = codes_legend(c, layout)
    if cut:
        out.append(layout.p(label("cmp_cut_note", lang, n=CUT), "note"))
    return [*out, layout.table(rows, fractions, extra=extra)]


def own_direction(texts: list[str], layout: Layout, style: str) -> Flowable:
    """Paragraphs under one another, each read and aligned in the direction of its first letter (a comment in
    French, then one in Arabic), not in the report's."""
    pieces = []
    for text in texts:
        direction = base_direction(text, "R" if layout.rtl else "L")
        pieces.append(Piece(layout.text(text), _aligned(layout.styles[style], direction), direction=direction))
    return TextFlow(pieces)


@cache
def _aligned(style: ParagraphStyle, direction: str) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}-{direction}", parent=style, alignment=TA_RIGHT if direction == "R" else TA_LEFT)


def codes_legend(c: Comparison, layout: Layout) -> list[Flowable]:
    """What the codes and the column keys mean, each item a cell of its own (code, then its meaning), so a
    Latin code never mixes into an Arabic sentence: four pairs a row, then the columns' keys and titles."""
    lang = layout.lang
    keys = column_keys(c)
    items = [(ANSWER_CODES[v], ANSWER_LABELS[v].get(lang, ANSWER_LABELS[v]["en"]))
             for v in (AnswerValue.FULLY, AnswerValue.LARGELY, AnswerValue.PARTIALLY, AnswerValue.NOT,
                       AnswerValue.DONT_KNOW)]
    items += [(label("cmp_code_na", lang), ANSWER_LABELS[AnswerValue.NA].get(lang, "")),
              ("–", label("not_answered", lang)), ("*", label("carried_over_mark", lang)),
              (COMMENTED, label("cmp_code_commented", lang))]
    per_row = 3
    rows: list[list[Any]] = []
    for i in range(0, len(items), per_row):
        chunk = items[i:i + per_row] + [("", "")] * (per_row - len(items[i:i + per_row]))
        rows.append([x for code, meaning in chunk for x in (layout.p(code, "cell_bold"), layout.p(meaning, "cell"))])
    columns: list[list[Any]] = [[label(k, lang) for k in ("cmp_code_key", "title", "country", "assessment_date")]]
    columns += [[layout.p(keys[col.id], "cell_bold"), own_direction([col.title], layout, "cell"),
                 layout.p(col.info.country_name, "cell"),
                 layout.p(fmt_date(col.info.assessment_date, lang) if col.info.assessment_date else "–", "cell")]
                for col in c.columns]
    plain = [("GRID", (0, 0), (-1, -1), 0, colors.white), ("BACKGROUND", (0, 0), (-1, -1), colors.white)]
    return [KeepTogether([layout.p(label("cmp_codes_title", lang), "h3"),
                          layout.table(rows, [0.7, 2.0] * per_row, header=False, extra=plain)]),
            Spacer(1, 4), layout.table(columns, [0.7, 3.0, 1.6, 1.6]), Spacer(1, 8)]


def _cut(text: str) -> str:
    return text if len(text) <= CUT else text[:CUT].rstrip() + "…"


def _full_table(c: Comparison, layout: Layout) -> Flowable:
    """Two or three assessments: each answer in words, the direction, the comments and N/A reasons."""
    lang = layout.lang
    over_time = c.reading is Reading.OVER_TIME
    rows: list[list[Any]] = [[label("question", lang), *(col.title for col in c.columns)]
                             + ([label("cmp_direction", lang)] if over_time else []) + [label("cmp_notes_col", lang)]]
    extra: list[tuple[object, ...]] = []
    for r, ch in enumerate(c.changed, start=1):
        text = c.questionnaire.question(ch.question_id).text.get(lang)
        # the id and the question as two flowables of the cell (not one Stack): a row cut over two pages then
        # repeats the id with "(cont.)" on the second (the table's continuation mark)
        row: list[Any] = [[layout.p(ch.question_id, "cell_bold"), layout.p(text, "cell")]]
        for k, col in enumerate(c.columns, start=1):
            v = ch.values[col.id]
            row.append(answer_text(v, lang) + (f" ({label('carried_over_mark', lang)})"
                                               if ch.carried_over[col.id] else ""))
            extra.append(("BACKGROUND", (k, r), (k, r), _hex(ANSWER_COLOURS[v.value if v else ""])))
        if over_time:
            row.append(mark_text(ch.direction, lang))
            extra.append(("BACKGROUND", (len(row) - 1, r), (len(row) - 1, r), _hex(MARK_FILLS[ch.direction])))
        # each assessment's comment a paragraph in its own direction: an Arabic comment after a French one
        # reads right to left, its label's colon in place
        row.append(own_direction(notes_of(c, ch, lang), layout, "cell"))
        rows.append(row)
    # the comments get the most room (about two fifths of the width): they are the longest text of a row
    fractions = [2.4, *([1.0] * len(c.columns))] + ([1.0] if over_time else []) + [4.0]
    return _min_tail(layout.table(rows, fractions, extra=extra))


def changed(report: ComparisonReport, layout: Layout, wide: bool = False) -> list[Flowable]:
    lang, c = report.lang, report.comparison
    # on the matrix's last page when a good part of it is left (same page template): its last rows no longer
    # stand alone on a page before a break
    story: list[Flowable] = [CondPageBreak(0.45 * layout_height(wide)),
                             heading(layout, label("cmp_changed_questions", lang), "h1", "changed", 0)]
    if not c.changed:
        story.append(layout.p(label("cmp_no_changed", lang), "body"))
    elif compact(c):
        story += _compact_table(c, layout)
    else:
        story.append(_full_table(c, layout))
    return [*story, *still_open(c, layout)]


def still_open(c: Comparison, layout: Layout) -> list[Flowable]:
    """What is not answered yet, apart: carried over and still to confirm, don't know, N/A without its reason,
    never answered. Over time the last review's questions, in full; across countries (or mixed) every
    assessment's, each under its own heading, by id (the workbook's sheet gives each question's text)."""
    if c.reading is Reading.OVER_TIME:
        return _open_of(c, c.last, layout, full=True)
    story: list[Flowable] = []
    done = [col.title for col in c.columns if not any(c.open_in(col.id).values())]
    if done:  # in one sentence, not a heading and a sentence each (fourteen of them filled a page)
        story += [CondPageBreak(60), layout.p(label("cmp_all_answered_in", layout.lang,
                                                    titles="، ".join(done) if layout.rtl else ", ".join(done)),
                                              "body")]
    for col in c.columns:
        if any(c.open_in(col.id).values()):
            story += _open_of(c, col, layout, full=False)
    return story


def _open_of(c: Comparison, col: Column, layout: Layout, full: bool) -> list[Flowable]:
    lang = layout.lang
    groups = c.open_in(col.id)
    head = layout.p(label("cmp_still_open", lang, title=col.title), "h2")
    if not any(groups.values()):
        return keep_heading([head, layout.p(label("cmp_still_open_none", lang), "body")])
    story: list[Flowable] = [CondPageBreak(100), head, layout.p(open_counts_of(groups, lang), "body")]
    for state in OPEN_ORDER:
        ids = groups[state]
        if not ids:
            continue
        title = layout.p(label("cmp_open_" + state.value, lang, n=len(ids)), "h3")
        if not full:
            story += keep_heading([title, layout.p(", ".join(ids), "body"), Spacer(1, 4)])
            continue
        rows: list[list[Any]] = [[label("question_id", lang), label("question", lang)]]
        rows += [[qid, c.questionnaire.question(qid).text.get(lang)] for qid in ids]
        story += keep_heading([title, layout.table(rows, [0.9, 6]), Spacer(1, 6)])
    return story


def pdf_notes(c: Comparison, lang: str) -> list[str]:
    """The notes under the overall figures; without a baseline/follow-up pair, the sentence saying when the
    action plan's progress is given is one of them (as a heading and a sentence at the end of the report, it
    went alone on a last page)."""
    return [*notes(c, lang), *([label("cmp_no_pair", lang)] if c.actions is None else [])]


def actions(report: ComparisonReport, layout: Layout, after_wide: bool = False) -> list[Flowable]:
    lang, c = report.lang, report.comparison
    p = c.actions
    if p is None:  # said among the notes of the first part (pdf_notes)
        return []
    turn = [NextPageTemplate("body"), PageBreak()] if after_wide else _turn_or_go_on(False, layout)
    story: list[Flowable] = [*turn, heading(layout, label("cmp_actions", lang), "h1", "actions", 0)]
    base = next(col for col in c.columns if col.id == p.baseline_id)
    follow = next(col for col in c.columns if col.id == p.follow_up_id)
    story.append(layout.p(label("cmp_actions_note", lang, follow_up=follow.title, baseline=base.title,
                                date=fmt_date(p.as_of, lang)), "body"))
    counts = p.counts()
    rows: list[list[Any]] = [[state_label(s, lang) for s in ActionState]]
    rows.append([str(counts[s]) for s in ActionState])
    extra = [("BACKGROUND", (k, 1), (k, 1), _hex(STATE_FILLS[s])) for k, s in enumerate(ActionState)]
    story += [layout.table(rows, [1, 1, 1, 1], extra=extra), Spacer(1, 10)]
    if not p.items:
        return [*story, layout.p(label("cmp_no_actions", lang), "body")]
    rows = [[label(k, lang) for k in ("question_id", "action", "lead", "deadline", "priority", "status",
                                          "cmp_state")]]
    extra = []
    for r, item in enumerate(p.items, start=1):
        a = item.action
        rows.append([a.question_id, a.description, a.lead, fmt_date(a.deadline, lang) if a.deadline else "",
                     priority_label(a, lang), status_label(a, lang), state_label(item.state, lang)])
        extra.append(("BACKGROUND", (6, r), (6, r), _hex(STATE_FILLS[item.state])))
    return [*story, layout.table(rows, [0.8, 2.8, 1.4, 1.0, 0.9, 0.9, 1.0], extra=extra)]


# ---- the document -------------------------------------------------------------------------------------

class ComparisonTemplate(BaseDocTemplate):  # type: ignore[misc]
    """Three page templates: the cover, portrait body pages and landscape ("wide") pages for the tables of
    four or more assessments."""

    def __init__(self, filename: str, report: ComparisonReport):
        c, lang = report.comparison, report.lang
        super().__init__(
            filename, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=TOP, bottomMargin=BOTTOM,
            title=title_of(c, lang), author="", subject=reading_line(c, lang),
            creator=f"OPSC-Assess {report.app_version}".strip(),
            keywords=["OPSC", "CRC/C/156", *dict.fromkeys(col.info.country_name for col in c.columns)],
            lang=lang, displayDocTitle=True, initialFontName=FONT,
            keepTogetherClass=KeepWithStart,  # a heading kept with the first rows of a long table
        )
        frame = Frame(MARGIN, BOTTOM, A4[0] - 2 * MARGIN, A4[1] - TOP - BOTTOM, id="body", leftPadding=0,
                      rightPadding=0, topPadding=0, bottomPadding=0)
        wide_size = landscape(A4)
        self.wide_width = wide_size[0] - 2 * MARGIN
        wide = Frame(MARGIN, BOTTOM, self.wide_width, wide_size[1] - TOP - BOTTOM, id="wide", leftPadding=0,
                     rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate("cover", [frame], onPage=cover_band, pagesize=A4),
                               PageTemplate("body", [frame], pagesize=A4),
                               PageTemplate("wide", [wide], pagesize=wide_size)])

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802
        outline = getattr(flowable, "_outline", None)
        if outline is not None:
            title, key, level = outline
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(title, key, level=level, closed=level == 0)


def write_comparison_pdf(report: ComparisonReport, path: str | os.PathLike[str]) -> Path:
    """Write the PDF progress report to `path` (replacing it only once the document is complete)."""
    register_fonts()
    c = report.comparison
    comma = "، " if report.lang == "ar" else ", "  # the Arabic comma in an Arabic header
    header = (title_of(c, report.lang), comma.join(dict.fromkeys(col.info.country_name for col in c.columns)))

    def build(tmp: Path) -> None:
        doc = ComparisonTemplate(str(tmp), report)

        def make_canvas(*args: Any, **kwargs: Any) -> PageCanvas:
            return PageCanvas(*args, language=report.lang, rtl=report.rtl, header=header,
                              marking=_marking(c, report.lang), **kwargs)

        doc.build(keep_headings(get_story(report, doc.width, doc.wide_width)), canvasmaker=make_canvas)

    return write_atomically(path, build, report.lang)
