"""Report data: everything an export needs, assembled by the services, never read from the DB by exports."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from .answers import Answer
from .questionnaire import Questionnaire
from .scoring import ScoreResult
from .workshop import WorkshopAnnex


class ActionStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"


class ValidationStatus(StrEnum):
    """Where the report stands: a draft until someone with authority validates it."""

    DRAFT = "draft"
    VALIDATED = "validated"


class Priority(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


# The defaults, once: the domain's records, the exchange file format and the storage columns (and the
# migrations adding those columns, by the same value) use these.
DEFAULT_VALIDATION = ValidationStatus.DRAFT
DEFAULT_PRIORITY = Priority.MEDIUM
DEFAULT_STATUS = ActionStatus.PLANNED


@dataclass(frozen=True)
class AssessmentInfo:
    id: int
    title: str
    country_code: str  # ISO 3166-1 alpha-2
    country_name: str  # in the report's language
    assessment_date: date | None
    organisation: str = ""
    assessors: str = ""
    confidentiality: str = ""  # the marking the user chose, e.g. "Internal", "Restricted"
    validation_status: ValidationStatus = DEFAULT_VALIDATION
    validated_by: str = ""  # name and function of who validated the report
    validated_on: date | None = None
    institutions: str = ""  # the institutions consulted, one a line
    process: str = ""  # how the assessment was carried out
    executive_summary: str = ""  # key findings, written by the assessment team
    limitations: str = ""  # what the assessment could not cover or verify
    baseline_id: int | None = None  # a follow-up review: the assessment it started from
    questionnaire_id: str = ""
    questionnaire_version: str = ""
    questionnaire_hash: str = ""
    version: int = 1  # the stored row's version when read: saving the details back checks it


@dataclass(frozen=True)
class ActionItem:
    id: int
    question_id: str
    description: str
    lead: str = ""
    partners: str = ""
    deadline: date | None = None
    budget: float | None = None
    currency: str = ""
    priority: Priority = DEFAULT_PRIORITY
    status: ActionStatus = DEFAULT_STATUS
    version: int = 1  # the stored row's version when read: saving it back checks nobody changed it meanwhile


@dataclass(frozen=True)
class AuditLine:
    """One changed field of the audit trail (docs/audit.md), for the report's annex."""

    at: datetime  # UTC
    who: str
    kind: str  # assessment, answer, weight, action, baseline
    entity: str  # question id, action id, "" for the details
    op: str  # insert, update, delete, baseline
    field: str
    old: Any  # canonical values: text, number, bool, None
    new: Any
    means: str


@dataclass(frozen=True)
class AuditAnnex:
    """The audit trail of an assessment and what `verify` says of it, in the report's language."""

    lines: tuple[AuditLine, ...]
    entries: int
    intact: bool
    status: tuple[str, ...]  # verify's verdict: one line, or a heading and the problems
    last_hash: str  # the hash of the last entry: write it down elsewhere to detect a rewritten trail


@dataclass(frozen=True)
class ReportData:
    lang: str  # "en", "fr" or "ar": the report's language, chosen at export time
    assessment: AssessmentInfo
    questionnaire: Questionnaire
    answers: dict[str, Answer]
    result: ScoreResult
    actions: tuple[ActionItem, ...] = ()
    weight_reasons: dict[str, str] = field(default_factory=dict)  # question id -> reason of its weight override
    app_version: str = ""
    generated_at: datetime = field(default_factory=datetime.now)
    summary_only: bool = False  # the front of the report only: no question-by-question part
    audit: AuditAnnex | None = None  # the audit trail annex, when asked for
    workshop: WorkshopAnnex | None = None  # the workshop annex, when asked for
    # a follow-up review: the title and date of the review it started from (its answers carried over)
    baseline_title: str = ""
    baseline_date: date | None = None

    @property
    def rtl(self) -> bool:
        return self.lang == "ar"
