"""The audit trail's SQL (docs/audit.md): the state of an assessment as the trail sees it, appending
entries inside the caller's transaction, and reading them back.

Appending first locks the assessment's row: on PostgreSQL with `SELECT … FOR UPDATE`, so two writers of
one assessment wait for each other instead of both reading the same last entry and forking the chain
(not with an UPDATE: that would fire the server's changed_by trigger and make whoever saved an answer
look like the last person to change the assessment's details); on SQLite with `UPDATE assessments SET
id = id`, which makes the transaction a writing one from its first statement (SQLite has no row locks
and no trigger). The unique (assessment_id, seq) constraint would refuse a fork anyway.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from functools import cache
from typing import Any, cast

from sqlalchemy import Connection, Table, bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from app.domain import audit
from app.domain.audit import Change, Entry, State, make_entry, record

from .models import ActionRow, AnswerRow, AssessmentRow, AuditRow, WeightOverrideRow

_AUDIT = cast(Table, AuditRow.__table__)
_ASSESSMENTS = cast(Table, AssessmentRow.__table__)
_LOCK = update(_ASSESSMENTS).where(_ASSESSMENTS.c.id == bindparam("aid")).values(id=_ASSESSMENTS.c.id)
LOCK_ROW = select(_ASSESSMENTS.c.id).where(_ASSESSMENTS.c.id == bindparam("aid")).with_for_update()
HEAD = (select(_AUDIT.c.seq, _AUDIT.c.hash).where(_AUDIT.c.assessment_id == bindparam("aid"))
         .order_by(_AUDIT.c.seq.desc()).limit(1))
_INSERT = insert(_AUDIT)
_ENTRY_COLUMNS = ("assessment_id", "seq", "at", "who", "kind", "entity", "op", "changes", "means", "prev_hash",
                  "hash")

Executor = Connection | Session

# One entry written in the same statement as the change it records (PostgreSQL, a data-modifying CTE):
# `WITH up AS (<change> RETURNING version), ins AS (INSERT INTO audit_entries SELECT <entry> FROM up)
# SELECT version FROM up` - when the change writes no row (a refused version check), no entry either.
_ENTRY_ROW = select(*(bindparam(f"e_{k}", type_=_AUDIT.c[k].type).label(k) for k in _ENTRY_COLUMNS))


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def lock(ex: Executor, assessment_id: int) -> bool:
    """Lock the assessment's row for the rest of the transaction; False when there is no such assessment."""
    bind = ex.get_bind() if isinstance(ex, Session) else ex
    if bind.dialect.name == "postgresql":
        return ex.execute(LOCK_ROW, {"aid": assessment_id}).first() is not None
    return bool(cast(Any, ex.execute(_LOCK, {"aid": assessment_id})).rowcount == 1)


def append(ex: Executor, assessment_id: int, who: str, means: str, changes: Iterable[Change]) -> list[Entry]:
    """Write one entry per change, chained after the assessment's last entry (in the caller's transaction,
    which must hold the lock)."""
    todo = list(changes)
    if not todo:
        return []
    seq, prev = head(ex, assessment_id)
    at = utcnow()
    out = []
    for change in todo:
        seq += 1
        entry = make_entry(assessment_id, seq, at, who, change, means, prev)
        prev = entry.hash
        out.append(entry)
    ex.execute(_INSERT, [{k: getattr(e, k) for k in _ENTRY_COLUMNS} for e in out])
    return out


def head(ex: Executor, assessment_id: int) -> tuple[int, str]:
    """The last entry's seq and hash ((0, GENESIS) for none); the caller holds the lock."""
    row = ex.execute(HEAD, {"aid": assessment_id}).first()
    return (int(row[0]), str(row[1])) if row is not None else (0, audit.GENESIS)


def next_entry(assessment_id: int, last: tuple[int, str], who: str, means: str, change: Change) -> Entry:
    """The entry chained after `last` (seq, hash), hashed exactly as `append` does."""
    return make_entry(assessment_id, last[0] + 1, utcnow(), who, change, means, last[1])


@cache
def with_entry(change: Any) -> Any:
    """`change` (a cached INSERT/UPDATE … RETURNING version) and the insert of its entry as one statement
    (PostgreSQL); run it with `entry_params`. Returns the change's version, or no row and no entry."""
    up = change.cte("up")
    ins = insert(_AUDIT).from_select(list(_ENTRY_COLUMNS), _ENTRY_ROW.select_from(up)).cte("ins")
    return select(up.c.version).add_cte(ins)


def entry_params(entry: Entry) -> dict[str, Any]:
    return {f"e_{k}": getattr(entry, k) for k in _ENTRY_COLUMNS}


def entries(ex: Executor, assessment_id: int, kinds: Iterable[str] | None = None) -> list[Entry]:
    q = select(*(_AUDIT.c[k] for k in _ENTRY_COLUMNS)).where(_AUDIT.c.assessment_id == assessment_id)
    if kinds is not None:
        q = q.where(_AUDIT.c.kind.in_([str(k) for k in kinds]))
    return [Entry(**r._mapping) for r in ex.execute(q.order_by(_AUDIT.c.seq))]


def first_entry(ex: Executor, assessment_id: int) -> Entry | None:
    """The assessment's first entry (its baseline when it came in an exchange file), or None."""
    row = ex.execute(select(*(_AUDIT.c[k] for k in _ENTRY_COLUMNS))
                     .where(_AUDIT.c.assessment_id == assessment_id, _AUDIT.c.seq == 1)).first()
    return Entry(**row._mapping) if row is not None else None


def entity_entries(ex: Executor, assessment_id: int, kind: str, entity: str) -> list[Entry]:
    rows = ex.execute(select(*(_AUDIT.c[k] for k in _ENTRY_COLUMNS))
                      .where(_AUDIT.c.assessment_id == assessment_id, _AUDIT.c.kind.in_((kind, "baseline")),
                             _AUDIT.c.entity.in_((entity, "")))
                      .order_by(_AUDIT.c.seq))
    return [Entry(**r._mapping) for r in rows]


def audited_ids(ex: Executor) -> list[int]:
    """Every assessment that exists or has a trail (a deleted one keeps its trail)."""
    ids = {int(i) for i in ex.execute(select(_AUDIT.c.assessment_id).distinct()).scalars()}
    ids |= {int(i) for i in ex.execute(select(_ASSESSMENTS.c.id)).scalars()}
    return sorted(ids)


def next_assessment_id(ex: Executor) -> int:
    """On SQLite a deleted assessment's id would be given again (max + 1): a new assessment must not
    continue the trail of a deleted one, so its id is past both."""
    a = ex.execute(select(func.max(_ASSESSMENTS.c.id))).scalar() or 0
    b = ex.execute(select(func.max(_AUDIT.c.assessment_id))).scalar() or 0
    return int(max(a, b)) + 1


def answer_record(values: Any) -> audit.Record:
    return record(values, audit.ANSWER_FIELDS)


def state(ex: Executor, assessment_id: int) -> State:
    """What is stored for an assessment, as the trail sees it (details None: no such assessment)."""
    details = ex.execute(select(*(getattr(AssessmentRow, n) for n in audit.DETAIL_FIELDS))
                         .where(AssessmentRow.id == assessment_id)).first()
    if details is None:
        return State()
    out = State(record(details._mapping, audit.DETAIL_FIELDS))
    for r in ex.execute(select(AnswerRow.question_id, *(getattr(AnswerRow, n) for n in audit.ANSWER_FIELDS))
                        .where(AnswerRow.assessment_id == assessment_id)):
        out.answers[r.question_id] = answer_record(r._mapping)
    for r in ex.execute(select(WeightOverrideRow.question_id, WeightOverrideRow.weight, WeightOverrideRow.reason)
                        .where(WeightOverrideRow.assessment_id == assessment_id)):
        out.weights[r.question_id] = record(r._mapping, audit.WEIGHT_FIELDS)
    for r in ex.execute(select(ActionRow.id, *(getattr(ActionRow, n) for n in audit.ACTION_FIELDS))
                        .where(ActionRow.assessment_id == assessment_id)):
        out.actions[str(r.id)] = record(r._mapping, audit.ACTION_FIELDS)
    return out
