"""What the facilitator's window and the report annex show of a workshop, built on the contributions
service (app/services/contributions.py): the agreement of every question, one question's contributions
side by side (with the superseded ones for history), and the annex data of the reports."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from app.domain.answers import Answer
from app.domain.times import local
from app.domain.workshop import Dispute, SectionAgreement, WorkshopAnnex, WorkshopContributor

from . import contributions
from .changes import Change, ChangeKind
from .contributions import Agreement, Reopened
from .workspace import ServiceError, Workspace

if TYPE_CHECKING:
    from app.storage.workshop_view import ContributionHead

    from .exchange import Checked, Received, Refusal

AGREEMENTS: tuple[str, ...] = tuple(a.value for a in (Agreement.CONFLICT, Agreement.UNANIMOUS, Agreement.SINGLE,
                                                      Agreement.NONE))
DECIDED = "decided"  # a conflict the facilitator decided: no longer in dispute
STATES: tuple[str, ...] = (AGREEMENTS[0], DECIDED, *AGREEMENTS[1:])


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
    decided: bool = False  # a decision was taken and no contribution to this question changed since
    reopened: tuple[Reopened, ...] = ()  # who changed their contribution after the latest decision, and how


@dataclass(frozen=True)
class Participant:
    by: str
    institution: str
    received: datetime
    answers: int  # questions given an answer value


@dataclass(frozen=True)
class WorkshopOverview:
    """The agreement of every question of one assessment, as the window shows it: read with a few counting
    queries (not every answer of every contributor), kept by the controller until the next change."""

    assessment_id: int
    contributors: tuple[Participant, ...]
    agreements: dict[str, str] = field(default_factory=dict)  # question id -> one of AGREEMENTS
    sections_of: dict[str, tuple[str, ...]] = field(default_factory=dict)  # section id -> its question ids
    with_consensus: frozenset[str] = frozenset()  # questions the facilitator had answered when it was read
    heads: tuple[tuple[int, ContributionHead], ...] = ()  # the contributions in use, by id
    decided: frozenset[str] = frozenset()  # conflicts decided, the decision still valid
    reopened: dict[str, tuple[Reopened, ...]] = field(default_factory=dict)  # decisions a newer file reopened

    def counts(self) -> dict[str, int]:
        return dict(Counter(self.agreements.values()))

    def state(self, question_id: str) -> str:
        """One of STATES: the agreement, with "decided" for a conflict the facilitator decided (and no
        contribution to it changed since)."""
        kind = self.agreements.get(question_id, Agreement.NONE.value)
        return DECIDED if kind == Agreement.CONFLICT.value and question_id in self.decided else kind

    def state_counts(self) -> dict[str, int]:
        return dict(Counter(self.state(qid) for qid in self.agreements))

    def unanimous_to_adopt(self) -> int:
        """Questions all contributors agree on that have no facilitator's answer yet."""
        return sum(1 for qid, a in self.agreements.items() if a == "unanimous" and qid not in self.with_consensus)

    def sections(self) -> tuple[SectionAgreement, ...]:
        out = []
        for sid, ids in self.sections_of.items():
            n = Counter(self.agreements.get(qid, "none") for qid in ids)
            out.append(SectionAgreement(sid, len(ids), n["unanimous"], n["conflict"], n["single"], n["none"]))
        return tuple(out)


def _agreement(given: int, values: int) -> str:
    """The rule of app/services/contributions.py, from the database's counts."""
    if given == 0:
        return Agreement.NONE.value
    if given == 1:
        return Agreement.SINGLE.value
    return (Agreement.UNANIMOUS if values == 1 else Agreement.CONFLICT).value


def overview(ws: Workspace, assessment_id: int) -> WorkshopOverview:
    reads = ws.repo.overview_reads(assessment_id)  # one transaction, a few counting queries
    if reads is None:
        raise ServiceError("no_assessment", id=assessment_id)
    heads, tallies, answered = reads.heads, reads.tallies, reads.answered
    heads = [h if h.shown == h.author else replace(h, author=h.shown, name_number=1) for h in heads]  # "root (2)", stored
    people = tuple(Participant(h.author, h.institution, _shown(h.received_at), h.answered) for h in heads)
    qn = ws.questionnaire
    agreements = {q.id: _agreement(*tallies.get(q.id, (0, 0))) for q in qn.questions()}
    states = contributions.decision_states(ws, assessment_id) if reads.decisions else {}
    return WorkshopOverview(assessment_id, people, agreements,
                            {s.id: tuple(q.id for q in s.questions) for s in qn.sections}, answered,
                            tuple((h.id, h) for h in heads),
                            frozenset(qid for qid, st in states.items() if st.valid),
                            {qid: st.reopened for qid, st in states.items() if st.reopened})


def _shown(received: datetime) -> datetime:
    """When a contribution was received, on the reader's clock (stored in UTC: app/domain/times.py)."""
    return local(received).replace(tzinfo=None)


def question(ws: Workspace, o: WorkshopOverview, question_id: str, history: bool = False) -> QuestionWorkshop:
    """One question's contributions side by side; with `history`, the superseded ones after them."""
    aid = o.assessment_id
    heads = dict(o.heads) if not history else {h.id: h for h in ws.repo.contribution_heads(aid, history=True)}
    rows = [ContributionRow(h.shown, h.institution, _shown(h.received_at), a, h.superseded_by is not None)
            for cid, a in ws.repo.question_contributions(aid, question_id, history) if (h := heads.get(cid))]
    rows.sort(key=lambda r: r.superseded)  # the contributions in use first, then the history
    stored = ws.stored_answer(aid, question_id)
    consensus = stored.answer if stored is not None and stored.answer.value is not None else None
    notes = [d.note for d in ws.repo.decisions(aid) if d.question_id == question_id and d.note]
    return QuestionWorkshop(question_id, o.agreements.get(question_id, "none"), consensus, tuple(rows),
                            notes[-1] if notes else "", question_id in o.decided, o.reopened.get(question_id, ()))


def annex(ws: Workspace, assessment_id: int) -> WorkshopAnnex:
    """The workshop annex of the reports: contributors, agreement per section, the questions in dispute."""
    v = contributions.view(ws, assessment_id)
    people = tuple(WorkshopContributor(c.by, c.institution, _shown(c.received), c.answers) for c in v.contributors)
    sections = tuple(SectionAgreement(s.section_id, s.questions, s.unanimous, s.conflict, s.single, s.none)
                     for s in v.sections.values())
    disputes = []
    for qid in v.disputed():
        q = v.questions[qid]
        given = tuple((by, a.value) for by, a in q.contributions.items() if a.value is not None)
        disputes.append(Dispute(qid, q.section_id, q.consensus.value if q.consensus else None, given))
    return WorkshopAnnex(people, sections, tuple(disputes))


def adopt_unanimous(ws: Workspace, assessment_id: int) -> tuple[int, Change]:
    """Adopt every unanimous answer of the questions without a consensus; how many, and what changed."""
    before = overview(ws, assessment_id)
    ids = tuple(qid for qid, a in before.agreements.items()
                if a == Agreement.UNANIMOUS.value and qid not in before.with_consensus)
    n = contributions.adopt_unanimous(ws, assessment_id)
    return n, Change(ChangeKind.ANSWERS_IMPORTED, assessment_id, by=ws.user, question_ids=ids if n else ())


def not_adopted(ws: Workspace, assessment_id: int) -> dict[str, int]:
    """How many questions contributors answered adopting every unanimous answer leaves alone, by why (a
    contributions.Held code: differs, same, conflict, single); the window says it instead of a bare 0."""
    return {h.value: len(ids) for h, ids in contributions.not_adopted(ws, assessment_id).items()}


def receive(ws: Workspace, path: Path, by: str | None = None, passphrase: str | None = None,
            institution: str = "") -> tuple[Received, Change]:
    """Receive one file (app/services/exchange.py) and say what changed: a new assessment, or the
    contributions of one (the facilitator's answers are never written by receiving)."""
    from .exchange import receive as receive_file

    got = receive_file(ws, path, by=by, passphrase=passphrase, institution=institution)
    return got, _change(ws, got)


def _change(ws: Workspace, got: Received) -> Change:
    kind = ChangeKind.ASSESSMENT_CREATED if got.outcome == "added" else ChangeKind.ASSESSMENT_UPDATED
    return Change(kind, got.assessment_id, by=ws.user)


def store(ws: Workspace, files: list[Checked]) -> tuple[list[Received | Refusal], list[Change]]:
    """Store files checked one by one (exchange.check_file), after one backup, each on its own: per file
    what it became or why it was refused, and what changed."""
    from .exchange import Received as Stored
    from .exchange import store as store_files
    from .sharing_notes import remember_protected

    got = store_files(ws, files)
    remember_protected(ws, files, got)  # a protected hand-out: sharing back proposes protection
    changes = {(c.kind, c.assessment_id): c for c in (_change(ws, r) for r in got if isinstance(r, Stored))}
    return got, list(changes.values())  # one notice per assessment: the views reload once, not per file
