"""The PDF progress report of a comparison (issue 17): what moved, what did not, the answers that changed,
what is still not answered and the action plan's progress, in English, French or Arabic (right to left).

Built with the shared PDF helpers of the assessment report (fonts, Arabic shaping, Layout tables mirrored
for right-to-left, headings with bookmarks), so it looks and reads like it.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
)

from app.domain.comparison import ActionState, Comparison, ComparisonReport, Figures, Line, Mark

from .atomic import write_atomically
from .common import ANSWER_COLOURS, priority_label, section_title, status_label
from .pdf_charts import fit
from .pdf_flowables import Stack
from .pdf_layout import NAVY, RULE, Layout
from .pdf_story import heading, keep_heading
from .pdf_text import FONT, display, register_fonts, text_width
from .strings import fmt_date, fmt_pct, fmt_share, label
from .xlsx_compare import (
    MARK_FILLS,
    STATE_FILLS,
    answer_text,
    mark_text,
    name_of,
    notes,
    points,
    reading_line,
    score_fill,
)

MARGIN = 18 * mm
TOP = 22 * mm
BOTTOM = 20 * mm
MATRIX_COLUMNS = 6  # assessments per matrix table; more are continued in another table


def _hex(colour: str | None) -> colors.Color:
    return colors.HexColor("#" + colour) if colour else colors.white


def title_of(c: Comparison, lang: str) -> str:
    return label("cmp_progress_title" if c.reading.value == "over_time" else "cmp_title", lang)


def score_text(f: Figures, lang: str) -> str:
    if f.score is not None and f.provisional:
        return label("provisional_score", lang, score=fmt_pct(f.score, lang))
    return fmt_pct(f.score, lang)


# ---- the story ------------------------------------------------------------------------------------------

def get_story(report: ComparisonReport, width: float) -> list[Flowable]:
    layout = Layout(report.lang, report.rtl, width)
    return [*cover(report, layout), *moved(report, layout), *matrix(report, layout), *changed(report, layout),
            *actions(report, layout)]


def cover(report: ComparisonReport, layout: Layout) -> list[Flowable]:
    lang, c = report.lang, report.comparison
    rows: list[list[Any]] = [[label("title", lang), label("country", lang), label("assessment_date", lang),
                              label("version", lang)]]
    for col in c.columns:
        rows.append([col.title, col.info.country_name, fmt_date(col.assessment_date, lang), col.questionnaire_version])
    story: list[Flowable] = [
        Spacer(1, 60),
        layout.p(title_of(c, lang), "cover_title"),
        layout.p(label("cmp_subtitle", lang), "cover_sub"),
        layout.p(reading_line(c, lang), "cover_name"),
        layout.p(label("cmp_assessments", lang), "h2"),
        layout.table(rows, [3, 1.6, 1.4, 0.8]),
        Spacer(1, 10),
        layout.p(f"{label('generated_on', lang)}: {fmt_date(report.generated_at, lang)}", "note"),
    ]
    return [*story, NextPageTemplate("body"), PageBreak()]


def _overall_table(c: Comparison, layout: Layout) -> Flowable:
    lang = layout.lang
    rows: list[list[Any]] = [[label("assessment", lang), label("coverage", lang), label("score", lang),
                              label("conservative_score", lang)]]
    extra: list[tuple[object, ...]] = []
    for r, col in enumerate(c.columns, start=1):
        f = c.overall.figures[col.id]
        rows.append([name_of(col, lang), fmt_share(f.coverage, lang), score_text(f, lang),
                     fmt_pct(f.conservative, lang)])
        extra.append(("BACKGROUND", (2, r), (2, r), _hex(score_fill(f))))
    move = c.overall.change
    rows.append([layout.p(f"{label('cmp_change', lang)}: {mark_text(move.mark, lang)}", "cell_bold"),
                 points(None if move.coverage is None else 100 * move.coverage, lang), points(move.score, lang),
                 points(move.conservative, lang)])
    extra.append(("BACKGROUND", (0, len(rows) - 1), (-1, len(rows) - 1), _hex(MARK_FILLS[move.mark])))
    return layout.table(rows, [3.2, 1.1, 1.6, 1.3], extra=extra)


def _section_list(c: Comparison, layout: Layout, mark: Mark, key: str) -> list[Flowable]:
    lang = layout.lang
    lines = [(s, c.sections[s.id]) for s in c.questionnaire.sections if c.sections[s.id].change.mark is mark]
    out: list[Flowable] = [layout.p(label(key, lang), "h2")]
    if not lines:
        return [*out, layout.p(label("cmp_none", lang), "note")]
    rows: list[list[Any]] = [[label("section", lang), label("cmp_first", lang), label("cmp_last", lang),
                              label("cmp_change", lang)]]
    for s, line in lines:
        first, last = line.figures[c.first.id], line.figures[c.last.id]
        rows.append([section_title(s, lang), score_text(first, lang), score_text(last, lang),
                     points(line.change.score, lang)])
    return [*out, layout.table(rows, [3.4, 1.3, 1.3, 1.0])]


def moved(report: ComparisonReport, layout: Layout) -> list[Flowable]:
    lang, c = report.lang, report.comparison
    marks = c.marks()
    story: list[Flowable] = [
        heading(layout, label("cmp_what_moved", lang), "h1", "moved", 0),
        _overall_table(c, layout),
        Spacer(1, 8),
        layout.p(label("cmp_moved_counts", lang, improved=marks[Mark.IMPROVED], regressed=marks[Mark.REGRESSED],
                       unchanged=marks[Mark.UNCHANGED], other=marks[Mark.NOT_COMPARABLE]), "body"),
    ]
    story += [layout.p(text, "note") for text in notes(c, lang)]
    for mark, key in ((Mark.IMPROVED, "cmp_improved_sections"), (Mark.REGRESSED, "cmp_regressed_sections"),
                      (Mark.UNCHANGED, "cmp_unchanged_sections"), (Mark.NOT_COMPARABLE, "cmp_not_comparable_sections")):
        story += keep_heading(_section_list(c, layout, mark, key))
    return story


def _matrix_cell(f: Figures, layout: Layout) -> Flowable:
    lang = layout.lang
    return Stack([layout.p(score_text(f, lang), "cell_bold"),
                  layout.p(f"{label('coverage', lang)} {fmt_share(f.coverage, lang)}", "cell")])


def _matrix_table(c: Comparison, layout: Layout, columns: list[Any], with_change: bool) -> Flowable:
    lang = layout.lang
    head: list[Any] = [label("section", lang), *(col.title for col in columns)]
    if with_change:
        head.append(label("cmp_change", lang))
    rows: list[list[Any]] = [head]
    extra: list[tuple[object, ...]] = []
    lines: list[tuple[str, Line]] = [(section_title(s, lang), c.sections[s.id]) for s in c.questionnaire.sections]
    lines.append((label("overall_score", lang), c.overall))
    for r, (title, line) in enumerate(lines, start=1):
        row: list[Any] = [layout.p(title, "cell_bold" if line is c.overall else "cell")]
        for k, col in enumerate(columns, start=1):
            f = line.figures[col.id]
            row.append(_matrix_cell(f, layout))
            extra.append(("BACKGROUND", (k, r), (k, r), _hex(score_fill(f))))
        if with_change:
            row.append(layout.p(f"{points(line.change.score, lang)}\n{mark_text(line.change.mark, lang)}", "cell"))
            extra.append(("BACKGROUND", (len(row) - 1, r), (len(row) - 1, r), _hex(MARK_FILLS[line.change.mark])))
        rows.append(row)
    fractions = [2.6, *([1.15] * len(columns))] + ([1.15] if with_change else [])
    return layout.table(rows, fractions, extra=extra)


def matrix(report: ComparisonReport, layout: Layout) -> list[Flowable]:
    lang, c = report.lang, report.comparison
    story: list[Flowable] = [PageBreak(), heading(layout, label("cmp_matrix", lang), "h1", "matrix", 0),
                             layout.p(label("cmp_matrix_note", lang), "note")]
    cols = list(c.columns)
    chunks = [cols[i:i + MATRIX_COLUMNS] for i in range(0, len(cols), MATRIX_COLUMNS)]
    for i, chunk in enumerate(chunks):
        if i:
            story.append(CondPageBreak(200))
            story.append(Spacer(1, 10))
        story.append(_matrix_table(c, layout, chunk, with_change=i == len(chunks) - 1))
    return story


def changed(report: ComparisonReport, layout: Layout) -> list[Flowable]:
    lang, c = report.lang, report.comparison
    story: list[Flowable] = [PageBreak(), heading(layout, label("cmp_changed_questions", lang), "h1", "changed", 0)]
    shown = list(c.columns) if len(c.columns) <= 3 else [c.first, c.last]
    if not c.changed:
        story.append(layout.p(label("cmp_no_changed", lang), "body"))
    else:
        rows: list[list[Any]] = [[label("question", lang), *(col.title for col in shown), label("cmp_direction", lang),
                                  label("comment", lang)]]
        extra: list[tuple[object, ...]] = []
        for r, ch in enumerate(c.changed, start=1):
            text = c.questionnaire.question(ch.question_id).text.get(lang)
            row: list[Any] = [Stack([layout.p(ch.question_id, "cell_bold"), layout.p(text, "cell")])]
            for k, col in enumerate(shown, start=1):
                v = ch.values[col.id]
                row.append(answer_text(v, lang) + (f" ({label('carried_over_mark', lang)})"
                                                   if ch.carried_over[col.id] else ""))
                extra.append(("BACKGROUND", (k, r), (k, r), _hex(ANSWER_COLOURS[v.value if v else ""])))
            row.append(mark_text(ch.direction, lang))
            extra.append(("BACKGROUND", (len(row) - 1, r), (len(row) - 1, r), _hex(MARK_FILLS[ch.direction])))
            row.append("\n".join(f"{col.title}: {ch.comments[col.id].strip()}" for col in shown
                                 if ch.comments[col.id].strip()))
            rows.append(row)
        story.append(layout.table(rows, [3.0, *([1.2] * len(shown)), 1.1, 2.6], extra=extra))
    story += [CondPageBreak(100), layout.p(label("cmp_still_open", lang, title=c.last.title), "h2")]
    if not c.still_open:
        return [*story, layout.p(label("cmp_still_open_none", lang), "body")]
    rows = [[label("question", lang), label("title", lang)]]
    rows += [[qid, c.questionnaire.question(qid).text.get(lang)] for qid in c.still_open]
    return [*story, layout.table(rows, [0.9, 6])]


def actions(report: ComparisonReport, layout: Layout) -> list[Flowable]:
    lang, c = report.lang, report.comparison
    story: list[Flowable] = [PageBreak(), heading(layout, label("cmp_actions", lang), "h1", "actions", 0)]
    p = c.actions
    if p is None:
        return [*story, layout.p(label("cmp_no_pair", lang), "body")]
    base = next(col for col in c.columns if col.id == p.baseline_id)
    follow = next(col for col in c.columns if col.id == p.follow_up_id)
    story.append(layout.p(label("cmp_actions_note", lang, follow_up=follow.title, baseline=base.title,
                                date=fmt_date(p.as_of, lang)), "body"))
    counts = p.counts()
    rows: list[list[Any]] = [[label("act_" + s.value, lang) for s in ActionState]]
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
                     priority_label(a, lang), status_label(a, lang), label("act_" + item.state.value, lang)])
        extra.append(("BACKGROUND", (6, r), (6, r), _hex(STATE_FILLS[item.state])))
    return [*story, layout.table(rows, [0.8, 2.8, 1.4, 1.0, 0.9, 0.9, 1.0], extra=extra)]


# ---- the document -------------------------------------------------------------------------------------

class _Canvas(Canvas):  # type: ignore[misc]
    """Header (the report's title and the countries) and footer (classification, page X of Y) on every
    page but the cover, drawn once the number of pages is known."""

    def __init__(self, *args: Any, report: ComparisonReport, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self._report = report
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            if number > 1:
                self._furniture(number, total)
            super().showPage()
        super().save()

    def _line(self, y: float, left: str, right: str, size: float) -> None:
        width, _ = A4
        self.setFont(FONT, size)
        half = (width - 2 * MARGIN) / 2 - 6
        first, second = (right, left) if self._report.rtl else (left, right)
        first, second = fit(first, FONT, size, half), fit(second, FONT, size, half)
        self.drawString(MARGIN, y, display(first, FONT))  # shaped (Arabic): placed by its shaped width
        self.drawString(width - MARGIN - text_width(second, FONT, size), y, display(second, FONT))

    def _furniture(self, number: int, total: int) -> None:
        report, (width, height) = self._report, A4
        c, lang = report.comparison, report.lang
        countries = ", ".join(dict.fromkeys(col.info.country_name for col in c.columns))
        self.saveState()
        self.setFillColor(NAVY)
        self._line(height - 13 * mm, title_of(c, lang), countries, 8)
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(MARGIN, height - 15 * mm, width - MARGIN, height - 15 * mm)
        self.line(MARGIN, 14 * mm, width - MARGIN, 14 * mm)
        self.setFillColor(colors.HexColor("#595959"))
        from .xlsx_compare import _marking

        self._line(10 * mm, _marking(c, lang), label("page_x_of_y", lang, page=number, total=total), 7.5)
        self.restoreState()


def _cover_band(canvas: Canvas, _doc: BaseDocTemplate) -> None:
    width, height = A4
    canvas.saveState()
    canvas.setFillColor(NAVY)
    canvas.rect(0, height - 28 * mm, width, 28 * mm, stroke=0, fill=1)
    canvas.setFillColor(colors.HexColor("#9DC3E6"))
    canvas.rect(0, height - 30 * mm, width, 2 * mm, stroke=0, fill=1)
    canvas.restoreState()


class ComparisonTemplate(BaseDocTemplate):  # type: ignore[misc]
    def __init__(self, filename: str, report: ComparisonReport):
        c, lang = report.comparison, report.lang
        super().__init__(
            filename, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=TOP, bottomMargin=BOTTOM,
            title=title_of(c, lang), author="", subject=reading_line(c, lang),
            creator=f"OPSC-Assess {report.app_version}".strip(),
            keywords=["OPSC", "CRC/C/156", *dict.fromkeys(col.info.country_name for col in c.columns)],
            lang=lang, displayDocTitle=True, initialFontName=FONT,
        )
        frame = Frame(MARGIN, BOTTOM, A4[0] - 2 * MARGIN, A4[1] - TOP - BOTTOM, id="body", leftPadding=0,
                      rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate("cover", [frame], onPage=_cover_band), PageTemplate("body", [frame])])

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802
        outline = getattr(flowable, "_outline", None)
        if outline is not None:
            title, key, level = outline
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(title, key, level=level, closed=level == 0)


def write_comparison_pdf(report: ComparisonReport, path: str | os.PathLike[str]) -> Path:
    """Write the PDF progress report to `path` (replacing it only once the document is complete)."""
    register_fonts()

    def build(tmp: Path) -> None:
        doc = ComparisonTemplate(str(tmp), report)

        def make_canvas(*args: Any, **kwargs: Any) -> _Canvas:
            return _Canvas(*args, report=report, **kwargs)

        doc.build(get_story(report, doc.width), canvasmaker=make_canvas)

    return write_atomically(path, build, report.lang)
