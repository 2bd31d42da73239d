"""Report data for the export tests, built on tests.factories."""

from __future__ import annotations

import dataclasses

from app import paths
from app.definitions.loader import load_questionnaire
from app.domain.answers import Answer, AnswerValue, Confidence
from app.domain.report import ActionItem, ReportData
from app.domain.scoring import score
from tests.factories import sample_report


def empty_report(lang: str) -> ReportData:
    """An assessment with no answer and no action: every score is 'not scored'."""
    base = sample_report(lang)
    return dataclasses.replace(base, answers={}, result=score(base.questionnaire, {}), actions=())


def overridden_report(lang: str) -> ReportData:
    base = sample_report(lang)
    return dataclasses.replace(base, result=score(base.questionnaire, base.answers, {"III.A-02": 0.5}),
                               weight_reasons={"III.A-02": "Covered by a national plan"})


def long_text_report(lang: str, comment: str, description: str = "") -> ReportData:
    """The sample report with a long comment on III.A-02 (and a long action description)."""
    base = sample_report(lang)
    answers = dict(base.answers)
    answers["III.A-02"] = dataclasses.replace(answers["III.A-02"], comment=comment)
    actions = base.actions
    if description:
        actions = (*actions, ActionItem(2, "III.A-02", description, lead="Parliament"))
    return dataclasses.replace(base, answers=answers, actions=actions, result=score(base.questionnaire, answers))


def with_answer(data: ReportData, answer: Answer) -> ReportData:
    answers = {**data.answers, answer.question_id: answer}
    return dataclasses.replace(data, answers=answers, result=score(data.questionnaire, answers))


def many_sections_report(lang: str, copies: int) -> ReportData:
    """The sample report with its sections repeated `copies` times (a questionnaire with many sections)."""
    base = sample_report(lang)
    q = base.questionnaire
    sections = []
    for k in range(copies):
        for s in q.sections:
            questions = tuple(dataclasses.replace(x, id=f"{x.id}~{k}", section_id=f"{s.id}~{k}") for x in s.questions)
            sections.append(dataclasses.replace(s, id=f"{s.id}~{k}", questions=questions))
    q = dataclasses.replace(q, sections=tuple(sections))
    answers = {f"{qid}~{k}": dataclasses.replace(a, question_id=f"{qid}~{k}")
               for k in range(copies) for qid, a in base.answers.items()}
    return dataclasses.replace(base, questionnaire=q, answers=answers, result=score(q, answers), actions=())


_CYCLE = [AnswerValue.FULLY, AnswerValue.LARGELY, AnswerValue.PARTIALLY, AnswerValue.NOT, AnswerValue.NA,
          AnswerValue.DONT_KNOW]
_COMMENT = {"en": "The ministry reports that the measure is applied in most regions. ",
            "fr": "Le ministère indique que la mesure est appliquée dans la plupart des régions. ",
            "ar": "تفيد وزارة العدل بأن التدبير مطبَّق في معظم المناطق (المادة 3). "}


def shipped_report(lang: str, sparse: bool = False) -> ReportData:
    """The shipped OPSC questionnaire answered throughout (the points of the scale in turn, comments of
    zero to three sentences): a report of real length, for pagination. `sparse`: as a real assessment
    mostly is, six questions in seven without any comment (runs of plain questions)."""
    base = sample_report(lang)
    q = load_questionnaire(paths.default_questionnaire_dir())
    answers = {}
    for i, question in enumerate(q.questions()):
        value = _CYCLE[i % len(_CYCLE)]
        answers[question.id] = Answer(
            question.id, value, comment=_COMMENT[lang] * (2 if i % 7 == 3 else 0) if sparse else _COMMENT[lang] * (i % 4), na_reason="—" if value is AnswerValue.NA else "",
            confidence=None if value in (AnswerValue.NA, AnswerValue.DONT_KNOW) else Confidence.DOCUMENTED)
    info = dataclasses.replace(base.assessment, questionnaire_id=q.id, questionnaire_version=q.version,
                               questionnaire_hash=q.content_hash)
    return dataclasses.replace(base, assessment=info, questionnaire=q, answers=answers, result=score(q, answers))
