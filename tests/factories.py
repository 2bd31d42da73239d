"""A small questionnaire in memory, independent of the shipped content, for tests.

Chapters III (sections III.A, III.B) and V (section V). Weights follow the strength rule.

  III.A-01 must      3.0   III.A-02 should 2.0   III.A-03 encourages 1.0
  III.B-01 urges     2.5   III.B-02 recommends 1.5
  V-01     must      3.0   V-02     should 2.0
"""

from __future__ import annotations

from datetime import date

from app.domain.answers import Answer, AnswerValue, Confidence
from app.domain.questionnaire import (
    STRENGTH_WEIGHTS,
    Chapter,
    Question,
    Questionnaire,
    Section,
    Strength,
    Text,
)
from app.domain.report import ActionItem, AssessmentInfo, Priority, ReportData
from app.domain.scoring import score


def t(en: str) -> Text:
    return Text({"en": en, "fr": f"{en} (fr) é", "ar": f"نص {en}"})


def q(qid: str, section: str, par: int, strength: Strength, law: bool = False) -> Question:
    return Question(
        id=qid, section_id=section, paragraphs=(par,), opsc_articles=("3",), strength=strength,
        weight=STRENGTH_WEIGHTS[strength], text=t(f"Question {qid}?"), guidance=t(f"Guidance for {qid}."),
        asks_for_law=law, tags=("mnr-03",) if law else (),
    )


def make_questionnaire() -> Questionnaire:
    s_a = Section("III.A", "III", (14, 19), t("Legislation"), t("Intro A."), (
        q("III.A-01", "III.A", 14, Strength.MUST, law=True),
        q("III.A-02", "III.A", 16, Strength.SHOULD, law=True),
        q("III.A-03", "III.A", 19, Strength.ENCOURAGES),
    ))
    s_b = Section("III.B", "III", (20, 21), t("Data collection"), t("Intro B."), (
        q("III.B-01", "III.B", 20, Strength.URGES),
        q("III.B-02", "III.B", 21, Strength.RECOMMENDS),
    ))
    s_v = Section("V", "V", (43, 73), t("Prohibition"), t("Intro V."), (
        q("V-01", "V", 43, Strength.MUST, law=True),
        q("V-02", "V", 56, Strength.SHOULD, law=True),
    ))
    return Questionnaire(
        id="test-q", version="1.0", content_hash="sha256:test", title=t("Test questionnaire"),
        chapters=(Chapter("III", t("General measures")), Chapter("V", t("Prohibition"))),
        sections=(s_a, s_b, s_v),
    )


def sample_answers() -> list[Answer]:
    return [
        Answer("III.A-01", AnswerValue.FULLY, legal_provision="Penal Code, art. 227-23", confidence=Confidence.VERIFIED),
        Answer("III.A-02", AnswerValue.PARTIALLY, comment="Only natural persons.", confidence=Confidence.DOCUMENTED),
        Answer("III.A-03", AnswerValue.NA, na_reason="No such technology in use."),
        Answer("III.B-01", AnswerValue.NOT, evidence="No database exists.", confidence=Confidence.DECLARED),
        Answer("III.B-02", AnswerValue.DONT_KNOW),
        Answer("V-01", AnswerValue.LARGELY, confidence=Confidence.DECLARED),
    ]


def sample_report(lang: str = "en") -> ReportData:
    qn = make_questionnaire()
    answers = {a.question_id: a for a in sample_answers()}
    return ReportData(
        lang=lang,
        assessment=AssessmentInfo(
            id=1, title="National review 2026", country_code="MA", country_name="Morocco",
            assessment_date=date(2026, 11, 23), organisation="Ministry of Justice", assessors="A. Benali; C. Dupont",
            confidentiality="Internal", questionnaire_id=qn.id, questionnaire_version=qn.version,
            questionnaire_hash=qn.content_hash,
        ),
        questionnaire=qn,
        answers=answers,
        result=score(qn, answers),
        actions=(ActionItem(1, "III.B-01", "Set up a national database of cases", lead="Ministry of Justice",
                            deadline=date(2027, 6, 30), budget=150000.0, currency="MAD", priority=Priority.HIGH),),
        app_version="0.1.0",
    )
