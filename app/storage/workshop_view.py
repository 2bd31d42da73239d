"""The quick reads of the facilitator's window (issue 11): how many contributors answered each question and
how many different answers they gave (counted by the database, not by loading every answer), the
contributors with their number of answers, and one question's contributions. Mixed into Repository."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, cast

from sqlalchemy import Table, distinct, func, select

from app.domain.answers import Answer

from .models import ContributionAnswerRow, ContributionRow

if TYPE_CHECKING:
    from .db import Database

_CA = cast(Table, ContributionAnswerRow.__table__)
_C = cast(Table, ContributionRow.__table__)


@dataclass(frozen=True)
class ContributionHead:
    """A contribution without its answers: who, when, how many questions it gives an answer value."""

    id: int
    author: str
    institution: str
    received_at: datetime
    superseded_by: int | None
    answered: int


class WorkshopViewQueries:
    db: Database

    def agreement_tallies(self, assessment_id: int) -> dict[str, tuple[int, int]]:
        """question id -> (contributions giving it an answer value, different values among them), over the
        contributions in use (not the superseded ones)."""
        q = (select(_CA.c.question_id, func.count(_CA.c.value), func.count(distinct(_CA.c.value)))
             .join(_C, _C.c.id == _CA.c.contribution_id)
             .where(_C.c.assessment_id == assessment_id, _C.c.superseded_by.is_(None))
             .group_by(_CA.c.question_id))
        with self.db.session() as s:
            return {qid: (int(given), int(values)) for qid, given, values in s.execute(q)}

    def contribution_heads(self, assessment_id: int, history: bool = False) -> list[ContributionHead]:
        """The contributions (oldest received first), with the number of questions each answers."""
        answered = (select(_CA.c.contribution_id, func.count(_CA.c.value).label("n"))
                    .group_by(_CA.c.contribution_id).subquery())
        q = (select(_C.c.id, _C.c.author, _C.c.institution, _C.c.received_at, _C.c.superseded_by,
                    func.coalesce(answered.c.n, 0))
             .outerjoin(answered, answered.c.contribution_id == _C.c.id)
             .where(_C.c.assessment_id == assessment_id))
        if not history:
            q = q.where(_C.c.superseded_by.is_(None))
        with self.db.session() as s:
            return [ContributionHead(*row) for row in s.execute(q.order_by(_C.c.received_at, _C.c.id))]

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
