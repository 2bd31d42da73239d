"""What the facilitator's window and the report annex show of a workshop, built on the contributions
service (app/services/contributions.py): the agreement of every question, one question's contributions
side by side (with the superseded ones for history), and the annex data of the reports."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from app.domain.answers import Answer
from app.domain.workshop import Dispute, SectionAgreement, WorkshopAnnex, WorkshopContributor

from . import contributions
from .changes import Change, ChangeKind
from .contributions import Agreement, Contributor, WorkshopView
from .workspace import Workspace

if TYPE_CHECKING:
    from .exchange import Received

AGREEMENTS: tuple[str, ...] = tuple(a.value for a in (Agreement.CONFLICT, Agreement.UNANIMOUS, Agreement.SINGLE,
                                                      Agreement.NONE))


@dataclass(frozen=True)
class ContributionRow:
    by: str
    institution: str
    received: datetime | None
    answer: Answer
    superseded: bool = False  # an earlier contribution of the same author, replaced by a newer file


@dataclass(frozen=True)
class QuestionWorkshop:
    question_id: str
    agreement: str  # one of AGREEMENTS
    consensus: Answer | None  # the facilitator's answer; None while it has no answer value
    rows: tuple[ContributionRow, ...]  # the contributions in use, then (with history) the superseded ones
    decision_note: str = ""  # the note of the latest decision on this question


@dataclass(frozen=True)
class WorkshopOverview:
    """The agreement of every question of one assessment, read once and kept until the next change."""

    view: WorkshopView
    agreements: dict[str, str] = field(default_factory=dict)

    @property
    def contributors(self) -> tuple[Contributor, ...]:
        return self.view.contributors

    def counts(self) -> dict[str, int]:
        return dict(Counter(self.agreements.values()))

    def unanimous_to_adopt(self) -> int:
        """Questions all contributors agree on that have no facilitator's answer yet."""
        return sum(1 for q in self.view.questions.values()
                   if q.agreement is Agreement.UNANIMOUS and q.consensus is None)

    def sections(self) -> tuple[SectionAgreement, ...]:
        return tuple(SectionAgreement(s.section_id, s.questions, s.unanimous, s.conflict, s.single, s.none)
                     for s in self.view.sections.values())


def overview(ws: Workspace, assessment_id: int) -> WorkshopOverview:
    v = contributions.view(ws, assessment_id)
    return WorkshopOverview(v, {qid: q.agreement.value for qid, q in v.questions.items()})


def question(ws: Workspace, o: WorkshopOverview, question_id: str, history: bool = False) -> QuestionWorkshop:
    """One question's contributions side by side; with `history`, the superseded ones after them."""
    q = o.view.questions[question_id]
    people = {c.by: c for c in o.contributors}
    rows = [ContributionRow(by, people[by].institution if by in people else "",
                            people[by].received if by in people else None, a)
            for by, a in q.contributions.items()]
    if history:
        for r in ws.repo.contributions(o.view.assessment_id, history=True):
            if r.superseded_by is not None and question_id in r.answers:
                rows.append(ContributionRow(r.author, r.institution, r.received_at, r.answers[question_id], True))
    note = q.decisions[-1].note if q.decisions else ""
    return QuestionWorkshop(question_id, q.agreement.value, q.consensus, tuple(rows), note)


def annex(ws: Workspace, assessment_id: int) -> WorkshopAnnex:
    """The workshop annex of the reports: contributors, agreement per section, the questions in dispute."""
    o = overview(ws, assessment_id)
    people = tuple(WorkshopContributor(c.by, c.institution, c.received, c.answers) for c in o.contributors)
    disputes = []
    for qid in o.view.disputed():
        q = o.view.questions[qid]
        given = tuple((by, a.value) for by, a in q.contributions.items() if a.value is not None)
        disputes.append(Dispute(qid, q.section_id, q.consensus.value if q.consensus else None, given))
    return WorkshopAnnex(people, o.sections(), tuple(disputes))


def adopt_unanimous(ws: Workspace, assessment_id: int) -> tuple[int, Change]:
    """Adopt every unanimous answer of the questions without a consensus; how many, and what changed."""
    before = overview(ws, assessment_id).view.questions
    ids = tuple(qid for qid, q in before.items() if q.agreement is Agreement.UNANIMOUS and q.consensus is None)
    n = contributions.adopt_unanimous(ws, assessment_id)
    return n, Change(ChangeKind.ANSWERS_IMPORTED, assessment_id, by=ws.user, question_ids=ids if n else ())


def receive(ws: Workspace, path: Path, by: str | None = None, passphrase: str | None = None
            ) -> tuple[Received, Change]:
    """Receive one file (app/services/exchange.py) and say what changed: a new assessment, or the
    contributions of one (the facilitator's answers are never written by receiving)."""
    from .exchange import receive as receive_file

    got = receive_file(ws, path, by=by, passphrase=passphrase)
    kind = ChangeKind.ASSESSMENT_CREATED if got.outcome == "added" else ChangeKind.ASSESSMENT_UPDATED
    return got, Change(kind, got.assessment_id, by=ws.user)
