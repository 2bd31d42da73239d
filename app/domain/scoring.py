"""The scoring method of docs/methodology.md, as one pure function.

score(questionnaire, answers, weight_overrides) -> ScoreResult

- value of an answer: fully 1, largely 2/3, partially 1/3, not 0 (SCALE_VALUES);
- N/A with a written reason leaves the question out; N/A still without a reason and don't know
  count as unanswered;
- score = sum(weight * value) / sum(weight) over answered applicable questions, in percent;
- conservative = sum(weight * value) / sum(weight) over all applicable questions (unanswered = 0);
- coverage = answered applicable / applicable;
- overall: the same formulas over every question of the questionnaire (chapters are not weighted
  separately: every obligation counts by its own weight, wherever it stands);
- provisional: a group whose coverage is below PROVISIONAL_COVERAGE (two thirds of its applicable
  questions) gets no maturity band, no place in a strongest/weakest ranking and no headline score:
  its score is shown as provisional, after its coverage.

Which question counts as answered is decided by the one progress rule (progress.state_of).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from .answers import SCALE_VALUES, Answer, AnswerValue, Confidence
from .progress import Progress, State, progress, state_of
from .questionnaire import Question, Questionnaire, Text

# docs/methodology.md, "Thin evidence": below this coverage a group's score is provisional.
PROVISIONAL_COVERAGE = 2.0 / 3.0


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
    progress: Progress | None = None  # the counts of the one progress rule, for this group

    @property
    def provisional(self) -> bool:
        """True when too few applicable questions are answered for the score to be quoted (or none)."""
        return self.coverage is None or self.score is None or self.coverage < PROVISIONAL_COVERAGE - 1e-12

    @property
    def band(self) -> Band | None:
        """The maturity band, or None when the score is provisional: no band on thin evidence."""
        return None if self.provisional else band_for(self.score)

    @property
    def headline(self) -> float | None:
        """The score to quote: None when provisional (then show coverage first, and the score marked
        provisional)."""
        return None if self.provisional else self.score


@dataclass(frozen=True)
class Gap:
    question_id: str
    section_id: str
    value: AnswerValue
    weight: float
    gap: float  # 1 - value of the answer
    confidence: Confidence | None
    questionnaire_weight: float | None = None  # the questionnaire's own weight, when an override changed it

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
    questionnaire_overall: Tally | None = None  # overall with the questionnaire's own weights, if overridden

    def largest_gaps(self, n: int = 10) -> list[TracedGap]:
        """The n largest gaps by used weight, plus every gap an override pushed out of the n largest
        (ranked by the questionnaire's own weights): a lowered weight never hides a gap silently."""
        top = list(self.gaps[:n])
        shown = {g.question_id for g in top}
        by_own = sorted(self.gaps, key=lambda g: (-(g.questionnaire_weight or g.weight) * g.gap, g.question_id))
        out = [TracedGap(g, None) for g in top]
        for rank, g in enumerate(by_own[:n], start=1):
            if g.question_id not in shown:
                out.append(TracedGap(g, rank))
        return out


@dataclass(frozen=True)
class TracedGap:
    gap: Gap
    # Set when the gap is listed only because of a weight override: its rank with the questionnaire's own
    # weights (it would be in the list without the override).
    rank_without_override: int | None


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
    questions = list(questions)
    total = applicable = answered = na = dont_know = 0
    num = den = den_all = eq_num = 0.0
    levels = {c.value: 0 for c in Confidence}
    for q in questions:
        total += 1
        a = answers.get(q.id)
        state = state_of(a)
        if state is State.NA:
            na += 1
            continue
        applicable += 1
        w = weights[q.id]
        den_all += w
        if state is State.DONT_KNOW:
            dont_know += 1
        if state is not State.ANSWERED:
            continue
        assert a is not None and a.value is not None
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
        progress=progress(questions, answers),
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
        if state_of(a) is not State.ANSWERED:
            continue
        assert a is not None and a.value is not None
        if a.value is AnswerValue.FULLY:
            continue
        own = q.weight if weights[q.id] != q.weight else None
        gaps.append(Gap(q.id, q.section_id, a.value, weights[q.id], 1.0 - SCALE_VALUES[a.value], a.confidence, own))
    gaps.sort(key=lambda g: (-g.priority_score, g.question_id))
    overridden = {q.id: (q.weight, weights[q.id]) for q in questionnaire.questions() if weights[q.id] != q.weight}
    return ScoreResult(
        overall=tally(questionnaire.questions(), by_id, weights),
        sections=sections,
        chapters=chapters,
        gaps=tuple(gaps),
        weights=weights,
        overridden=overridden,
        questionnaire_overall=tally(questionnaire.questions(), by_id, effective_weights(questionnaire))
        if overridden else None,
    )


def suggested_priority(gap: Gap) -> str:
    """high / medium / low from weight x gap (docs/methodology.md)."""
    p = gap.priority_score
    if p >= 1.5:
        return "high"
    if p >= 0.75:
        return "medium"
    return "low"
