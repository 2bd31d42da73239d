"""The workshop queries of the Repository (schema 6): assessments found by their global id, received
assessments, contributions and the facilitator's decisions. Mixed into Repository: the services still
see one Repository, and every SQL statement stays in app/storage.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import Table, insert, select, update

from app.domain.answers import Answer, AnswerValue

from .models import (
    ActionRow,
    AnswerRow,
    AssessmentRow,
    ContributionAnswerRow,
    ContributionRow,
    DecisionRow,
    WeightOverrideRow,
    column_defaults,
)

if TYPE_CHECKING:
    from .db import Database

CONTRIBUTION_ANSWER_FIELDS = ("value", "na_reason", "comment", "legal_provision", "evidence", "confidence",
                              "institution")
_CA = cast(Table, ContributionAnswerRow.__table__)
_BLANK = column_defaults(ContributionAnswerRow, CONTRIBUTION_ANSWER_FIELDS)


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


def same_author(a: str, b: str) -> bool:
    """Authors are the same person when their names match ignoring case and surrounding spaces."""
    return a.strip().casefold() == b.strip().casefold()


class ContributionExists(Exception):
    """A contribution of this author written at the same time or later is already held: the file is not
    newer than what the facilitator has (`held` is when the held one was written)."""

    def __init__(self, author: str, held: datetime, same: bool):
        self.author, self.held, self.same = author, held, same
        super().__init__(f"a contribution of {author} written {held.isoformat()} is already held")


@dataclass(frozen=True)
class ContributionRecord:
    id: int
    assessment_id: int
    author: str
    institution: str
    kind: str
    source: str
    sections: tuple[str, ...]  # empty: the whole questionnaire
    written_at: datetime
    received_at: datetime
    superseded_by: int | None
    answers: dict[str, Answer] = field(default_factory=dict)


@dataclass(frozen=True)
class DecisionRecord:
    id: int
    question_id: str
    adopted_from: str
    value: AnswerValue | None
    agreement: str
    note: str
    decided_at: datetime
    changed_by: str


class WorkshopQueries:
    db: Database

    @property
    def user(self) -> str:
        return self.db.user

    def assessment_id_by_uid(self, uid: str) -> int | None:
        with self.db.session() as s:
            return s.scalars(select(AssessmentRow.id).where(AssessmentRow.uid == uid)).one_or_none()

    def receive_assessment(self, uid: str, details: dict[str, Any], answers: dict[str, dict[str, Any]],
                           weights: dict[str, tuple[float, str]], actions: Iterable[tuple[str, dict[str, Any]]]
                           ) -> int:
        """Add an assessment that came in an exchange file, with its global id, answers, weight overrides
        and actions, in one transaction (all of it or nothing)."""
        stamp = _now()
        with self.db.session() as s:
            row = AssessmentRow(**details, uid=uid, created_at=stamp, updated_at=stamp, changed_by=self.user)
            s.add(row)
            s.flush()
            aid = row.id
            blank = column_defaults(AnswerRow, tuple(CONTRIBUTION_ANSWER_FIELDS) + ("to_review",))
            for qid, values in answers.items():
                s.add(AnswerRow(assessment_id=aid, question_id=qid, updated_at=stamp, changed_by=self.user,
                                **{**blank, **values}))
            for qid, (weight, reason) in weights.items():
                s.add(WeightOverrideRow(assessment_id=aid, question_id=qid, weight=weight, reason=reason,
                                        changed_by=self.user))
            for qid, values in actions:
                s.add(ActionRow(assessment_id=aid, question_id=qid, created_at=stamp, updated_at=stamp,
                                changed_by=self.user, **values))
            return aid

    def add_contribution(self, assessment_id: int, meta: dict[str, Any], answers: dict[str, dict[str, Any]]
                         ) -> tuple[int, int | None]:
        """Store a contribution and its answers in one transaction; a held contribution of the same author
        written earlier is superseded by it. Returns (new id, superseded id or None). ContributionExists
        when the author's held contribution was written at the same time or later (nothing is written)."""
        with self.db.session() as s:
            if s.get(AssessmentRow, assessment_id) is None:
                from .repository import MissingRow

                raise MissingRow(f"assessment {assessment_id}")
            held = [r for r in s.scalars(select(ContributionRow).where(
                ContributionRow.assessment_id == assessment_id, ContributionRow.superseded_by.is_(None)))
                if same_author(r.author, meta["author"])]
            for r in held:
                if r.written_at >= meta["written_at"]:
                    raise ContributionExists(r.author, r.written_at, r.written_at == meta["written_at"])
            row = ContributionRow(assessment_id=assessment_id, received_at=_now(), changed_by=self.user, **meta)
            s.add(row)
            s.flush()
            if answers:
                s.execute(insert(_CA), [{**_BLANK, **values, "contribution_id": row.id, "question_id": qid}
                                        for qid, values in answers.items()])
            for r in held:
                r.superseded_by = row.id
            return row.id, held[0].id if held else None

    def contributions(self, assessment_id: int, history: bool = False) -> list[ContributionRecord]:
        """The contributions held for an assessment (oldest received first) with their answers; with
        `history`, the superseded ones too. Two queries, plain rows (30 participants x 300 answers)."""
        with self.db.session() as s:
            q = select(ContributionRow).where(ContributionRow.assessment_id == assessment_id)
            if not history:
                q = q.where(ContributionRow.superseded_by.is_(None))
            rows = list(s.scalars(q.order_by(ContributionRow.received_at, ContributionRow.id)))
            answers: dict[int, dict[str, Answer]] = {r.id: {} for r in rows}
            if rows:
                cols = [_CA.c.contribution_id, _CA.c.question_id, *(_CA.c[f] for f in CONTRIBUTION_ANSWER_FIELDS)]
                for r in s.execute(select(*cols).where(_CA.c.contribution_id.in_(list(answers)))):
                    answers[r.contribution_id][r.question_id] = Answer(
                        r.question_id, r.value, r.na_reason, r.comment, r.legal_provision, r.evidence,
                        r.confidence, r.institution)
            return [ContributionRecord(r.id, r.assessment_id, r.author, r.institution, r.kind, r.source,
                                       tuple(x for x in r.sections.split(",") if x), r.written_at,
                                       r.received_at, r.superseded_by, answers[r.id]) for r in rows]

    def add_decisions(self, assessment_id: int, decisions: Iterable[dict[str, Any]]) -> None:
        """Record what the facilitator adopted (question_id, adopted_from, value, agreement, note)."""
        stamp = _now()
        with self.db.session() as s:
            for d in decisions:
                s.add(DecisionRow(assessment_id=assessment_id, decided_at=stamp, changed_by=self.user, **d))

    def decisions(self, assessment_id: int) -> list[DecisionRecord]:
        with self.db.session() as s:
            rows = s.scalars(select(DecisionRow).where(DecisionRow.assessment_id == assessment_id)
                             .order_by(DecisionRow.id))
            return [DecisionRecord(r.id, r.question_id, r.adopted_from, r.value, r.agreement, r.note,
                                   r.decided_at, r.changed_by) for r in rows]

    def set_uid(self, assessment_id: int, uid: str) -> None:
        """Only for tests and repairs: give an assessment a known global id."""
        with self.db.session() as s:
            s.execute(update(AssessmentRow).where(AssessmentRow.id == assessment_id).values(uid=uid))
