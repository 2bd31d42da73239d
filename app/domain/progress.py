"""The one progress rule (docs/methodology.md, section 1): what state each question is in, and the counts
every screen, report and command shows. Scoring uses the same classification, so "answered" means the
same thing in the assessment list, the section tree, the question page, the results, the reports and
the command line.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from .answers import SCALE_VALUES, Answer, AnswerValue

if TYPE_CHECKING:  # not imported at run time: the start lists progress before the questionnaire loads
    from .questionnaire import Question


class State(StrEnum):
    ANSWERED = "answered"  # a point of the four-point scale: counts in the score
    UNANSWERED = "unanswered"  # nothing chosen yet
    DONT_KNOW = "dont_know"  # counts as unanswered in the score; goes on the follow-up list
    NA = "na"  # not applicable, with its written reason: the question leaves the score
    NA_PENDING = "na_pending"  # not applicable chosen, reason not written yet: unanswered until it is
    CARRIED_OVER = "carried_over"  # follow-up reviews: copied from the previous review, not yet confirmed


# States that are neither scored nor out of scope: they lower coverage.
OPEN_STATES = frozenset({State.UNANSWERED, State.DONT_KNOW, State.NA_PENDING, State.CARRIED_OVER})


# The members, bound once: this runs for every question of every assessment listed, scored or compared.
_NA, _DONT_KNOW = AnswerValue.NA, AnswerValue.DONT_KNOW
_ANSWERED, _UNANSWERED, _CARRIED_OVER = State.ANSWERED, State.UNANSWERED, State.CARRIED_OVER


def state_of(answer: Answer | None) -> State:
    if answer is None:
        return _UNANSWERED
    value = answer.value
    if value is None:
        return _UNANSWERED
    if answer.carried_over:
        return _CARRIED_OVER
    if value is _NA:
        return State.NA if answer.na_reason.strip() else State.NA_PENDING
    if value is _DONT_KNOW:
        return State.DONT_KNOW
    assert value in SCALE_VALUES
    return _ANSWERED


@dataclass(frozen=True)
class Progress:
    """Counts of a group of questions. `answered` / `applicable` is the coverage shown everywhere."""

    total: int
    answered: int
    unanswered: int
    dont_know: int
    na: int
    na_pending: int
    carried_over: int
    to_review: int  # answers (of any state) flagged for review after a questionnaire upgrade

    @property
    def applicable(self) -> int:
        return self.total - self.na

    @property
    def coverage(self) -> float | None:
        return None if self.applicable == 0 else self.answered / self.applicable

    @property
    def open(self) -> int:
        """Applicable questions still without a scored answer."""
        return self.applicable - self.answered

    @property
    def complete(self) -> bool:
        """Nothing left to do: every applicable question answered and nothing waiting for review."""
        return self.open == 0 and self.to_review == 0


def progress(questions: Iterable[Question | str], answers: Mapping[str, Answer]) -> Progress:
    counts = dict.fromkeys(State, 0)
    total = to_review = 0
    for q in questions:
        qid = q if isinstance(q, str) else q.id
        a = answers.get(qid)
        total += 1
        counts[state_of(a)] += 1
        if a is not None and a.to_review:
            to_review += 1
    return Progress(total=total, answered=counts[State.ANSWERED], unanswered=counts[State.UNANSWERED],
                    dont_know=counts[State.DONT_KNOW], na=counts[State.NA], na_pending=counts[State.NA_PENDING],
                    carried_over=counts[State.CARRIED_OVER], to_review=to_review)
