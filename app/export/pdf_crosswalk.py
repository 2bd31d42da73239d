"""The crosswalk part of the PDF report: the results read by MNR capability and by ICMEC criterion.

For each framework: a table (every capability, with its coverage, score, conservative score and the
questions driving its gap, largest weight x gap first; "no question maps here" where none does) and a
bar chart drawn like the chart of the sections. Scores come from the domain's crosswalk(), the same
method and weights as the section scores.
"""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Spacer

from app.domain.crosswalk import (
    CAVEAT_MARK,
    FRAMEWORK_NAMES,
    FRAMEWORKS,
    MNR,
    Crosswalk,
    GroupScore,
    crosswalk,
    short_name,
)
from app.domain.report import ReportData

from .common import score_label
from .pdf_charts import GRID, LINE, ROW, _bar_row, _Mirror, _scale, _text, label_lines
from .pdf_layout import Layout
from .pdf_story import heading
from .pdf_text import FONT
from .strings import fmt_number, fmt_pct, fmt_share, label

DRIVERS_SHOWN = 4  # questions named per capability in the table; the workbook lists them all


def report_crosswalks(data: ReportData) -> list[Crosswalk]:
    """The crosswalk of each framework the questionnaire has tags for."""
    out = []
    for fw in FRAMEWORKS:
        if any(t.framework == fw for t in data.questionnaire.tags):
            out.append(crosswalk(data.questionnaire, data.result, data.answers, fw))
    return out


def marked_name(g: GroupScore, lang: str) -> str:
    """The group's short name, after CAVEAT_MARK ("* name", as the window shows it) when it is to be read with care (see caveat_text)."""
    name = short_name(g.tag, lang)
    return f"{CAVEAT_MARK} {name}" if g.caveat else name


def caveat_text(g: GroupScore, lang: str) -> str:
    """Why a group marked CAVEAT_MARK is to be read with care: the tags file's note on how thinly the
    Guidelines cover it, or else how few questions its figures rest on."""
    if g.tag.note:
        return g.tag.note.get(lang)
    n = len(g.question_ids)
    return label("proxy_one" if n == 1 else "proxy_two" if n == 2 else "proxy_many", lang, n=n)


def caveat_lines(cw: Crosswalk, lang: str) -> list[str]:
    """One line per group to read with care: "* name – why"."""
    return [f"{marked_name(g, lang)} – {caveat_text(g, lang)}" for g in cw.groups if g.caveat]


def drivers_text(g: GroupScore, lang: str, limit: int | None = DRIVERS_SHOWN) -> str:
    if not g.mapped:
        return label("no_question_maps", lang)
    if g.tally.applicable == 0:  # every question mapped here is N/A: nothing to score, ever (not "not yet")
        return label("all_na_one", lang) if g.tally.total == 1 else label("all_na_many", lang, n=g.tally.total)
    if g.tally.score is None and not g.gaps:  # questions map here, none answered yet: not "no gap"
        return label("not_scored_yet", lang)
    if not g.gaps:
        return label("no_gap_here", lang)
    shown = g.gaps if limit is None else g.gaps[:limit]
    text = ", ".join(f"{x.question_id} ({fmt_number(x.priority_score, lang, 2)})" for x in shown)
    return text + (" …" if limit is not None and len(g.gaps) > limit else "")


def _table(cw: Crosswalk, data: ReportData, layout: Layout) -> Flowable:
    lang = data.lang
    first = "capability" if cw.framework == MNR else "criterion"
    rows: list[list[str]] = [[label(k, lang) for k in (first, "questions_count", "coverage", "score",
                                                        "conservative_score", "driving_gaps")]]
    for g in cw.groups:
        t = g.tally
        if not g.mapped:
            rows.append([marked_name(g, lang), "0", "–", "–", "–", label("no_question_maps", lang)])
            continue
        rows.append([marked_name(g, lang), str(t.total), fmt_share(t.coverage, lang), score_label(t, lang),
                     fmt_pct(t.conservative, lang), drivers_text(g, lang)])
    return layout.table(rows, [2.6, 0.9, 1.0, 1.3, 1.2, 2.6])


def _chart(cw: Crosswalk, data: ReportData, width: float) -> Drawing:
    """One bar per capability (score in its band's colour, conservative as a thin near-black bar); a name to read with
    care starts with its mark, as in the table."""
    lang = data.lang
    groups = cw.groups
    label_w = min(210.0, width * 0.42)
    rows = [ROW + LINE * (len(label_lines(marked_name(g, lang), 7.5, label_w - 6, most=2)) - 1) for g in groups]
    height = sum(rows) + 44
    d = Drawing(width, height, initialFontName=FONT)
    m = _Mirror(width, data.rtl)
    bar_w = width - label_w - 62
    top = height - 8
    bottom = top
    for g, row in zip(groups, rows, strict=True):  # a long name on two lines rather than cut
        t = g.tally
        bottom -= row
        y = bottom + (row - ROW) / 2
        if not g.mapped:
            _bar_row(d, m, y, marked_name(g, lang), None, None, (label_w, label_w, bar_w), lang, most=2)
            _text(d, m.x(label_w + 4), y + 4, label("no_question_maps", lang), m.anchor("start"), 7, colour=GRID)
            continue
        _bar_row(d, m, y, marked_name(g, lang), t.score, t.conservative, (label_w, label_w, bar_w), lang,
                 t.provisional, most=2)
    _scale(d, m, label_w, bar_w, bottom, top, lang)
    return d


def crosswalk_part(data: ReportData, layout: Layout) -> list[Flowable]:
    """The part after the results by section: one table and one chart per framework."""
    walks = report_crosswalks(data)
    if not walks:
        return []
    lang = data.lang
    total = len(data.questionnaire.questions())
    story: list[Flowable] = [PageBreak(), heading(layout, label("crosswalk_title", lang), "h1", "crosswalk", 0),
                             layout.p(label("crosswalk_intro", lang), "body")]
    for i, cw in enumerate(walks):
        name = FRAMEWORK_NAMES[cw.framework].get(lang)
        if i:
            story.append(CondPageBreak(200))
        story += [heading(layout, name, "h2", f"crosswalk-{cw.framework}", 1), _table(cw, data, layout)]
        notes = [label("untagged_note", lang, n=len(cw.untagged), total=total)] if cw.untagged else []
        if cw.unmapped:
            notes.append(label("unmapped_note", lang, names="; ".join(short_name(g.tag, lang) for g in cw.unmapped)))
        story += [layout.p(n, "note") for n in notes]
        caveats = caveat_lines(cw, lang)
        if caveats:  # the groups marked * in the table: why to read them with care
            story += [layout.p(label("caveats_title", lang), "body")] + [layout.p(c, "note") for c in caveats]
        chart = _chart(cw, data, layout.width)
        story += [Spacer(1, 6), KeepTogether([layout.p(label(f"chart_{cw.framework}", lang), "h2"), chart])]
    return story
