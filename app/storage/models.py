"""Typed SQLAlchemy 2 models of the current schema (schema/versions/ says how each table came to be).

Enum-like columns are stored as plain text (so old files stay readable) but typed as the domain's
enums in Python. Every default is written once, here: `default` for rows written by the app and
`server_default` for the database's own copy (migrations of new columns refer to the same values).
Every row carries a `version` (optimistic concurrency: bumped on each change) and `changed_by`
(the database user who made the last change).
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Any, Generic, TypeVar
from uuid import uuid4

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Dialect,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

from app.domain.answers import AnswerValue, Confidence
from app.domain.report import (
    DEFAULT_PRIORITY,
    DEFAULT_STATUS,
    DEFAULT_VALIDATION,
    ActionStatus,
    Priority,
    ValidationStatus,
)

E = TypeVar("E", bound=StrEnum)


class EnumText(TypeDecorator[E], Generic[E]):
    """A StrEnum stored as its text value (VARCHAR, no CHECK, no native type: the same on both engines).

    Writing a value that is not a member raises ValueError before anything reaches the database;
    an empty string read back (files of the first schema) is None.
    """

    impl = String
    cache_ok = True

    def __init__(self, kind: type[E]):
        super().__init__()
        self.kind = kind

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        return self.kind(value).value if value not in (None, "") else None

    def process_result_value(self, value: Any, dialect: Dialect) -> E | None:
        return self.kind(value) if value else None

    @property
    def python_type(self) -> type[E]:
        return self.kind




def _text(kind: Any = Text) -> Any:
    """A NOT NULL text column whose default is the empty string (in Python and in the database)."""
    return mapped_column(kind, nullable=False, default="", server_default="")


def _version() -> Any:
    return mapped_column(Integer, nullable=False, default=1, server_default="1")


class Base(DeclarativeBase):
    pass


def new_uid() -> str:
    """A new globally unique assessment id (a random UUID as text): kept when the assessment travels."""
    return str(uuid4())


class AssessmentRow(Base):
    __tablename__ = "assessments"
    __table_args__ = (Index("ix_assessments_uid", "uid", unique=True),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # stable across machines (schema 9): an exchange file names its assessment by it
    uid: Mapped[str] = mapped_column(String(36), nullable=False, default=new_uid, server_default="")
    title: Mapped[str] = mapped_column(String, nullable=False)
    country_code: Mapped[str] = mapped_column(String(2), nullable=False)
    assessment_date: Mapped[date | None] = mapped_column(Date)
    organisation: Mapped[str] = _text(String)
    assessors: Mapped[str] = _text(String)
    confidentiality: Mapped[str] = _text(String)
    # for the report a ministry signs (schema 5)
    validation_status: Mapped[ValidationStatus] = mapped_column(
        EnumText(ValidationStatus), nullable=False, default=DEFAULT_VALIDATION, server_default=DEFAULT_VALIDATION.value)
    validated_by: Mapped[str] = _text(String)
    validated_on: Mapped[date | None] = mapped_column(Date)
    institutions: Mapped[str] = _text()
    process: Mapped[str] = _text()
    executive_summary: Mapped[str] = _text()
    limitations: Mapped[str] = _text()
    # follow-up reviews (schema 7): the assessment this one started from. No ON DELETE action: SQLite
    # cannot reflect one on a column added later, so the repository lets go of it before deleting a baseline
    baseline_id: Mapped[int | None] = mapped_column(ForeignKey("assessments.id"))
    # received from an exchange file naming its baseline (schema 17): that review's global id, so that the link
    # is made when the baseline is received after its follow-up ('' when none)
    baseline_uid: Mapped[str] = _text(String(36))
    questionnaire_id: Mapped[str] = mapped_column(String, nullable=False)
    questionnaire_version: Mapped[str] = mapped_column(String, nullable=False)
    questionnaire_hash: Mapped[str] = mapped_column(String, nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    version: Mapped[int] = _version()
    changed_by: Mapped[str] = _text(String)

    answers: Mapped[list[AnswerRow]] = relationship(back_populates="assessment", cascade="all, delete-orphan",
                                                    passive_deletes=True)

    __mapper_args__ = {"version_id_col": version}


class AnswerRow(Base):
    __tablename__ = "answers"
    __table_args__ = (UniqueConstraint("assessment_id", "question_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessments.id", ondelete="CASCADE"), nullable=False)
    question_id: Mapped[str] = mapped_column(String, nullable=False)
    value: Mapped[AnswerValue | None] = mapped_column(EnumText(AnswerValue))
    na_reason: Mapped[str] = _text()
    comment: Mapped[str] = _text()
    legal_provision: Mapped[str] = _text()
    evidence: Mapped[str] = _text()
    confidence: Mapped[Confidence | None] = mapped_column(EnumText(Confidence))
    institution: Mapped[str] = _text()  # don't know: the institution best placed to answer (schema 4)
    to_review: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False,
                                            server_default="0")  # meaning changed in an upgrade (schema 4)
    # copied from the baseline by a follow-up review, not yet confirmed or changed (schema 7)
    carried_over: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False, server_default="0")
    updated_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    version: Mapped[int] = _version()
    changed_by: Mapped[str] = _text(String)

    assessment: Mapped[AssessmentRow] = relationship(back_populates="answers")

    __mapper_args__ = {"version_id_col": version}


class WeightOverrideRow(Base):
    __tablename__ = "weight_overrides"
    __table_args__ = (UniqueConstraint("assessment_id", "question_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessments.id", ondelete="CASCADE"), nullable=False)
    question_id: Mapped[str] = mapped_column(String, nullable=False)
    weight: Mapped[float] = mapped_column(Float, nullable=False)
    reason: Mapped[str] = _text()
    version: Mapped[int] = _version()
    changed_by: Mapped[str] = _text(String)

    __mapper_args__ = {"version_id_col": version}


class ActionRow(Base):
    __tablename__ = "actions"
    __table_args__ = (Index("ix_actions_assessment", "assessment_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessments.id", ondelete="CASCADE"), nullable=False)
    question_id: Mapped[str] = mapped_column(String, nullable=False)
    description: Mapped[str] = _text()
    lead: Mapped[str] = _text(String)
    partners: Mapped[str] = _text(String)
    deadline: Mapped[date | None] = mapped_column(Date)
    budget: Mapped[float | None] = mapped_column(Float)
    currency: Mapped[str] = _text(String)
    priority: Mapped[Priority] = mapped_column(EnumText(Priority), nullable=False, default=DEFAULT_PRIORITY,
                                               server_default=DEFAULT_PRIORITY.value)
    status: Mapped[ActionStatus] = mapped_column(EnumText(ActionStatus), nullable=False, default=DEFAULT_STATUS,
                                                 server_default=DEFAULT_STATUS.value)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    version: Mapped[int] = _version()
    changed_by: Mapped[str] = _text(String)

    __mapper_args__ = {"version_id_col": version}


class UpgradeRow(Base):
    """One questionnaire upgrade of an assessment (schema 4): from which version to which, by whom, and
    what became of each answer, with the answers to removed questions kept in full (JSON)."""

    __tablename__ = "questionnaire_upgrades"
    __table_args__ = (Index("ix_upgrades_assessment", "assessment_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessments.id", ondelete="CASCADE"), nullable=False)
    from_version: Mapped[str] = mapped_column(String, nullable=False)
    to_version: Mapped[str] = mapped_column(String, nullable=False)
    from_hash: Mapped[str] = _text(String)
    to_hash: Mapped[str] = _text(String)
    details: Mapped[str] = _text()  # JSON: kept, renamed, to_review, added, removed answers
    upgraded_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    changed_by: Mapped[str] = _text(String)


class AuditRow(Base):
    """One entry of the audit trail (schema 8, docs/audit.md): one change of one thing of one assessment,
    chained to the entry before it by a hash. No foreign key: the trail outlives a deleted assessment."""

    __tablename__ = "audit_entries"
    __table_args__ = (UniqueConstraint("assessment_id", "seq"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    assessment_id: Mapped[int] = mapped_column(Integer, nullable=False)
    seq: Mapped[int] = mapped_column(Integer, nullable=False)  # 1, 2, 3 ... per assessment
    at: Mapped[datetime] = mapped_column(DateTime, nullable=False)  # UTC
    who: Mapped[str] = _text(String)
    kind: Mapped[str] = mapped_column(String, nullable=False)  # assessment, answer, weight, action, baseline
    entity: Mapped[str] = _text(String)  # question id, action id, "" for the details
    op: Mapped[str] = mapped_column(String, nullable=False)  # insert, update, delete, baseline
    changes: Mapped[str] = mapped_column(Text, nullable=False)  # canonical JSON: field -> [old, new]
    means: Mapped[str] = mapped_column(String, nullable=False)  # window, import, merge, upgrade, cli...
    prev_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    hash: Mapped[str] = mapped_column(String(64), nullable=False)


class ContributionRow(Base):
    """Answers a participant or a group sent back for an assessment (schema 9). Never the assessment's own
    answers: those are the facilitator's consensus. A newer file from the same sender (app/storage/workshop.py
    same_sender) supersedes this one (`superseded_by`), which stays for the history."""

    __tablename__ = "contributions"
    __table_args__ = (Index("ix_contributions_assessment", "assessment_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessments.id", ondelete="CASCADE"), nullable=False)
    author: Mapped[str] = _text(String)
    institution: Mapped[str] = _text(String)
    kind: Mapped[str] = _text(String)  # "exchange" (an .opsc file) or "template" (an Excel answer template)
    source: Mapped[str] = _text(String)  # the file's name (never its folder)
    sections: Mapped[str] = _text()  # the section ids it covers, comma separated; "" = the whole questionnaire
    written_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    received_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    superseded_by: Mapped[int | None] = mapped_column(ForeignKey("contributions.id", ondelete="SET NULL"))
    version: Mapped[int] = _version()
    changed_by: Mapped[str] = _text(String)
    # the id of the hand-out the file answers (schema 14); "" for templates and older files
    origin: Mapped[str] = _text(String)
    # who sent it (schema 16): the sending database's id (the file's `sender_database`; "" for templates and
    # older files), whether its name was that laptop's default (shared without --by), and the number it is
    # shown with among contributions in force under the same name ("root", "root (2)"), given once when it
    # was received (app/storage/workshop.py same_sender)
    sender_database: Mapped[str] = _text(String)
    default_name: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False, server_default="0")
    name_number: Mapped[int] = mapped_column(Integer, nullable=False, default=1, server_default="1")
    # the random id of the received hand-out copy it was shared from (schema 18, the file's `sender`); "" for
    # templates and files of earlier versions
    sender_id: Mapped[str] = _text(String)


class ContributionAnswerRow(Base):
    __tablename__ = "contribution_answers"
    __table_args__ = (UniqueConstraint("contribution_id", "question_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contribution_id: Mapped[int] = mapped_column(ForeignKey("contributions.id", ondelete="CASCADE"),
                                                 nullable=False)
    question_id: Mapped[str] = mapped_column(String, nullable=False)
    value: Mapped[AnswerValue | None] = mapped_column(EnumText(AnswerValue))
    na_reason: Mapped[str] = _text()
    comment: Mapped[str] = _text()
    legal_provision: Mapped[str] = _text()
    evidence: Mapped[str] = _text()
    confidence: Mapped[Confidence | None] = mapped_column(EnumText(Confidence))
    institution: Mapped[str] = _text()


class DecisionRow(Base):
    """What the facilitator adopted for one question from the contributions, and why (schema 9)."""

    __tablename__ = "consensus_decisions"
    __table_args__ = (Index("ix_decisions_assessment", "assessment_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessments.id", ondelete="CASCADE"), nullable=False)
    question_id: Mapped[str] = mapped_column(String, nullable=False)
    adopted_from: Mapped[str] = _text(String)  # the author whose answer was taken; "" = values of the facilitator
    value: Mapped[AnswerValue | None] = mapped_column(EnumText(AnswerValue))
    agreement: Mapped[str] = _text(String)  # unanimous | conflict | single | none, when it was decided
    note: Mapped[str] = _text()
    decided_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    changed_by: Mapped[str] = _text(String)


class HandoutRow(Base):
    """An exchange file that handed an assessment out (`shared`, from the original here: the fingerprint of
    every answer it carried) or brought it in (`received`: the sections it was limited to) (schema 13)."""

    __tablename__ = "handouts"
    __table_args__ = (Index("ix_handouts_assessment", "assessment_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessments.id", ondelete="CASCADE"), nullable=False)
    uid: Mapped[str] = _text(String)  # the hand-out's own id, written in the file ("" : a file that had none)
    direction: Mapped[str] = _text(String)  # "shared" | "received"
    sections: Mapped[str] = _text()  # section ids, comma separated; "" = the whole questionnaire
    answers: Mapped[str] = _text()  # shared: JSON {question id: fingerprint of the answer handed out}
    written_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    changed_by: Mapped[str] = _text(String)
    # received: this copy's own random id (schema 18), minted when it was received and written in every file
    # shared back from it (`sender`), so clones of one disk image tell apart once each received the hand-out
    sender_id: Mapped[str] = _text(String)


class WriteMarkRow(Base):
    """One row (id 1): how many rows of everything but the contributions were written (schema 15). On a
    SQLite file, triggers count every insert, update and delete in the writer's transaction; the receive
    backup compares it with the newest backup's (app/storage/backups.py). Never written by the app itself,
    and not counted on a PostgreSQL server."""

    __tablename__ = "write_marks"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    writes: Mapped[int] = mapped_column(Integer, nullable=False, default=0, server_default="0")


class DatabaseMetaRow(Base):
    """Facts about this database itself (schema 16), one row per name. `uid`: the database's own random id,
    made once when it was created or upgraded to schema 16 and never changed; every exchange file shared from
    here carries it (`sender_database`), so the facilitator tells one laptop from another."""

    __tablename__ = "database_meta"

    name: Mapped[str] = mapped_column(String, primary_key=True)
    value: Mapped[str] = _text()


def column_defaults(model: type[Base], names: tuple[str, ...]) -> dict[str, Any]:
    """The Python-side defaults of some columns of a model (None where there is none)."""
    table = model.__table__
    out: dict[str, Any] = {}
    for name in names:
        default = table.c[name].default
        out[name] = getattr(default, "arg", None)
    return out
