"""The facilitator's view of a workshop: the contributions side by side with the consensus (the
assessment's own answers), where contributors agree, and adopting answers into the consensus (issue 11).

API (stable; the window, the report annex and the command line use it):

    view(ws, assessment_id) -> WorkshopView
        .contributors: tuple[Contributor]          who, institution, received/written, answers, sections
        .questions: dict[qid, QuestionAgreement]   consensus, contributions by author, agreement, decisions
        .sections: dict[section id, SectionAgreement]   counts per agreement, agreement_rate
        .where(Agreement) / .disputed() / .to_json()    (to_json: the shape `contributions ID --json` prints)
    history(ws, assessment_id) -> list[Contributor]      every contribution, superseded ones too
    decisions(ws, assessment_id) -> list[Decision]       what was adopted, from whom, with which note
    adopt_unanimous(ws, assessment_id) -> int            unanimous answers of questions with no consensus yet
    not_adopted(ws, assessment_id) -> {Held: [qid]}      what adopt_unanimous leaves alone, and why
    adopt(ws, assessment_id, question_id, from_author=None, values=None, note="") -> Change

Agreement of a question, over the contributions that give it an answer value: none (nobody), single
(one contributor), unanimous (two or more, all the same code), conflict (two or more, codes differ).
Adopting writes the assessment's answers through Workspace.set_answers (a backup is made first) and
records a Decision for each, in the same transaction (Repository.adopt): an answer is never stored
without its decision note, even if the power fails. A conflict is only decided with a note. Nothing is
adopted silently.

A decision stays valid until a contribution to THAT question changes after it: a newer file from an author
whose answer (value, reason or comment) to the question differs from the one the decision saw, or an author
who had not answered it then. The question is then reopened, saying who changed what (`Reopened`); files
that change other questions, give the same answer again, or change (or newly give) the answer TO the value
decided, leave the decision alone: it agrees with them.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from app.domain.answers import Answer, AnswerValue, Confidence
from app.storage.workshop import (
    CONTRIBUTION_ANSWER_FIELDS,
    ContributionRecord,
    DecisionRecord,
    same_author,
    same_sender,
)

from .changes import Change
from .workspace import Means, ServiceError, Workspace

Decision = DecisionRecord


class Agreement(StrEnum):
    UNANIMOUS = "unanimous"
    CONFLICT = "conflict"
    SINGLE = "single"
    NONE = "none"


@dataclass(frozen=True)
class Contributor:
    contribution_id: int
    by: str
    institution: str
    received: datetime
    written: datetime
    source: str  # the file's name
    kind: str  # "exchange" or "template"
    answers: int  # questions given an answer value
    sections: tuple[str, ...]  # the sections it covers (every section when the file held them all)
    superseded_by: int | None = None

    @property
    def received_iso(self) -> str:
        return _iso(self.received)


class Why(StrEnum):
    """Why a decision was reopened, for one author."""

    ANSWERED = "answered"  # answered the question after the decision (they had not before)
    CHANGED = "changed"  # gave another answer (value, reason or comment) after the decision
    WITHDREW = "withdrew"  # a newer file of theirs no longer answers it


@dataclass(frozen=True)
class Reopened:
    by: str
    why: Why
    received: datetime


@dataclass(frozen=True)
class DecisionState:
    """The latest decision on a question and, when contributions to it changed since, who changed what."""

    decision: Decision
    reopened: tuple[Reopened, ...] = ()

    @property
    def valid(self) -> bool:
        return not self.reopened


def _iso(stored: datetime) -> str:
    """A stored time (UTC, without a zone: app/domain/times.py) as ISO 8601 with its offset, to the second:
    '2026-11-30T14:02:31+00:00'."""
    return stored.replace(tzinfo=UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class QuestionAgreement:
    question_id: str
    section_id: str
    consensus: Answer | None  # the assessment's own answer; None when it has no answer value yet
    contributions: dict[str, Answer]  # author -> their answer (value, comment, legal provision, evidence, ...)
    agreement: Agreement
    decisions: tuple[Decision, ...] = ()  # every decision taken on it, oldest first
    reopened: tuple[Reopened, ...] = ()  # contributions changed since the latest decision

    @property
    def decided(self) -> bool:
        """A decision was taken and no contribution to this question changed since."""
        return bool(self.decisions) and not self.reopened

    @property
    def codes(self) -> dict[str, str | None]:
        return {by: a.value.value if a.value else None for by, a in self.contributions.items()}

    @property
    def common_value(self) -> AnswerValue | None:
        """The value everybody gave, when they agree."""
        if self.agreement is not Agreement.UNANIMOUS:
            return None
        return next(a.value for a in self.contributions.values() if a.value is not None)


@dataclass(frozen=True)
class SectionAgreement:
    section_id: str
    questions: int
    unanimous: int = 0
    conflict: int = 0
    single: int = 0
    none: int = 0
    with_consensus: int = 0

    @property
    def agreement_rate(self) -> float | None:
        """Share of the questions two or more contributors answered on which they all agreed."""
        both = self.unanimous + self.conflict
        return self.unanimous / both if both else None


@dataclass(frozen=True)
class WorkshopView:
    assessment_id: int
    contributors: tuple[Contributor, ...]
    questions: dict[str, QuestionAgreement]  # in questionnaire order
    sections: dict[str, SectionAgreement] = field(default_factory=dict)

    def where(self, agreement: Agreement) -> list[str]:
        return [qid for qid, q in self.questions.items() if q.agreement is agreement]

    def disputed(self) -> list[str]:
        """Conflicts not decided: no decision yet, or one that a changed contribution reopened."""
        return [qid for qid, q in self.questions.items() if q.agreement is Agreement.CONFLICT and not q.decided]

    def decided(self) -> list[str]:
        """Conflicts decided, the decision still valid."""
        return [qid for qid, q in self.questions.items() if q.agreement is Agreement.CONFLICT and q.decided]

    def to_json(self) -> dict[str, Any]:
        """The shape `contributions ID --json` prints; "decision" only on questions that had one."""
        questions: dict[str, Any] = {}
        for qid, q in self.questions.items():
            out: dict[str, Any] = {
                "consensus": q.consensus.value.value if q.consensus and q.consensus.value else None,
                "contributions": {by: code for by, code in q.codes.items() if code is not None},
                "agreement": q.agreement.value}
            if q.decisions:
                d = q.decisions[-1]
                out["decision"] = {"value": d.value.value if d.value else None, "from": d.adopted_from,
                                   "note": d.note, "decided": _iso(d.decided_at),
                                   "valid": q.decided,
                                   "reopened": [{"by": r.by, "why": r.why.value,
                                                 "received": _iso(r.received)}
                                                for r in q.reopened]}
            questions[qid] = out
        return {
            "contributors": [{"by": c.by, "received": _iso(c.received), "answers": c.answers,
                              "institution": c.institution, "sections": list(c.sections)} for c in self.contributors],
            "questions": questions,
            "in_dispute": self.disputed(),
            "decided": self.decided(),
        }


def _agreement(answers: dict[str, Answer]) -> Agreement:
    values = [a.value for a in answers.values() if a.value is not None]
    if not values:
        return Agreement.NONE
    if len(values) == 1:
        return Agreement.SINGLE
    return Agreement.UNANIMOUS if len(set(values)) == 1 else Agreement.CONFLICT


def _contributor(ws: Workspace, r: ContributionRecord) -> Contributor:
    sections = r.sections or tuple(s.id for s in ws.questionnaire.sections)
    return Contributor(r.id, r.author, r.institution, r.received_at, r.written_at, r.source, r.kind,
                       sum(1 for a in r.answers.values() if a.value is not None), sections, r.superseded_by)


def _records(ws: Workspace, assessment_id: int, history: bool = False) -> list[ContributionRecord]:
    if not ws.repo.exists(assessment_id):
        raise ServiceError("no_assessment", id=assessment_id)
    records = ws.repo.contributions(assessment_id, history)
    # "root (2)": the number each was given when received (stored: never renumbered by a later receive)
    return [r if r.shown == r.author else replace(r, author=r.shown, name_number=1) for r in records]


def view(ws: Workspace, assessment_id: int) -> WorkshopView:
    """Everything the facilitator's window, the annex and `contributions --json` show, in one call."""
    records = _records(ws, assessment_id)
    consensus = ws.answers(assessment_id)
    decided: dict[str, list[Decision]] = {}
    for d in ws.repo.decisions(assessment_id):
        decided.setdefault(d.question_id, []).append(d)
    states = decision_states(ws, assessment_id, decided)
    questions: dict[str, QuestionAgreement] = {}
    sections: dict[str, dict[str, int]] = {}
    held = [(r.author, r.answers) for r in records]
    for s in ws.questionnaire.sections:
        counts = sections.setdefault(s.id, {a.value: 0 for a in Agreement} | {"with_consensus": 0})
        for q in s.questions:
            given = {by: a for by, answers in held if (a := answers.get(q.id)) is not None}
            mine = consensus.get(q.id)
            agreement = _agreement(given)
            state = states.get(q.id)
            questions[q.id] = QuestionAgreement(q.id, s.id, mine if mine and mine.value else None, given,
                                                agreement, tuple(decided.get(q.id, ())),
                                                state.reopened if state else ())
            counts[agreement.value] += 1
            counts["with_consensus"] += 1 if mine and mine.value else 0
    return WorkshopView(assessment_id, tuple(_contributor(ws, r) for r in records), questions,
                        {sid: SectionAgreement(sid, sum(c[a.value] for a in Agreement), **c)
                         for sid, c in sections.items()})


def _said(a: Answer | None) -> tuple[str, str, str] | None:
    """What of an answer a decision depends on: its value, N/A reason and comment (None: no answer)."""
    if a is None or (a.value is None and not a.comment.strip()):
        return None
    return (a.value.value if a.value else "", a.na_reason.strip(), a.comment.strip())


def decision_states(ws: Workspace, assessment_id: int, decided: dict[str, list[Decision]] | None = None
                    ) -> dict[str, DecisionState]:
    """The latest decision of every decided question, and the contributions to that question that changed
    after it. What the decision saw is, for each author, their contribution in force when it was taken
    (received before it, not yet replaced); a newer contribution only reopens the question when its answer
    to that question differs from that one. A few queries, whatever the number of contributors."""
    if decided is None:
        decided = {}
        for d in ws.repo.decisions(assessment_id):
            decided.setdefault(d.question_id, []).append(d)
    if not decided:
        return {}
    heads = ws.repo.contribution_heads(assessment_id, history=True)  # oldest received first
    out: dict[str, DecisionState] = {}
    for qid, ds in decided.items():
        d = ds[-1]
        later = [h for h in heads if h.superseded_by is None and h.received_at > d.decided_at]
        if not later:
            out[qid] = DecisionState(d)
            continue
        answers = dict(ws.repo.question_contributions(assessment_id, qid, history=True))
        reopened = []
        for h in later:
            seen = [e for e in heads if same_sender(e.sender, h.sender) and e.received_at <= d.decided_at]
            before = answers.get(seen[-1].id) if seen else None
            now = answers.get(h.id)
            if _said(before) == _said(now) or _now_agrees(d, before, now):
                continue
            why = Why.ANSWERED if _said(before) is None else Why.WITHDREW if _said(now) is None else Why.CHANGED
            reopened.append(Reopened(h.shown, why, h.received_at))
        out[qid] = DecisionState(d, tuple(reopened))
    return out


def _now_agrees(d: Decision, before: Answer | None, now: Answer | None) -> bool:
    """A contributor who answers the question, or changes their answer, TO the value decided: the decision
    stands and agrees with them (it is not reopened). Changing away from it, or only the comment of an
    answer already equal to it, still reopens it."""
    if d.value is None or now is None or now.value != d.value:
        return False
    return before is None or before.value != d.value


def history(ws: Workspace, assessment_id: int) -> list[Contributor]:
    """Every contribution received, superseded ones included (their `superseded_by` says by which)."""
    return [_contributor(ws, r) for r in _records(ws, assessment_id, history=True)]


def decisions(ws: Workspace, assessment_id: int) -> list[Decision]:
    if not ws.repo.exists(assessment_id):
        raise ServiceError("no_assessment", id=assessment_id)
    return ws.repo.decisions(assessment_id)


_CONFIDENCE_ORDER = (Confidence.DECLARED, Confidence.DOCUMENTED, Confidence.VERIFIED)


def _joined(answers: dict[str, Answer], name: str) -> str:
    """The distinct texts the contributors wrote in one field; each prefixed by its author when they differ."""
    texts: dict[str, list[str]] = {}
    for by, a in answers.items():
        text = str(getattr(a, name)).strip()
        if text:
            texts.setdefault(text, []).append(by)
    if len(texts) <= 1:
        return next(iter(texts), "")
    return "\n".join(f"{', '.join(bys)}: {text}" for text, bys in texts.items())


def _unanimous_values(q: QuestionAgreement, mine: Answer | None) -> dict[str, Any]:
    """What adopting a unanimous answer writes: the common value; the contributors' texts and their lowest
    confidence only where the facilitator's answer has none of its own."""
    answered = {by: a for by, a in q.contributions.items() if a.value is not None}
    values: dict[str, Any] = {"value": q.common_value}
    for name in ("na_reason", "comment", "legal_provision", "evidence", "institution"):
        if not (mine and getattr(mine, name).strip()):
            text = _joined(answered, name)
            if text:
                values[name] = text
    levels = [a.confidence for a in answered.values() if a.confidence is not None]
    if levels and not (mine and mine.confidence):
        values["confidence"] = min(levels, key=_CONFIDENCE_ORDER.index)
    return values


def adopt_unanimous(ws: Workspace, assessment_id: int) -> int:
    """Adopt every unanimous answer for the questions that have no consensus yet; returns how many."""
    return len(adopted_unanimous(ws, assessment_id))


def adopted_unanimous(ws: Workspace, assessment_id: int) -> list[str]:
    """adopt_unanimous, returning the ids of the questions adopted (in questionnaire order)."""
    v = view(ws, assessment_id)
    mine = ws.answers(assessment_id)
    chosen = [(qid, _unanimous_values(q, mine.get(qid))) for qid, q in v.questions.items()
              if q.agreement is Agreement.UNANIMOUS and q.consensus is None]
    if not chosen:
        return []
    _write(ws, assessment_id, chosen, [{"question_id": qid, "adopted_from": ", ".join(v.questions[qid].contributions),
                                        "value": values["value"], "agreement": Agreement.UNANIMOUS.value,
                                        "note": ""} for qid, values in chosen])
    return [qid for qid, _ in chosen]


class Held(StrEnum):
    """Why `adopt --unanimous` left a question that contributors answered as it was."""

    DIFFERS = "differs"  # all contributors agree, but the facilitator's own answer is another one
    CONFLICT = "conflict"  # the contributors disagree: decided one by one, with a note
    SINGLE = "single"  # only one contributor answered it
    SAME = "same"  # all contributors agree with the facilitator's answer already


def not_adopted(ws: Workspace, assessment_id: int) -> dict[Held, list[str]]:
    """The questions contributors answered that adopting every unanimous answer would leave alone, by why
    (in questionnaire order; reasons with no question left out), so "0 adopted" is never said without why."""
    out: dict[Held, list[str]] = {}
    for qid, q in view(ws, assessment_id).questions.items():
        if q.agreement is Agreement.NONE:
            continue
        if q.agreement is Agreement.UNANIMOUS:
            if q.consensus is None:
                continue  # adopted
            why = Held.SAME if q.consensus.value == q.common_value else Held.DIFFERS
        else:
            why = Held.CONFLICT if q.agreement is Agreement.CONFLICT else Held.SINGLE
        out.setdefault(why, []).append(qid)
    return {h: out[h] for h in Held if h in out}


def adopt(ws: Workspace, assessment_id: int, question_id: str, from_author: str | None = None,
          values: dict[str, Any] | None = None, note: str = "") -> Change:
    """Decide one question: take `from_author`'s whole answer, or explicit `values` (answer fields), into
    the consensus, with a note on the decision (required when the contributors disagree)."""
    v = view(ws, assessment_id)
    q = v.questions.get(question_id)
    if q is None:
        raise ServiceError("not_a_question", qid=question_id, questionnaire=ws.questionnaire.id)
    if (from_author is None) == (values is None):
        raise ServiceError("adopt_one_source")
    if q.agreement is Agreement.CONFLICT and not note.strip():
        raise ServiceError("adopt_note_needed", qid=question_id)
    if from_author is not None:
        found = _contribution_of(q, from_author)
        if found is None:
            raise ServiceError("adopt_no_contribution", by=from_author, qid=question_id,
                               who=", ".join(q.contributions) or "-")
        author, answer = found
        values = {f: getattr(answer, f) for f in CONTRIBUTION_ANSWER_FIELDS}
    else:
        author = ""
    assert values is not None
    change = _write(ws, assessment_id, [(question_id, dict(values))],
                    [{"question_id": question_id, "adopted_from": author, "value": values.get("value"),
                      "agreement": q.agreement.value, "note": note.strip()}])
    return change


def replaced_by_adopting(ws: Workspace, assessment_id: int, question_id: str, from_author: str
                         ) -> AnswerValue | None:
    """The facilitator's own answer value (the consensus) that adopting `from_author`'s answer to a question
    would override, when it has one and it differs from theirs; None otherwise (nothing is overridden, or the
    adoption would be refused: adopt() says why)."""
    q = view(ws, assessment_id).questions.get(question_id)
    if q is None or q.consensus is None or q.consensus.value is None:
        return None
    theirs = _contribution_of(q, from_author)
    if theirs is None or theirs[1].value == q.consensus.value:
        return None
    return q.consensus.value


def _contribution_of(q: QuestionAgreement, author: str) -> tuple[str, Answer] | None:
    """The first contribution to a question under `author` (same_author: case and spacing aside), as
    (the name it is shown under, its answer); None when that author gave none."""
    return next(((by, a) for by, a in q.contributions.items() if same_author(by, author)), None)


def _write(ws: Workspace, assessment_id: int, answers: list[tuple[str, dict[str, Any]]],
           decided: list[dict[str, Any]]) -> Change:
    from .backups import backup_before

    backup_before(ws, "merge")
    return ws.set_answers(assessment_id, answers, means=Means.MERGE, decisions=decided)
