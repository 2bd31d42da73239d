"""The audit trail (docs/audit.md), pure Python: what an entry says, how it is hashed, and how the
trail is replayed and checked against what is stored.

An entry records one change of one thing of one assessment: its `kind` (the assessment's details, an
answer, a weight override, an action, or a "baseline" snapshot), which one (`entity`: a question id,
an action id, "" for the details), the operation (insert, update, delete, baseline) and, field by
field, the old and the new value (`changes`, canonical JSON). Entries of an assessment are numbered
1, 2, 3 ... (`seq`) and chained: each one's hash covers its fields and the previous entry's hash.

The serialization below is a file format: entries written today must verify in ten years. Never change
`canonical`, `entry_hash` or the field names; add a new kind or means instead.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum, StrEnum
from typing import Any

GENESIS = "0" * 64  # the "previous hash" of an assessment's first entry


class Means(StrEnum):
    """By which means a change was made. Add a member for a new way of changing an assessment (and its
    label in app/services/messages.py, key 'means_<value>'); never rename one: old entries keep it."""

    WINDOW = "window"  # typed or clicked in the application window
    IMPORT = "import"  # an answers file (CSV or answer template) imported
    MERGE = "merge"  # a workshop contribution merged in
    UPGRADE = "upgrade"  # carried over to another questionnaire version
    FOLLOW_UP = "follow-up"  # a follow-up of an earlier assessment
    CLI = "cli"  # the command line (python -m app ...)
    RESTORE = "restore"  # restored from a backup
    MIGRATION = "migration"  # the baseline the schema upgrade wrote for an assessment made before the trail


class Kind(StrEnum):
    ASSESSMENT = "assessment"  # the assessment's details (title, country, validation, texts, questionnaire)
    ANSWER = "answer"
    WEIGHT = "weight"
    ACTION = "action"
    BASELINE = "baseline"  # the whole state at once (schema upgrade of an existing assessment)


class Op(StrEnum):
    INSERT = "insert"
    UPDATE = "update"
    DELETE = "delete"
    BASELINE = "baseline"


# The fields the trail follows, per kind (what verify compares with the stored rows).
DETAIL_FIELDS = ("title", "country_code", "assessment_date", "organisation", "assessors", "confidentiality",
                 "validation_status", "validated_by", "validated_on", "institutions", "process",
                 "executive_summary", "limitations", "questionnaire_id", "questionnaire_version",
                 "questionnaire_hash")
ANSWER_FIELDS = ("value", "na_reason", "comment", "legal_provision", "evidence", "confidence", "institution",
                 "to_review", "carried_over")
WEIGHT_FIELDS = ("weight", "reason")
ACTION_FIELDS = ("question_id", "description", "lead", "partners", "deadline", "budget", "currency", "priority",
                 "status")
FIELDS = {Kind.ASSESSMENT: DETAIL_FIELDS, Kind.ANSWER: ANSWER_FIELDS, Kind.WEIGHT: WEIGHT_FIELDS,
          Kind.ACTION: ACTION_FIELDS}
GROUPS = {Kind.ANSWER: "answers", Kind.WEIGHT: "weights", Kind.ACTION: "actions"}

Record = dict[str, Any]  # field -> canonical value


@dataclass
class State:
    """An assessment as the trail sees it: canonical values only (str, int, float, bool, None)."""

    details: Record | None = None  # None: the assessment does not exist (not yet, or deleted)
    answers: dict[str, Record] = field(default_factory=dict)  # question id -> fields
    weights: dict[str, Record] = field(default_factory=dict)  # question id -> fields
    actions: dict[str, Record] = field(default_factory=dict)  # action id (as text) -> fields

    def group(self, kind: Kind) -> dict[str, Record]:
        return {Kind.ANSWER: self.answers, Kind.WEIGHT: self.weights, Kind.ACTION: self.actions}[kind]

    def as_json(self) -> dict[str, Any]:
        return {"details": self.details, "answers": self.answers, "weights": self.weights, "actions": self.actions}

    @classmethod
    def from_json(cls, d: Mapping[str, Any]) -> State:
        return cls(d.get("details"), dict(d.get("answers", {})), dict(d.get("weights", {})),
                   dict(d.get("actions", {})))


def value(v: Any) -> Any:
    """A stored value in canonical form: enums as their text, dates as ISO text, "" enums as None."""
    if isinstance(v, Enum):
        return v.value
    if isinstance(v, datetime | date):
        return v.isoformat()
    return v


def record(values: Mapping[Any, Any], names: Iterable[str]) -> Record:
    return {n: value(values.get(n)) for n in names}


def canonical(obj: Any) -> str:
    """The one serialization that is hashed: JSON, keys sorted, no spaces, UTF-8 text kept as is."""
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)


@dataclass(frozen=True)
class Change:
    """One change to write: what, which, how, and field -> [old, new] (a baseline: the whole state)."""

    kind: Kind
    entity: str
    op: Op
    changes: dict[str, Any]


@dataclass(frozen=True)
class Entry:
    assessment_id: int
    seq: int
    at: datetime  # UTC, without tzinfo
    who: str
    kind: str
    entity: str
    op: str
    changes: str  # canonical JSON, hashed as it is stored
    means: str
    prev_hash: str
    hash: str

    def fields(self) -> dict[str, Any]:
        return {"assessment": self.assessment_id, "seq": self.seq, "at": self.at.isoformat(timespec="microseconds"),
                "who": self.who, "kind": self.kind, "entity": self.entity, "op": self.op, "changes": self.changes,
                "means": self.means, "prev": self.prev_hash}

    def computed_hash(self) -> str:
        return entry_hash(self.fields())

    def parsed(self) -> dict[str, Any]:
        loaded = json.loads(self.changes)
        return loaded if isinstance(loaded, dict) else {}


def entry_hash(fields: Mapping[str, Any]) -> str:
    return hashlib.sha256(canonical(dict(fields)).encode("utf-8")).hexdigest()


def make_entry(assessment_id: int, seq: int, at: datetime, who: str, change: Change, means: str,
               prev_hash: str) -> Entry:
    partial = Entry(assessment_id, seq, at, who, change.kind.value, change.entity, change.op.value,
                    canonical(change.changes), str(means), prev_hash, "")
    return Entry(**{**partial.__dict__, "hash": partial.computed_hash()})


# ---- working out the changes -----------------------------------------------------------------------

def diff_record(kind: Kind, entity: str, old: Record | None, new: Record | None) -> Change | None:
    """The change from `old` to `new` (None: absent); None when nothing the trail follows changed."""
    names = FIELDS[kind]
    if old is None and new is None:
        return None
    if old is None:
        assert new is not None
        return Change(kind, entity, Op.INSERT, {n: [None, new.get(n)] for n in names})
    if new is None:
        return Change(kind, entity, Op.DELETE, {n: [old.get(n), None] for n in names})
    changed = {n: [old.get(n), new.get(n)] for n in names if old.get(n) != new.get(n)}
    return Change(kind, entity, Op.UPDATE, changed) if changed else None


def diff(before: State, after: State) -> list[Change]:
    """Every change from one state of an assessment to another, details first, then answers, weights,
    actions (each in key order, so the same change always gives the same entries)."""
    if after.details is None and before.details is not None:  # deleted: its rows go with it
        gone = diff_record(Kind.ASSESSMENT, "", before.details, None)
        return [gone] if gone else []
    out = [diff_record(Kind.ASSESSMENT, "", before.details, after.details)]
    for kind in (Kind.ANSWER, Kind.WEIGHT, Kind.ACTION):
        old, new = before.group(kind), after.group(kind)
        for key in sorted(set(old) | set(new), key=_sort_key):
            out.append(diff_record(kind, key, old.get(key), new.get(key)))
    return [c for c in out if c is not None]


def _sort_key(key: str) -> tuple[int, str]:
    return (int(key), "") if key.isdigit() else (1 << 62, key)


# ---- replaying and checking --------------------------------------------------------------------------

@dataclass(frozen=True)
class Problem:
    """One thing that does not match; `key` is a message key of app/services/messages.py."""

    key: str
    values: dict[str, Any]


@dataclass
class Verdict:
    assessment_id: int
    entries: int
    problems: list[Problem]
    deleted: bool = False  # the trail ends with the assessment's deletion (and it is indeed gone)

    @property
    def ok(self) -> bool:
        return not self.problems


def check_chain(entries: list[Entry]) -> list[Problem]:
    """Numbered 1, 2, 3 ... without a gap, each hash what its fields give, each chained to the one before."""
    problems: list[Problem] = []
    prev = GENESIS
    expected = 1
    for e in entries:
        gap = e.seq != expected
        if gap:  # told once; the count goes on from this entry (before, every later entry was a 'gap' too)
            problems.append(Problem("audit_gap", {"expected": expected, "found": e.seq}))
        if e.prev_hash != prev:  # after a gap too: the entry points at the missing one
            problems.append(Problem("audit_unchained", {"seq": e.seq}))
        if e.computed_hash() != e.hash:
            problems.append(Problem("audit_altered", {"seq": e.seq}))
        prev = e.hash
        expected = e.seq + 1
    return problems


def replay(entries: Iterable[Entry]) -> tuple[State, list[Problem]]:
    """The state the trail leads to, and every entry whose "old" values are not what the entries before it
    left (an entry removed and the chain rewritten from there, or an entry edited)."""
    state = State()
    problems: list[Problem] = []
    for e in entries:
        try:
            kind, op, changes = Kind(e.kind), Op(e.op), e.parsed()
        except ValueError:
            problems.append(Problem("audit_unreadable", {"seq": e.seq}))
            continue
        if kind is Kind.BASELINE:
            state = State.from_json(changes)
            continue
        current = state.details if kind is Kind.ASSESSMENT else state.group(kind).get(e.entity)
        if op is not Op.INSERT and current is None or op is Op.INSERT and current is not None:
            problems.append(Problem("audit_out_of_step", {"seq": e.seq, **_what(kind, e.entity)}))
        else:
            for name, pair in changes.items():
                if op is not Op.INSERT and current is not None and current.get(name) != pair[0]:
                    problems.append(Problem("audit_out_of_step", {"seq": e.seq, **_what(kind, e.entity)}))
                    break
        new = None if op is Op.DELETE else {**(current or {}), **{n: p[1] for n, p in changes.items()}}
        if kind is Kind.ASSESSMENT:
            state.details = new
            if new is None:
                state.answers, state.weights, state.actions = {}, {}, {}
        elif new is None:
            state.group(kind).pop(e.entity, None)
        else:
            state.group(kind)[e.entity] = new
    return state, problems


def _what(kind: Kind, entity: str) -> dict[str, Any]:
    return {"kind": kind.value, "entity": entity}


def compare(expected: State, stored: State) -> list[Problem]:
    """What is stored but not as the trail says, field by field."""
    problems: list[Problem] = []
    if (expected.details is None) != (stored.details is None):
        key = "audit_assessment_missing" if stored.details is None else "audit_assessment_untracked"
        return [Problem(key, {})]
    if expected.details is not None and stored.details is not None:
        problems += _compare_record(Kind.ASSESSMENT, "", expected.details, stored.details)
    for kind in (Kind.ANSWER, Kind.WEIGHT, Kind.ACTION):
        exp, got = expected.group(kind), stored.group(kind)
        for key in sorted(set(exp) | set(got), key=_sort_key):
            if key not in got:
                problems.append(Problem("audit_row_missing", _what(kind, key)))
            elif key not in exp:
                problems.append(Problem("audit_row_untracked", _what(kind, key)))
            else:
                problems += _compare_record(kind, key, exp[key], got[key])
    return problems


def _compare_record(kind: Kind, entity: str, exp: Record, got: Record) -> list[Problem]:
    return [Problem("audit_field_differs", {**_what(kind, entity), "field": n,
                                            "stored": short(got.get(n)), "trail": short(exp.get(n))})
            for n in FIELDS[kind] if n in exp and _norm(exp.get(n)) != _norm(got.get(n))]
    # a field the trail never recorded for this row (added to the schema after its entries) is not compared


def _norm(v: Any) -> Any:
    return float(v) if isinstance(v, int) and not isinstance(v, bool) else v


def short(v: Any, limit: int = 60) -> str:
    """A value for a message: JSON-like, cut at `limit` characters."""
    text = "∅" if v is None else str(v)
    return text if len(text) <= limit else text[:limit - 1] + "…"


def verify(assessment_id: int, entries: list[Entry], stored: State) -> Verdict:
    """Check the chain, replay it, and compare the outcome with what is stored."""
    if not entries:
        problems = [Problem("audit_no_trail", {})] if stored.details is not None else [Problem("audit_unknown", {"id": assessment_id})]
        return Verdict(assessment_id, 0, problems)
    problems = check_chain(entries)
    expected, out_of_step = replay(entries)
    problems += out_of_step
    problems += compare(expected, stored)
    return Verdict(assessment_id, len(entries), problems, deleted=expected.details is None)
