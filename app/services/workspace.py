"""The one write path: every change to an assessment goes through a Workspace method that commits
and returns a Change describing it. The interface and the command line both use it.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table, bindparam, delete, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError

from app import __version__, paths
from app.domain.answers import Answer, AnswerValue, Confidence
from app.domain.progress import Progress, progress
from app.domain.questionnaire import Questionnaire
from app.domain.report import ActionItem, ActionStatus, AssessmentInfo, Priority, ReportData
from app.domain.scoring import ScoreResult, WeightError, score
from app.storage import Database, open_database
from app.storage.models import ActionRow, AnswerRow, AssessmentRow, WeightOverrideRow

from . import catalog
from .countries import country_name, is_country

ANSWER_FIELDS = ("value", "na_reason", "comment", "legal_provision", "evidence", "confidence")
ASSESSMENT_FIELDS = ("title", "country_code", "assessment_date", "organisation", "assessors", "confidentiality")
ACTION_FIELDS = ("description", "lead", "partners", "deadline", "budget", "currency", "priority", "status")


class ServiceError(ValueError):
    """Input the services refuse; the message says what is wrong and how to fix it."""


@dataclass(frozen=True)
class Change:
    kind: str  # "assessment", "answer", "weights", "action", "deleted", "import"
    assessment_id: int
    question_id: str | None = None
    action_id: int | None = None


@dataclass(frozen=True)
class AssessmentSummary:
    id: int
    title: str
    country_code: str
    assessment_date: date | None
    organisation: str
    progress: Progress  # the one progress rule over the questionnaire's questions
    updated_at: datetime

    @property
    def answered(self) -> int:
        return self.progress.answered


_ANSWERS = cast(Table, AnswerRow.__table__)
_ASSESSMENTS = cast(Table, AssessmentRow.__table__)
_BLANK_ANSWER: dict[str, Any] = {"value": None, "na_reason": "", "comment": "", "legal_provision": "",
                                 "evidence": "", "confidence": None}
_TOUCH = (update(_ASSESSMENTS).where(_ASSESSMENTS.c.id == bindparam("aid"))
          .values(updated_at=bindparam("now")))


@cache
def _upsert_statement(fields: tuple[str, ...]) -> Any:
    """INSERT ... ON CONFLICT DO UPDATE of the given fields; built once per set of fields and cached."""
    columns = ("assessment_id", "question_id", "updated_at", *_BLANK_ANSWER)
    ins = sqlite_insert(_ANSWERS).values({c: bindparam(c) for c in columns})
    return ins.on_conflict_do_update(index_elements=["assessment_id", "question_id"],
                                     set_={f: ins.excluded[f] for f in (*fields, "updated_at")})


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


def answer_from_row(r: AnswerRow) -> Answer:
    return Answer(
        question_id=r.question_id,
        value=AnswerValue(r.value) if r.value else None,
        na_reason=r.na_reason, comment=r.comment, legal_provision=r.legal_provision, evidence=r.evidence,
        confidence=Confidence(r.confidence) if r.confidence else None,
    )


class Workspace:
    """The assessments in one database file, and the questionnaire they are answered against."""

    def __init__(self, db: Database, questionnaire: Questionnaire):
        self.db = db
        self.questionnaire = questionnaire
        self._question_ids = frozenset(q.id for q in questionnaire.questions())

    @classmethod
    def open(cls, db_path: Path | None = None, questionnaire: Questionnaire | None = None) -> Workspace:
        if questionnaire is None:
            loaded = catalog.default()
            if loaded.questionnaire is None:
                raise ServiceError("the questionnaire has errors:\n" + "\n".join(str(p) for p in loaded.errors))
            questionnaire = loaded.questionnaire
        return cls(open_database(db_path or paths.database_path(), paths.backups_dir()), questionnaire)

    def close(self) -> None:
        self.db.close()

    # ---- assessments ---------------------------------------------------------------------------

    def list_assessments(self) -> list[AssessmentSummary]:
        questions = [q.id for q in self.questionnaire.questions()]
        with self.db.session() as s:
            answers: dict[int, dict[str, Answer]] = {}
            last: dict[int, datetime] = {}
            for aid, qid, value, na_reason, updated in s.execute(
                    select(AnswerRow.assessment_id, AnswerRow.question_id, AnswerRow.value, AnswerRow.na_reason,
                           AnswerRow.updated_at)).all():
                answers.setdefault(aid, {})[qid] = Answer(qid, AnswerValue(value) if value else None, na_reason)
                last[aid] = max(last.get(aid, updated), updated)
            out = []
            for r in s.scalars(select(AssessmentRow)):
                lu = last.get(r.id)
                out.append(AssessmentSummary(r.id, r.title, r.country_code, r.assessment_date, r.organisation,
                                             progress(questions, answers.get(r.id, {})),
                                             max(r.updated_at, lu) if lu else r.updated_at))
            return sorted(out, key=lambda a: (a.updated_at, a.id), reverse=True)

    def create_assessment(self, title: str, country_code: str, assessment_date: date | None = None,
                          organisation: str = "", assessors: str = "", confidentiality: str = "") -> int:
        values = self._check_assessment({"title": title, "country_code": country_code})
        now = _now()
        row = AssessmentRow(
            title=values["title"], country_code=values["country_code"], assessment_date=assessment_date,
            organisation=organisation.strip(), assessors=assessors.strip(), confidentiality=confidentiality.strip(),
            questionnaire_id=self.questionnaire.id, questionnaire_version=self.questionnaire.version,
            questionnaire_hash=self.questionnaire.content_hash, created_at=now, updated_at=now,
        )
        with self.db.session() as s:
            s.add(row)
            s.flush()
            return row.id

    def _check_assessment(self, values: dict[str, Any]) -> dict[str, Any]:
        out = dict(values)
        if "title" in out:
            out["title"] = str(out["title"]).strip()
            if not out["title"]:
                raise ServiceError("the title is empty: give the assessment a title")
        if "country_code" in out:
            out["country_code"] = str(out["country_code"]).strip().upper()
            if not is_country(out["country_code"]):
                raise ServiceError(f"'{values['country_code']}' is not an ISO 3166 country code such as MA or KE")
        return out

    def update_assessment(self, assessment_id: int, **values: Any) -> Change:
        unknown = set(values) - set(ASSESSMENT_FIELDS)
        if unknown:
            raise ServiceError(f"unknown field(s): {', '.join(sorted(unknown))}")
        values = self._check_assessment(values)
        with self.db.session() as s:
            row = self._row(s, assessment_id)
            for k, v in values.items():
                setattr(row, k, v.strip() if isinstance(v, str) and k != "title" else v)
            row.updated_at = _now()
        return Change("assessment", assessment_id)

    def delete_assessment(self, assessment_id: int) -> Change:
        with self.db.session() as s:
            s.delete(self._row(s, assessment_id))
        return Change("deleted", assessment_id)

    def _row(self, s: Any, assessment_id: int) -> AssessmentRow:
        row = s.get(AssessmentRow, assessment_id)
        if row is None:
            raise ServiceError(f"there is no assessment {assessment_id}; 'list' shows the ones there are")
        return row  # type: ignore[no-any-return]

    def info(self, assessment_id: int, lang: str = "en") -> AssessmentInfo:
        with self.db.session() as s:
            r = self._row(s, assessment_id)
            return AssessmentInfo(
                id=r.id, title=r.title, country_code=r.country_code, country_name=country_name(r.country_code, lang),
                assessment_date=r.assessment_date, organisation=r.organisation, assessors=r.assessors,
                confidentiality=r.confidentiality, questionnaire_id=r.questionnaire_id,
                questionnaire_version=r.questionnaire_version, questionnaire_hash=r.questionnaire_hash,
            )

    def questionnaire_changed(self, assessment_id: int) -> bool:
        """True when the questionnaire's content differs from the one the answers were given against."""
        i = self.info(assessment_id)
        return (i.questionnaire_id, i.questionnaire_hash) != (self.questionnaire.id, self.questionnaire.content_hash)

    # ---- answers ---------------------------------------------------------------------------------

    def answers(self, assessment_id: int) -> dict[str, Answer]:
        with self.db.session() as s:
            self._row(s, assessment_id)
            rows = s.scalars(select(AnswerRow).where(AnswerRow.assessment_id == assessment_id))
            return {r.question_id: answer_from_row(r) for r in rows}

    def set_answer(self, assessment_id: int, question_id: str, **values: Any) -> Change:
        """Save some fields of one answer at once (value, na_reason, comment, legal_provision, ...).

        One statement, one commit: this runs on every click and (debounced) keystroke.
        """
        self._check_answer_fields(question_id, values)
        try:
            with self.db.connection() as con:
                self._upsert_answer(con, assessment_id, question_id, values)
        except IntegrityError:
            raise ServiceError(f"there is no assessment {assessment_id}; 'list' shows the ones there are") from None
        return Change("answer", assessment_id, question_id)

    def _check_answer_fields(self, question_id: str, values: dict[str, Any]) -> None:
        unknown = set(values) - set(ANSWER_FIELDS)
        if unknown:
            raise ServiceError(f"unknown answer field(s): {', '.join(sorted(unknown))}")
        if question_id not in self._question_ids:
            raise ServiceError(f"'{question_id}' is not a question of {self.questionnaire.id}")
        for key, kind in (("value", AnswerValue), ("confidence", Confidence)):
            if values.get(key) is not None:
                values[key] = kind(values[key]).value
        for key in ("na_reason", "comment", "legal_provision", "evidence"):
            if key in values and values[key] is None:
                values[key] = ""

    def _touch(self, con: Any, assessment_id: int) -> None:
        """Mark the assessment as changed; refuse an assessment that does not exist."""
        done = con.execute(_TOUCH, {"aid": assessment_id, "now": _now()})
        if done.rowcount != 1:
            raise ServiceError(f"there is no assessment {assessment_id}; 'list' shows the ones there are")

    def _upsert_answer(self, con: Any, assessment_id: int, question_id: str, values: dict[str, Any]) -> None:
        row = {**_BLANK_ANSWER, **values, "assessment_id": assessment_id, "question_id": question_id,
               "updated_at": _now()}
        con.execute(_upsert_statement(tuple(sorted(values))), row)

    def set_answers(self, assessment_id: int, answers: list[tuple[str, dict[str, Any]]]) -> Change:
        """Several answers in one transaction: all are saved or none."""
        for qid, values in answers:
            self._check_answer_fields(qid, values)
        with self.db.connection() as con:
            self._touch(con, assessment_id)
            for qid, values in answers:
                self._upsert_answer(con, assessment_id, qid, values)
        return Change("import", assessment_id)

    # ---- weights -------------------------------------------------------------------------------

    def weight_overrides(self, assessment_id: int) -> dict[str, float]:
        with self.db.session() as s:
            rows = s.scalars(select(WeightOverrideRow).where(WeightOverrideRow.assessment_id == assessment_id))
            return {r.question_id: r.weight for r in rows}

    def weight_reasons(self, assessment_id: int) -> dict[str, str]:
        with self.db.session() as s:
            rows = s.scalars(select(WeightOverrideRow).where(WeightOverrideRow.assessment_id == assessment_id))
            return {r.question_id: r.reason for r in rows}

    def set_weight(self, assessment_id: int, question_id: str, weight: float | None, reason: str = "") -> Change:
        """Override the questionnaire's weight of one question; None restores it."""
        self._check_answer_fields(question_id, {})
        if weight is not None and not weight > 0:
            raise WeightError(f"weight must be greater than zero, not {weight}")
        with self.db.session() as s:
            self._row(s, assessment_id).updated_at = _now()
            s.execute(delete(WeightOverrideRow).where(WeightOverrideRow.assessment_id == assessment_id,
                                                      WeightOverrideRow.question_id == question_id))
            if weight is not None:
                s.add(WeightOverrideRow(assessment_id=assessment_id, question_id=question_id, weight=float(weight),
                                        reason=reason.strip()))
        return Change("weights", assessment_id, question_id)

    # ---- actions ---------------------------------------------------------------------------------

    def actions(self, assessment_id: int) -> list[ActionItem]:
        with self.db.session() as s:
            rows = s.scalars(select(ActionRow).where(ActionRow.assessment_id == assessment_id).order_by(ActionRow.id))
            return [ActionItem(r.id, r.question_id, r.description, r.lead, r.partners, r.deadline, r.budget,
                               r.currency, Priority(r.priority), ActionStatus(r.status)) for r in rows]

    def _check_action(self, values: dict[str, Any]) -> dict[str, Any]:
        unknown = set(values) - set(ACTION_FIELDS)
        if unknown:
            raise ServiceError(f"unknown action field(s): {', '.join(sorted(unknown))}")
        out = dict(values)
        if "priority" in out:
            out["priority"] = Priority(out["priority"]).value
        if "status" in out:
            out["status"] = ActionStatus(out["status"]).value
        if out.get("budget") is not None and float(out["budget"]) < 0:
            raise ServiceError("the budget cannot be negative")
        return out

    def add_action(self, assessment_id: int, question_id: str, **values: Any) -> Change:
        self._check_answer_fields(question_id, {})
        values = self._check_action(values)
        now = _now()
        with self.db.session() as s:
            self._row(s, assessment_id).updated_at = now
            row = ActionRow(assessment_id=assessment_id, question_id=question_id, created_at=now, updated_at=now,
                            **{k: values.get(k, d) for k, d in (("description", ""), ("lead", ""), ("partners", ""),
                               ("deadline", None), ("budget", None), ("currency", ""), ("priority", "medium"),
                               ("status", "planned"))})
            s.add(row)
            s.flush()
            return Change("action", assessment_id, question_id, row.id)

    def update_action(self, action_id: int, **values: Any) -> Change:
        values = self._check_action(values)
        with self.db.session() as s:
            row = s.get(ActionRow, action_id)
            if row is None:
                raise ServiceError(f"there is no action {action_id}")
            for k, v in values.items():
                setattr(row, k, v)
            row.updated_at = _now()
            self._row(s, row.assessment_id).updated_at = row.updated_at
            return Change("action", row.assessment_id, row.question_id, action_id)

    def delete_action(self, action_id: int) -> Change:
        with self.db.session() as s:
            row = s.get(ActionRow, action_id)
            if row is None:
                raise ServiceError(f"there is no action {action_id}")
            change = Change("action", row.assessment_id, row.question_id, action_id)
            s.delete(row)
            return change

    # ---- results -----------------------------------------------------------------------------------

    def progress(self, assessment_id: int) -> Progress:
        """The one progress rule over the whole questionnaire, for one assessment."""
        return progress(self.questionnaire.questions(), self.answers(assessment_id))

    def score(self, assessment_id: int) -> ScoreResult:
        return score(self.questionnaire, self.answers(assessment_id), self.weight_overrides(assessment_id))

    def report_data(self, assessment_id: int, lang: str = "en") -> ReportData:
        answers = self.answers(assessment_id)
        known = {q.id for q in self.questionnaire.questions()}
        return ReportData(
            lang=lang, assessment=self.info(assessment_id, lang), questionnaire=self.questionnaire,
            answers={k: v for k, v in answers.items() if k in known},
            result=score(self.questionnaire, answers, self.weight_overrides(assessment_id)),
            actions=tuple(self.actions(assessment_id)), weight_reasons=self.weight_reasons(assessment_id),
            app_version=__version__, generated_at=_now(),
        )


def answer_dict(a: Answer) -> dict[str, Any]:
    return {f.name: getattr(a, f.name) for f in fields(a) if f.name != "question_id"}
