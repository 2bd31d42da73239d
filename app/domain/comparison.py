"""Side-by-side comparison of assessments (issue 17), as pure data: the figures of each assessment per
section and overall, the movement from the first to the last, the answers that changed, and the
action-plan progress of a baseline/follow-up pair. `build` computes it from answers already read; the
service (app/services/comparison.py) reads them from the database. Exports take a `Comparison`, never
the database.

Every figure comes from the one scoring function (`app.domain.scoring.score`, with each assessment's own
weight overrides), exactly as `score --json` gives it: scores in percent 0-100 or None, coverage 0-1 or
None. Assessments answered against different versions of the questionnaire are compared only on the
questions they share (same id, same meaning: see `same_meaning`), and the result says so
(`versions_differ`, `shared_only`, `left_out`).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from enum import StrEnum
from functools import cmp_to_key
from operator import attrgetter
from typing import NamedTuple

from .answers import SCALE_VALUES, Answer, AnswerValue
from .progress import OPEN_STATES, State, state_of
from .questionnaire import Questionnaire
from .report import ActionItem, ActionStatus, AssessmentInfo
from .scoring import Sums, Tally, effective_weights, group_sums, weighted_groups
from .versions import Fate, UpgradeError, chain, compose, meaning_of

# Why a question is still open, in the order the reports list them.
OPEN_ORDER = (State.CARRIED_OVER, State.DONT_KNOW, State.NA_PENDING, State.UNANSWERED)

_CARRIED_OVER = State.CARRIED_OVER

# Moves smaller than this (in percentage points) are "unchanged": the reports show one decimal.
STEADY = 0.05


class Mark(StrEnum):
    IMPROVED = "improved"
    REGRESSED = "regressed"
    UNCHANGED = "unchanged"
    NOT_COMPARABLE = "not_comparable"  # a score: not scored on one side; a question: to or from no point
    CHANGED = "changed"  # a question that moved to or from don't know, N/A or no answer (no direction)
    # Not over time (several countries, or no known order): a neutral difference from the first, never progress
    HIGHER = "higher"
    LOWER = "lower"
    SAME = "same"
    DIFFERS = "differs"  # a question answered differently (no direction)


PROGRESS_MARKS = frozenset({Mark.IMPROVED, Mark.REGRESSED, Mark.UNCHANGED})


class Reading(StrEnum):
    """How the columns are read. Only OVER_TIME reads a change as progress or regression."""

    OVER_TIME = "over_time"  # one country, each assessment after the one before (by date, or its follow-up)
    ACROSS_COUNTRIES = "across_countries"  # several countries, each once
    MIXED = "mixed"  # neither: a country twice among others, or one country in no known date order

    @property
    def over_time(self) -> bool:
        return self is Reading.OVER_TIME


def reading_of(infos: Sequence[AssessmentInfo]) -> Reading:
    """Over time when every assessment is of the same country and follows the one before it (see `_follows`);
    across countries when each assessment is of another country; otherwise mixed (one country in another
    order, or at the same date; a country twice among others)."""
    countries = [i.country_code for i in infos]
    if len(set(countries)) == 1:
        return Reading.OVER_TIME if all(_follows(a, b) for a, b in zip(infos, infos[1:], strict=False)) \
            else Reading.MIXED
    return Reading.ACROSS_COUNTRIES if len(set(countries)) == len(countries) else Reading.MIXED


def in_time_order(infos: Sequence[AssessmentInfo]) -> list[AssessmentInfo]:
    """`infos` in the order given, unless they are one country's reviews, linked as baseline and follow-up, given
    out of time order (`compare FOLLOW_UP BASELINE`): a follow-up says which review came first whatever the
    order of the arguments, so they are put in the order that reads over time (the baseline the reference).
    One country's reviews with no follow-up link between them keep the order given (a later review first
    reads as mixed, see reading_of)."""
    given = list(infos)
    if len(given) < 2 or len({i.country_code for i in given}) != 1 or reading_of(given) is Reading.OVER_TIME:
        return given
    ids = {i.id for i in given}
    if not any(i.baseline_id in ids for i in given):
        return given
    def before(a: AssessmentInfo, b: AssessmentInfo) -> int:
        return -1 if _follows(a, b) else 1 if _follows(b, a) else 0

    ordered = sorted(given, key=cmp_to_key(before))
    return ordered if reading_of(ordered) is Reading.OVER_TIME else given


def _follows(a: AssessmentInfo, b: AssessmentInfo) -> bool:
    """`b` comes after `a`: its follow-up, or a later date; when a date is missing, created after it."""
    if b.baseline_id == a.id:
        return True
    if a.assessment_date is not None and b.assessment_date is not None:
        return a.assessment_date < b.assessment_date
    return a.id < b.id


class ActionState(StrEnum):
    DONE = "done"
    LATE = "late"  # not done and its deadline passed (before the follow-up's date, or today)
    IN_PROGRESS = "in_progress"
    NOT_STARTED = "not_started"


class Figures(NamedTuple):
    """One assessment's figures for a group of questions, as `score --json` gives them.

    An immutable record made for every section of every assessment compared (280 for 14 assessments): a
    named tuple, made at a quarter of the cost of a frozen dataclass (the comparison benchmark's floor is a
    plain loop making a tuple for each)."""

    score: float | None  # percent 0-100
    conservative: float | None  # percent 0-100
    coverage: float | None  # 0-1
    provisional: bool  # coverage under two thirds: shown after the coverage, with no band
    answered: int
    applicable: int
    carried_over: int  # follow-ups: answers still to confirm (unanswered until confirmed)

    @classmethod
    def of(cls, t: Tally | Sums) -> Figures:
        if isinstance(t, Sums):
            return cls(*t.figures(), t.answered, t.applicable, t.states[_CARRIED_OVER])
        return cls(t.score, t.conservative, t.coverage, t.provisional, t.answered, t.applicable,
                   t.progress.carried_over if t.progress else 0)

    def as_json(self) -> dict[str, float | None]:
        return {"score": self.score, "conservative": self.conservative, "coverage": self.coverage}


@dataclass(frozen=True)
class Movement:
    """From the first assessment to the last: differences (last - first; points for the scores, a share
    for coverage; None when either side is not scored) and the mark, read on the score.

    Over time the mark is improved / regressed / unchanged; in any other reading it is a neutral higher /
    lower / same. `provisional`: the mark rests on thin evidence, because a side still has carried-over
    answers to confirm (`to_confirm`, both sides together) or covers under two thirds of its questions."""

    score: float | None
    conservative: float | None
    coverage: float | None
    mark: Mark
    provisional: bool = False
    to_confirm: int = 0

    def as_json(self) -> dict[str, object]:
        return {"score": self.score, "conservative": self.conservative, "coverage": self.coverage,
                "mark": self.mark.value, "provisional": self.provisional, "to_confirm": self.to_confirm}

    @classmethod
    def between(cls, first: Figures, last: Figures, reading: Reading = Reading.OVER_TIME) -> Movement:
        def diff(a: float | None, b: float | None) -> float | None:
            return None if a is None or b is None else b - a

        d = diff(first.score, last.score)
        if d is None:
            mark = Mark.NOT_COMPARABLE
        elif reading.over_time:
            mark = Mark.IMPROVED if d >= STEADY else Mark.REGRESSED if d <= -STEADY else Mark.UNCHANGED
        else:
            mark = Mark.HIGHER if d >= STEADY else Mark.LOWER if d <= -STEADY else Mark.SAME
        to_confirm = first.carried_over + last.carried_over
        provisional = d is not None and (first.provisional or last.provisional or to_confirm > 0)
        return cls(d, diff(first.conservative, last.conservative), diff(first.coverage, last.coverage), mark,
                   provisional, to_confirm)


@dataclass(frozen=True)
class Line:
    """One row of the comparison: the whole questionnaire ("overall") or one section."""

    id: str
    figures: dict[int, Figures]  # assessment id -> figures, in the order compared
    change: Movement  # first -> last

    def _scored(self) -> list[tuple[float, int]]:
        """The scores that take a place in a ranking: a provisional one (coverage under two thirds,
        docs/methodology.md §3) takes none: it may be low only because the assessment is unfinished."""
        return [(f.score, i) for i, f in self.figures.items() if f.score is not None and not f.provisional]

    def highest(self) -> list[int]:
        """The assessments with the highest score at two-thirds coverage or more (ties kept, in column order);
        none when no such score."""
        scored = self._scored()
        top = max((s for s, _ in scored), default=None)
        return [i for s, i in scored if top is not None and top - s < STEADY]

    def lowest(self) -> list[int]:
        scored = self._scored()
        bottom = min((s for s, _ in scored), default=None)
        return [i for s, i in scored if bottom is not None and s - bottom < STEADY]

    @property
    def spread(self) -> float | None:
        """Highest score minus lowest, in points (None unless two assessments are scored at two-thirds coverage
        or more: provisional scores set no spread)."""
        scored = [s for s, _ in self._scored()]
        return max(scored) - min(scored) if len(scored) >= 2 else None


@dataclass(frozen=True)
class Column:
    """One assessment compared."""

    id: int
    info: AssessmentInfo
    overridden: int  # weight overrides applied (its own, as in its results)

    @property
    def title(self) -> str:
        return self.info.title

    @property
    def country_code(self) -> str:
        return self.info.country_code

    @property
    def assessment_date(self) -> date | None:
        return self.info.assessment_date

    @property
    def questionnaire_version(self) -> str:
        return self.info.questionnaire_version


@dataclass(frozen=True)
class ChangedQuestion:
    question_id: str
    section_id: str
    values: dict[int, AnswerValue | None]  # assessment id -> answer (None: not answered)
    comments: dict[int, str]  # assessment id -> comment ("" when none)
    carried_over: dict[int, bool]  # assessment id -> still carried over, to confirm
    direction: Mark  # first -> last: improved, regressed, unchanged (moved between), changed; differs (not over time)
    na_reasons: dict[int, str] = field(default_factory=dict)  # assessment id -> reason, when answered N/A


@dataclass(frozen=True)
class ActionLine:
    action: ActionItem
    state: ActionState


@dataclass(frozen=True)
class ActionProgress:
    """The action plan of a follow-up (carried over from its baseline with each status, then updated)."""

    baseline_id: int
    follow_up_id: int
    as_of: date  # deadlines before this date are late: the follow-up's date, or today when it has none
    items: tuple[ActionLine, ...]

    def of(self, state: ActionState) -> list[ActionItem]:
        return [x.action for x in self.items if x.state is state]

    def counts(self) -> dict[ActionState, int]:
        return {s: sum(1 for x in self.items if x.state is s) for s in ActionState}

    @property
    def done(self) -> list[ActionItem]:
        return self.of(ActionState.DONE)

    @property
    def late(self) -> list[ActionItem]:
        return self.of(ActionState.LATE)

    @property
    def not_started(self) -> list[ActionItem]:
        return self.of(ActionState.NOT_STARTED)


@dataclass(frozen=True)
class Comparison:
    columns: tuple[Column, ...]  # in the order compared: the first is the reference of every change
    questionnaire: Questionnaire  # restricted to the shared questions
    overall: Line
    sections: dict[str, Line]  # in questionnaire order (the matrix rows); sections with no shared question left out
    changed: tuple[ChangedQuestion, ...]  # in questionnaire order
    actions: ActionProgress | None  # only for a baseline/follow-up pair
    shared_questions: tuple[str, ...]  # the questions compared, in questionnaire order
    left_out: tuple[str, ...]  # questions of the current questionnaire not shared by every version compared
    versions: dict[int, str]  # assessment id -> questionnaire version answered against
    unknown_versions: tuple[int, ...]  # assessments whose version's meaning is not known (taken as current)
    reading: Reading
    still_open: tuple[str, ...] = ()  # shared questions the last assessment has not answered yet (any open state)
    open_states: dict[str, State] = field(default_factory=dict)  # each of `still_open` -> why it is open
    # every assessment's questions not answered yet: assessment id -> question id -> why it is open
    open_by: dict[int, dict[str, State]] = field(default_factory=dict)

    def still_open_by_state(self) -> dict[State, list[str]]:
        """The questions still open in the last assessment, apart: carried over and still to confirm, answered
        don't know, N/A without its reason, never answered (each in questionnaire order; empty groups kept)."""
        out: dict[State, list[str]] = {s: [] for s in OPEN_ORDER}
        for qid in self.still_open:
            out[self.open_states.get(qid, State.UNANSWERED)].append(qid)
        return out

    def open_in(self, assessment_id: int) -> dict[State, list[str]]:
        """As `still_open_by_state`, for any assessment compared (across countries each one's gaps count)."""
        out: dict[State, list[str]] = {s: [] for s in OPEN_ORDER}
        for qid, state in self.open_by.get(assessment_id, {}).items():
            out[state].append(qid)
        return out

    @property
    def ids(self) -> list[int]:
        return [c.id for c in self.columns]

    @property
    def versions_differ(self) -> bool:
        return len(set(self.versions.values())) > 1

    @property
    def shared_only(self) -> bool:
        """True when some questions of the questionnaire are left out (not shared by every version)."""
        return bool(self.left_out)

    @property
    def first(self) -> Column:
        return self.columns[0]

    @property
    def last(self) -> Column:
        return self.columns[-1]

    def matrix(self) -> list[tuple[str, list[Figures]]]:
        """Sections x assessments: (section id, the figures of each assessment in column order)."""
        return [(sid, [line.figures[i] for i in self.ids]) for sid, line in self.sections.items()]

    def marks(self) -> dict[Mark, int]:
        """How many sections improved, regressed, stayed, or cannot be compared (first -> last)."""
        return {m: sum(1 for line in self.sections.values() if line.change.mark is m) for m in Mark}

    def provisional_marks(self) -> dict[Mark, int]:
        """Of `marks()`, how many rest on provisional figures (see Movement.provisional)."""
        return {m: sum(1 for line in self.sections.values() if line.change.mark is m and line.change.provisional)
                for m in Mark}

    def as_json(self) -> dict[str, object]:
        """The shape of `compare --json` (issue 17); ids as strings, as JSON keys must be."""
        ids = self.ids
        return {
            "assessments": ids,
            "reading": self.reading.value,
            "overall": {str(i): self.overall.figures[i].as_json() for i in ids},
            "sections": {sid: {str(i): line.figures[i].as_json() for i in ids} for sid, line in self.sections.items()},
            "changed": {c.question_id: {str(i): _value(c.values[i]) for i in ids} for c in self.changed},
            # first -> last per line (an extra key: the keys above keep their shape); `provisional`:
            # on thin evidence (answers to confirm, coverage under two thirds), over time no verdict yet
            "movement": {"overall": self.overall.change.as_json(),
                         "sections": {sid: line.change.as_json() for sid, line in self.sections.items()}},
            "questionnaire": {"versions": {str(i): v for i, v in self.versions.items()},
                              "shared_only": self.shared_only, "left_out": list(self.left_out)},
        }


class ComparisonError(ValueError):
    """Assessments that cannot be compared; `key` and `values` name the message (app/services/messages.py)."""

    def __init__(self, key: str, **values: object):
        self.key = key
        self.values = values
        super().__init__(key)


def _value(v: AnswerValue | None) -> str | None:
    return None if v is None else v.value


def build(questionnaire: Questionnaire, infos: Sequence[AssessmentInfo], answers: Mapping[int, Mapping[str, Answer]],
          overrides: Mapping[int, Mapping[str, float]] | None = None,
          pair_actions: Sequence[ActionItem] | None = None, as_of: date | None = None) -> Comparison:
    """The comparison of the assessments `infos` (in that order: the first is the reference of every
    change; a baseline and its follow-up given the other way round are put in time order, see in_time_order) from their answers and weight overrides (assessment id -> ...). `pair_actions`: the action
    plan of the last assessment when it is a follow-up of the first (then `as_of` dates what is late).
    Raises ComparisonError for fewer than two assessments, another questionnaire or nothing shared."""
    infos = in_time_order(infos)
    ids = [i.id for i in infos]
    if len(set(ids)) < 2 or len(set(ids)) != len(ids):
        raise ComparisonError("compare_too_few")
    q = questionnaire
    for info in infos:
        if info.questionnaire_id != q.id:
            raise ComparisonError("compare_other_questionnaire", id=info.id, other=info.questionnaire_id,
                                  questionnaire=q.id)
    shared = {x.id for x in q.questions()}
    unknown: list[int] = []
    for info in infos:
        if info.questionnaire_version == q.version:
            continue  # every question means what it means now: nothing left out
        kept = same_meaning(q, info.questionnaire_version)
        if kept is None:
            unknown.append(info.id)
        else:
            shared &= kept
    if not shared:
        raise ComparisonError("compare_nothing_shared")
    sub = restrict(q, shared)
    own = effective_weights(sub)
    own_groups = weighted_groups((s.questions for s in sub.sections), own)  # made once for all the assessments
    section_ids = [s.id for s in sub.sections]
    results: dict[int, tuple[list[Sums], Sums]] = {}
    overridden: dict[int, int] = {}
    for i in ids:  # the scoring function's own sums: sections and overall as `score` gives them
        mine = (overrides or {}).get(i)
        weights = effective_weights(sub, mine) if mine else own
        groups = own_groups if weights is own else weighted_groups((s.questions for s in sub.sections), weights)
        results[i] = group_sums(groups, answers[i])
        overridden[i] = 0 if weights is own else sum(1 for k, w in weights.items() if w != own[k])

    reading = reading_of(infos)

    def line(key: str, sums: list[Sums]) -> Line:
        figs = {i: Figures.of(t) for i, t in zip(ids, sums, strict=True)}
        return Line(key, figs, Movement.between(figs[ids[0]], figs[ids[-1]], reading))

    by_section = zip(*(results[i][0] for i in ids), strict=True)  # each section: its sums in every assessment
    sections = {sid: line(sid, list(sums)) for sid, sums in zip(section_ids, by_section, strict=True)}
    overall = line("overall", [results[i][1] for i in ids])
    carrying = {i for i in ids if results[i][1].states[State.CARRIED_OVER]}  # answers still to confirm
    # the scoring counted each assessment's open questions (applicable, not answered): none, nothing to look up
    open_by = {i: open_questions(sub, answers[i]) if results[i][1].applicable > results[i][1].answered else {}
               for i in ids}
    open_now = open_by[ids[-1]]
    actions = None
    if pair_actions is not None:
        day = as_of or date.today()
        actions = ActionProgress(ids[0], ids[-1], day, tuple(ActionLine(a, action_state(a, day)) for a in pair_actions))
    return Comparison(
        columns=tuple(Column(info.id, info, overridden[info.id]) for info in infos),
        questionnaire=sub, overall=overall, sections=sections,
        changed=tuple(changed_questions(sub, ids, answers, reading, carrying)), actions=actions,
        shared_questions=tuple(x.id for x in sub.questions()),
        left_out=tuple(x.id for x in q.questions() if x.id not in shared),
        versions={info.id: info.questionnaire_version for info in infos}, unknown_versions=tuple(unknown),
        reading=reading, still_open=tuple(open_now), open_states=open_now, open_by=open_by,
    )


def open_questions(q: Questionnaire, answers: Mapping[str, Answer]) -> dict[str, State]:
    """The questions not answered yet (any open state of the progress rule), in questionnaire order, each with
    why it is open; answers on the scale and N/A with its reason are passed over without asking state_of."""
    values, na = SCALE_VALUES, AnswerValue.NA
    out: dict[str, State] = {}
    get = answers.get
    for x in q.questions():
        a = get(x.id)
        if a is not None and not a.carried_over and (a.value in values or a.value is na and a.na_reason.strip()):
            continue  # answered, or not applicable with its reason
        st = state_of(a)
        if st in OPEN_STATES:
            out[x.id] = st
    return out


def same_meaning(q: Questionnaire, version: str) -> set[str] | None:
    """The ids of the current questionnaire that mean the same in `version` (same id, same section,
    strength and weight, not listed as changed, split or merged since); None when the meaning of
    `version` is not known."""
    if version == q.version:
        return {x.id for x in q.questions()}
    snapshots = {s.version: s for s in q.snapshots}
    mappings = {(m.from_version, m.to_version): m for m in q.mappings}
    try:
        plan = compose(chain(snapshots, mappings, version, meaning_of(q)))
    except UpgradeError:
        return None
    if plan is None:
        return None
    return set(plan.ids(Fate.KEPT))


def restrict(q: Questionnaire, ids: set[str]) -> Questionnaire:
    """The questionnaire with only the questions `ids` (sections left empty are dropped)."""
    if ids >= {x.id for x in q.questions()}:
        return q
    sections = tuple(replace(s, questions=tuple(x for x in s.questions if x.id in ids)) for s in q.sections)
    return replace(q, sections=tuple(s for s in sections if s.questions))


def _direction(first: Answer | None, last: Answer | None, reading: Reading = Reading.OVER_TIME) -> Mark:
    if not reading.over_time:
        return Mark.DIFFERS
    a = first.value if first else None
    b = last.value if last else None
    if a == b:
        return Mark.UNCHANGED  # the answer moved in between and came back
    if a in SCALE_VALUES and b in SCALE_VALUES:
        assert a is not None and b is not None
        return Mark.IMPROVED if SCALE_VALUES[b] > SCALE_VALUES[a] else Mark.REGRESSED
    return Mark.CHANGED


_VALUE, _COMMENT = attrgetter("value"), attrgetter("comment")


def _values(column: list[Answer | None]) -> list[AnswerValue | None]:
    """Each answer's value (None: not answered), read in one pass of C when every question is answered
    (looking for None among the answers first would compare each answer with it, in Python)."""
    try:
        return list(map(_VALUE, column))
    except AttributeError:  # a question not answered (None has no value)
        return [None if a is None else a.value for a in column]


def changed_questions(q: Questionnaire, ids: Sequence[int], answers: Mapping[int, Mapping[str, Answer]],
                      reading: Reading = Reading.OVER_TIME, carrying: Collection[int] | None = None
                      ) -> list[ChangedQuestion]:
    """The questions whose answer (the value chosen) differs between the assessments, in questionnaire
    order. A carried-over answer not yet confirmed has the baseline's value: it is not a change.

    `carrying`: the assessments that have any answer still carried over (in the state the progress rule calls
    carried over), when the caller knows it already (the scoring sums count them); None: looked up here."""
    out = []
    n = len(ids)
    na, carried_state = AnswerValue.NA, State.CARRIED_OVER
    questions = q.questions()
    qids = [x.id for x in questions]
    # column by column (one pass over each assessment's answers), then read question by question
    got_by_column = [list(map(answers[i].get, qids)) for i in ids]
    values_by_column = [_values(column) for column in got_by_column]
    if carrying is None:
        carrying = [i for i, column in zip(ids, got_by_column, strict=True)
                    if any(state_of(a) is carried_state for a in column if a is not None and a.carried_over)]
    # state_of is carried over exactly when a value was carried over and is not confirmed yet
    carry_at = [k for k, i in enumerate(ids) if i in carrying]
    none_carried = dict.fromkeys(ids, False)  # copied for each question when no assessment has one to confirm
    over_time = reading.over_time
    for x, got, values in zip(questions, zip(*got_by_column, strict=True), zip(*values_by_column, strict=True),
                              strict=True):
        if values.count(values[0]) == n:
            continue
        comments = dict(zip(ids, map(_COMMENT, got) if None not in values else
                            ["" if a is None else a.comment for a in got], strict=True))
        carried = none_carried.copy()
        for k in carry_at:
            a = got[k]
            carried[ids[k]] = a is not None and state_of(a) is carried_state
        reasons: dict[int, str] = {}
        if na in values:  # an answer N/A is an answer (never None): its reason, when given
            for k, v in enumerate(values):
                if v is na and (reason := got[k].na_reason.strip()):
                    reasons[ids[k]] = reason
        out.append(ChangedQuestion(x.id, x.section_id, dict(zip(ids, values, strict=True)), comments, carried,
                                   _direction(got[0], got[-1], reading) if over_time else Mark.DIFFERS, reasons))
    return out


def action_state(a: ActionItem, as_of: date) -> ActionState:
    if a.status is ActionStatus.DONE:
        return ActionState.DONE
    if a.deadline is not None and a.deadline < as_of:
        return ActionState.LATE
    return ActionState.IN_PROGRESS if a.status is ActionStatus.IN_PROGRESS else ActionState.NOT_STARTED


@dataclass(frozen=True)
class ComparisonReport:
    """What the comparison reports need: the comparison (its columns' details in `lang`) and the colophon."""

    lang: str  # "en", "fr" or "ar"
    comparison: Comparison
    app_version: str = ""
    generated_at: datetime = field(default_factory=datetime.now)

    @property
    def rtl(self) -> bool:
        return self.lang == "ar"
