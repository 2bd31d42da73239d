"""The quick reads of the facilitator's window (issue 11): how many contributors answered each question and
how many different answers they gave (counted by the database, not by loading every answer), the
contributors with their number of answers, and one question's contributions. Mixed into Repository."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import Table, distinct, func, select
from sqlalchemy.orm import Session

from app.domain.answers import Answer

from .models import AnswerRow, AssessmentRow, ContributionAnswerRow, ContributionRow, DecisionRow
from .workshop import SentBy

if TYPE_CHECKING:
    from .db import Database

_CA = cast(Table, ContributionAnswerRow.__table__)
_C = cast(Table, ContributionRow.__table__)
_A = cast(Table, AnswerRow.__table__)


@dataclass(frozen=True)
class ContributionHead(SentBy):
    """A contribution without its answers: who, when, how many questions it gives an answer value."""

    id: int
    author: str
    institution: str
    received_at: datetime
    superseded_by: int | None
    answered: int
    origin: str = ""  # the hand-out the file answers (schema 14)
    sender_database: str = ""  # the sending database's id (schema 16)
    default_name: bool = False  # its name was the sending laptop's default (shared without --by)
    name_number: int = 1  # shown as "author (n)" when above 1 (app/storage/workshop.py shown_name)
    sender_id: str = ""  # the sending hand-out copy's id (schema 18)


@dataclass(frozen=True)
class OverviewReads:
    """What the facilitator's window needs to list every question's agreement, read in one transaction."""

    heads: list[ContributionHead]  # the contributions in use, oldest received first
    tallies: dict[str, tuple[int, int]]  # as agreement_tallies
    answered: frozenset[str]  # the questions the assessment's own answers (the consensus) give a value
    decisions: int  # how many decisions were recorded (none: no decision can be reopened)


class WorkshopViewQueries:
    db: Database

    def agreement_tallies(self, assessment_id: int) -> dict[str, tuple[int, int]]:
        """question id -> (contributions giving it an answer value, different values among them), over the
        contributions in use (not the superseded ones)."""
        with self.db.session() as s:
            return self._tallies(s, assessment_id)

    @staticmethod
    def _tallies(s: Session, assessment_id: int) -> dict[str, tuple[int, int]]:
        q = (select(_CA.c.question_id, func.count(_CA.c.value), func.count(distinct(_CA.c.value)))
             .join(_C, _C.c.id == _CA.c.contribution_id)
             .where(_C.c.assessment_id == assessment_id, _C.c.superseded_by.is_(None))
             .group_by(_CA.c.question_id))
        return {qid: (int(given), int(values)) for qid, given, values in s.execute(q).all()}

    def contribution_heads(self, assessment_id: int, history: bool = False) -> list[ContributionHead]:
        """The contributions (oldest received first), with the number of questions each answers."""
        with self.db.session() as s:
            return self._heads(s, assessment_id, history)

    @staticmethod
    def _heads(s: Session, assessment_id: int, history: bool = False) -> list[ContributionHead]:
        # counted for each contribution of this assessment only (a correlated count on the unique index
        # (contribution_id, question_id)), not over every contribution of the file then joined
        answered = (select(func.count(_CA.c.value)).where(_CA.c.contribution_id == _C.c.id)
                    .correlate(_C).scalar_subquery())
        q = (select(_C.c.id, _C.c.author, _C.c.institution, _C.c.received_at, _C.c.superseded_by, answered,
                    _C.c.origin, _C.c.sender_database, _C.c.default_name, _C.c.name_number,
                    _C.c.sender_id)
             .where(_C.c.assessment_id == assessment_id))
        if not history:
            q = q.where(_C.c.superseded_by.is_(None))
        return [ContributionHead(*cast(tuple[Any, ...], row)) for row in s.execute(q.order_by(_C.c.received_at, _C.c.id))]

    def answered_questions(self, contribution_ids: Iterable[int]) -> dict[int, frozenset[str]]:
        """The questions each contribution holds an answer of its own for (an answer value, a comment, a
        legal provision or evidence: what receiving keeps), by contribution id (superseded ones too)."""
        wanted = sorted(set(contribution_ids))
        out: dict[int, set[str]] = {cid: set() for cid in wanted}
        if wanted:
            with self.db.session() as s:
                for cid, qid in s.execute(select(_CA.c.contribution_id, _CA.c.question_id)
                                          .where(_CA.c.contribution_id.in_(wanted))):
                    out[int(cid)].add(str(qid))
        return {cid: frozenset(q) for cid, q in out.items()}

    def overview_reads(self, assessment_id: int) -> OverviewReads | None:
        """Everything the workshop overview reads, in one transaction (None: no such assessment). The
        facilitator's answers are read as the ids of those with a value, not as whole answers."""
        with self.db.session() as s:
            if s.execute(select(AssessmentRow.id).where(AssessmentRow.id == assessment_id)).first() is None:
                return None
            heads = self._heads(s, assessment_id)
            tallies = self._tallies(s, assessment_id) if heads else {}
            # an empty text is no value (EnumText reads it as None: files of the first schema)
            answered = frozenset(str(qid) for qid in s.execute(select(_A.c.question_id).where(
                _A.c.assessment_id == assessment_id, _A.c.value.is_not(None), _A.c.value != "")).scalars())
            decisions = s.execute(select(func.count()).select_from(DecisionRow)
                                  .where(DecisionRow.assessment_id == assessment_id)).scalar_one() if heads else 0
            return OverviewReads(heads, tallies, answered, int(decisions))

    def question_contributions(self, assessment_id: int, question_id: str, history: bool = False
                               ) -> list[tuple[int, Answer]]:
        """(contribution id, answer) for one question, in the order the contributions were received."""
        cols = [_CA.c[f] for f in ("value", "na_reason", "comment", "legal_provision", "evidence", "confidence",
                                   "institution")]
        q = (select(_C.c.id, *cols).join(_C, _C.c.id == _CA.c.contribution_id)
             .where(_C.c.assessment_id == assessment_id, _CA.c.question_id == question_id))
        if not history:
            q = q.where(_C.c.superseded_by.is_(None))
        with self.db.session() as s:
            return [(r[0], Answer(question_id, *r[1:])) for r in s.execute(q.order_by(_C.c.received_at, _C.c.id))]
