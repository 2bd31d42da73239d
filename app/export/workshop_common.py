"""What the PDF annex and the workbook sheet of a workshop share: the rows, in the report's language."""

from __future__ import annotations

from app.domain.answers import ANSWER_LABELS, AnswerValue
from app.domain.report import ReportData
from app.domain.workshop import Dispute, SectionAgreement, WorkshopAnnex

from .strings import fmt_date, fmt_share, label

AGREEMENT_KEYS = ("section", "title", "agree_unanimous", "agree_conflict", "agree_single", "agree_none",
                  "agreement")
CONTRIBUTOR_KEYS = ("contributor", "contributor_institution", "received_on", "answers_given")
DISPUTE_KEYS = ("question_id", "question", "consensus", "competing_answers")


def value_label(value: AnswerValue | None, lang: str) -> str:
    if value is None:
        return label("not_answered", lang)
    return ANSWER_LABELS[value].get(lang, ANSWER_LABELS[value]["en"])


def contributor_rows(annex: WorkshopAnnex, lang: str) -> list[list[str]]:
    return [[c.by, c.institution, fmt_date(c.received, lang) if c.received else "", str(c.answers)]
            for c in annex.contributors]


def agreement_rows(data: ReportData, annex: WorkshopAnnex) -> list[list[str]]:
    """One row per section, then the total over all sections."""
    lang, qn = data.lang, data.questionnaire
    titles = {s.id: s.title.get(lang) for s in qn.sections}

    def row(s: SectionAgreement, sid: str, title: str) -> list[str]:
        return [sid, title, str(s.unanimous), str(s.conflict), str(s.single), str(s.none), fmt_share(s.share, lang)]

    rows = [row(s, s.section_id, titles.get(s.section_id, "")) for s in annex.sections]
    return [*rows, row(annex.overall, "", label("all_sections", lang))]


def competing(d: Dispute, lang: str) -> str:
    """The answers given, grouped, one line per answer: "Largely in place: A, B" / "Not in place: C"."""
    groups: dict[AnswerValue | None, list[str]] = {}
    for by, value in d.answers:
        groups.setdefault(value, []).append(by)
    sep = "، " if lang == "ar" else ", "
    colon = "\u00a0: " if lang == "fr" else ": "  # French: a no-break space before the colon
    return "\n".join(f"{value_label(v, lang)}{colon}{sep.join(names)}" for v, names in groups.items())


def dispute_rows(data: ReportData, annex: WorkshopAnnex) -> list[list[str]]:
    lang, qn = data.lang, data.questionnaire
    known = {q.id for q in qn.questions()}
    return [[d.question_id, qn.question(d.question_id).text.get(lang) if d.question_id in known else "",
             value_label(d.consensus, lang) if d.consensus is not None else "–", competing(d, lang)]
            for d in annex.disputes]
