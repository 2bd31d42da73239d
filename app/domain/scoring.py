"""The scoring method of docs/methodology.md, as one pure function.

score(questionnaire, answers, weight_overrides) -> ScoreResult

- value of an answer: fully 1, largely 2/3, partially 1/3, not 0 (SCALE_VALUES);
- N/A with a written reason leaves the question out; N/A still without a reason and don't know
  count as unanswered;
- score = sum(weight * value) / sum(weight) over answered applicable questions, in percent;
- conservative = sum(weight * value) / sum(weight) over all applicable questions (unanswered = 0);
- coverage = answered applicable / applicable;
- overall: the same formulas over every question of the questionnaire (chapters are not weighted
  separately: every obligation counts by its own weight, wherever it stands).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from .answers import SCALE_VALUES, Answer, AnswerValue, Confidence
from .questionnaire import Question, Questionnaire, Text


class WeightError(ValueError):
    """A weight override that the method cannot accept."""


@dataclass(frozen=True)
class Band:
    id: str
    minimum: float  # lowest score (percent) in the band
    label: Text


# docs/methodology.md: maturity bands, highest first. A score belongs to the first band whose
# minimum it reaches.
BANDS: tuple[Band, ...] = (
    Band("advanced", 85.0, Text({"en": "Advanced", "fr": "Avancé", "ar": "متقدّم"})),
    Band("established", 60.0, Text({"en": "Established", "fr": "Établi", "ar": "راسخ"})),
    Band("developing", 35.0, Text({"en": "Developing", "fr": "En développement", "ar": "قيد التطوير"})),
    Band("initial", 15.0, Text({"en": "Initial", "fr": "Initial", "ar": "أوّلي"})),
    Band("minimal", 0.0, Text({"en": "Minimal", "fr": "Minimal", "ar": "ضئيل"})),
)
NOT_SCORED = Text({"en": "Not scored", "fr": "Non évalué", "ar": "غير مقيَّم"})


def band_for(score: float | None) -> Band | None:
    if score is None:
        return None
    for band in BANDS:
        if score >= band.minimum - 1e-9:
            return band
    return BANDS[-1]


@dataclass(frozen=True)
class Tally:
    """Scores of a group of questions (a section, a chapter, the whole questionnaire)."""

    score: float | None  # percent 0-100; None when nothing applicable is answered
    conservative: float | None  # percent 0-100; None when nothing is applicable
    coverage: float | None  # 0-1; None when nothing is applicable
    equal_weight_score: float | None  # the score with every weight set to 1 (sensitivity)
    total: int  # questions in the group
    applicable: int  # total minus N/A
    answered: int  # applicable questions answered on the scale
    na: int
    dont_know: int
    confidence: dict[str, float] = field(default_factory=dict)  # share of answered, per level

    @property
    def band(self) -> Band | None:
        return band_for(self.score)


@dataclass(frozen=True)
class Gap:
    question_id: str
    section_id: str
    value: AnswerValue
    weight: float
    gap: float  # 1 - value of the answer
    confidence: Confidence | None

    @property
    def priority_score(self) -> float:
        return self.weight * self.gap


@dataclass(frozen=True)
class ScoreResult:
    overall: Tally
    sections: dict[str, Tally]
    chapters: dict[str, Tally]
    gaps: tuple[Gap, ...]  # sorted by weight x gap, largest first
    weights: dict[str, float]  # the weight used for each question
    overridden: dict[str, tuple[float, float]]  # question id -> (questionnaire weight, used weight)


def effective_weights(
    questionnaire: Questionnaire, overrides: Mapping[str, float] | None = None
) -> dict[str, float]:
    weights = {q.id: q.weight for q in questionnaire.questions()}
    for qid, w in (overrides or {}).items():
        if qid not in weights:
            continue  # an override for a question this questionnaire no longer has
        if not w > 0:
            raise WeightError(f"weight of {qid} must be greater than zero, not {w}")
        weights[qid] = float(w)
    return weights


def _ratio(num: float, den: float) -> float | None:
    return None if den <= 0 else 100.0 * num / den


def tally(questions: Iterable[Question], answers: Mapping[str, Answer], weights: Mapping[str, float]) -> Tally:
    total = applicable = answered = na = dont_know = 0
    num = den = den_all = eq_num = 0.0
    levels = {c.value: 0 for c in Confidence}
    for q in questions:
        total += 1
        a = answers.get(q.id)
        if a is not None and a.is_na and a.na_reason.strip():
            na += 1
            continue
        applicable += 1
        w = weights[q.id]
        den_all += w
        if a is None or a.value is None:
            continue
        if a.value is AnswerValue.DONT_KNOW:
            dont_know += 1
            continue
        if a.value is AnswerValue.NA:  # N/A still waiting for its reason: unanswered
            continue
        v = SCALE_VALUES[a.value]
        answered += 1
        num += w * v
        den += w
        eq_num += v
        if a.confidence is not None:
            levels[a.confidence.value] += 1
    return Tally(
        score=_ratio(num, den),
        conservative=_ratio(num, den_all),
        coverage=None if applicable == 0 else answered / applicable,
        equal_weight_score=_ratio(eq_num, float(answered)),
        total=total,
        applicable=applicable,
        answered=answered,
        na=na,
        dont_know=dont_know,
        confidence={k: (n / answered if answered else 0.0) for k, n in levels.items()},
    )


def score(
    questionnaire: Questionnaire,
    answers: Iterable[Answer] | Mapping[str, Answer],
    weight_overrides: Mapping[str, float] | None = None,
) -> ScoreResult:
    by_id: dict[str, Answer] = dict(answers) if isinstance(answers, Mapping) else {a.question_id: a for a in answers}
    weights = effective_weights(questionnaire, weight_overrides)
    sections = {s.id: tally(s.questions, by_id, weights) for s in questionnaire.sections}
    chapters = {
        c.id: tally((q for s in questionnaire.sections_of(c.id) for q in s.questions), by_id, weights)
        for c in questionnaire.chapters
    }
    gaps = []
    for q in questionnaire.questions():
        a = by_id.get(q.id)
        if a is None or a.value not in SCALE_VALUES or a.value is AnswerValue.FULLY:
            continue
        assert a.value is not None
        gaps.append(Gap(q.id, q.section_id, a.value, weights[q.id], 1.0 - SCALE_VALUES[a.value], a.confidence))
    gaps.sort(key=lambda g: (-g.priority_score, g.question_id))
    overridden = {q.id: (q.weight, weights[q.id]) for q in questionnaire.questions() if weights[q.id] != q.weight}
    return ScoreResult(
        overall=tally(questionnaire.questions(), by_id, weights),
        sections=sections,
        chapters=chapters,
        gaps=tuple(gaps),
        weights=weights,
        overridden=overridden,
    )


def suggested_priority(gap: Gap) -> str:
    """high / medium / low from weight x gap (docs/methodology.md)."""
    p = gap.priority_score
    if p >= 1.5:
        return "high"
    if p >= 0.75:
        return "medium"
    return "low"
