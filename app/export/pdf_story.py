"""The front of the PDF report: cover page, executive summary, results with charts.

Each builder takes ReportData and the Layout and returns flowables (pretix-style get_story parts).
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Spacer,
    Table,
)
from reportlab.platypus.tableofcontents import TableOfContents

from app.domain.questionnaire import Section
from app.domain.report import ReportData, ValidationStatus
from app.domain.scoring import Tally

from .common import (
    ANSWER_COLOURS,
    BAND_COLOURS,
    answer_label,
    band_id,
    band_label,
    baseline_name,
    carried_count,
    dont_know_rows,
    follow_up_value,
    largest_gaps,
    questionnaire_line,
    radar_axes,
    score_label,
    section_title,
    strongest_and_weakest,
    version_rows,
    versions_differ,
    weight_reason,
)
from .pdf_charts import bar_charts, radar_chart
from .pdf_flowables import KeepWithStart, Stack
from .pdf_layout import LIGHT, Cell, Layout
from .pdf_text import FONT
from .strings import fmt_date, fmt_number, fmt_pct, fmt_share, label
from .strings_compare import count_of


def heading(layout: Layout, text: str, style: str, key: str, level: int) -> Flowable:
    """A heading that the document template turns into a bookmark and an outline entry."""
    flowable = layout.p(text, style)
    flowable._outline = (text, key, level)
    return flowable


def cover(data: ReportData, layout: Layout) -> list[Flowable]:
    a, lang = data.assessment, data.lang
    rows = [
        (label("country", lang), a.country_name),
        (label("assessment_date", lang), fmt_date(a.assessment_date, lang)),
        (label("follow_up_of", lang), follow_up_value(data)),
        (label("organisation", lang), a.organisation),
        (label("assessors", lang), a.assessors),
        (label("questionnaire", lang), questionnaire_line(data)),
        (label("generated_on", lang), fmt_date(data.generated_at, lang)),
    ]
    if versions_differ(data):
        rows[-1:-1] = [(label(k, lang), v) for k, v in version_rows(data) if k != "fingerprints"]
    details = layout.table([(layout.p(k, "cell_bold"), v) for k, v in rows if v], [1, 2.6], header=False,
                           extra=[("BACKGROUND", (0, 0), (0, -1), LIGHT), ("GRID", (0, 0), (-1, -1), 0.4, colors.white)])
    story: list[Flowable] = [
        Spacer(1, 70),
        layout.p(label("report_title", lang), "cover_title"),
        layout.p(label("report_subtitle", lang), "cover_sub"),
        layout.p(a.title, "cover_name"),
        details,
    ]
    if a.confidentiality:
        mark = layout.table([[layout.p(f"{label('confidentiality', lang)}: {a.confidentiality}", "marking")]], [1],
                            header=False, extra=[("GRID", (0, 0), (-1, -1), 0, colors.white),
                                                 ("BOX", (0, 0), (-1, -1), 1.2, colors.HexColor("#9C0006"))])
        story += [Spacer(1, 40), mark]
    return [*story, NextPageTemplate("body"), PageBreak()]


class Contents(TableOfContents):  # type: ignore[misc]
    """The printed table of contents: chapters and sections with their page, in the report's own text
    flowables (so Arabic is shaped and reads right to left like the rest)."""

    def __init__(self, layout: Layout):
        super().__init__()
        self.layout = layout

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        entries = self._lastEntries or [(0, "", 0, None)]  # the first pass: the pages are not known yet
        rows = [[self.layout.p(text, "toc0" if level == 0 else "toc1"), self.layout.p(str(page), "toc_page")]
                for level, text, page, _key in entries if level <= 1]
        self._table = self.layout.table(rows, [11, 1], header=False,
                                        extra=[("GRID", (0, 0), (-1, -1), 0, colors.white),
                                               ("TOPPADDING", (0, 0), (-1, -1), 1),
                                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1)])
        self.width, self.height = self._table.wrapOn(self.canv, availWidth, availHeight)
        return self.width, self.height


def contents(data: ReportData, layout: Layout) -> list[Flowable]:
    return [layout.p(label("contents", data.lang), "h1"), Contents(layout), PageBreak()]


def _lines(text: str) -> list[str]:
    return [line.strip(" -•\t") for line in text.splitlines() if line.strip(" -•\t")]


def validation(data: ReportData, layout: Layout) -> list[Flowable]:
    """The page a ministry signs: draft or validated, by whom and when, the institutions consulted, how the
    assessment was done, and lines for the signatures."""
    a, lang = data.assessment, data.lang
    validated = a.validation_status == ValidationStatus.VALIDATED
    status = label("status_validated" if validated else "status_draft", lang)
    rows = [(label("validation_status", lang), status)]
    if validated:
        rows += [(label("validated_by", lang), a.validated_by or label("not_recorded", lang)),
                 (label("validated_on", lang), fmt_date(a.validated_on, lang) if a.validated_on else
                  label("not_recorded", lang))]
    colour = colors.HexColor("#E2EFDA" if validated else "#FCE4D6")
    story: list[Flowable] = [
        heading(layout, label("validation", lang), "h1", "validation", 0),
        layout.table([(layout.p(k, "cell_bold"), v) for k, v in rows], [1, 2.6], header=False,
                     extra=[("BACKGROUND", (0, 0), (-1, 0), colour), ("GRID", (0, 0), (-1, -1), 0.4, colors.white)]),
        layout.p(label("institutions_consulted", lang), "h2"),
    ]
    institutions = _lines(a.institutions)
    story += [layout.p("• " + i, "body") for i in institutions] or [layout.p(label("not_recorded", lang), "note")]
    story += [layout.p(label("process", lang), "h2"),
              layout.p(a.process.strip() or label("not_recorded", lang), "body" if a.process.strip() else "note")]
    head = [label(k, lang) for k in ("signature_name", "signature_function", "signature_date", "signature")]
    blank: list[Cell] = [Spacer(1, 34), "", "", ""]  # room to write a name and sign by hand
    signatures = layout.table([head, *[list(blank) for _ in range(3)]], [1.4, 1.6, 0.8, 1.4])
    story += [KeepTogether([layout.p(label("signatures", lang), "h2"), signatures]), PageBreak()]
    return story


def keep_heading(part: list[Flowable]) -> list[Flowable]:
    """A part's heading, and its introduction when it has one, kept on the page of the table that follows
    (never a heading, nor a heading and its introduction, alone at a page's foot: "Réponses « Ne sait pas »
    à suivre" and its introduction once ended p. 5, the table on p. 6); a short table goes with them whole
    rather than leave a stray row on the next page, a long one goes with them from its first rows on."""
    if len(part) < 2:
        return part
    last = part[-1]
    if isinstance(last, Table) and len(last._cellvalues) > 12:  # a long table splits; its start not alone
        return [KeepWithStart(part)]
    return [KeepTogether(part)]


def _written(data: ReportData, layout: Layout, key: str, text: str) -> list[Flowable]:
    """A text the assessment team wrote (key findings, limitations), kept as they wrote it; its heading
    stays with its first paragraph."""
    paragraphs = [p.strip() for p in text.strip().split("\n\n") if p.strip()]
    if not paragraphs:
        return []
    first, *rest = [layout.p(p, "body") for p in paragraphs]
    return [KeepTogether([layout.p(label(key, data.lang), "h2"), first]), *rest]


def _figure(layout: Layout, key: str, value: float | None, text: str, band: Tally | None = None,
            provisional: bool = False) -> list[Flowable]:
    """A key figure: its name, the number (smaller words when not scored or provisional) and, for the
    overall score, the band when there is one."""
    big = value is not None and not provisional and not (band is not None and band.provisional)
    cells = [layout.p(label(key, layout.lang), "figure_label"), layout.p(text, "figure" if big else "figure_none")]
    if band is not None and band.band is not None:
        cells.append(layout.p(band_label(band, layout.lang), "figure_band"))
    return cells


def _key_figures(data: ReportData, layout: Layout) -> Flowable:
    """Coverage first (it says how far the score can be trusted), then the overall score."""
    t, lang = data.result.overall, data.lang
    columns = [
        _figure(layout, "coverage", t.coverage, fmt_share(t.coverage, lang)),
        _figure(layout, "overall_score", t.score, score_label(t, lang), t),
        _figure(layout, "conservative_score", t.conservative, fmt_pct(t.conservative, lang)),
        _figure(layout, "equal_weight_score", t.equal_weight_score,
                label("provisional_score", lang, score=fmt_pct(t.equal_weight_score, lang))
                if t.provisional and t.equal_weight_score is not None else fmt_pct(t.equal_weight_score, lang),
                provisional=t.provisional),
    ]
    colour = BAND_COLOURS.get(band_id(t))
    extra: list[tuple[object, ...]] = [("FONTNAME", (0, 0), (-1, -1), FONT), ("BACKGROUND", (0, 0), (-1, -1), LIGHT),
                                       ("GRID", (0, 0), (-1, -1), 2, colors.white),
                                       ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]
    if colour:
        second = 2 if layout.rtl else 1  # the overall score's box, underlined in the colour of its band
        extra.append(("LINEBELOW", (second, 0), (second, 0), 4, colors.HexColor("#" + colour)))
    cells: list[Flowable] = [Stack(c) for c in columns]
    return Table([list(reversed(cells)) if layout.rtl else cells], colWidths=[layout.width / 4] * 4, style=extra)


def _rankings(data: ReportData, layout: Layout) -> list[Flowable]:
    lang = data.lang
    strongest, weakest = strongest_and_weakest(data)
    if not strongest:
        scored = any(t.score is not None for t in data.result.sections.values())
        return [layout.p(label("rankings_provisional", lang), "note")] if scored else []

    def line(sections: list[Section], i: int) -> str:
        if i >= len(sections):
            return ""
        s = sections[i]
        return f"{section_title(s, lang)} — {fmt_pct(data.result.sections[s.id].score, lang)}"

    rows: list[list[str]] = [[label("strongest_sections", lang), label("weakest_sections", lang)]]
    rows += [[line(strongest, i), line(weakest, i)] for i in range(max(len(strongest), len(weakest)))]
    return [layout.table(rows, [1, 1])]


def _gaps(data: ReportData, layout: Layout) -> list[Flowable]:
    lang, gaps = data.lang, largest_gaps(data)
    title = layout.p(label("largest_gaps", lang), "h2")
    if not gaps:
        return [title, layout.p(label("no_gaps", lang), "note")]
    rows: list[list[str]] = [[label(k, lang) for k in ("question_id", "question", "answer", "weight", "gap_short")]]
    extra: list[tuple[object, ...]] = []
    for i, traced in enumerate(gaps, start=1):
        g = traced.gap
        q = data.questionnaire.question(g.question_id)
        text = q.text.get(lang)
        if traced.rank_without_override is not None and g.questionnaire_weight is not None:
            text += " — " + label("gap_kept_by_trace", lang, own=fmt_number(g.questionnaire_weight, lang),
                                  used=fmt_number(g.weight, lang), rank=traced.rank_without_override)
            text += f" ({label('reason', lang)}: {weight_reason(data, g.question_id)})"
        rows.append([g.question_id, text, answer_label(data.answers.get(g.question_id), lang),
                     fmt_number(g.weight, lang), fmt_number(g.priority_score, lang, 2)])
        extra.append(("BACKGROUND", (2, i), (2, i), colors.HexColor("#" + ANSWER_COLOURS[g.value.value])))
    return [title, layout.table(rows, [0.9, 3.7, 1.5, 0.8, 0.8], extra=extra)]


def weight_overrides(data: ReportData, layout: Layout) -> list[Flowable]:
    """Every weight override with its original weight, the weight used and the reason recorded, and the
    overall score under both sets of weights."""
    lang, r = data.lang, data.result
    title = layout.p(label("overridden_weights", lang), "h2")
    if not r.overridden:
        return [title, layout.p(label("no_overrides", lang), "note")]
    rows = [[label(k, lang) for k in ("question_id", "questionnaire_weight", "used_weight", "reason")]]
    rows += [[qid, fmt_number(old, lang), fmt_number(new, lang), weight_reason(data, qid)]
             for qid, (old, new) in sorted(r.overridden.items())]
    both = [[label("score_used_weights", lang), score_label(r.overall, lang)],
            [label("score_questionnaire_weights", lang), score_label(r.questionnaire_overall, lang)]]
    return [title, layout.table(both, [3, 1.2], header=False), Spacer(1, 4),
            layout.table(rows, [0.9, 1, 1, 3.3])]


def dont_know(data: ReportData, layout: Layout) -> list[Flowable]:
    """The don't-know answers, by section, with the institution best placed to answer when noted."""
    lang = data.lang
    title = layout.p(label("dont_know_list", lang), "h2")
    found = dont_know_rows(data)
    if not found:
        return [title, layout.p(label("no_dont_know", lang), "note")]
    rows = [[label(k, lang) for k in ("section", "question_id", "question", "institution")]]
    rows += [[sid, q.id, q.text.get(lang), inst] for sid, q, inst in found]
    return [title, layout.p(label("dont_know_intro", lang), "note"), layout.table(rows, [0.8, 0.9, 3.5, 1.8])]


def summary(data: ReportData, layout: Layout) -> list[Flowable]:
    lang, t = data.lang, data.result.overall
    story: list[Flowable] = [
        heading(layout, label("executive_summary", lang), "h1", "summary", 0),
        _key_figures(data, layout),
        Spacer(1, 6),
        layout.p(label("answered_of", lang, answered=t.answered, applicable=t.applicable), "note"),
    ]
    if carried_count(data):  # a follow-up with answers still to confirm: said before any figure is read
        story.append(layout.p(label("follow_up_note", lang, baseline=baseline_name(data),
                                    answers=count_of("answer", carried_count(data), lang)),
                              "body"))
    if t.score is None:
        story.append(layout.p(label("not_scored_note", lang), "body"))
    elif t.provisional:
        story.append(layout.p(label("provisional_note", lang, coverage=fmt_share(t.coverage, lang)), "body"))
    story += _written(data, layout, "key_findings", data.assessment.executive_summary)
    story += [Spacer(1, 6), *_rankings(data, layout), Spacer(1, 4), *keep_heading(_gaps(data, layout)),
              Spacer(1, 4), *keep_heading(weight_overrides(data, layout)), Spacer(1, 4),
              *keep_heading(dont_know(data, layout))]
    return [*story, *_written(data, layout, "limitations", data.assessment.limitations)]


def _results_table(data: ReportData, layout: Layout) -> Flowable:
    lang = data.lang
    keys = ("section", "coverage", "score", "conservative_score", "band", "equal_weight_score")
    rows: list[list[str]] = [[label(k, lang) for k in keys]]
    for s in data.questionnaire.sections:
        t = data.result.sections.get(s.id)
        rows.append([section_title(s, lang), fmt_share(t.coverage if t else None, lang), score_label(t, lang),
                     fmt_pct(t.conservative if t else None, lang), band_label(t, lang),
                     fmt_pct(t.equal_weight_score if t else None, lang)])
    return layout.table(rows, [2.3, 1.2, 1.5, 1.3, 1.6, 1.3])


RESULTS_ROOM = 260.0  # the results' heading, the table's header and some rows


def results(data: ReportData, layout: Layout) -> list[Flowable]:
    lang = data.lang
    story: list[Flowable] = [
        CondPageBreak(RESULTS_ROOM),  # after the summary's end on its page when there is room: no stray rows
        heading(layout, label("results_by_section", lang), "h1", "results", 0),
        _results_table(data, layout),
        Spacer(1, 12),
    ]
    charts = bar_charts(data, layout.width)
    story += [KeepTogether([layout.p(label("chart_sections", lang), "h2"), charts[0]]), *charts[1:]]
    radar = radar_chart(data, layout.width)
    if radar is not None:
        story += [CondPageBreak(radar.height + 40),
                  KeepTogether([layout.p(label(radar_axes(data)[0], lang), "h2"), radar])]
    return story
