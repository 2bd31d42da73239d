"""What both report writers need from ReportData: labels of answers, bands and actions, rankings.

Pure functions over ReportData; the numbers always come from ReportData.result, never recomputed.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.answers import ANSWER_LABELS, CONFIDENCE_LABELS, Answer, AnswerValue
from app.domain.progress import State, state_of
from app.domain.questionnaire import Question, Section
from app.domain.report import ActionItem, ReportData
from app.domain.scoring import BANDS, Tally, TracedGap

from .strings import RLM, fmt_date, fmt_pct, label
from .strings_compare import count_of

ANSWER_COLOURS: dict[str, str] = {  # background colours (hex RGB), shared by Excel and PDF
    AnswerValue.FULLY.value: "C6EFCE",
    AnswerValue.LARGELY.value: "E2F0D9",
    AnswerValue.PARTIALLY.value: "FFEB9C",
    AnswerValue.NOT.value: "FFC7CE",
    AnswerValue.NA.value: "E7E6E6",
    AnswerValue.DONT_KNOW.value: "DDEBF7",
    "": "FFFFFF",
}

BAND_COLOURS: dict[str, str] = {
    "advanced": "2E7D32",
    "established": "7CB342",
    "developing": "F9A825",
    "initial": "EF6C00",
    "minimal": "C62828",
}


def answer_code(answer: Answer | None) -> str:
    return answer.value.value if answer is not None and answer.value is not None else ""


def answer_label(answer: Answer | None, lang: str) -> str:
    if answer is None or answer.value is None:
        return label("not_answered", lang)
    return ANSWER_LABELS[answer.value].get(lang, ANSWER_LABELS[answer.value]["en"])


def is_carried(answer: Answer | None) -> bool:
    """An answer carried over from the previous review and not yet confirmed: shown, never scored."""
    return answer is not None and answer.carried_over and answer.value is not None


def carried_count(data: ReportData) -> int:
    return sum(1 for q in data.questionnaire.questions() if is_carried(data.answers.get(q.id)))


def baseline_name(data: ReportData) -> str:
    """The review a follow-up started from: its title and date ("the previous review" when it is gone)."""
    if not data.baseline_title:
        return label("previous_review", data.lang)
    when = fmt_date(data.baseline_date, data.lang) if data.baseline_date else ""
    return quoted_title(data.baseline_title, data.lang) + (f" ({when})" if when else "")


def quoted_title(title: str, lang: str) -> str:
    """A review's title inside a sentence: between quotes in English and French; in Arabic between right-to-left
    marks, so that a Latin title does not take the date after it into its own left-to-right run ("(15" drawn
    beside the title and "مارس 2024)" away from it), and so that a cell holding it reads right to left."""
    if lang == "ar":
        return f"{RLM}{title}{RLM}"
    return f"« {title} »" if lang == "fr" else f"“{title}”"


def questionnaire_line(data: ReportData) -> str:
    """The cover's questionnaire: its title, id and version. In Arabic a right-to-left mark closes the title,
    or the title's closing ")" and the dash join the Latin id's left-to-right run ("(— CRC/C/156)")."""
    q = data.questionnaire
    return f"{q.title.get(data.lang)}{RLM if data.lang == 'ar' else ''} — {q.id} {q.version}"


def follow_up_value(data: ReportData) -> str:
    """The cover's and the workbook's line on a follow-up: of which review, and how many answers still to
    confirm ("" for a first review)."""
    if data.assessment.baseline_id is None and not data.baseline_title:
        return ""
    count = carried_count(data)
    if not count:
        return baseline_name(data)
    return label("follow_up_value", data.lang, baseline=baseline_name(data), answers=count_of("answer", count, data.lang))


def confidence_label(answer: Answer | None, lang: str) -> str:
    if answer is None or answer.confidence is None:
        return ""
    return CONFIDENCE_LABELS[answer.confidence].get(lang, CONFIDENCE_LABELS[answer.confidence]["en"])


def band_label(tally: Tally | None, lang: str) -> str:
    """The band; 'no band (provisional)' on thin evidence; 'not scored' when nothing is answered."""
    if tally is None or tally.score is None:
        return label("not_scored", lang)
    band = tally.band
    return label("no_band_provisional", lang) if band is None else band.label.get(lang)


def score_label(tally: Tally | None, lang: str) -> str:
    """A score as it may be quoted: '54.0 %', or 'provisional: 50.0 %' on thin evidence."""
    if tally is None or tally.score is None:
        return label("not_scored", lang)
    text = fmt_pct(tally.score, lang)
    return label("provisional_score", lang, score=text) if tally.provisional else text


def band_id(tally: Tally | None) -> str:
    band = tally.band if tally is not None else None
    return "" if band is None else band.id


def band_rows(lang: str) -> list[tuple[str, float]]:
    return [(b.label.get(lang), b.minimum) for b in BANDS]


def section_title(section: Section, lang: str) -> str:
    return f"{section.id} {section.title.get(lang)}"


def priority_label(action: ActionItem, lang: str) -> str:
    return label(f"priority_{action.priority.value}", lang)


def status_label(action: ActionItem, lang: str) -> str:
    return label(f"status_{action.status.value}", lang)


def ranked_sections(data: ReportData) -> list[tuple[Section, float]]:
    """Sections with a score that may be quoted (not provisional), highest first (ties in questionnaire order)."""
    scored = [(s, t.score) for s in data.questionnaire.sections
              if (t := data.result.sections.get(s.id)) is not None and t.headline is not None and t.score is not None]
    return sorted(scored, key=lambda pair: -pair[1])


def strongest_and_weakest(data: ReportData, n: int = 3) -> tuple[list[Section], list[Section]]:
    """Up to n strongest and n weakest scored sections, never the same section in both lists."""
    ranked = ranked_sections(data)
    top = min(n, (len(ranked) + 1) // 2)
    bottom = min(n, len(ranked) - top)
    strongest = [s for s, _ in ranked[:top]]
    weakest = [s for s, _ in reversed(ranked[len(ranked) - bottom:])] if bottom else []
    return strongest, weakest


def largest_gaps(data: ReportData, n: int = 10) -> list[TracedGap]:
    """The n largest gaps, plus any that a lowered weight pushed out (with their trace)."""
    return data.result.largest_gaps(n)


def weight_reason(data: ReportData, question_id: str) -> str:
    reason = data.weight_reasons.get(question_id, "").strip()
    return reason or label("no_reason", data.lang)


RADAR_MAX_AXES = 12


@dataclass(frozen=True)
class Axis:
    label: str
    score: float | None
    conservative: float | None


def radar_axes(data: ReportData) -> tuple[str, list[Axis]]:
    """The axes of the radar chart: the chapters, or the sections when there are fewer than 3 chapters
    (and no more than RADAR_MAX_AXES sections: beyond, a radar is unreadable).

    Returns the label key of the chart title and the axes (an empty list when a radar would not make sense).
    """
    lang = data.lang
    chapters = [(c.id, c.title.get(lang), data.result.chapters.get(c.id)) for c in data.questionnaire.chapters]
    if len(chapters) >= 3:
        return "chart_chapters", [Axis(f"{cid} {title}", t.score if t else None, t.conservative if t else None)
                                  for cid, title, t in chapters]
    sections = [(s.id, data.result.sections.get(s.id)) for s in data.questionnaire.sections]
    if 3 <= len(sections) <= RADAR_MAX_AXES:
        return "chart_sections", [Axis(sid, t.score if t else None, t.conservative if t else None)
                                  for sid, t in sections]
    return "chart_chapters", []


def dont_know_rows(data: ReportData) -> list[tuple[str, Question, str]]:
    """Every don't-know answer, in questionnaire order: (section id, question, institution noted or '')."""
    out = []
    for s in data.questionnaire.sections:
        for q in s.questions:
            a = data.answers.get(q.id)
            if state_of(a) is State.DONT_KNOW:
                assert a is not None
                out.append((s.id, q, a.institution.strip()))
    return out


def versions_differ(data: ReportData) -> bool:
    a, q = data.assessment, data.questionnaire
    return bool(a.questionnaire_version) and (a.questionnaire_id, a.questionnaire_version, a.questionnaire_hash) != (
        q.id, q.version, q.content_hash)


def version_rows(data: ReportData) -> list[tuple[str, str]]:
    """The questionnaire lines of a report: 'answered against' and 'scored with' when they differ, with the
    fingerprints that tell a wording change from a change of meaning."""
    a, q, lang = data.assessment, data.questionnaire, data.lang
    scored = f"{q.id} {q.version}"
    prints = (f"{label('meaning_hash', lang)} {q.meaning_hash.rpartition(':')[2][:16]} · "
              f"{label('content_hash', lang)} {q.content_hash.rpartition(':')[2][:16]}")
    if not versions_differ(data):
        return [("questionnaire", scored), ("fingerprints", prints)]
    against = f"{a.questionnaire_id} {a.questionnaire_version} · {label('content_hash', lang)} " \
              f"{a.questionnaire_hash.rpartition(':')[2][:16]}"
    return [("answered_against", against), ("scored_with", scored), ("fingerprints", prints)]


def budget_totals(data: ReportData) -> list[tuple[str, float]]:
    """The sum of the budgets in each currency, in the order the currencies first appear."""
    totals: dict[str, float] = {}
    for a in data.actions:
        if a.budget is not None:
            totals[a.currency] = totals.get(a.currency, 0.0) + a.budget
    return list(totals.items())
