"""The one write path: every change to an assessment goes through a Workspace method that commits
and returns a Change describing it. The interface and the command line both use it.

The Workspace keeps the rules (which fields exist, what a valid answer is); every query is in
app.storage.repository.
"""

from __future__ import annotations

from dataclasses import fields
from datetime import date, datetime
from pathlib import Path
from typing import Any

from app import __version__, paths
from app.domain.answers import Answer, AnswerValue, Confidence
from app.domain.audit import Means
from app.domain.progress import Progress, progress
from app.domain.questionnaire import Questionnaire
from app.domain.report import ActionItem, ActionStatus, AssessmentInfo, Priority, ReportData, ValidationStatus
from app.domain.scoring import ScoreResult, score
from app.domain.times import local_text
from app.storage import AnswerConflict, Database, Repository, StorageError, StoredAnswer, open_database
from app.storage.repository import (
    ACTION_FIELDS,
    ANSWER_FIELDS,
    ASSESSMENT_FIELDS,
    MissingRow,
    RowConflict,
    now,
)

from . import catalog
from .changes import Change, ChangeKind
from .countries import country_name, is_country
from .listing import AssessmentSummary
from .messages import Count, message
from .messages import keys as message_keys
from .settings import recorded_name

__all__ = [
    "ACTION_FIELDS", "ANSWER_FIELDS", "ASSESSMENT_FIELDS", "AnswerConflict", "AssessmentSummary", "Change",
    "ChangeKind", "EditConflict", "Means", "ServiceError", "StoredAnswer", "Workspace", "answer_dict",
]


MAX_WEIGHT = 10.0  # the highest weight override (the window's spin box goes from 0 to 10; 0 is refused)


class ServiceError(ValueError):
    """Input the services refuse; the message says what is wrong and how to fix it.

    Raised with a message key of app/services/messages.py and its values, it can be said in the user's
    language (`text(lang)`); str() is the English (the command line and the log)."""

    def __init__(self, key_or_text: str, **values: object):
        self.key = key_or_text if key_or_text in message_keys() else None
        self.values = values
        super().__init__(message(key_or_text, "en", **values) if self.key else key_or_text)

    def text(self, lang: str) -> str:
        return message(self.key, lang, **self.values) if self.key else str(self)


class EditConflict(ServiceError):
    """The details of an assessment, or an action, were changed (or the action deleted) by someone else
    since they were shown; nothing was saved. `version` is the stored one now (0: deleted): saving again
    with it replaces theirs."""

    def __init__(self, conflict: RowConflict, deleting: bool = False):
        self.version = conflict.version
        self.changed_by = conflict.changed_by
        who = conflict.changed_by or "?"
        when = local_text(conflict.updated_at) if conflict.updated_at else "?"  # the reader's clock, zone given
        if conflict.version == 0:
            super().__init__(f"{conflict.what}_gone")
        else:
            super().__init__(f"{conflict.what}_changed" + ("_not_deleted" if deleting else ""), who=who, when=when)


def is_default_file(target: Path | str) -> bool:
    return isinstance(target, Path | str) and "://" not in str(target) and \
        Path(target).absolute() == paths.database_path().absolute()


MAX_TEXT = 100_000  # characters in a comment, reason, action text... (as in an exchange file and the importer)
MAX_TITLE = 1000  # characters in an assessment's title (as in an exchange file)
# free text typed or pasted in the window, as an exchange file's reader will check it (app/services/imports.py
# storable/control_in, one rule): fields on one line get the short rule, the others the long texts' rule
ONE_LINE_FIELDS = frozenset({"title", "country_code", "organisation", "assessors", "confidentiality",
                             "validated_by", "lead", "partners", "currency"})
TEXT_FIELDS = frozenset({*ONE_LINE_FIELDS, "na_reason", "comment", "legal_provision", "evidence", "institution",
                         "institutions", "process", "executive_summary", "limitations", "description", "reason"})


def storable_values(values: dict[str, Any]) -> dict[str, Any]:
    """The free-text values made storable: no control character an exchange file's reader refuses (pasted
    vertical tabs, Word's bidirectional embeddings...), so that Share never writes an unreceivable file."""
    from .imports import storable

    out = {k: storable(v, k not in ONE_LINE_FIELDS) if k in TEXT_FIELDS and isinstance(v, str) else v
           for k, v in values.items()}
    for k, v in out.items():  # an exchange file's limits: a longer text would make a file no one can receive
        limit = MAX_TITLE if k == "title" else MAX_TEXT
        if k in TEXT_FIELDS and isinstance(v, str) and len(v) > limit:
            raise ServiceError("title_too_long" if k == "title" else "text_too_long", n=Count(len(v)),
                               limit=Count(limit))
    return out


def _no_assessment(assessment_id: int) -> ServiceError:
    return ServiceError("no_assessment", id=assessment_id)


class Workspace:
    """The assessments in one database (a file or a server), and the questionnaire they are answered against.

    Every change is written with its audit trail entry (docs/audit.md), which records by which means it
    was made: `means` is this workspace's own (the window; the command line sets Means.CLI), and a use
    case that is a means of its own passes it (an import, an upgrade, a merge, a follow-up)."""

    def __init__(self, db: Database, questionnaire: Questionnaire, backups: Path | None = None,
                 means: Means = Means.WINDOW, user_name: str | None = None):
        self.db = db
        self.means = means
        self.user_name = ""
        self.record_as(recorded_name() if user_name is None else user_name)
        self._backups = backups
        self._backed_up_on: date | None = None
        self.repo = Repository(db)
        self.questionnaire = questionnaire
        self._question_ids = frozenset(q.id for q in questionnaire.questions())

    @classmethod
    def open(cls, db_path: Path | str | None = None, questionnaire: Questionnaire | None = None,
             password: str | None = None) -> Workspace:
        """Open a database file (default: the one in the data folder) or a server (a postgresql+psycopg:// URL;
        the password, when the URL has none, is asked by the caller and never stored)."""
        if questionnaire is None:
            loaded = catalog.default()
            if loaded.questionnaire is None:
                raise ServiceError("questionnaire_errors", problems="\n".join(str(p) for p in loaded.errors))
            questionnaire = loaded.questionnaire
        backups = paths.backups_dir() if db_path is None or is_default_file(db_path) else None
        return cls(open_database(db_path or paths.database_path(), backups, password), questionnaire, backups)

    def close(self) -> None:
        self.db.close()

    # ---- where the data is -------------------------------------------------------------------
    @property
    def location(self) -> str:
        """The file path, or the server address without its password."""
        return self.db.where

    @property
    def file(self) -> Path | None:
        """The SQLite file in use; None on a server."""
        return self.db.path

    @property
    def backups_folder(self) -> Path:
        """Where this file's backups go: the data folder's backups/ for the default file, else a backups
        folder beside the file."""
        if self._backups is not None:
            return self._backups
        return (self.db.path or paths.database_path()).parent / "backups"

    def _before_change(self) -> None:
        """The first change of each day is preceded by a backup (app.services.backups)."""
        today = date.today()
        if self._backed_up_on != today and self.db.path is not None:
            self._backed_up_on = today
            from .backups import daily_backup

            daily_backup(self)

    @property
    def read_only(self) -> StorageError | None:
        """Why changes cannot be saved (a read-only disk, no permission, a full disk), or None."""
        return self.db.read_only

    @property
    def user(self) -> str:
        """Who changes are recorded as: on a file the name the user gave (OPSC_USER, the settings) or else the
        computer's login name; on a server the server login."""
        return self.db.user

    def record_as(self, name: str) -> None:
        """The name the user gave (at first run, in the settings, OPSC_USER): recorded with every change on
        a file; the default author of the files they share, on a file or a server."""
        self.user_name = " ".join(name.split())
        self.db.record_as(self.user_name)

    @property
    def author(self) -> str:
        """Who a shared file says it is from by default: the name given, else who changes are recorded as."""
        return self.user_name or self.user

    @property
    def on_server(self) -> bool:
        return self.db.is_server

    @property
    def schema_version(self) -> int:
        from app.storage.migrations import head_version

        return head_version()

    @property
    def migrated_from(self) -> int | None:
        """The schema version this opening upgraded the database from, if it did."""
        return self.db.migrated_from

    def opened(self) -> Change:
        """The notice that this database is now the one in use (for the views to reload everything)."""
        return Change(ChangeKind.DATABASE_OPENED, -1, self.user)

    # ---- assessments ---------------------------------------------------------------------------
    def list_assessments(self) -> list[AssessmentSummary]:
        """Every assessment with its progress and its last change, the newest first."""
        questions = [q.id for q in self.questionnaire.questions()]
        out = [AssessmentSummary(r.id, r.title, r.country_code, r.assessment_date, r.organisation,
                                 progress(questions, r.answers), r.updated_at, r.baseline_id)
               for r in self.repo.listings()]
        return sorted(out, key=lambda a: (a.updated_at, a.id), reverse=True)

    def new_assessment(self, title: str, country_code: str, assessment_date: date | None = None,
                       organisation: str = "", assessors: str = "", confidentiality: str = "",
                       *, means: Means | None = None) -> Change:
        self._before_change()
        values = self._check_assessment({"title": title, "country_code": country_code, "organisation": organisation,
                                         "assessors": assessors, "confidentiality": confidentiality})
        aid = self.repo.add_assessment(
            means=means or self.means,
            title=values["title"], country_code=values["country_code"], assessment_date=assessment_date,
            organisation=values["organisation"], assessors=values["assessors"],
            confidentiality=values["confidentiality"],
            questionnaire_id=self.questionnaire.id, questionnaire_version=self.questionnaire.version,
            questionnaire_hash=self.questionnaire.content_hash)
        return Change(ChangeKind.ASSESSMENT_CREATED, aid, self.user, version=1)

    def create_assessment(self, title: str, country_code: str, assessment_date: date | None = None,
                          organisation: str = "", assessors: str = "", confidentiality: str = "") -> int:
        """new_assessment, returning just the new id (the command line prints it)."""
        return self.new_assessment(title, country_code, assessment_date, organisation, assessors,
                                   confidentiality).assessment_id

    def _check_assessment(self, values: dict[str, Any]) -> dict[str, Any]:
        out = storable_values(values)
        if "title" in out:
            out["title"] = str(out["title"]).strip()
            if not out["title"]:
                raise ServiceError("empty_title")
        if "validation_status" in out:
            try:
                out["validation_status"] = ValidationStatus(out["validation_status"])
            except ValueError:
                raise ServiceError("bad_validation_status", status=out["validation_status"],
                                   statuses=" / ".join(ValidationStatus)) from None
        if "country_code" in out:
            out["country_code"] = str(out["country_code"]).strip().upper()
            if not is_country(out["country_code"]):
                raise ServiceError("bad_country", code=values["country_code"])
        return {k: v.strip() if isinstance(v, str) else v for k, v in out.items()}

    def update_assessment(self, assessment_id: int, expected_version: int | None = None, *,
                          means: Means | None = None, **values: Any) -> Change:
        """Change details of an assessment. With `expected_version` (AssessmentInfo.version when they were
        shown), details someone else saved meanwhile are not overwritten: EditConflict says who and when."""
        self._before_change()
        unknown = set(values) - set(ASSESSMENT_FIELDS)
        if unknown:
            raise ServiceError("unknown_fields", n=len(unknown), fields=", ".join(sorted(unknown)))
        values = self._check_assessment(values)
        try:
            version = self.repo.update_assessment(assessment_id, values, means or self.means,
                                                  expected_version=expected_version)
        except MissingRow:
            raise _no_assessment(assessment_id) from None
        except RowConflict as e:
            raise EditConflict(e) from None
        return Change(ChangeKind.ASSESSMENT_UPDATED, assessment_id, self.user, fields=tuple(sorted(values)),
                      version=version)

    def delete_assessment(self, assessment_id: int, *, means: Means | None = None) -> Change:
        self._before_change()
        try:
            self.repo.delete_assessment(assessment_id, means or self.means)
        except MissingRow:
            raise _no_assessment(assessment_id) from None
        return Change(ChangeKind.ASSESSMENT_DELETED, assessment_id, self.user)

    def info(self, assessment_id: int, lang: str = "en") -> AssessmentInfo:
        try:
            r = self.repo.assessment(assessment_id)
        except MissingRow:
            raise _no_assessment(assessment_id) from None
        return _info(r, lang)

    def opening(self, assessment_id: int, lang: str = "en") -> tuple[AssessmentInfo, dict[str, StoredAnswer],
                                                                      ScoreResult]:
        """What opening an assessment shows first (details, answers with their versions, scores), read in
        one transaction."""
        try:
            b = self.repo.bundle(assessment_id)
        except MissingRow:
            raise _no_assessment(assessment_id) from None
        result = score(self.questionnaire, {q: s.answer for q, s in b.answers.items()},
                       {q: w for q, (w, _) in b.weights.items()})
        return _info(b.record, lang), b.answers, result

    def record_questionnaire(self, assessment_id: int, version: str, content_hash: str) -> Change:
        """Record the questionnaire version the answers now stand against (after a wording-only change or
        an upgrade); see app/services/versions.py."""
        try:
            row_version = self.repo.update_assessment(
                assessment_id, {"questionnaire_version": version, "questionnaire_hash": content_hash}, Means.UPGRADE)
        except MissingRow:
            raise _no_assessment(assessment_id) from None
        return Change(ChangeKind.ASSESSMENT_UPDATED, assessment_id, self.user,
                      fields=("questionnaire_version", "questionnaire_hash"), version=row_version)

    def apply_upgrade(self, assessment_id: int, answers: dict[str, dict[str, Any]], renamed: dict[str, str],
                      dropped: list[str], record: dict[str, Any], *, means: Means = Means.UPGRADE) -> Change:
        """Store the outcome of a questionnaire upgrade (app/services/versions.py works it out)."""
        for qid, values in answers.items():
            self._check_answer_fields(qid, values)
        try:
            self.repo.upgrade(assessment_id, answers, renamed, dropped, record, means)
        except MissingRow:
            raise _no_assessment(assessment_id) from None
        return Change(ChangeKind.QUESTIONNAIRE_UPGRADED, assessment_id, self.user)

    def upgrades(self, assessment_id: int) -> list[dict[str, Any]]:
        return self.repo.upgrades(assessment_id)

    def questionnaire_changed(self, assessment_id: int) -> bool:
        """True when the questionnaire's content differs from the one the answers were given against."""
        i = self.info(assessment_id)
        return (i.questionnaire_id, i.questionnaire_hash) != (self.questionnaire.id, self.questionnaire.content_hash)

    # ---- answers ---------------------------------------------------------------------------------
    def answers(self, assessment_id: int) -> dict[str, Answer]:
        return {qid: s.answer for qid, s in self.stored_answers(assessment_id).items()}

    def stored_answers(self, assessment_id: int) -> dict[str, StoredAnswer]:
        """The answers with their row versions (to save them back safely) and who changed them last."""
        try:
            return self.repo.answers(assessment_id)
        except MissingRow:
            raise _no_assessment(assessment_id) from None

    def stored_answer(self, assessment_id: int, question_id: str) -> StoredAnswer | None:
        return self.repo.stored_answer(assessment_id, question_id)

    def set_answer(self, assessment_id: int, question_id: str, expected_version: int | None = None,
                   *, means: Means | None = None, **values: Any) -> Change:
        """Save some fields of one answer at once (value, na_reason, comment, legal_provision, ...).

        One statement, one commit: this runs on every click and (debounced) keystroke. With
        `expected_version` (the version the answer had when it was loaded; 0 when there was none), an
        answer someone else saved in the meantime is not overwritten: AnswerConflict carries theirs.
        """
        self._before_change()
        self._check_answer_fields(question_id, values)
        try:
            version = self.repo.save_answer(assessment_id, question_id, values, expected_version, means or self.means)
        except MissingRow:
            raise _no_assessment(assessment_id) from None
        return Change(ChangeKind.ANSWER, assessment_id, self.user, (question_id,), tuple(sorted(values)),
                      version=version)

    def _check_answer_fields(self, question_id: str, values: dict[str, Any]) -> None:
        unknown = set(values) - set(ANSWER_FIELDS)
        if unknown:
            raise ServiceError("unknown_fields", n=len(unknown), fields=", ".join(sorted(unknown)))
        if question_id not in self._question_ids:
            raise ServiceError("not_a_question", qid=question_id, questionnaire=self.questionnaire.id)
        for key, kind in (("value", AnswerValue), ("confidence", Confidence)):
            if values.get(key) is not None:
                values[key] = kind(values[key])
        for key in ("na_reason", "comment", "legal_provision", "evidence", "institution"):
            if key in values and values[key] is None:
                values[key] = ""
        values.update(storable_values(values))
        if "to_review" in values:
            values["to_review"] = bool(values["to_review"])
        elif "value" in values:
            values["to_review"] = False  # answering again is reviewing: the flag of an upgrade goes
        if "carried_over" in values:
            values["carried_over"] = bool(values["carried_over"])
        elif "value" in values:
            values["carried_over"] = False  # answering again confirms a carried-over answer

    def set_answers(self, assessment_id: int, answers: list[tuple[str, dict[str, Any]]], *,
                    means: Means | None = None, decisions: list[dict[str, Any]] | None = None) -> Change:
        """Several answers in one transaction: all are saved or none. An empty list writes nothing. With
        `decisions` (a workshop's adoption, app/services/contributions.py) the facilitator's decision notes
        are recorded in the same transaction."""
        self._before_change()
        for qid, values in answers:
            self._check_answer_fields(qid, values)
        try:
            if answers and decisions is not None:
                self.repo.adopt(assessment_id, answers, decisions, means or Means.MERGE)
            elif answers:
                self.repo.save_answers(assessment_id, answers, means or self.means)
        except MissingRow:
            raise _no_assessment(assessment_id) from None
        return Change(ChangeKind.ANSWERS_IMPORTED, assessment_id, self.user, tuple(q for q, _ in answers),
                      tuple(sorted({f for _, v in answers for f in v})))

    # ---- weights -------------------------------------------------------------------------------
    def weight_overrides(self, assessment_id: int) -> dict[str, float]:
        return {q: w for q, (w, _) in self.repo.weight_overrides(assessment_id).items()}

    def weight_reasons(self, assessment_id: int) -> dict[str, str]:
        return {q: r for q, (_, r) in self.repo.weight_overrides(assessment_id).items()}

    def set_weight(self, assessment_id: int, question_id: str, weight: float | None, reason: str = "", *,
                   means: Means | None = None) -> Change:
        """Override the questionnaire's weight of one question; None restores it."""
        self._before_change()
        self._check_answer_fields(question_id, {})
        if weight is not None and not weight > 0:
            raise ServiceError("weight_positive", weight=weight)
        if weight is not None and not weight <= MAX_WEIGHT:  # infinity too
            raise ServiceError("weight_too_high", weight=weight, max=f"{MAX_WEIGHT:g}")
        reason = storable_values({"reason": reason})["reason"]
        if weight is not None and not reason.strip():  # no silent score-tuning: every override says why
            raise ServiceError("weight_reason", id=question_id)
        try:
            self.repo.set_weight(assessment_id, question_id, None if weight is None else float(weight), reason.strip(),
                                 means or self.means)
        except MissingRow:
            raise _no_assessment(assessment_id) from None
        return Change(ChangeKind.WEIGHT, assessment_id, self.user, (question_id,))

    # ---- actions ---------------------------------------------------------------------------------
    def actions(self, assessment_id: int) -> list[ActionItem]:
        return self.repo.actions(assessment_id)

    def _check_action(self, values: dict[str, Any]) -> dict[str, Any]:
        unknown = set(values) - set(ACTION_FIELDS)
        if unknown:
            raise ServiceError("unknown_fields", n=len(unknown), fields=", ".join(sorted(unknown)))
        out = storable_values(values)
        if "priority" in out:
            out["priority"] = Priority(out["priority"])
        if "status" in out:
            out["status"] = ActionStatus(out["status"])
        if out.get("budget") is not None and float(out["budget"]) < 0:
            raise ServiceError("negative_budget")
        return out

    def add_action(self, assessment_id: int, question_id: str, *, means: Means | None = None,
                   **values: Any) -> Change:
        self._before_change()
        self._check_answer_fields(question_id, {})
        values = self._check_action(values)
        try:
            action_id = self.repo.add_action(assessment_id, question_id, values, means or self.means)
        except MissingRow:
            raise _no_assessment(assessment_id) from None
        return Change(ChangeKind.ACTION_ADDED, assessment_id, self.user, (question_id,), tuple(sorted(values)),
                      action_id)

    def update_action(self, action_id: int, expected_version: int | None = None, *,
                      means: Means | None = None, **values: Any) -> Change:
        """Change an action. With `expected_version` (ActionItem.version when it was shown), an action someone
        else changed or deleted meanwhile is left alone: EditConflict."""
        self._before_change()
        values = self._check_action(values)
        try:
            aid, qid, version = self.repo.update_action(action_id, values, means or self.means,
                                                        expected_version=expected_version)
        except MissingRow:
            raise ServiceError("no_action", id=action_id) from None
        except RowConflict as e:
            raise EditConflict(e) from None
        return Change(ChangeKind.ACTION_UPDATED, aid, self.user, (qid,), tuple(sorted(values)), action_id,
                      version=version)

    def delete_action(self, action_id: int, expected_version: int | None = None, *,
                      means: Means | None = None) -> Change:
        self._before_change()
        try:
            aid, qid = self.repo.delete_action(action_id, means or self.means, expected_version=expected_version)
        except MissingRow:
            raise ServiceError("no_action", id=action_id) from None
        except RowConflict as e:
            raise EditConflict(e, deleting=True) from None
        return Change(ChangeKind.ACTION_DELETED, aid, self.user, (qid,), action_id=action_id)

    # ---- results -----------------------------------------------------------------------------------
    def progress(self, assessment_id: int) -> Progress:
        """The one progress rule over the whole questionnaire, for one assessment."""
        return progress(self.questionnaire.questions(), self.answers(assessment_id))

    def score(self, assessment_id: int) -> ScoreResult:
        return self.opening(assessment_id)[2]

    def report_data(self, assessment_id: int, lang: str = "en") -> ReportData:
        answers = self.answers(assessment_id)
        known = {q.id for q in self.questionnaire.questions()}
        info = self.info(assessment_id, lang)
        base_title, base_date = "", None
        if info.baseline_id is not None:  # a follow-up: its baseline named in the report
            try:
                base = self.repo.assessment(info.baseline_id)
                base_title, base_date = base.title, base.assessment_date
            except MissingRow:
                pass
        return ReportData(
            lang=lang, assessment=info, questionnaire=self.questionnaire,
            answers={k: v for k, v in answers.items() if k in known},
            result=score(self.questionnaire, answers, self.weight_overrides(assessment_id)),
            actions=tuple(self.actions(assessment_id)), weight_reasons=self.weight_reasons(assessment_id),
            app_version=__version__, generated_at=_now(), baseline_title=base_title, baseline_date=base_date,
        )


def _info(r: Any, lang: str) -> AssessmentInfo:
    return AssessmentInfo(
        id=r.id, title=r.title, country_code=r.country_code, country_name=country_name(r.country_code, lang),
        assessment_date=r.assessment_date, organisation=r.organisation, assessors=r.assessors,
        confidentiality=r.confidentiality, questionnaire_id=r.questionnaire_id,
        validation_status=r.validation_status, validated_by=r.validated_by, validated_on=r.validated_on,
        institutions=r.institutions, process=r.process, executive_summary=r.executive_summary,
        limitations=r.limitations, baseline_id=r.baseline_id,
        questionnaire_version=r.questionnaire_version, questionnaire_hash=r.questionnaire_hash, version=r.version,
    )


def _now() -> datetime:
    return now()


def answer_dict(a: Answer) -> dict[str, Any]:
    return {f.name: getattr(a, f.name) for f in fields(a) if f.name != "question_id"}
