"""The repository: every query the services need, the same on SQLite and PostgreSQL.

The services keep the rules (what is a valid answer, which fields exist); this module only reads and
writes rows. Each write records the database user in `changed_by` and bumps the version of the row it
changes - an assessment's own row only when its details change (or its questionnaire version), not when
one of its answers, actions or weights does: a details conflict names whoever changed the details - and
writes its audit trail entries (app/storage/audit.py) in the same transaction, with the `means` the
service gives (app.domain.audit.Means): a change without its entry cannot be committed.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Any, cast

from sqlalchemy import Connection, Table, TypeDecorator, bindparam, delete, func, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from app.domain import audit as trail
from app.domain.answers import Answer
from app.domain.audit import Kind, Means, diff_record, record
from app.domain.report import ActionItem, ValidationStatus
from app.domain.times import utc_stamp

from . import audit
from .db import Database
from .errors import StaleRowError
from .models import ActionRow, AnswerRow, AssessmentRow, UpgradeRow, WeightOverrideRow, column_defaults
from .workshop import WorkshopQueries
from .workshop_view import WorkshopViewQueries

ANSWER_FIELDS = ("value", "na_reason", "comment", "legal_provision", "evidence", "confidence", "institution",
                 "to_review", "carried_over")
ASSESSMENT_FIELDS = ("title", "country_code", "assessment_date", "organisation", "assessors", "confidentiality",
                     "validation_status", "validated_by", "validated_on", "institutions", "process",
                     "executive_summary", "limitations")
ACTION_FIELDS = ("description", "lead", "partners", "deadline", "budget", "currency", "priority", "status")

_ANSWERS = cast(Table, AnswerRow.__table__)
_ASSESSMENTS = cast(Table, AssessmentRow.__table__)
_BLANK_ANSWER = column_defaults(AnswerRow, ANSWER_FIELDS)
_BLANK_ACTION = column_defaults(ActionRow, ACTION_FIELDS)


def now() -> datetime:
    """The computer's local time (a report's "generated at"). Rows record utc_stamp(): app/domain/times.py."""
    return datetime.now().replace(microsecond=0)


class MissingRow(LookupError):
    """The assessment or action asked for does not exist (any more)."""


@dataclass(frozen=True)
class StoredAnswer:
    """An answer as stored: its content, its row version, and who changed it last and when."""

    answer: Answer
    version: int
    changed_by: str
    updated_at: datetime


class AnswerConflict(Exception):
    """The answer changed since it was loaded (another user saved first); `theirs` is what is stored
    now (None when it was deleted with its assessment)."""

    def __init__(self, assessment_id: int, question_id: str, expected: int, theirs: StoredAnswer | None):
        self.assessment_id = assessment_id
        self.question_id = question_id
        self.expected = expected
        self.theirs = theirs
        who = theirs.changed_by if theirs else "?"
        super().__init__(f"answer {question_id} of assessment {assessment_id} changed since it was loaded "
                         f"(version {expected} expected, {theirs.version if theirs else 'none'} found, by {who})")


class RowConflict(Exception):
    """An assessment's details or an action changed since they were loaded (someone else saved first, or
    deleted it: `version` 0); nothing was written. Says who changed it last and when."""

    def __init__(self, what: str, row_id: int, expected: int, version: int, changed_by: str,
                 updated_at: datetime | None):
        self.what, self.row_id, self.expected = what, row_id, expected
        self.version, self.changed_by, self.updated_at = version, changed_by, updated_at
        super().__init__(f"{what} {row_id} changed since it was loaded (version {expected} expected, "
                         f"{version or 'none'} found, by {changed_by or '?'})")


@dataclass(frozen=True)
class AssessmentRecord:
    id: int
    uid: str
    title: str
    country_code: str
    assessment_date: date | None
    organisation: str
    assessors: str
    confidentiality: str
    validation_status: ValidationStatus
    validated_by: str
    validated_on: date | None
    institutions: str
    process: str
    executive_summary: str
    limitations: str
    baseline_id: int | None  # a follow-up review: the assessment it started from
    questionnaire_id: str
    questionnaire_version: str
    questionnaire_hash: str
    created_at: datetime
    updated_at: datetime
    version: int
    changed_by: str
    baseline_uid: str = ""  # received naming its baseline: that review's global id (the link may wait for it)


@dataclass(frozen=True)
class AssessmentListing:
    """One line of the assessment list: the details, the answers' values (for progress), the last change."""

    id: int
    title: str
    country_code: str
    assessment_date: date | None
    organisation: str
    updated_at: datetime  # the later of the assessment's own change and its answers' last change
    answers: dict[str, Answer]  # question id -> value and N/A reason only
    baseline_id: int | None = None  # the review a follow-up started from


@dataclass(frozen=True)
class AssessmentBundle:
    """One assessment read in one transaction: what opening it needs."""

    record: AssessmentRecord
    answers: dict[str, StoredAnswer]
    weights: dict[str, tuple[float, str]]  # question id -> (weight, reason)


_ANSWER_COLUMNS = tuple(c for c in _ANSWERS.c if c.name not in ("id", "assessment_id"))  # every other column


def _answers_of(s: Session, assessment_id: int) -> dict[str, StoredAnswer]:
    """Plain rows, not ORM objects: an assessment has a few hundred answers and this runs on every open."""
    rows = s.execute(select(*_ANSWER_COLUMNS).where(AnswerRow.assessment_id == assessment_id))
    return {r.question_id: _stored(r) for r in rows}


def _stored(r: Any) -> StoredAnswer:
    answer = Answer(question_id=r.question_id, value=r.value, na_reason=r.na_reason, comment=r.comment,
                    legal_provision=r.legal_provision, evidence=r.evidence, confidence=r.confidence,
                    institution=r.institution, to_review=bool(r.to_review), carried_over=bool(r.carried_over))
    return StoredAnswer(answer, r.version, r.changed_by, r.updated_at)


def _details(row: AssessmentRow) -> trail.Record:
    return record({n: getattr(row, n) for n in trail.DETAIL_FIELDS}, trail.DETAIL_FIELDS)


def _action(row: ActionRow) -> trail.Record:
    return record({n: getattr(row, n) for n in trail.ACTION_FIELDS}, trail.ACTION_FIELDS)


def _weight(row: WeightOverrideRow | None) -> trail.Record | None:
    return None if row is None else record({"weight": row.weight, "reason": row.reason}, trail.WEIGHT_FIELDS)


_ANSWER_READ = select(*(_ANSWERS.c[n] for n in ANSWER_FIELDS)).where(
    _ANSWERS.c.assessment_id == bindparam("aid"), _ANSWERS.c.question_id == bindparam("qid"))
_BLANK_RECORD = record(_BLANK_ANSWER, ANSWER_FIELDS)
assert ANSWER_FIELDS == trail.ANSWER_FIELDS and trail.ACTION_FIELDS[1:] == ACTION_FIELDS


def _record(r: AssessmentRow) -> AssessmentRecord:
    return AssessmentRecord(**{f: getattr(r, f) for f in AssessmentRecord.__dataclass_fields__})


class Repository(WorkshopQueries, WorkshopViewQueries):
    """All reads and writes of assessments, answers, weight overrides and actions (and, from
    app/storage/workshop.py, of contributions and consensus decisions)."""

    def __init__(self, db: Database):
        self.db = db

    @property
    def user(self) -> str:
        return self.db.user

    # ---- assessments ---------------------------------------------------------------------------
    def listings(self) -> list[AssessmentListing]:
        """Every assessment with the values of its answers and its last change (of its details, answers or
        actions; three queries in all)."""
        with self.db.session() as s:
            answers: dict[int, dict[str, Answer]] = {}
            last: dict[int, datetime] = {}
            for aid, qid, value, na_reason, review, carried, updated in s.execute(
                    select(AnswerRow.assessment_id, AnswerRow.question_id, AnswerRow.value, AnswerRow.na_reason,
                           AnswerRow.to_review, AnswerRow.carried_over, AnswerRow.updated_at)):
                answers.setdefault(aid, {})[qid] = Answer(qid, value, na_reason, to_review=bool(review),
                                                          carried_over=bool(carried))
                last[aid] = max(last.get(aid, updated), updated)
            for aid, updated in s.execute(select(ActionRow.assessment_id, func.max(ActionRow.updated_at))
                                          .group_by(ActionRow.assessment_id)):  # an action's change is one too
                last[aid] = max(last.get(aid, updated), updated)
            rows = s.execute(select(AssessmentRow.id, AssessmentRow.title, AssessmentRow.country_code,
                                    AssessmentRow.assessment_date, AssessmentRow.organisation,
                                    AssessmentRow.updated_at, AssessmentRow.baseline_id)).all()
        return [AssessmentListing(r.id, r.title, r.country_code, r.assessment_date, r.organisation,
                                  max(r.updated_at, last[r.id]) if r.id in last else r.updated_at,
                                  answers.get(r.id, {}), r.baseline_id) for r in rows]

    def add_assessment(self, means: str = Means.WINDOW, **values: Any) -> int:
        stamp = utc_stamp()
        with self.db.session() as s:
            row = AssessmentRow(**values, created_at=stamp, updated_at=stamp, changed_by=self.user)
            if self.db.dialect == "sqlite":
                row.id = audit.next_assessment_id(s)
            s.add(row)
            s.flush()
            self._audit(s, row.id, means, diff_record(Kind.ASSESSMENT, "", None, _details(row)))
            return row.id

    def add_follow_up(self, baseline_id: int, values: dict[str, Any], answers: dict[str, dict[str, Any]],
                      actions: Iterable[tuple[str, dict[str, Any]]], weights: dict[str, tuple[float, str]],
                      means: str = Means.FOLLOW_UP) -> int:
        """A follow-up review of `baseline_id`, in one transaction: the new assessment (`values`, with its
        baseline recorded), its answers (question id -> every answer field), its actions (question id,
        fields) and its weight overrides (question id -> (weight, reason)). All of it is written or none;
        returns the new id. `means` names the write path (for the audit trail)."""
        stamp = utc_stamp()
        with self.db.session() as s:
            self._assessment_row(s, baseline_id)
            row = AssessmentRow(**values, baseline_id=baseline_id, created_at=stamp, updated_at=stamp,
                                changed_by=self.user)
            if self.db.dialect == "sqlite":
                row.id = audit.next_assessment_id(s)
            s.add(row)
            s.flush()
            for qid, fields in answers.items():
                s.add(AnswerRow(assessment_id=row.id, question_id=qid, updated_at=stamp, changed_by=self.user,
                                **{**_BLANK_ANSWER, **fields}))
            for qid, fields in actions:
                s.add(ActionRow(assessment_id=row.id, question_id=qid, created_at=stamp, updated_at=stamp,
                                changed_by=self.user, **{**_BLANK_ACTION, **fields}))
            for qid, (weight, reason) in weights.items():
                s.add(WeightOverrideRow(assessment_id=row.id, question_id=qid, weight=weight, reason=reason,
                                        changed_by=self.user))
            s.flush()
            self._audit(s, row.id, means, *trail.diff(trail.State(), audit.state(s, row.id)))
            return row.id

    def follow_ups(self, assessment_id: int) -> list[int]:
        """The follow-up reviews started from an assessment, oldest first."""
        with self.db.session() as s:
            return list(s.scalars(select(AssessmentRow.id).where(AssessmentRow.baseline_id == assessment_id)
                                  .order_by(AssessmentRow.id)))

    def assessment(self, assessment_id: int) -> AssessmentRecord:
        with self.db.session() as s:
            return _record(self._assessment_row(s, assessment_id))

    def bundle(self, assessment_id: int) -> AssessmentBundle:
        """The assessment, its answers and its weight overrides, in one transaction (three SELECTs):
        opening an assessment on a server then costs a few round trips, not a dozen."""
        with self.db.session() as s:
            record = _record(self._assessment_row(s, assessment_id))
            answers = _answers_of(s, assessment_id)
            weights = {r.question_id: (r.weight, r.reason) for r in
                       s.scalars(select(WeightOverrideRow).where(WeightOverrideRow.assessment_id == assessment_id))}
        return AssessmentBundle(record, answers, weights)

    def exists(self, assessment_id: int) -> bool:
        with self.db.session() as s:
            return s.get(AssessmentRow, assessment_id) is not None

    @staticmethod
    def _assessment_row(s: Session, assessment_id: int) -> AssessmentRow:
        row = s.get(AssessmentRow, assessment_id)
        if row is None:
            raise MissingRow(f"assessment {assessment_id}")
        return row

    def update_assessment(self, assessment_id: int, values: dict[str, Any], means: str = Means.WINDOW,
                          expected_version: int | None = None) -> int:
        """Change some fields; returns the new row version. With `expected_version` (the version the
        details had when they were shown) a row someone changed meanwhile is left alone: RowConflict."""
        with self._conflict_guard("assessment", assessment_id, expected_version), self.db.session() as s:
            row = self._locked(s, assessment_id)
            self._check_version(row, "assessment", expected_version)
            before = _details(row)
            self._change(row, values)
            s.flush()
            self._audit(s, assessment_id, means, diff_record(Kind.ASSESSMENT, "", before, _details(row)))
            return row.version

    def delete_assessment(self, assessment_id: int, means: str = Means.WINDOW) -> None:
        """Delete an assessment with its answers, weights and actions; its follow-ups stay, without a baseline;
        its audit trail stays, ending with the deletion."""
        with self.db.session() as s:
            row = self._locked(s, assessment_id)
            before = _details(row)
            s.execute(update(AssessmentRow).where(AssessmentRow.baseline_id == assessment_id)
                      .values(baseline_id=None).execution_options(synchronize_session=False))
            s.delete(row)
            s.flush()
            self._audit(s, assessment_id, means, diff_record(Kind.ASSESSMENT, "", before, None))

    def _change(self, row: AssessmentRow | ActionRow, values: dict[str, Any]) -> None:
        """Set the fields given, and who changed the row and when (its version goes up at the flush)."""
        for k, v in values.items():
            setattr(row, k, v)
        row.updated_at, row.changed_by = utc_stamp(), self.user

    def _locked(self, s: Session, assessment_id: int) -> AssessmentRow:
        """The assessment's row, locked until the end of the transaction (app/storage/audit.py)."""
        if not audit.lock(s, assessment_id):
            raise MissingRow(f"assessment {assessment_id}")
        return self._assessment_row(s, assessment_id)

    def _audit(self, ex: audit.Executor, assessment_id: int, means: str, *changes: trail.Change | None) -> None:
        audit.append(ex, assessment_id, self.user, means, [c for c in changes if c is not None])

    # ---- answers --------------------------------------------------------------------------------
    def answers(self, assessment_id: int) -> dict[str, StoredAnswer]:
        with self.db.session() as s:
            self._assessment_row(s, assessment_id)
            return _answers_of(s, assessment_id)

    def stored_answer(self, assessment_id: int, question_id: str) -> StoredAnswer | None:
        with self.db.session() as s:
            row = s.scalars(select(AnswerRow).where(AnswerRow.assessment_id == assessment_id,
                                                    AnswerRow.question_id == question_id)).one_or_none()
            return _stored(row) if row is not None else None

    def save_answer(self, assessment_id: int, question_id: str, values: dict[str, Any],
                    expected_version: int | None = None, means: str = Means.WINDOW) -> int:
        """Save some fields of one answer and its audit entry in one commit; returns the new version.

        With `expected_version` (0: "there was no answer when it was loaded") the save only happens if
        the stored row is still at that version; otherwise AnswerConflict carries the stored one.
        """
        fields = tuple(sorted(values))
        params = self._answer_params(assessment_id, question_id, values, expected_version)
        try:
            if self.db.dialect == "postgresql":
                version = self._save_answer_server(params, values, means, fields, expected_version is not None)
            else:
                with self.db.connection() as con:
                    if not audit.lock(con, assessment_id):
                        raise MissingRow(f"assessment {assessment_id}")
                    old_row = con.execute(_ANSWER_READ, {"aid": assessment_id, "qid": question_id}).first()
                    version = con.execute(self._upsert(fields, expected_version is not None), params).scalar()
                    if version is not None:
                        self._audit(con, assessment_id, means, _answer_change(question_id, old_row, values))
        except IntegrityError:
            raise MissingRow(f"assessment {assessment_id}") from None
        if version is None:
            raise AnswerConflict(assessment_id, question_id, expected_version or 0,
                                 self.stored_answer(assessment_id, question_id))
        return int(version)

    def _save_answer_server(self, params: dict[str, Any], values: dict[str, Any], means: str,
                            fields: tuple[str, ...], checked: bool) -> int | None:
        """PostgreSQL: one answer and its audit entry in two round trips, where psycopg alone would take
        six (BEGIN, lock, read, write, entry, COMMIT) - on a busy server each round trip waits for both
        processes to be scheduled. First, in one pipeline: BEGIN, lock the assessment, read the stored
        answer and the trail's last entry (statements of their own, so that they read once the lock is
        held: one statement that waited for the lock would still read with the snapshot it took before,
        and miss the other writer's entry). Then, in one pipeline: the upsert and the entry's insert as
        one statement (audit.with_entry: a save refused by its version check writes neither), and COMMIT.
        The entry is computed and hashed as audit.append does. Returns the new version, None if refused."""
        aid, qid = int(params["assessment_id"]), str(params["question_id"])
        dialect = self.db.engine.dialect
        with self.db.server_transaction() as pg:
            with pg.pipeline():
                pg.execute("BEGIN")
                locked = _execute(pg, dialect, audit.LOCK_ROW, {"aid": aid})
                stored = _execute(pg, dialect, _ANSWER_READ, {"aid": aid, "qid": qid})
                last = _execute(pg, dialect, audit.HEAD, {"aid": aid})
            if locked.fetchone() is None:
                raise MissingRow(f"assessment {aid}")
            row = stored.fetchone()
            old = None if row is None else {n: _read_value(_ANSWERS.c[n].type, v, dialect)
                                            for n, v in zip(ANSWER_FIELDS, row, strict=True)}
            head = last.fetchone()
            change = _answer_change(qid, old, values)
            statement, bound = self._upsert(fields, checked), params
            if change is not None:  # else nothing the trail follows changed (the same text saved again)
                entry = audit.next_entry(aid, (int(head[0]), str(head[1])) if head else (0, trail.GENESIS),
                                         self.user, means, change)
                statement, bound = audit.with_entry(statement), {**params, **audit.entry_params(entry)}
            with pg.pipeline():
                written = _execute(pg, dialect, statement, bound)
                pg.execute("COMMIT")
            version = written.fetchone()
        return None if version is None else int(version[0])

    def save_answers(self, assessment_id: int, answers: Iterable[tuple[str, dict[str, Any]]],
                     means: str = Means.IMPORT) -> None:
        """Several answers in one transaction (an import): all are saved or none, with their audit entries."""
        with self.db.connection() as con:
            self._save_answers(con, assessment_id, answers, means)

    def adopt(self, assessment_id: int, answers: Iterable[tuple[str, dict[str, Any]]],
              decisions: Iterable[dict[str, Any]], means: str = Means.MERGE) -> None:
        """A facilitator's decision (app/services/contributions.py): the adopted answers, their audit entries
        and the decision notes (question_id, adopted_from, value, agreement, note) in ONE transaction, so
        that no answer is ever stored without the note on why it was adopted, nor a note without its answer."""
        with self.db.connection() as con:
            self._save_answers(con, assessment_id, answers, means)
            self._add_decisions(con, assessment_id, decisions)

    def _save_answers(self, con: Connection, assessment_id: int, answers: Iterable[tuple[str, dict[str, Any]]],
                      means: str) -> None:
        if not audit.lock(con, assessment_id):  # for the audit trail; the details are left alone
            raise MissingRow(f"assessment {assessment_id}")
        current: dict[str, trail.Record] = {
            r.question_id: record(r._mapping, ANSWER_FIELDS) for r in con.execute(
                select(_ANSWERS.c.question_id, *(_ANSWERS.c[n] for n in ANSWER_FIELDS))
                .where(_ANSWERS.c.assessment_id == assessment_id))}
        changes: list[trail.Change | None] = []
        for qid, values in answers:
            con.execute(self._upsert(tuple(sorted(values)), False),
                        self._answer_params(assessment_id, qid, values, None))
            old = current.get(qid)
            current[qid] = {**(old or _BLANK_RECORD), **record(values, values)}
            changes.append(diff_record(Kind.ANSWER, qid, old, current[qid]))
        self._audit(con, assessment_id, means, *changes)

    def _answer_params(self, assessment_id: int, question_id: str, values: dict[str, Any],
                       expected: int | None) -> dict[str, Any]:
        return {**_BLANK_ANSWER, **values, "assessment_id": assessment_id, "question_id": question_id,
                "updated_at": utc_stamp(), "changed_by": self.user, "expected": expected}

    def _upsert(self, fields: tuple[str, ...], checked: bool) -> Any:
        return _upsert_statement(self.db.dialect, fields, checked)

    # ---- weights ---------------------------------------------------------------------------------
    def weight_overrides(self, assessment_id: int) -> dict[str, tuple[float, str]]:
        """question id -> (weight, reason)."""
        with self.db.session() as s:
            rows = s.scalars(select(WeightOverrideRow).where(WeightOverrideRow.assessment_id == assessment_id))
            return {r.question_id: (r.weight, r.reason) for r in rows}

    def set_weight(self, assessment_id: int, question_id: str, weight: float | None, reason: str,
                   means: str = Means.WINDOW) -> None:
        with self.db.session() as s:
            self._locked(s, assessment_id)
            old = _weight(s.scalars(select(WeightOverrideRow).where(
                WeightOverrideRow.assessment_id == assessment_id, WeightOverrideRow.question_id == question_id)
            ).one_or_none())
            s.execute(delete(WeightOverrideRow).where(WeightOverrideRow.assessment_id == assessment_id,
                                                      WeightOverrideRow.question_id == question_id))
            new = None
            if weight is not None:
                row = WeightOverrideRow(assessment_id=assessment_id, question_id=question_id, weight=weight,
                                        reason=reason, changed_by=self.user)
                s.add(row)
                new = _weight(row)
            s.flush()
            self._audit(s, assessment_id, means, diff_record(Kind.WEIGHT, question_id, old, new))

    # ---- questionnaire upgrades -------------------------------------------------------------------
    def upgrade(self, assessment_id: int, answers: dict[str, dict[str, Any]], renamed: dict[str, str],
                dropped: Iterable[str], record: dict[str, Any], means: str = Means.UPGRADE) -> None:
        """Carry an assessment over to another questionnaire version, in one transaction: the answers
        are replaced by `answers` (question id -> every answer field), weight overrides and actions follow
        renamed ids, overrides of `dropped` questions go, the assessment records the new version and
        `record` (from/to version and hash, details JSON) goes into questionnaire_upgrades."""
        stamp = utc_stamp()
        with self.db.session() as s:
            a = self._locked(s, assessment_id)
            before = audit.state(s, assessment_id)
            s.execute(delete(AnswerRow).where(AnswerRow.assessment_id == assessment_id))
            s.flush()
            for qid, values in answers.items():
                s.add(AnswerRow(assessment_id=assessment_id, question_id=qid, updated_at=stamp, changed_by=self.user,
                                **{**_BLANK_ANSWER, **values}))
            for table in (WeightOverrideRow, ActionRow):
                for old, new in renamed.items():
                    s.execute(update(table).where(table.assessment_id == assessment_id, table.question_id == old)
                              .values(question_id=new))
            gone = list(dropped)
            if gone:
                s.execute(delete(WeightOverrideRow).where(WeightOverrideRow.assessment_id == assessment_id,
                                                          WeightOverrideRow.question_id.in_(gone)))
            a.questionnaire_version, a.questionnaire_hash = record["to_version"], record["to_hash"]
            a.updated_at, a.changed_by = stamp, self.user
            s.add(UpgradeRow(assessment_id=assessment_id, upgraded_at=stamp, changed_by=self.user, **record))
            s.flush()
            self._audit(s, assessment_id, means, *trail.diff(before, audit.state(s, assessment_id)))

    def upgrades(self, assessment_id: int) -> list[dict[str, Any]]:
        """The upgrades of an assessment, oldest first (from/to version and hash, details, when, by whom)."""
        with self.db.session() as s:
            rows = s.scalars(select(UpgradeRow).where(UpgradeRow.assessment_id == assessment_id)
                             .order_by(UpgradeRow.id))
            return [{"from_version": r.from_version, "to_version": r.to_version, "from_hash": r.from_hash,
                     "to_hash": r.to_hash, "details": r.details, "upgraded_at": r.upgraded_at,
                     "changed_by": r.changed_by} for r in rows]

    # ---- actions ---------------------------------------------------------------------------------
    def actions(self, assessment_id: int) -> list[ActionItem]:
        with self.db.session() as s:
            rows = s.scalars(select(ActionRow).where(ActionRow.assessment_id == assessment_id).order_by(ActionRow.id))
            return [ActionItem(r.id, r.question_id, r.description, r.lead, r.partners, r.deadline, r.budget,
                               r.currency, r.priority, r.status, r.version) for r in rows]

    def add_action(self, assessment_id: int, question_id: str, values: dict[str, Any],
                   means: str = Means.WINDOW) -> int:
        stamp = utc_stamp()
        with self.db.session() as s:
            self._locked(s, assessment_id)
            row = ActionRow(assessment_id=assessment_id, question_id=question_id, created_at=stamp, updated_at=stamp,
                            changed_by=self.user, **{**_BLANK_ACTION, **values})
            s.add(row)
            s.flush()
            self._audit(s, assessment_id, means, diff_record(Kind.ACTION, str(row.id), None, _action(row)))
            return row.id

    def _action_locked(self, s: Session, action_id: int) -> ActionRow:
        aid = s.scalar(select(ActionRow.assessment_id).where(ActionRow.id == action_id))
        if aid is None or not audit.lock(s, aid):
            raise MissingRow(f"action {action_id}")
        row = s.get(ActionRow, action_id)
        if row is None:
            raise MissingRow(f"action {action_id}")
        return row

    def update_action(self, action_id: int, values: dict[str, Any], means: str = Means.WINDOW,
                      expected_version: int | None = None) -> tuple[int, str, int]:
        """Change some fields of an action; returns (assessment id, question id, new version). With
        `expected_version`, an action someone changed or deleted meanwhile is left alone: RowConflict."""
        with self._conflict_guard("action", action_id, expected_version), self.db.session() as s:
            try:
                row = self._action_locked(s, action_id)
            except MissingRow:
                if expected_version is not None:
                    raise RowConflict("action", action_id, expected_version, 0, "", None) from None
                raise
            self._check_version(row, "action", expected_version)
            before = _action(row)
            self._change(row, values)
            s.flush()
            self._audit(s, row.assessment_id, means, diff_record(Kind.ACTION, str(action_id), before, _action(row)))
            return row.assessment_id, row.question_id, row.version

    def delete_action(self, action_id: int, means: str = Means.WINDOW,
                      expected_version: int | None = None) -> tuple[int, str]:
        """Delete an action; with `expected_version`, not one someone changed since it was shown."""
        with self._conflict_guard("action", action_id, expected_version), self.db.session() as s:
            row = self._action_locked(s, action_id)
            self._check_version(row, "action", expected_version)
            where = (row.assessment_id, row.question_id)
            before = _action(row)
            s.delete(row)
            s.flush()
            self._audit(s, where[0], means, diff_record(Kind.ACTION, str(action_id), before, None))
            return where

    # ---- audit trail -------------------------------------------------------------------------------
    def audit_entries(self, assessment_id: int, kinds: Iterable[str] | None = None) -> list[trail.Entry]:
        """The whole trail of an assessment (or its entries of some kinds), oldest first."""
        with self.db.session() as s:
            return audit.entries(s, assessment_id, kinds)

    def history(self, assessment_id: int, kind: str, entity: str) -> list[trail.Entry]:
        """The entries about one answer, weight or action (and the baseline, which holds them all)."""
        with self.db.session() as s:
            return audit.entity_entries(s, assessment_id, kind, entity)

    def verify(self, assessment_id: int) -> trail.Verdict:
        """Check the chain and compare what it leads to with what is stored, in one transaction."""
        with self.db.session() as s:
            return trail.verify(assessment_id, audit.entries(s, assessment_id), audit.state(s, assessment_id))

    def audited_ids(self) -> list[int]:
        with self.db.session() as s:
            return audit.audited_ids(s)

    @staticmethod
    def _check_version(row: AssessmentRow | ActionRow, what: str, expected: int | None) -> None:
        """The row as read now against the version shown; the UPDATE itself is then made WHERE version =
        the one read (SQLAlchemy's version_id_col), so a change between the two is caught too."""
        if expected is not None and row.version != expected:
            raise RowConflict(what, row.id, expected, row.version, row.changed_by, row.updated_at)

    @contextlib.contextmanager
    def _conflict_guard(self, what: str, row_id: int, expected: int | None) -> Iterator[None]:
        """A row changed between reading and writing it (StaleDataError) is a RowConflict when the caller
        said which version it expected, else StaleRowError."""
        try:
            with self._stale_guard():
                yield
        except StaleRowError:
            if expected is None:
                raise
            raise RowConflict(what, row_id, expected, self._version_of(what, row_id), "", None) from None

    def _version_of(self, what: str, row_id: int) -> int:
        model = AssessmentRow if what == "assessment" else ActionRow
        with self.db.session() as s:
            return int(s.scalar(select(model.version).where(model.id == row_id)) or 0)

    @contextlib.contextmanager
    def _stale_guard(self) -> Iterator[None]:
        """SQLAlchemy's StaleDataError (the row changed under an ORM update) becomes StaleRowError."""
        try:
            yield
        except StaleDataError as e:
            raise StaleRowError(self.db.where, str(e)) from e


@cache
def _driver_statement(statement: Any, dialect: Dialect) -> tuple[str, Any, dict[str, Any], dict[str, Any]]:
    """A (cached) statement compiled for the driver: its SQL, the compiled form and each parameter's bind
    processor (EnumText: a member is written as its text), as SQLAlchemy would execute it."""
    compiled = statement.compile(dialect=dialect)
    binders = {name: bind.type.bind_processor(dialect) for bind, name in compiled.bind_names.items()}
    # an INSERT's columns with a client-side default (an answer's version: 1), which SQLAlchemy fills in
    # when it executes a statement itself
    defaults = {c.key: c.default.arg for c in getattr(compiled, "insert_prefetch", ())}
    assert all(c.default.is_scalar for c in getattr(compiled, "insert_prefetch", ()))
    return str(compiled), compiled, binders, defaults


def _execute(pg: Any, dialect: Dialect, statement: Any, params: dict[str, Any]) -> Any:
    """Run a SQLAlchemy statement straight on a psycopg connection (Database.server_transaction)."""
    sql, compiled, binders, defaults = _driver_statement(statement, dialect)
    values = compiled.construct_params({**defaults, **params})
    bound = {k: (binders[k](v) if binders.get(k) else v) for k, v in values.items()}
    return pg.execute(sql, bound)


def _read_value(kind: Any, v: Any, dialect: Any) -> Any:
    """A value read with the driver, as SQLAlchemy would give it (EnumText: "" is None, text is the enum)."""
    return kind.process_result_value(v, dialect) if isinstance(kind, TypeDecorator) else v


def _answer_change(question_id: str, old_row: Any, values: dict[str, Any]) -> trail.Change | None:
    """`old_row`: a result row, a mapping (field -> stored value), or None (no answer yet)."""
    old = record(getattr(old_row, "_mapping", old_row), ANSWER_FIELDS) if old_row is not None else None
    return diff_record(Kind.ANSWER, question_id, old, {**(old or _BLANK_RECORD), **record(values, values)})


@cache
def _upsert_statement(dialect: str, fields: tuple[str, ...], checked: bool) -> Any:
    """INSERT … ON CONFLICT DO UPDATE of the given fields, RETURNING the new version; with `checked`,
    the update only happens WHERE the stored version is the expected one. Built once and cached."""
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    columns = ("assessment_id", "question_id", "updated_at", "changed_by", *ANSWER_FIELDS)
    ins = insert(_ANSWERS).values({c: bindparam(c, type_=_ANSWERS.c[c].type) for c in columns})
    changes: dict[str, Any] = {f: ins.excluded[f] for f in (*fields, "updated_at", "changed_by")}
    changes["version"] = _ANSWERS.c.version + 1
    where = _ANSWERS.c.version == bindparam("expected") if checked else None
    return ins.on_conflict_do_update(index_elements=["assessment_id", "question_id"], set_=changes,
                                     where=where).returning(_ANSWERS.c.version)
