"""The workshop queries of the Repository (schema 9): assessments found by their global id, received
assessments, contributions and the facilitator's decisions. Mixed into Repository: the services still
see one Repository, and every SQL statement stays in app/storage.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import Connection, Table, insert, select, update
from sqlalchemy.orm import Session

from app.domain.answers import Answer, AnswerValue, Confidence
from app.domain.audit import Change, Kind, Means, Op
from app.domain.times import utc_stamp

from . import audit
from .models import (
    ActionRow,
    AnswerRow,
    AssessmentRow,
    ContributionAnswerRow,
    ContributionRow,
    DatabaseMetaRow,
    DecisionRow,
    HandoutRow,
    WeightOverrideRow,
    column_defaults,
)

if TYPE_CHECKING:
    from .db import Database

CONTRIBUTION_ANSWER_FIELDS = ("value", "na_reason", "comment", "legal_provision", "evidence", "confidence",
                              "institution")
_CA = cast(Table, ContributionAnswerRow.__table__)
_DECISIONS = cast(Table, DecisionRow.__table__)
_BLANK = column_defaults(ContributionAnswerRow, CONTRIBUTION_ANSWER_FIELDS)
# The answers of contributions go straight to and from the driver (executemany / fetchall of plain
# tuples): SQLAlchemy's per-row parameter and result handling cost 10-20x the database's own work for
# the 7,000+ rows of a 30-participant workshop. "?" is written for the driver's own placeholder.
_ALL = ("contribution_id", "question_id", *CONTRIBUTION_ANSWER_FIELDS)
_INSERT_ANSWERS = f"INSERT INTO contribution_answers ({', '.join(_ALL)}) VALUES ({', '.join('?' for _ in _ALL)})"
_SELECT_ANSWERS = (f"SELECT {', '.join('ca.' + c for c in _ALL)} FROM contribution_answers ca "
                   "JOIN contributions c ON c.id = ca.contribution_id WHERE c.assessment_id = ?")
_VALUES: dict[str | None, AnswerValue | None] = {None: None, "": None, **{v.value: v for v in AnswerValue}}
_CONFIDENCES: dict[str | None, Confidence | None] = {None: None, "": None, **{c.value: c for c in Confidence}}
# Answer is a frozen dataclass: its __init__ sets each of its ten fields through object.__setattr__, which
# costs more than reading the row. The thousands of contribution answers are made by giving each new
# Answer its whole __dict__ at once: the same object (equal, same hash and repr; tests/storage check it),
# which only holds while Answer keeps a plain __dict__ and no __post_init__ (asserted here).
_ANSWER_FIELDS = ("question_id", "value", "na_reason", "comment", "legal_provision", "evidence", "confidence",
                  "institution", "to_review", "carried_over")
if tuple(f.name for f in fields(Answer)) != _ANSWER_FIELDS or "__slots__" in vars(Answer) or hasattr(
        Answer, "__post_init__"):
    raise TypeError("Answer changed: update _answer() in app/storage/workshop.py")
_new, _set = object.__new__, object.__setattr__


def _answer(question_id: str, value: str | None, na_reason: str, comment: str, legal_provision: str,
            evidence: str, confidence: str | None, institution: str) -> Answer:
    """Answer(question_id, ...) of a contribution answer read as plain text columns, made quickly."""
    a = _new(Answer)
    _set(a, "__dict__", {"question_id": question_id, "value": _VALUES[value], "na_reason": na_reason,
                         "comment": comment, "legal_provision": legal_provision, "evidence": evidence,
                         "confidence": _CONFIDENCES[confidence], "institution": institution, "to_review": False,
                         "carried_over": False})
    return a


def _driver_sql(sql: str, dialect: str) -> str:
    return sql.replace("?", "%s") if dialect == "postgresql" else sql


def _answer_row(cid: int, qid: str, values: dict[str, Any]) -> tuple[Any, ...]:
    """One row of contribution_answers as the driver takes it: enums as their plain text."""
    v = {**_BLANK, **values}
    return (cid, qid, _plain(v["value"]), v["na_reason"], v["comment"], v["legal_provision"], v["evidence"],
            _plain(v["confidence"]), v["institution"])


def _plain(code: Any) -> str | None:
    return str(getattr(code, "value", code)) if code else None


def _now() -> datetime:
    return utc_stamp()  # stored in UTC, shown in the reader's zone (app/domain/times.py)


def _stamp() -> datetime:
    """When a contribution was received or a decision taken, to the microsecond: which came first decides
    whether a decision saw a contribution (app/services/contributions.py), even within one second. In UTC
    without a zone, as every stored row time since schema 11 (it was the local clock until now, so a
    `contributions --json` "received" or a shown time was off by the zone)."""
    return datetime.now(UTC).replace(tzinfo=None)


def _name_key(name: str) -> str:
    """How two names are compared: ignoring case, surrounding spaces and repeated inner spaces."""
    return " ".join(name.split()).casefold()


def same_author(a: str, b: str) -> bool:
    """Two names are the same person's name (as _name_key compares them)."""
    return _name_key(a) == _name_key(b)


def shown_name(author: str, number: int) -> str:
    """The name a contribution is shown under: its author, then " (2)", " (3)" for the second and third
    contribution in force under the same name from different senders (`number`, stored when received)."""
    return author if number <= 1 else f"{author.strip()} ({number})"


@dataclass(frozen=True)
class Sender:
    """Who a contribution comes from, as far as its file tells (schema 14, 16 and 18)."""

    name: str  # the file's author (`written_by`), or the group a template was received for
    origin: str = ""  # the hand-out the file answers; "" for a template or a file without one
    database: str = ""  # the sending database's id (`sender_database`); "" for a template or an older file
    default_name: bool = False  # `name` was the sending laptop's default: shared without --by
    copy: str = ""  # the sending copy's id (`sender`, minted when it received the hand-out); "" for older files

    @property
    def legacy(self) -> bool:
        """A file that names neither its sending copy nor its database (a version before schema 16)."""
        return not self.copy and not self.database


def same_sender(a: Sender, b: Sender) -> bool:
    """Whether two contributions to ONE assessment come from the same sender, so that the later replaces the
    earlier (which stays in the history). The rule (docs/file-formats.md, "Who a contribution comes from"):

    - The sender's key is the id of the received hand-out copy the file was shared from (`sender`, files
      written since schema 18) when both files have one, else the sending database's id (`sender_database`,
      schema 16) when both have one:
      - two different keys are two senders, always, even under the same name answering the same hand-out
        (one hand-out file copied to several laptops that all share back as "root": shown "root", "root (2)";
        laptops cloned from one disk image before they received the hand-out: each copy received has its id);
      - the same key under the same name is one sender (a laptop sending a newer file);
      - the same key under two names is one sender when exactly one of the two names was that laptop's
        default (shared without --by): a group that first forgot --by and then gave its name, or the reverse;
      - the same key under two names both given with --by is two senders (one laptop used by two groups
        in turn), and so is the same key under two default names (two logins of one database).
    - Otherwise (a template, or a file written before schema 16): the same name is the same sender unless
      the two answer two different hand-outs (two laptops sharing a login, schema 14).

    A copy of a whole data folder made AFTER it received the hand-out (laptops cloned from one image then)
    keeps the copy's id: its files count as the original's — different names given with --by stay apart, the
    same name replaces. earlier_of_same_sender applies this to the contributions in force."""
    key = (a.copy, b.copy) if a.copy and b.copy else (a.database, b.database) if a.database and b.database else None
    if key is not None:
        if key[0] != key[1]:
            return False
        return same_author(a.name, b.name) or a.default_name != b.default_name
    if a.origin and b.origin and a.origin != b.origin:
        return False
    return same_author(a.name, b.name)


def earlier_of_same_sender(current: Iterable[tuple[int, Sender]], new: Sender) -> list[int]:
    """The ids of the contributions in force (id, sender) that a new one from `new` replaces: those of the same
    sender (same_sender) under the same name; failing that, the one under another name (one default, one
    given) when there is exactly one — two or more (a laptop two named groups used in turn, then one sharing
    without --by) would be a guess, so none is replaced and the new one is kept beside them."""
    same = [(cid, s) for cid, s in current if same_sender(s, new)]
    named_alike = [cid for cid, s in same if same_author(s.name, new.name)]
    if named_alike:
        return named_alike
    return [same[0][0]] if len(same) == 1 else []


def name_number(new: Sender, earlier: Iterable[tuple[Sender, int]]) -> int:
    """The number a new contribution is shown with (shown_name), given once when it is received and stored,
    from every contribution received for the assessment under the same name, superseded ones included
    (their sender, their number): the number its own sender already had under that name, else one more than
    the highest given (1, no number shown, for the first). A number never passes from one sender to another,
    so "root (2)" names the same laptop in every view, decision and report, whatever is received later."""
    numbers = [(s, n) for s, n in earlier if same_author(s.name, new.name)]
    mine = [n for s, n in numbers if same_sender(s, new)]
    return mine[-1] if mine else max((n for _, n in numbers), default=0) + 1


class SentBy:
    """What a contribution's record and its overview head both tell of their sender: the Sender the rule
    compares (same_sender) and the name shown. The dataclasses below declare these fields themselves."""

    author: str
    origin: str
    sender_database: str
    default_name: bool
    name_number: int
    sender_id: str

    @property
    def sender(self) -> Sender:
        return Sender(self.author, self.origin, self.sender_database, self.default_name, self.sender_id)

    @property
    def shown(self) -> str:
        return shown_name(self.author, self.name_number)


@dataclass(frozen=True)
class IncomingFile:
    """One checked file to store (WorkshopQueries.receive_batch): an exchange file (by the assessment's
    `uid`: added when not held, else a contribution) or an answer template (`assessment_id` given: always a
    contribution). `meta` and `answers` are the contribution's; details, weights and actions are used
    only to add the assessment."""

    uid: str
    meta: dict[str, Any]
    answers: dict[str, dict[str, Any]]
    details: dict[str, Any] | None = None  # None: a contribution only (an answer template)
    assessment_answers: dict[str, dict[str, Any]] = field(default_factory=dict)
    weights: dict[str, tuple[float, str]] = field(default_factory=dict)
    actions: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    assessment_id: int | None = None
    # added from a hand-out: (its uid, the sections it was limited to, when it was written), recorded with it
    handout: tuple[str, tuple[str, ...], datetime] | None = None


class ContributionExists(Exception):
    """A contribution of this author written at the same time or later is already held: the file is not
    newer than what the facilitator has (`held` is when the held one was written)."""

    def __init__(self, author: str, held: datetime, same: bool):
        self.author, self.held, self.same = author, held, same
        super().__init__(f"a contribution of {author} written {held.isoformat()} is already held")


@dataclass(frozen=True)
class ContributionRecord(SentBy):
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
    origin: str = ""  # the hand-out the file answers (schema 14); "" for templates and older files
    sender_database: str = ""  # the sending database's id (schema 16); "" for templates and older files
    default_name: bool = False  # its name was the sending laptop's default (shared without --by)
    name_number: int = 1  # shown as "author (n)" when above 1 (stored when received: shown_name)
    sender_id: str = ""  # the sending hand-out copy's id (schema 18); "" for templates and older files


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


@dataclass(frozen=True)
class HandoutRecord:
    """A hand-out file recorded here (schema 13): `shared` from the original, or the one `received`."""

    uid: str
    direction: str
    sections: tuple[str, ...]  # empty: the whole questionnaire
    answers: dict[str, str]  # shared: question id -> fingerprint of the answer it carried
    written_at: datetime
    sender_id: str = ""  # received: this copy's own id, written in the files shared back from it (schema 18)


class WorkshopQueries:
    db: Database

    @property
    def user(self) -> str:
        return self.db.user

    def database_uid(self) -> str:
        """This database's own random id (schema 16, table database_meta): made once, when the database was
        created or upgraded to schema 16, and kept (a copy of the file keeps it too). Written in every exchange
        file shared from here (`sender_database`), so the receiver tells one laptop from another. "" if its row
        was deleted by hand: files then go without it, and are told apart by name and hand-out as older ones."""
        with self.db.session() as s:
            uid = s.scalars(select(DatabaseMetaRow.value).where(DatabaseMetaRow.name == "uid")).one_or_none()
            return uid or ""

    def assessment_ids_by_uid(self, uids: Iterable[str]) -> dict[str, int]:
        """The local id of each global id held (one query for a batch of received files)."""
        wanted = sorted(set(uids))
        if not wanted:
            return {}
        with self.db.session() as s:
            return {str(u): int(i) for u, i in s.execute(select(AssessmentRow.uid, AssessmentRow.id)
                                                         .where(AssessmentRow.uid.in_(wanted)))}

    def assessment_id_by_uid(self, uid: str) -> int | None:
        with self.db.session() as s:
            return s.scalars(select(AssessmentRow.id).where(AssessmentRow.uid == uid)).one_or_none()

    def receive_assessment(self, uid: str, details: dict[str, Any], answers: dict[str, dict[str, Any]],
                           weights: dict[str, tuple[float, str]], actions: Iterable[tuple[str, dict[str, Any]]]
                           ) -> int:
        """Add an assessment that came in an exchange file, with its global id, answers, weight overrides
        and actions, in one transaction (all of it or nothing). Its audit trail starts with a baseline
        entry (means "merge") holding the whole state received: what happened before is in the sender's
        trail, not here."""
        with self.db.session() as s:
            return self._add_received(s, uid, details, answers, weights, list(actions))

    def receive_batch(self, items: list[IncomingFile]) -> list[tuple[int, int | None, int | None] | Exception]:
        """Several received files in ONE transaction, each file in its own savepoint: a file refused
        (ContributionExists, MissingRow) leaves nothing of itself and the others are stored; a storage
        failure (full disk...) stores none of them. Per item, in order: (assessment id, contribution id or
        None for an added assessment, superseded contribution id or None), or the refusal. An item whose
        assessment (by uid) is not held, nor added by an earlier item, adds it; otherwise it is a contribution
        of its author."""
        out: list[tuple[int, int | None, int | None] | Exception] = []
        with self.db.session() as s:
            if self.db.dialect == "sqlite":  # pysqlite opens the transaction only at a write: open it now, so
                s.execute(update(AssessmentRow).where(AssessmentRow.id == -1)  # the savepoints nest in it and
                          .values(id=AssessmentRow.id))  # releasing one does not commit
            for item in items:
                try:
                    with s.begin_nested():
                        out.append(self._store_received(s, item))
                except (ContributionExists, LookupError) as e:
                    out.append(e)
        return out

    def _store_received(self, s: Session, item: IncomingFile) -> tuple[int, int | None, int | None]:
        aid = item.assessment_id
        if aid is None:
            aid = s.scalars(select(AssessmentRow.id).where(AssessmentRow.uid == item.uid)).one_or_none()
            if aid is None:
                if item.details is None:
                    from .repository import MissingRow

                    raise MissingRow(f"assessment {item.uid}")
                added = self._add_received(s, item.uid, item.details, item.assessment_answers, item.weights,
                                           item.actions)
                if item.handout is not None:  # what it was handed: sharing back defaults to those sections
                    uid, sections, written = item.handout
                    s.add(HandoutRow(assessment_id=added, uid=uid, direction="received", sections=",".join(sections),
                                     written_at=written, changed_by=self.user, sender_id=str(uuid.uuid4())))
                return added, None, None
        cid, replaced = self._contribute(s, aid, item.meta, item.answers)
        return aid, cid, replaced

    def _add_received(self, s: Session, uid: str, details: dict[str, Any], answers: dict[str, dict[str, Any]],
                      weights: dict[str, tuple[float, str]], actions: list[tuple[str, dict[str, Any]]]) -> int:
        stamp = _now()
        row = AssessmentRow(**details, uid=uid, created_at=stamp, updated_at=stamp, changed_by=self.user)
        if self.db.dialect == "sqlite":
            row.id = audit.next_assessment_id(s)  # never the id (and trail) of a deleted assessment
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
        s.flush()
        baseline = Change(Kind.BASELINE, "", Op.BASELINE, audit.state(s, aid).as_json())
        audit.append(s, aid, self.user, Means.MERGE, [baseline])
        # follow-ups of this review received before it (same country, not linked yet) are linked to it now
        s.execute(update(AssessmentRow)
                  .where(AssessmentRow.baseline_uid == uid, AssessmentRow.baseline_id.is_(None),
                         AssessmentRow.country_code == details["country_code"], AssessmentRow.id != aid)
                  .values(baseline_id=aid).execution_options(synchronize_session=False))
        return aid

    def handout_baseline(self, assessment_id: int) -> dict[str, dict[str, Any]] | None:
        """The answers as they came in the exchange file that added this assessment here (the hand-out),
        canonical (codes as text) — read from the baseline entry its audit trail starts with; None when the
        assessment was not received but created here (then its answers are all this database's own)."""
        with self.db.session() as s:
            first = audit.first_entry(s, assessment_id)
        if first is None or first.kind != Kind.BASELINE.value or first.means != Means.MERGE.value:
            return None
        return dict(json.loads(first.changes).get("answers", {}))

    def add_contribution(self, assessment_id: int, meta: dict[str, Any], answers: dict[str, dict[str, Any]]
                         ) -> tuple[int, int | None]:
        """Store a contribution and its answers in one transaction; a held contribution of the same author
        written earlier is superseded by it. Returns (new id, superseded id or None). ContributionExists
        when the author's held contribution was written at the same time or later (nothing is written)."""
        return self.add_contributions([(assessment_id, meta, answers)])[0]

    def add_contributions(self, items: list[tuple[int, dict[str, Any], dict[str, dict[str, Any]]]]
                          ) -> list[tuple[int, int | None]]:
        """Several contributions (assessment id, meta, answers) in one transaction: all or none."""
        out: list[tuple[int, int | None]] = []
        with self.db.session() as s:
            for assessment_id, meta, answers in items:
                out.append(self._contribute(s, assessment_id, meta, answers))
        return out

    def _contribute(self, s: Session, assessment_id: int, meta: dict[str, Any], answers: dict[str, dict[str, Any]]
                    ) -> tuple[int, int | None]:
        if s.get(AssessmentRow, assessment_id) is None:
            from .repository import MissingRow

            raise MissingRow(f"assessment {assessment_id}")
        rows = list(s.scalars(select(ContributionRow).where(ContributionRow.assessment_id == assessment_id)
                              .order_by(ContributionRow.received_at, ContributionRow.id)))
        senders = {r.id: Sender(r.author, r.origin, r.sender_database, r.default_name, r.sender_id) for r in rows}
        new = Sender(meta["author"], meta.get("origin", ""), meta.get("sender_database", ""),
                     bool(meta.get("default_name", False)), meta.get("sender_id", ""))
        current = {r.id: r for r in rows if r.superseded_by is None}
        held = [current[cid] for cid in earlier_of_same_sender(((i, senders[i]) for i in current), new)]
        for r in held:
            if r.written_at >= meta["written_at"]:
                raise ContributionExists(shown_name(r.author, r.name_number), r.written_at,
                                         r.written_at == meta["written_at"])
        meta = {**meta, "name_number": name_number(new, ((senders[r.id], r.name_number) for r in rows))}
        row = ContributionRow(assessment_id=assessment_id, received_at=_stamp(), changed_by=self.user, **meta)
        s.add(row)
        s.flush()
        if answers:  # straight to the driver: a workshop receives thousands of rows at once
            s.connection().exec_driver_sql(_driver_sql(_INSERT_ANSWERS, self.db.dialect),
                                           [_answer_row(row.id, qid, values) for qid, values in answers.items()])
        for r in held:
            r.superseded_by = row.id
        s.flush()
        return row.id, held[0].id if held else None

    def contributions(self, assessment_id: int, history: bool = False) -> list[ContributionRecord]:
        """The contributions held for an assessment (oldest received first) with their answers; with
        `history`, the superseded ones too. Two queries; the answers (30 participants x 250 questions)
        are read as plain text columns and turned into Answers here, which is several times quicker
        than the typed columns' per-value conversion."""
        with self.db.session() as s:
            q = select(ContributionRow).where(ContributionRow.assessment_id == assessment_id)
            if not history:
                q = q.where(ContributionRow.superseded_by.is_(None))
            rows = list(s.scalars(q.order_by(ContributionRow.received_at, ContributionRow.id)))
            answers: dict[int, dict[str, Answer]] = {r.id: {} for r in rows}
            if rows:
                sql = _SELECT_ANSWERS + ("" if history else " AND c.superseded_by IS NULL")
                found = s.connection().exec_driver_sql(_driver_sql(sql, self.db.dialect), (assessment_id,))
                for (cid, qid, value, na_reason, comment, legal, evidence, confidence, institution) in found.fetchall():
                    answers[cid][qid] = _answer(qid, value, na_reason, comment, legal, evidence, confidence,
                                                institution)
            return [ContributionRecord(r.id, r.assessment_id, r.author, r.institution, r.kind, r.source,
                                       tuple(x for x in r.sections.split(",") if x), r.written_at,
                                       r.received_at, r.superseded_by, answers[r.id], r.origin, r.sender_database,
                                       r.default_name, r.name_number, r.sender_id) for r in rows]

    def add_decisions(self, assessment_id: int, decisions: Iterable[dict[str, Any]]) -> None:
        """Record what the facilitator adopted (question_id, adopted_from, value, agreement, note). Adopting
        answers records its decisions with them, in one transaction: Repository.adopt."""
        with self.db.connection() as con:
            self._add_decisions(con, assessment_id, decisions)

    def _add_decisions(self, con: Connection, assessment_id: int, decisions: Iterable[dict[str, Any]]) -> None:
        stamp = _stamp()
        rows = [{**d, "value": d.get("value"), "assessment_id": assessment_id, "decided_at": stamp,
                 "changed_by": self.user} for d in decisions]
        if rows:
            con.execute(insert(_DECISIONS), rows)

    def decisions(self, assessment_id: int) -> list[DecisionRecord]:
        with self.db.session() as s:
            rows = s.scalars(select(DecisionRow).where(DecisionRow.assessment_id == assessment_id)
                             .order_by(DecisionRow.id))
            return [DecisionRecord(r.id, r.question_id, r.adopted_from, r.value, r.agreement, r.note,
                                   r.decided_at, r.changed_by) for r in rows]

    def add_handout(self, assessment_id: int, uid: str, direction: str, sections: Iterable[str],
                    answers: dict[str, str], written_at: datetime) -> None:
        """Record a hand-out written here from the original (`shared`) or the one that added it (`received`)."""
        with self.db.session() as s:
            s.add(HandoutRow(assessment_id=assessment_id, uid=uid, direction=direction,
                             sections=",".join(sections), answers=json.dumps(answers, sort_keys=True) if answers else "",
                             written_at=written_at, changed_by=self.user))

    def handouts(self, assessment_id: int, direction: str | None = None) -> list[HandoutRecord]:
        """The hand-outs recorded for an assessment, oldest first."""
        with self.db.session() as s:
            q = select(HandoutRow).where(HandoutRow.assessment_id == assessment_id)
            if direction is not None:
                q = q.where(HandoutRow.direction == direction)
            return [HandoutRecord(r.uid, r.direction, tuple(x for x in r.sections.split(",") if x),
                                  dict(json.loads(r.answers)) if r.answers else {}, r.written_at, r.sender_id)
                    for r in s.scalars(q.order_by(HandoutRow.id))]

    def set_uid(self, assessment_id: int, uid: str) -> None:
        """Only for tests and repairs: give an assessment a known global id."""
        with self.db.session() as s:
            s.execute(update(AssessmentRow).where(AssessmentRow.id == assessment_id).values(uid=uid))
