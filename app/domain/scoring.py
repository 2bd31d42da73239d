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

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from .answers import SCALE_VALUES, Answer, AnswerValue, Confidence
from .progress import Progress, State, state_of
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


_NO_LEVELS = {c.value: 0 for c in Confidence}
_NO_STATES = dict.fromkeys(State, 0)


class Sums:
    """The sums of a group of questions, from which `tally` computes its figures (`Sums.tally()`); the
    comparison of many assessments reads its score, conservative score and coverage straight from here."""

    __slots__ = ("total", "applicable", "answered", "na", "dont_know", "num", "den", "den_all", "eq_num", "levels",
                 "states", "to_review")

    def __init__(self) -> None:
        self.total = self.applicable = self.answered = self.na = self.dont_know = self.to_review = 0
        self.num = self.den = self.den_all = self.eq_num = 0.0
        self.levels = dict(_NO_LEVELS)
        self.states = dict(_NO_STATES)

    def add_all(self, questions: Iterable[Question], answers: Mapping[str, Answer],
                weights: Mapping[str, float]) -> Sums:
        """Add every question of a group (counted by `group_sums`, the one loop)."""
        self.merge(group_sums(weighted_groups([questions], weights), answers)[1])
        return self

    def merge(self, other: Sums) -> None:
        """Add another group's sums (the overall sums are the sections' sums added in questionnaire order)."""
        self.total += other.total
        self.applicable += other.applicable
        self.answered += other.answered
        self.na += other.na
        self.dont_know += other.dont_know
        self.to_review += other.to_review
        self.num += other.num
        self.den += other.den
        self.den_all += other.den_all
        self.eq_num += other.eq_num
        for k, n in other.levels.items():
            self.levels[k] += n
        for st, n in other.states.items():
            self.states[st] += n

    @property
    def score(self) -> float | None:
        return _ratio(self.num, self.den)

    @property
    def conservative(self) -> float | None:
        return _ratio(self.num, self.den_all)

    @property
    def coverage(self) -> float | None:
        return None if self.applicable == 0 else self.answered / self.applicable

    @property
    def provisional(self) -> bool:
        """As Tally.provisional: coverage under two thirds (or nothing to score)."""
        cov = self.coverage
        return cov is None or self.den <= 0 or cov < PROVISIONAL_COVERAGE - 1e-12

    def figures(self) -> tuple[float | None, float | None, float | None, bool]:
        """(score, conservative, coverage, provisional) at once: the properties above, each computed once (the
        comparison reads them for every group of every assessment)."""
        den = self.den
        applicable = self.applicable
        coverage = None if applicable == 0 else self.answered / applicable
        return (_ratio(self.num, den), _ratio(self.num, self.den_all), coverage,
                coverage is None or den <= 0 or coverage < PROVISIONAL_COVERAGE - 1e-12)

    def tally(self) -> Tally:
        c = self.states
        answered = self.answered
        return Tally(
            score=self.score,
            conservative=self.conservative,
            coverage=self.coverage,
            equal_weight_score=_ratio(self.eq_num, float(answered)),
            total=self.total,
            applicable=self.applicable,
            answered=answered,
            na=self.na,
            dont_know=self.dont_know,
            confidence={k: (n / answered if answered else 0.0) for k, n in self.levels.items()},
            progress=Progress(total=self.total, answered=c[State.ANSWERED], unanswered=c[State.UNANSWERED],
                              dont_know=c[State.DONT_KNOW], na=c[State.NA], na_pending=c[State.NA_PENDING],
                              carried_over=c[State.CARRIED_OVER], to_review=self.to_review),
        )


Group = Sequence[tuple[str, float]]  # the questions of a group: (question id, weight used), in order


def weighted_groups(groups: Iterable[Iterable[Question]], weights: Mapping[str, float]) -> list[list[tuple[str, float]]]:
    """Each group's questions as (id, weight) pairs, for `group_sums` (made once, reused for every assessment
    scored with the same weights)."""
    return [[(q.id, weights[q.id]) for q in questions] for questions in groups]


def group_sums(groups: Iterable[Group], answers: Mapping[str, Answer]) -> tuple[list[Sums], Sums]:
    """The sums of each group of questions, and of all of them together (the groups' sums added in order).

    The one loop of the scoring method over the answers: it runs for every group of every assessment scored,
    listed or compared, so everything is in local variables and each group costs no call of its own."""
    parts: list[Sums] = []
    o_total = o_applicable = o_answered = o_na = o_dont_know = o_to_review = 0
    o_unanswered = o_na_pending = o_carried_over = 0
    o_num = o_den = o_den_all = o_eq_num = 0.0
    o_levels = dict(_NO_LEVELS)
    na_state, dont_know_state = State.NA, State.DONT_KNOW
    unanswered_state, carried_state = State.UNANSWERED, State.CARRIED_OVER
    values = SCALE_VALUES
    na_value = AnswerValue.NA
    get = answers.get
    for group in groups:
        levels = dict(_NO_LEVELS)
        applicable = answered = na = dont_know = to_review = total = confident = 0
        unanswered = na_pending = carried_over = 0
        num = den = den_all = eq_num = 0.0
        for qid, w in group:
            a = get(qid)
            total += 1
            if a is None:  # state_of(None) is unanswered
                applicable += 1
                den_all += w
                unanswered += 1
                continue
            if a.to_review:
                to_review += 1
            value = a.value
            # The answered state of the one progress rule (state_of), tested first because nearly every
            # question of a finished assessment is in it: a point of the scale, not carried over. Every other
            # answer is classified by state_of itself, but N/A (a whole assessment can be N/A), which is
            # classified here as state_of does (tests/domain/test_scoring.py checks they agree).
            if value in values and not a.carried_over:
                v = values[value]
                applicable += 1
                answered += 1
                den_all += w
                num += w * v
                den += w
                eq_num += v
                if a.confidence is not None:
                    levels[a.confidence.value] += 1
                    confident += 1
                continue
            if value is na_value and not a.carried_over:  # as state_of: N/A with its reason, or still pending
                if a.na_reason.strip():
                    na += 1
                else:
                    applicable += 1
                    den_all += w
                    na_pending += 1
                continue
            state = state_of(a)
            if state is na_state:
                na += 1
                continue
            applicable += 1
            den_all += w
            if state is dont_know_state:
                dont_know += 1
            elif state is unanswered_state:
                unanswered += 1
            elif state is carried_state:
                carried_over += 1
            else:
                na_pending += 1
        parts.append(_sums(total, applicable, answered, na, dont_know, to_review, unanswered, na_pending,
                           carried_over, num, den, den_all, eq_num, levels))
        o_total += total
        o_applicable += applicable
        o_answered += answered
        o_na += na
        o_dont_know += dont_know
        o_to_review += to_review
        o_unanswered += unanswered
        o_na_pending += na_pending
        o_carried_over += carried_over
        o_num += num
        o_den += den
        o_den_all += den_all
        o_eq_num += eq_num
        if confident:
            for k, n in levels.items():
                o_levels[k] += n
    return parts, _sums(o_total, o_applicable, o_answered, o_na, o_dont_know, o_to_review, o_unanswered,
                        o_na_pending, o_carried_over, o_num, o_den, o_den_all, o_eq_num, o_levels)


def _sums(total: int, applicable: int, answered: int, na: int, dont_know: int, to_review: int, unanswered: int,
          na_pending: int, carried_over: int, num: float, den: float, den_all: float, eq_num: float,
          levels: dict[str, int]) -> Sums:
    """A Sums holding these counts (`group_sums`, for each group and for all of them), without __init__'s
    defaults, which would all be replaced."""
    s = Sums.__new__(Sums)
    s.total, s.applicable, s.answered, s.na, s.dont_know, s.to_review = \
        total, applicable, answered, na, dont_know, to_review
    s.num, s.den, s.den_all, s.eq_num = num, den, den_all, eq_num
    s.levels = levels
    s.states = {_ANSWERED: answered, _UNANSWERED: unanswered, _DONT_KNOW: dont_know, _NA: na,
                _NA_PENDING: na_pending, _CARRIED_OVER: carried_over}
    return s


# the states as plain globals: an Enum member read through its class costs more than building the dict
_ANSWERED, _UNANSWERED, _DONT_KNOW = State.ANSWERED, State.UNANSWERED, State.DONT_KNOW
_NA, _NA_PENDING, _CARRIED_OVER = State.NA, State.NA_PENDING, State.CARRIED_OVER


def tally(questions: Iterable[Question], answers: Mapping[str, Answer], weights: Mapping[str, float]) -> Tally:
    return group_sums(weighted_groups([questions], weights), answers)[1].tally()


def section_sums(questionnaire: Questionnaire, answers: Mapping[str, Answer], weights: Mapping[str, float]
                 ) -> tuple[dict[str, Sums], Sums]:
    """Every section's sums and the overall sums (the sections' sums added in questionnaire order)."""
    sections, overall = group_sums(weighted_groups((s.questions for s in questionnaire.sections), weights), answers)
    return dict(zip((s.id for s in questionnaire.sections), sections, strict=True)), overall


def section_tallies(questionnaire: Questionnaire, answers: Mapping[str, Answer], weights: Mapping[str, float]
                    ) -> tuple[dict[str, Tally], Tally]:
    """Every section's tally and the overall tally, in one pass over the questions (the overall sums are
    the sections' sums, added in questionnaire order). `score` gives these very figures."""
    sections, overall = section_sums(questionnaire, answers, weights)
    return {k: v.tally() for k, v in sections.items()}, overall.tally()


def score(
    questionnaire: Questionnaire,
    answers: Iterable[Answer] | Mapping[str, Answer],
    weight_overrides: Mapping[str, float] | None = None,
) -> ScoreResult:
    by_id: dict[str, Answer] = dict(answers) if isinstance(answers, Mapping) else {a.question_id: a for a in answers}
    weights = effective_weights(questionnaire, weight_overrides)
    sections, overall = section_tallies(questionnaire, by_id, weights)
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
        overall=overall,
        sections=sections,
        chapters=chapters,
        gaps=tuple(gaps),
        weights=weights,
        overridden=overridden,
        questionnaire_overall=section_tallies(questionnaire, by_id, effective_weights(questionnaire))[1]
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
