"""The detail sheets of the Excel report: Answers, Action plan, Methodology, About."""

from __future__ import annotations

from collections.abc import Sequence
from copy import copy

from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import PatternFill
from openpyxl.worksheet.worksheet import Worksheet

from app.domain.answers import ANSWER_LABELS, SCALE_ORDER, SCALE_VALUES
from app.domain.questionnaire import STRENGTH_WEIGHTS
from app.domain.report import ReportData

from .common import (
    ANSWER_COLOURS,
    answer_code,
    answer_label,
    band_rows,
    budget_totals,
    confidence_label,
    dont_know_rows,
    is_carried,
    largest_gaps,
    priority_label,
    score_label,
    status_label,
    version_rows,
    versions_differ,
    weight_reason,
)
from .strings import METHOD_KEYS, fmt_date, label
from .xlsx_style import (
    centre_ids,
    fit_row_height,
    header_row,
    put,
    put_rows,
    set_widths,
    setup_page,
    widen_to_words,
)

SCALE_TEXT = {"fully": "1", "largely": "2/3", "partially": "1/3", "not": "0"}
# The last columns are for pivot tables and formulas: the answer's code (fully, largely, partially, not,
# na, dont_know), its value on the scale, the weight used and the gap, weight × (1 − value) (methodology), and
# its status: "carried over — to confirm" for a follow-up's answer copied from the baseline and not yet
# confirmed, whose value and gap stay empty since it is not scored (a pivot agrees with the report's score).
ANSWER_COLUMNS = ("section", "question_id", "paragraphs", "question", "answer", "na_reason", "legal_provision",
                  "evidence", "confidence", "comment", "answer_code", "answer_value", "weight", "weighted_gap",
                  "answer_status")
ANSWER_WIDTHS = (12, 11, 12, 50, 18, 28, 28, 32, 13, 45, 12, 10, 9, 11, 16)
ANSWER_STYLES = {12: "number", 13: "number", 14: "number"}
ACTION_COLUMNS = ("question_id", "action", "lead", "partners", "deadline", "budget", "currency", "priority",
                  "status")
ACTION_WIDTHS = (11, 50, 24, 24, 13, 13, 9, 11, 13)
ACTION_STYLES = {5: "date", 6: "money"}


def _answer_colours(ws: Worksheet, lang: str, last_row: int) -> None:
    """Conditional fills on the answer column (E), one rule per point of the scale."""
    if last_row < 2:
        return
    target = f"E2:E{last_row}"
    for value in SCALE_ORDER:
        text = ANSWER_LABELS[value].get(lang, ANSWER_LABELS[value]["en"]).replace('"', '""')
        fill = PatternFill("solid", fgColor=ANSWER_COLOURS[value.value], bgColor=ANSWER_COLOURS[value.value])
        ws.conditional_formatting.add(target, FormulaRule(formula=[f'$E2="{text}"'], fill=fill, stopIfTrue=True))


def answers_sheet(ws: Worksheet, data: ReportData) -> None:
    lang = data.lang
    setup_page(ws, lang, landscape=True, title_rows="1:1")
    set_widths(ws, ANSWER_WIDTHS)
    header_row(ws, 1, [label(k, lang) for k in ANSWER_COLUMNS], lang)
    widen_to_words(ws, [label(k, lang) for k in ANSWER_COLUMNS], lang)
    fit_row_height(ws, 1, ANSWER_WIDTHS, [label(k, lang) for k in ANSWER_COLUMNS], lang)
    row = 2
    weights = data.result.weights
    for section in data.questionnaire.sections:
        for q in section.questions:
            a = data.answers.get(q.id)
            carried = is_carried(a)
            value = SCALE_VALUES.get(a.value) if a is not None and a.value is not None and not carried else None
            weight = weights.get(q.id, q.weight)
            shown = f"{answer_label(a, lang)} ({label('to_confirm', lang)})" if carried else answer_label(a, lang)
            values = (section.id, q.id, q.paragraph_label, q.text.get(lang), shown,
                      a.na_reason if a else "", a.legal_provision if a else "", a.evidence if a else "",
                      confidence_label(a, lang), a.comment if a else "", answer_code(a), value, weight,
                      None if value is None else weight * (1.0 - value),
                      label("carried_over_status", lang) if carried else "")
            row = put_rows(ws, row, values, ANSWER_WIDTHS, lang, ANSWER_STYLES, repeat=(1, 2), note_col=4)
    last = row - 1
    centre_ids(ws, (1, 2, 3, 11), 2, last)  # and the answer code: in Arabic "partially" touched the value
    ws.freeze_panes = "C2"
    ws.auto_filter.ref = f"A1:O{max(last, 2)}"
    _answer_colours(ws, lang, last)


def actions_sheet(ws: Worksheet, data: ReportData) -> None:
    lang = data.lang
    setup_page(ws, lang, landscape=True, title_rows="1:1")
    set_widths(ws, ACTION_WIDTHS)
    header_row(ws, 1, [label(k, lang) for k in ACTION_COLUMNS], lang)
    widen_to_words(ws, [label(k, lang) for k in ACTION_COLUMNS], lang)
    ws.freeze_panes = "A2"
    if not data.actions:
        put(ws, 2, 1, label("no_actions", lang), lang, "line")
        return
    row = 2
    for a in data.actions:
        values = (a.question_id, a.description, a.lead, a.partners, a.deadline, a.budget, a.currency,
                  priority_label(a, lang), status_label(a, lang))
        row = put_rows(ws, row, values, ACTION_WIDTHS, lang, ACTION_STYLES, repeat=(1,))
    ws.auto_filter.ref = f"A1:I{row - 1}"
    # a total per currency, as in the PDF (amounts in different currencies are never added together): real
    # numbers in the budget column's format, the currency beside them, under the filtered range
    row += 1
    for currency, amount in budget_totals(data):
        put(ws, row, 2, label("total_budget_of", lang, currency=currency or "–"), lang, "cell_bold")
        put(ws, row, 6, amount, lang, "money")
        put(ws, row, 7, currency, lang, "cell_bold")
        ws.cell(row=row, column=6).font = copy(ws.cell(row=row, column=2).font)
        row += 1


def _paragraph(ws: Worksheet, row: int, text: str, lang: str) -> int:
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=3)
    put(ws, row, 1, text, lang)
    fit_row_height(ws, row, (90,), (text,), lang)
    return row + 1


def _pairs(ws: Worksheet, row: int, title: str, headers: list[str], rows: Sequence[Sequence[object]],
           lang: str) -> int:
    put(ws, row, 1, title, lang, "heading")
    header_row(ws, row + 1, headers, lang)
    for i, values in enumerate(rows, start=row + 2):
        for col, value in enumerate(values, start=1):
            put(ws, i, col, value, lang, "cell")
    return row + len(rows) + 3


def methodology_sheet(ws: Worksheet, data: ReportData) -> None:
    lang = data.lang
    setup_page(ws, lang)
    set_widths(ws, (46, 22, 22))
    put(ws, 1, 1, label("methodology", lang), lang, "title")
    row = 3
    for key in METHOD_KEYS:
        row = _paragraph(ws, row, label(key, lang), lang)
    scale = [(ANSWER_LABELS[v].get(lang, ANSWER_LABELS[v]["en"]), SCALE_TEXT[v.value])
             for v in SCALE_ORDER if v in SCALE_VALUES]
    row = _pairs(ws, row + 1, label("answer_scale", lang), [label("answer", lang), label("value", lang)], scale,
                 lang)
    weights = [(label(f"strength_{s.value}", lang), w) for s, w in STRENGTH_WEIGHTS.items()]
    row = _pairs(ws, row, label("weights", lang), [label("strength", lang), label("weight", lang)], weights, lang)
    bands = [(name, minimum) for name, minimum in band_rows(lang)]
    row = _pairs(ws, row, label("bands", lang), [label("band", lang), label("minimum", lang)], bands, lang)
    overrides = [(qid, old, new, weight_reason(data, qid)) for qid, (old, new) in sorted(data.result.overridden.items())]
    headers = [label("question_id", lang), label("questionnaire_weight", lang), label("used_weight", lang),
               label("reason", lang)]
    if overrides:
        ws.column_dimensions["D"].width = 50
        row = _pairs(ws, row, label("overridden_weights", lang), headers, overrides, lang)
        both = [(label("score_used_weights", lang), score_label(data.result.overall, lang)),
                (label("score_questionnaire_weights", lang), score_label(data.result.questionnaire_overall, lang))]
        for i, (name, value) in enumerate(both, start=row - 1):
            put(ws, i, 1, name, lang, "label")
            put(ws, i, 2, value, lang, "cell_bold")
    else:
        put(ws, row, 1, label("overridden_weights", lang), lang, "heading")
        _paragraph(ws, row + 1, label("no_overrides", lang), lang)


FOLLOW_UP_WIDTHS = (10, 11, 70, 40)


def follow_up_sheet(ws: Worksheet, data: ReportData) -> None:
    """The don't-know answers by section, with the institution best placed to answer, then the largest gaps
    that are listed only because a weight was lowered (their trace)."""
    lang = data.lang
    setup_page(ws, lang, landscape=True, title_rows="3:3")
    set_widths(ws, FOLLOW_UP_WIDTHS)
    put(ws, 1, 1, label("dont_know_list", lang), lang, "title")
    rows = dont_know_rows(data)
    if not rows:
        put(ws, 3, 1, label("no_dont_know", lang), lang, "line")
        row = 5
    else:
        header_row(ws, 3, [label(k, lang) for k in ("section", "question_id", "question", "institution")], lang)
        for row, (sid, q, inst) in enumerate(rows, start=4):
            values = (sid, q.id, q.text.get(lang), inst)
            for col, value in enumerate(values, start=1):
                put(ws, row, col, value, lang, "cell")
            fit_row_height(ws, row, FOLLOW_UP_WIDTHS, values, lang)
        centre_ids(ws, (1, 2), 4, len(rows) + 3)
        ws.freeze_panes = "A4"
        row = len(rows) + 5
    traced = [t for t in largest_gaps(data) if t.rank_without_override is not None]
    if traced:
        put(ws, row, 1, label("largest_gaps", lang), lang, "heading")
        for i, t in enumerate(traced, start=row + 1):
            g = t.gap
            note = label("gap_kept_by_trace", lang, own=g.questionnaire_weight, used=g.weight,
                         rank=t.rank_without_override) + f" — {label('reason', lang)}: {weight_reason(data, g.question_id)}"
            put(ws, i, 2, g.question_id, lang, "cell")
            put(ws, i, 3, note, lang, "cell")


def about_sheet(ws: Worksheet, data: ReportData) -> None:
    lang, a, q = data.lang, data.assessment, data.questionnaire
    setup_page(ws, lang)
    set_widths(ws, (30, 70))
    put(ws, 1, 1, label("about", lang), lang, "title")
    pairs: list[tuple[str, object]] = [
        ("questionnaire", q.id),
        ("version", q.version),
        ("content_hash", q.content_hash),
        ("meaning_hash", q.meaning_hash),
        ("app_version", data.app_version),
        ("export_date", data.generated_at.replace(microsecond=0, tzinfo=None)),
        ("assessment_id", a.id),
        ("report_language", lang),
    ]
    if versions_differ(data):  # the answers were given against another version than the one scored with
        pairs[:0] = [(k, v) for k, v in version_rows(data) if k != "fingerprints"]
    for row, (key, value) in enumerate(pairs, start=3):
        is_date = key == "export_date"
        put(ws, row, 1, label(key, lang), lang, "label")
        put(ws, row, 2, value if is_date else str(value), lang, "datetime" if is_date else "cell")
    put(ws, len(pairs) + 4, 1, label("generated_by", lang, version=data.app_version,
                                      date=fmt_date(data.generated_at, lang)), lang, "line")
