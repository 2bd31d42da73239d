"""The body of the PDF report: one part per chapter and section, the action plan, the methodology annex."""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from app.domain.answers import ANSWER_LABELS, SCALE_ORDER, SCALE_VALUES, Answer
from app.domain.questionnaire import STRENGTH_WEIGHTS, Question, Section
from app.domain.report import ReportData

from .common import (
    ANSWER_COLOURS,
    answer_code,
    answer_label,
    band_label,
    band_rows,
    baseline_name,
    budget_totals,
    confidence_label,
    is_carried,
    priority_label,
    score_label,
    section_title,
    status_label,
    version_rows,
)
from .pdf_flowables import QuestionHead
from .pdf_layout import LIGHT, Grid, Layout
from .pdf_story import heading, keep_heading, weight_overrides
from .strings import METHOD_KEYS, fmt_date, fmt_money, fmt_number, fmt_pct, fmt_share, label

SCALE_TEXT = {"fully": "1", "largely": "2/3", "partially": "1/3", "not": "0"}
# The room (points) a part needs below its heading to start on the current page: its heading, a section's
# heading and score strip and the start of a question (CondPageBreak(160) before each section must never
# leave the chapter's heading alone); a third of the page.
CHAPTER_ROOM = 260.0


def _section_strip(data: ReportData, section: Section, layout: Layout) -> Flowable:
    lang, t = data.lang, data.result.sections.get(section.id)
    keys = ("coverage", "answered", "score", "conservative_score", "band")
    answered = f"{t.answered} / {t.applicable}" if t else "–"
    values = [fmt_share(t.coverage if t else None, lang), answered, score_label(t, lang),
              fmt_pct(t.conservative if t else None, lang), band_label(t, lang)]
    rows = [[label(k, lang) for k in keys], [layout.p(v, "cell_bold") for v in values]]
    return layout.table(rows, [1, 1, 1.4, 1.2, 1.2], extra=[("BACKGROUND", (0, 1), (-1, 1), LIGHT)])


def _question_head(q: Question, a: Answer | None, data: ReportData) -> Flowable:
    lang = data.lang
    weight = f"{label('weight', lang)} {fmt_number(data.result.weights.get(q.id, q.weight), lang)}"
    parts = [weight, q.id, q.paragraph_label] if data.rtl else [q.id, q.paragraph_label, weight]
    if is_carried(a):  # carried over, not confirmed: its value shown as such, in white (it is not scored)
        return QuestionHead(" · ".join(parts), confidence_label(a, lang),
                            f"{answer_label(a, lang)} ({label('to_confirm', lang)})", ANSWER_COLOURS[""], data.rtl)
    return QuestionHead(" · ".join(parts), confidence_label(a, lang), answer_label(a, lang),
                        ANSWER_COLOURS[answer_code(a)], data.rtl)


def question_block(q: Question, data: ReportData, layout: Layout) -> list[Flowable]:
    """A question with its answer and, when filled in, reason, legal provision, evidence and comment."""
    a, lang = data.answers.get(q.id), data.lang
    fields = [("na_reason", a.na_reason if a and a.is_na else ""), ("legal_provision", a.legal_provision if a else ""),
              ("evidence", a.evidence if a else ""), ("comment", a.comment if a else "")]
    blocks = [(label(key, lang), value.strip()) for key, value in fields if value.strip()]
    if is_carried(a):  # a follow-up's answer copied from the baseline that nobody has confirmed yet
        blocks.insert(0, (label("carried_over_status", lang), label("carried_from", lang, baseline=baseline_name(data))))
    return [layout.card(_question_head(q, a, data), q.text.get(lang), blocks)]


def sections(data: ReportData, layout: Layout) -> list[Flowable]:
    """One part per chapter (outline level 0) holding its sections (level 1)."""
    story: list[Flowable] = []
    lang, q = data.lang, data.questionnaire
    placed: set[str] = set()
    groups = [(f"{c.id} {c.title.get(lang)}", c.id, q.sections_of(c.id)) for c in q.chapters]
    orphans = [s for s in q.sections if s.chapter not in {c.id for c in q.chapters}]
    if orphans:
        groups.append((label("results_by_section", lang), "other", orphans))
    for title, key, members in groups:
        if not members:
            continue
        # a chapter starts on the page where the previous one ends when a good part of it is left: no page
        # holding only a chapter's last question, no chart alone on half a page before the first chapter
        story += [CondPageBreak(CHAPTER_ROOM), heading(layout, f"{label('chapter', lang)} {title}", "h1",
                                                       f"chapter-{key}", 0)]
        for s in members:
            placed.add(s.id)
            story += [CondPageBreak(160), heading(layout, section_title(s, lang), "h2", f"section-{s.id}", 1),
                      _section_strip(data, s, layout), Spacer(1, 6)]
            if s.intro:
                story.append(layout.p(s.intro.get(lang), "intro"))
            for question in s.questions:
                story += question_block(question, data, layout)
    return story


def actions(data: ReportData, layout: Layout) -> list[Flowable]:
    """The action plan: lead and partners in their own columns, budgets grouped and never split, and a
    total per currency under the table (amounts in different currencies are never added together)."""
    lang = data.lang
    story: list[Flowable] = [CondPageBreak(CHAPTER_ROOM), heading(layout, label("action_plan", lang), "h1", "actions", 0)]
    if not data.actions:
        return [*story, layout.p(label("no_actions", lang), "body")]
    keys = ("question_id", "action", "lead", "partners", "deadline", "budget", "priority", "status")
    rows: list[list[str]] = [[label(k, lang) for k in keys]]
    for a in data.actions:
        budget = fmt_money(a.budget, a.currency, lang) if a.budget is not None else ""
        rows.append([a.question_id, a.description, a.lead, a.partners, fmt_date(a.deadline, lang) if a.deadline else "",
                     budget, priority_label(a, lang), status_label(a, lang)])
    totals = budget_totals(data)
    lines = [label("total_budget", lang, currency=currency or "–", amount=fmt_money(amount, currency, lang))
             for currency, amount in totals]
    last = len(rows)
    extra: list[tuple[object, ...]] = []
    for i, line in enumerate(lines):  # one row across the table per currency, after the actions
        rows.append([layout.p(line, "cell_bold"), *[""] * (len(keys) - 1)])
        extra += [("SPAN", (0, last + i), (-1, last + i)), ("BACKGROUND", (0, last + i), (-1, last + i), LIGHT)]
    table = layout.table(rows, [0.8, 2.8, 1.3, 1.3, 1.0, 1.2, 0.9, 0.9], extra=extra)
    if isinstance(table, Grid):  # the totals never start a page alone: they keep the last actions with them
        table.min_tail = len(lines) + Grid.MIN_ROWS
    return [*story, table]


def _pairs(layout: Layout, title: str, headers: list[str], rows: list[list[str]]) -> list[Flowable]:
    """A short table with its heading, kept together on one page."""
    table = layout.table([headers, *rows], [3, 1] if len(headers) == 2 else [2, 1.2, 1.2])
    return [KeepTogether([layout.p(title, "h2"), table])]


def methodology(data: ReportData, layout: Layout) -> list[Flowable]:
    lang = data.lang
    story: list[Flowable] = [CondPageBreak(CHAPTER_ROOM),
                             heading(layout, label("annex_methodology", lang), "h1", "methodology", 0)]
    story += [layout.p(label(k, lang), "body") for k in METHOD_KEYS]
    scale = [[ANSWER_LABELS[v].get(lang, ANSWER_LABELS[v]["en"]), SCALE_TEXT[v.value]]
             for v in SCALE_ORDER if v in SCALE_VALUES]
    story += _pairs(layout, label("answer_scale", lang), [label("answer", lang), label("value", lang)], scale)
    weights = [[label(f"strength_{s.value}", lang), fmt_number(w, lang)] for s, w in STRENGTH_WEIGHTS.items()]
    story += _pairs(layout, label("weights", lang), [label("strength", lang), label("weight", lang)], weights)
    bands = [[name, f"≥ {minimum:g}"] for name, minimum in band_rows(lang)]
    # the report's last page never holds only the changed weights and "About this report" (the Arabic summary's
    # p. 14): the bands' table goes with them when they do not fit under it
    end = [*_pairs(layout, label("bands", lang), [label("band", lang), label("minimum", lang)], bands),
           *keep_heading(weight_overrides(data, layout)), Spacer(1, 12), KeepTogether(_about(data, layout))]
    return [*story, _RoomFor(end), *end]


class _RoomFor(CondPageBreak):  # type: ignore[misc]
    """A conditional page break as tall as the flowables that follow it (measured at the frame's width): they
    start a new page together unless they all fit where they are. Unlike KeepTogether, the last one's space
    after does not count (the page's foot takes it), so what fits exactly stays."""

    TALL = 500.0  # points: about two thirds of a page

    def __init__(self, flowables: list[Flowable]):
        super().__init__(0)
        self.flowables = flowables

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.height = self._height(self.flowables, availWidth)
        if self.height > self.TALL:  # too tall to be worth a page of its own (many changed weights): flows on
            self.height = 0.0
        return tuple(super().wrap(availWidth, availHeight))

    def _height(self, flowables: list[Flowable], width: float) -> float:
        total = 0.0
        for i, f in enumerate(flowables):
            content = getattr(f, "_content", None)  # a KeepTogether wraps as "too tall" to force its split
            total += self._height(list(content), width) if isinstance(f, KeepTogether) and content is not None \
                else f.wrapOn(self.canv, width, 10_000)[1]
            total += f.getSpaceBefore() if i else 0.0
            total += f.getSpaceAfter() if i + 1 < len(flowables) else 0.0
        return total


def _about(data: ReportData, layout: Layout) -> list[Flowable]:
    lang = data.lang
    lines = [f"{label(key, lang)}: {value}" for key, value in version_rows(data)]
    lines.append(label("generated_by", lang, version=data.app_version, date=fmt_date(data.generated_at, lang)))
    return [layout.p(label("about", lang), "h2"), *[layout.p(line, "note") for line in lines]]
