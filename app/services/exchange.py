"""Sharing and receiving exchange files (.opsc) and group answer templates: how an assessment travels
between the laptops of a workshop (issue 11). The file format is app/export/exchange_file.py.

API (stable; the window and the command line both use it):

    share(ws, assessment_id, out, by=None, sections=None, passphrase=None) -> Shared
    is_protected(path) -> bool                      # ask for a passphrase before receive()
    read_exchange(ws, path, passphrase=None) -> ExchangeFile      # checked, nothing written
    check_file(ws, path, by=None, passphrase=None, into=None, institution="") -> ExchangeFile | TemplateFile
    receive(ws, path, by=None, passphrase=None, into=None, institution="") -> Received   # raises its refusal
    receive_files(ws, paths, by=None, passphrase=None, into=None, institution="") -> list[Received | Refusal]
    store(ws, checked_files, by=None) -> list[Received | Refusal]   # one backup, one transaction, a savepoint
                                                                    # per file: each file stands on its own
    receive_template(ws, assessment_id, path, by, institution="") -> Received   # a template filled by a group

`by` names the group that filled an Excel answer template. An exchange file carries its own author
(`written_by`): `by` is used for it only when the file names nobody, so one name given for a batch of
files never becomes every file's author.

Receiving a file whose assessment (by its global uid) is not here adds the assessment ("added");
otherwise the file becomes a contribution of its sender ("contribution", or "replaced" when it
supersedes that sender's earlier one: app/storage/workshop.py same_sender, by the id of the received
hand-out copy the file was shared from, else the sending database's id, and the name). The assessment's own answers (the facilitator's consensus) are
never written by receiving. A file not newer than the author's contribution held is refused
("exchange_not_newer"). Every refusal is ExchangeRefused (a FileRefused: one Problem with a message
key of app/services/messages.py) or a ServiceError, and changes nothing. Several files received together
are independent: a refused one leaves nothing of itself and the others are received (receive_files).
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import math
import os
import re
import uuid
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from app import __version__
from app.domain.answers import AnswerValue, Confidence
from app.domain.report import (
    DEFAULT_PRIORITY,
    DEFAULT_STATUS,
    DEFAULT_VALIDATION,
    ActionStatus,
    Priority,
    ValidationStatus,
)
from app.domain.times import local_text
from app.export import exchange_file as xf
from app.storage.repository import ACTION_FIELDS, ASSESSMENT_FIELDS, MissingRow
from app.storage.workshop import CONTRIBUTION_ANSWER_FIELDS, ContributionExists, same_author

from .countries import is_country
from .messages import Count, FileRefused, Problem, shown
from .workspace import MAX_WEIGHT, ServiceError, Workspace

log = logging.getLogger(__name__)

MAX_TEXT = 100_000  # characters in one text field (as the answers importer)
MIN_PASSPHRASE = xf.MIN_PASSPHRASE  # the shortest passphrase share() protects a file with
Outcome = Literal["added", "contribution", "replaced"]


class ExchangeRefused(FileRefused):
    """An exchange file (or template) was refused; nothing was changed. `key` is the first problem's key."""

    @property
    def key(self) -> str:
        return self.items[0].key if self.items else ""


def _refused(path: Path | str, key: str, **values: object) -> ExchangeRefused:
    return ExchangeRefused([Problem(Path(path).name, key, values=values)])


# ---- the documents inside a file (pydantic checks every field's type and size) --------------------

_Text = Field(default="", max_length=MAX_TEXT)


class _Doc(BaseModel):
    model_config = ConfigDict(extra="ignore", strict=True, frozen=True)


class QuestionnaireRef(_Doc):
    id: str = Field(max_length=200)
    version: str = Field(max_length=50)
    content_hash: str = Field(max_length=200)
    meaning_hash: str = Field(default="", max_length=200)


class Manifest(_Doc):
    format_version: int
    app_version: str = Field(default="", max_length=50)
    assessment_uid: str = Field(min_length=8, max_length=64)
    questionnaire: QuestionnaireRef
    written_by: str = Field(default="", max_length=200)
    institution: str = Field(default="", max_length=500)
    written_at: datetime = Field(strict=False)
    sections: list[str] | None = Field(default=None, max_length=500)
    # format 2: True when written from the assessment as it was created on the writer's database (the
    # facilitator's hand-out), False from a copy received there; None in a format 1 file (not known)
    original: bool | None = None
    # the uid of the assessment this one is a follow-up of (optional, any format version: older readers ignore
    # it, older files lack it); the receiving database links the two when it holds that baseline
    baseline_uid: str | None = Field(default=None, min_length=8, max_length=64)
    # the hand-out's own id: in a hand-out, its id; in a file shared back, the id of the hand-out it answers
    # (None: a file of an earlier version, or a copy received from a file without one)
    handout: str | None = Field(default=None, max_length=64)
    # who sent it (optional, any format version: older readers ignore them, older files lack them): the id of
    # the database it was written from, and whether `written_by` was that laptop's default name (shared without
    # --by). The receiver tells senders apart by them (app/storage/workshop.py same_sender)
    sender_database: str | None = Field(default=None, min_length=8, max_length=64)
    default_name: bool | None = None
    # the random id of the received hand-out copy the file was shared back from (optional, any format version):
    # minted when that copy was received, so laptops cloned from one image before the hand-out differ
    sender: str | None = Field(default=None, min_length=8, max_length=64)


class AnswerDoc(_Doc):
    value: AnswerValue | None = Field(default=None, strict=False)
    na_reason: str = _Text
    comment: str = _Text
    legal_provision: str = _Text
    evidence: str = _Text
    confidence: Confidence | None = Field(default=None, strict=False)
    institution: str = _Text
    to_review: bool = False
    # format 2: the answer as the hand-out carried it, not changed on the writer's laptop since: the
    # facilitator's, not the group's own, so it is no part of the group's contribution
    handed_out: bool = False
    # a follow-up's answer copied from the previous review and not yet confirmed ("carried over — to
    # confirm"); optional in any format version: files without it read every answer as confirmed
    carried_over: bool = False


class ActionDoc(_Doc):
    question_id: str = Field(max_length=200)
    description: str = _Text
    lead: str = _Text
    partners: str = _Text
    deadline: date | None = Field(default=None, strict=False)
    budget: float | None = Field(default=None, strict=False, ge=0, allow_inf_nan=False)
    currency: str = Field(default="", max_length=10)
    priority: Priority = Field(default=DEFAULT_PRIORITY, strict=False)
    status: ActionStatus = Field(default=DEFAULT_STATUS, strict=False)


class WeightDoc(_Doc):
    weight: float = Field(gt=0, le=MAX_WEIGHT, strict=False, allow_inf_nan=False)  # the window's bounds
    reason: str = Field(min_length=1, max_length=MAX_TEXT)


class Details(_Doc):
    title: str = Field(min_length=1, max_length=1000)
    country_code: str = Field(min_length=2, max_length=2)
    assessment_date: date | None = Field(default=None, strict=False)
    organisation: str = _Text
    assessors: str = _Text
    confidentiality: str = _Text
    validation_status: ValidationStatus = Field(default=DEFAULT_VALIDATION, strict=False)
    validated_by: str = _Text
    validated_on: date | None = Field(default=None, strict=False)
    institutions: str = _Text
    process: str = _Text
    executive_summary: str = _Text
    limitations: str = _Text


class Payload(_Doc):
    details: Details
    answers: dict[str, AnswerDoc] = Field(default_factory=dict, max_length=10_000)
    actions: list[ActionDoc] = Field(default_factory=list, max_length=10_000)
    weights: dict[str, WeightDoc] = Field(default_factory=dict, max_length=10_000)


@dataclass(frozen=True)
class ExchangeFile:
    """A checked exchange file, not yet received."""

    path: Path
    manifest: Manifest
    payload: Payload
    protected: bool

    @property
    def uid(self) -> str:
        return self.manifest.assessment_uid

    @property
    def by(self) -> str:
        return self.manifest.written_by

    @property
    def baseline_uid(self) -> str | None:
        return self.manifest.baseline_uid


@dataclass(frozen=True)
class Shared:
    path: Path
    assessment_uid: str
    answers: int
    sections: tuple[str, ...]  # empty: the whole questionnaire
    protected: bool
    as_handed_out: bool = False  # no sections asked for: those this laptop was handed out (a group's copy)
    # answered questions outside the sections sent (a template offers every question): not in the file
    left_out: tuple[str, ...] = ()


@dataclass(frozen=True)
class Received:
    source: str  # the file's name
    assessment_id: int
    outcome: Outcome
    by: str = ""
    contribution_id: int | None = None
    replaced: int | None = None  # the contribution it superseded
    answers: int = 0
    sections: tuple[str, ...] = field(default_factory=tuple)
    # a contribution whose file gives the assessment another title than the one held: (the file's, held)
    other_title: tuple[str, str] | None = None
    valued: int = 0  # the contribution's answers that give an answer value
    # the file's hand-out marks checked against the hand-out recorded here (docs/file-formats.md):
    unmarked: int = 0  # answers marked handed out that differ from what was handed out: counted as the group's
    claimed: int = 0  # answers marked as the group's that are exactly what was handed out (counted as theirs)
    # another sender's contribution in force has this name (two laptops with one login): both are kept, shown
    # "root", "root (2)"; the line suggests --by or Settings
    name_shared: bool = False
    shown_as: str = ""  # the exact name this contribution is shown under ("root (2)"; `by` is its author)
    replaced_name: str = ""  # the exact name the contribution it replaced is shown under ("root (2)")
    # questions the replaced contribution answered (its own answers) that this newer file does not: the
    # earlier one stays in the history; said, as a newer file from the same sender should hold them too
    dropped: tuple[str, ...] = ()
    # it replaced a contribution under the same name, and neither file names its sender (files from a version
    # before schema 16): two different groups on two "root" laptops cannot be told apart; said, with a hint
    legacy_replaced: bool = False

    @property
    def empty(self) -> bool:
        """A contribution that brings no answer of its own: every answer in it was left as the hand-out (or
        the template) carried it, or blank; received and shown, but said plainly."""
        return self.outcome != "added" and self.valued == 0


# ---- sharing ----------------------------------------------------------------------------------------

def _sections(ws: Workspace, sections: list[str] | tuple[str, ...] | None) -> tuple[str, ...]:
    if not sections:
        return ()
    known = [s.id for s in ws.questionnaire.sections]
    chapters = {s.chapter for s in ws.questionnaire.sections}
    out: list[str] = []
    for wanted in (s.strip() for s in sections if s.strip()):
        if wanted in known:
            out.append(wanted)
        elif wanted in chapters:  # "V" names the chapter: all its sections
            out += [s.id for s in ws.questionnaire.sections_of(wanted)]
        else:
            raise ServiceError("exchange_unknown_section", section=shown(wanted), known=", ".join(known))
    return tuple(dict.fromkeys(out))


def handed_sections(ws: Workspace, assessment_id: int) -> tuple[str, ...]:
    """The sections this laptop was handed for an assessment it received (a group's copy limited with
    --sections); empty when it was handed the whole questionnaire, created here, or received before the
    hand-outs were recorded (schema 13)."""
    got = ws.repo.handouts(assessment_id, "received")
    known = {s.id for s in ws.questionnaire.sections}
    return tuple(x for x in got[-1].sections if x in known) if got else ()


def answered_outside(ws: Workspace, assessment_id: int, sections: tuple[str, ...]) -> tuple[str, ...]:
    """The questions answered (a value or a comment) outside `sections` (empty: none is outside), in order:
    what a file limited to those sections leaves behind."""
    if not sections:
        return ()
    inside = {q.id for s in ws.questionnaire.sections if s.id in sections for q in s.questions}
    return tuple(qid for qid, st in sorted(ws.repo.bundle(assessment_id).answers.items())
                 if qid not in inside and (st.answer.value is not None or st.answer.comment))


def share(ws: Workspace, assessment_id: int, out: Path, by: str | None = None,
          sections: list[str] | tuple[str, ...] | None = None, passphrase: str | None = None,
          institution: str = "", lang: str = "en") -> Shared:
    """Write the assessment (or only some sections of it) to an exchange file, protected when a
    passphrase is given. Refuses an unknown assessment or section before writing anything. A file that
    cannot be written (a full disk, a read-only folder) raises ExportError in `lang`. `sections` None: the
    sections this laptop was handed out (all when it was handed everything, or created it here); an empty
    list: every section."""
    from app.export.atomic import write_atomically

    try:
        b = ws.repo.bundle(assessment_id)
    except MissingRow:
        raise ServiceError("no_assessment", id=assessment_id) from None
    defaulted = sections is None and bool(handed_sections(ws, assessment_id))
    chosen = handed_sections(ws, assessment_id) if defaulted else _sections(ws, sections)
    questions = {q.id for s in ws.questionnaire.sections if not chosen or s.id in chosen for q in s.questions}
    q = ws.questionnaire
    r = b.record
    baseline = ws.repo.handout_baseline(assessment_id)  # None: created here, every answer is ours
    if baseline is None:  # a hand-out: its own id, recorded below with what it carried
        handout: str | None = str(uuid.uuid4())
    received = ws.repo.handouts(assessment_id, "received") if baseline is not None else []
    if baseline is not None:  # a copy shared back: the id of the hand-out it answers, when that one had one
        handout = received[-1].uid if received and received[-1].uid else None
    written_at = datetime.now(UTC)
    given = (by or "").strip()
    manifest = {"app_version": __version__, "assessment_uid": r.uid, "written_by": (given or ws.author).strip(),
                "institution": institution.strip(), "written_at": written_at.isoformat(),
                "sections": list(chosen) or None, "original": baseline is None, "handout": handout,
                # this database's own id, and whether the name is its default (no --by, or --by its own name)
                "sender_database": ws.repo.database_uid() or None,
                # the id of the hand-out copy received here (schema 18): kept by every file shared back from it
                "sender": received[-1].sender_id or None if received else None,
                "default_name": not given or same_author(given, ws.author),
                "questionnaire": {"id": q.id, "version": q.version, "content_hash": q.content_hash,
                                  "meaning_hash": q.meaning_hash}}
    if r.baseline_id is not None:  # a follow-up: its baseline's global id, so the link survives the trip
        manifest["baseline_uid"] = ws.repo.assessment(r.baseline_id).uid
    elif r.baseline_uid:  # received before its baseline, which this database does not hold (yet): passed on
        manifest["baseline_uid"] = r.baseline_uid
    details = {f: _plain(getattr(r, f)) for f in ASSESSMENT_FIELDS}
    answers = {qid: {**{f: _plain(getattr(s.answer, f)) for f in (*CONTRIBUTION_ANSWER_FIELDS, "to_review")},
                     "handed_out": baseline is not None and _as_handed_out(s.answer, baseline.get(qid)),
                     "carried_over": bool(s.answer.carried_over)}
               for qid, s in sorted(b.answers.items()) if qid in questions}
    actions = [{"question_id": a.question_id, **{f: _plain(getattr(a, f)) for f in ACTION_FIELDS}}
               for a in ws.actions(assessment_id) if a.question_id in questions]
    weights = {qid: {"weight": w, "reason": why} for qid, (w, why) in sorted(b.weights.items()) if qid in questions}
    # text stored before the window applied the exchange rule (a comment pasted with U+202B or a vertical
    # tab) is written as it is stored from now on: cleaned, so that every receiver accepts the file
    details, answers, actions, weights, manifest = _storable(details, answers, actions, weights, manifest)
    data = xf.pack(manifest, {"details": details, "answers": answers, "actions": actions, "weights": weights})
    if passphrase is not None:
        try:
            data = xf.protect(data, passphrase)
        except xf.ExchangeFileError as e:  # empty or too short: said in the user's language, nothing written
            raise ServiceError(e.key, **e.values) from None

    def write(tmp: Path) -> None:
        tmp.write_bytes(data)

    if baseline is None and handout is not None and ws.read_only is None:
        # recorded before the file exists: a hand-out out there is always known here (an unused record
        # of a file that failed to be written is harmless)
        ws.repo.add_handout(assessment_id, handout, "shared", chosen,
                            {qid: fingerprint(a) for qid, a in answers.items()}, utc_naive(written_at))
    path = write_atomically(out, write, lang)
    log.info("shared assessment %s (%d answers, sections %s, protected %s) to %s", assessment_id, len(answers),
             ",".join(chosen) or "all", passphrase is not None, path.name)
    left_out = tuple(qid for qid, st in sorted(b.answers.items()) if qid not in questions
                     and (st.answer.value is not None or st.answer.comment)) if defaulted else ()
    return Shared(path, r.uid, len(answers), chosen, passphrase is not None, defaulted, left_out)


def _storable(details: dict[str, Any], answers: dict[str, dict[str, Any]], actions: list[dict[str, Any]],
              weights: dict[str, dict[str, Any]], manifest: dict[str, Any]) -> tuple[
                  dict[str, Any], dict[str, dict[str, Any]], list[dict[str, Any]], dict[str, dict[str, Any]],
                  dict[str, Any]]:
    """The documents of a file to write with every text as the reader accepts it (storable_values: the
    window's rule on saving); logs how many texts had to be cleaned (never the text)."""
    from .imports import storable
    from .workspace import storable_values

    out = (storable_values(details), {q: storable_values(a) for q, a in answers.items()},
           [storable_values(a) for a in actions], {q: storable_values(w) for q, w in weights.items()},
           {**manifest, **{k: storable(manifest[k], False) for k in ("written_by", "institution")}})
    before = [details, *answers.values(), *actions, *weights.values(), manifest]
    after = [out[0], *out[1].values(), *out[2], *out[3].values(), out[4]]
    cleaned = sum(1 for b, a in zip(before, after, strict=True) for k in b if b[k] != a[k])
    if cleaned:
        log.warning("share: %d stored text(s) held control characters a receiver refuses; written without them",
                    cleaned)
    return out


_OWN_FIELDS = ("value", "na_reason", "comment", "legal_provision", "evidence", "confidence")


def fingerprint(answer: Any) -> str:
    """What a group's `handed_out` mark is checked against: the first 16 hex digits of SHA-256 over the
    answer's own fields (answer, reason, comment, legal provision, evidence, confidence; blank as null), from
    a dict as written in a file or an object with those attributes."""
    get = answer.get if isinstance(answer, dict) else (lambda f: getattr(answer, f))
    fields = [_plain(get(f)) or None for f in _OWN_FIELDS]
    return hashlib.sha256(json.dumps(fields, ensure_ascii=False).encode()).hexdigest()[:16]


def utc_naive(when: datetime) -> datetime:
    return when.astimezone(UTC).replace(tzinfo=None)


def _as_handed_out(answer: Any, handed: dict[str, Any] | None) -> bool:
    """True when an answer is still what the hand-out carried (the baseline its audit trail starts with):
    the group did not answer it, whatever the value says."""
    if handed is None:
        return False
    return all((_plain(getattr(answer, f)) or None) == (handed.get(f) or None) for f in _OWN_FIELDS)


def _plain(v: Any) -> Any:
    """A value as JSON writes it: enums by their code, dates in ISO 8601."""
    if isinstance(v, date):
        return v.isoformat()
    if hasattr(v, "value") and isinstance(getattr(v, "value", None), str):
        return v.value
    return v


# ---- reading ------------------------------------------------------------------------------------------

def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > xf.MAX_FILE_BYTES:
            raise _refused(path, "exchange_too_big", size=f"{size / 2**20:.1f}", limit=xf.MAX_FILE_BYTES // 2**20)
        return path.read_bytes()
    except FileNotFoundError:
        raise _refused(path, "not_found") from None
    except IsADirectoryError:
        raise _refused(path, "exchange_not_ours") from None
    except OSError as e:
        raise _refused(path, "unreadable", reason=e.strerror or type(e).__name__) from None


def is_protected(path: Path) -> bool:
    """True when the file is a passphrase-protected exchange file (ask for the passphrase first)."""
    try:
        with open(path, "rb") as f:
            return xf.is_protected(f.read(len(xf.MAGIC)))
    except OSError:
        return False


def read_exchange(ws: Workspace, path: Path, passphrase: str | None = None) -> ExchangeFile:
    """Read and check an exchange file completely (format, questionnaire, every field); nothing is written."""
    path = Path(path)
    try:
        manifest_doc, payload_doc, protected = xf.read(_read_bytes(path), passphrase)
    except xf.ExchangeFileError as e:
        raise _refused(path, e.key, **e.values) from None
    try:
        manifest = Manifest.model_validate(manifest_doc)
        payload = Payload.model_validate(payload_doc)
    except ValidationError as e:
        raise _invalid(path, e.errors()[0]) from None
    _check_values(path, manifest, payload)
    _check_questionnaire(ws, path, manifest.questionnaire)
    known = {q.id for q in ws.questionnaire.questions()}
    for qid in [*payload.answers, *payload.weights, *(a.question_id for a in payload.actions)]:
        if qid not in known:
            raise _refused(path, "exchange_unknown_question", qid=shown(qid))
    # an N/A answer without its reason is taken as given, as the window lets one be saved (the reason is
    # asked for, not forced); refusing the whole file for it would lose every other answer in it
    sections = {s.id for s in ws.questionnaire.sections}
    for sid in manifest.sections or ():
        if sid not in sections:
            raise _refused(path, "exchange_field_value", where="sections", value=shown(sid))
    if not is_country(payload.details.country_code.upper()):
        raise _refused(path, "exchange_field_value", where="details.country_code",
                       value=shown(payload.details.country_code))
    return ExchangeFile(path, manifest, payload, protected)


# what pydantic found wrong (its error type), said in our own translated words
_ERRORS = {"missing": "exchange_field_missing", "string_too_long": "exchange_text_too_long",
           "too_long": "exchange_field_too_long", "string_too_short": "exchange_field_empty",
           "finite_number": "exchange_field_not_number", "enum": "exchange_field_value",
           "literal_error": "exchange_field_value", "greater_than": "exchange_field_range",
           "greater_than_equal": "exchange_field_range", "less_than": "exchange_field_range",
           "less_than_equal": "exchange_field_range"}
_BOUNDS = {"gt": ">", "ge": "≥", "lt": "<", "le": "≤"}
_BOUNDS_TYPES = ("greater_than", "greater_than_equal", "less_than", "less_than_equal")


def _invalid(path: Path, err: Any) -> ExchangeRefused:
    """One pydantic error as one of our messages: where in the file, what is wrong, the value if short."""
    loc = [str(x) for x in err["loc"]]
    where = shown(".".join(loc))
    kind = err["type"]
    value = shown(err.get("input"), 40) if isinstance(err.get("input"), str | int | float) else ""
    if loc[0] == "weights" and loc[-1] == "weight" and kind in (*_BOUNDS_TYPES, "finite_number"):
        return _refused(path, "exchange_weight_range", qid=shown(loc[1]), value=value, max=MAX_WEIGHT)
    key = _ERRORS.get(kind)
    if key is None:
        key = "exchange_field_date" if "date" in kind else "exchange_field_type"
    if key == "exchange_field_range":
        ctx = err.get("ctx") or {}
        bounds = ", ".join(f"{_BOUNDS[k]} {ctx[k]}" for k in _BOUNDS if k in ctx)
        return _refused(path, key, where=where, value=value, bounds=bounds)
    if key in ("exchange_field_too_long", "exchange_text_too_long"):
        limit = (err.get("ctx") or {}).get("max_length", "?")
        return _refused(path, key, where=where, limit=Count(limit) if isinstance(limit, int) else limit)
    return _refused(path, key, where=where, value=value)

_UID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
MAX_FUTURE = timedelta(days=1)  # a file written later than this from now: the sender's clock is wrong


def _check_values(path: Path, manifest: Manifest, payload: Payload) -> None:
    """What the types alone do not catch: control characters (short fields: none at all; long texts: the
    CSV importer's rule), an assessment id that is not a UUID, a file dated in the future."""
    from .imports import control_in

    short: list[str] = []
    long_: list[str] = []
    for doc in (manifest, payload):
        _collect_texts(doc, False, short, long_)
    # one look at all the texts of each kind (a space is no control character of either kind); only a file
    # that has one is walked again, text by text, to say where the first one is
    if control_in(" ".join(short), False) or control_in(" ".join(long_), True):
        for where, text, long in _texts(manifest, "") + _texts(payload, ""):
            bad = control_in(text, long)
            if bad:
                raise _refused(path, "exchange_control", where=shown(where), char=shown(bad))
    if not _UID.fullmatch(manifest.assessment_uid):
        raise _refused(path, "exchange_bad_uid", uid=shown(manifest.assessment_uid))
    written = manifest.written_at
    now = datetime.now(UTC) if written.tzinfo else datetime.now()
    if written - now > MAX_FUTURE:
        raise _refused(path, "exchange_future", when=written.isoformat(sep=" ", timespec="minutes"))
    for qid, w in payload.weights.items():  # pydantic's bounds, kept here too should a field lose them
        if not (math.isfinite(w.weight) and 0 < w.weight <= MAX_WEIGHT):
            raise _refused(path, "exchange_weight_range", qid=shown(qid), value=shown(w.weight), max=MAX_WEIGHT)


@functools.cache
def _text_fields(model: type[BaseModel]) -> tuple[tuple[str, bool], ...]:
    """A document type's fields, each with whether it is a long text (bounded by MAX_TEXT)."""
    return tuple((name, next((m.max_length for m in info.metadata if hasattr(m, "max_length")), None) == MAX_TEXT)
                 for name, info in model.model_fields.items())


def _collect_texts(value: Any, long: bool, short: list[str], long_: list[str]) -> None:
    """The texts _texts lists, without where they are: short ones in `short`, long ones in `long_`."""
    if isinstance(value, str):
        (long_ if long else short).append(value)
    elif isinstance(value, BaseModel):
        for name, is_long in _text_fields(type(value)):
            _collect_texts(getattr(value, name), is_long, short, long_)
    elif isinstance(value, dict):
        for k, v in value.items():
            short.append(str(k))
            _collect_texts(v, False, short, long_)
    elif isinstance(value, list | tuple):
        for v in value:
            _collect_texts(v, long, short, long_)


def _texts(value: Any, where: str, long: bool = False) -> list[tuple[str, str, bool]]:
    """Every text in a checked document with where it is and whether it is a long text (a comment, a
    reason: the fields bounded by MAX_TEXT), dict keys (question ids) included as short texts."""
    if isinstance(value, str):
        return [(where, value, long)]
    if isinstance(value, BaseModel):
        out = []
        for name, info in type(value).model_fields.items():
            limit = next((m.max_length for m in info.metadata if hasattr(m, "max_length")), None)
            out += _texts(getattr(value, name), f"{where}.{name}" if where else name, limit == MAX_TEXT)
        return out
    if isinstance(value, dict):
        return [t for k, v in value.items() for t in [(f"{where}.{k}", str(k), False), *_texts(v, f"{where}.{k}")]]
    if isinstance(value, list | tuple):
        return [t for i, v in enumerate(value) for t in _texts(v, f"{where}.{i}", long)]
    return []


def _check_questionnaire(ws: Workspace, path: Path, ref: QuestionnaireRef) -> None:
    """The file must be for this questionnaire with the same meaning (a wording fix since does not matter)."""
    q = ws.questionnaire
    same = ref.id == q.id and (ref.content_hash == q.content_hash or (ref.meaning_hash and ref.meaning_hash == q.meaning_hash))
    if not same:
        raise _refused(path, "exchange_wrong_questionnaire", qid=shown(ref.id), version=shown(ref.version),
                       app_qid=q.id, app_version=q.version)


# ---- receiving ----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class TemplateFile:
    """A checked answer template, not yet received: the contribution of the group `by` to an assessment."""

    path: Path
    assessment_id: int
    meta: dict[str, Any]
    answers: dict[str, dict[str, Any]]


Checked = ExchangeFile | TemplateFile
Refusal = ExchangeRefused | ServiceError  # why one file was not received; nothing of it was stored


def check_file(ws: Workspace, path: Path, by: str | None = None, passphrase: str | None = None,
               into: int | None = None, institution: str = "") -> Checked:
    """Read and check one file completely, writing nothing: an .opsc exchange file, or an Excel answer
    template (.xlsx: then `by` names the group, `institution` theirs, and `into` the assessment, by default
    the one the template was written for)."""
    path = Path(path)
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return check_template(ws, into, path, by or "", institution)
    return read_exchange(ws, path, passphrase)


def receive(ws: Workspace, path: Path, by: str | None = None, passphrase: str | None = None,
            into: int | None = None, institution: str = "") -> Received:
    """Receive one file (see check_file); raises its refusal (nothing changed)."""
    got = store(ws, [check_file(ws, path, by, passphrase, into, institution)], by)[0]
    if isinstance(got, Refusal):
        raise got
    return got


def receive_files(ws: Workspace, paths: list[Path], by: str | None = None, passphrase: str | None = None,
                  into: int | None = None, institution: str = "") -> list[Received | Refusal]:
    """Receive several files, each on its own (docs/file-formats.md, "Receiving several files"): every file
    is checked, then those that pass are stored after ONE backup in one transaction, each file in a
    savepoint. Per file, in order: what it became, or why it was refused — a refused file leaves nothing of
    itself, and does not stop the others. A storage failure (a full disk) stores none of them: raised."""
    checked: list[Checked | Refusal] = []
    for p in paths:
        try:
            checked.append(check_file(ws, Path(p), by, passphrase, into, institution))
        except (ExchangeRefused, ServiceError) as e:
            checked.append(e)
    stored = iter(store(ws, [c for c in checked if not isinstance(c, Refusal)], by))
    return [c if isinstance(c, Refusal) else next(stored) for c in checked]


def store(ws: Workspace, files: list[Checked], by: str | None = None) -> list[Received | Refusal]:
    """Store checked files after one backup, in one transaction with a savepoint per file: an assessment
    not held (nor added by an earlier file of the batch) is added, any other file becomes a contribution of
    its author. Per file: a Received, or the Refusal of that file alone (its author's contribution held is
    not older, no author named, its assessment gone)."""
    from app.storage.workshop import IncomingFile

    from .backups import backup_before_receive

    if not files:
        return []
    if ws.read_only is not None:
        raise ws.read_only
    out: list[Received | Refusal | None] = [None] * len(files)
    titles: dict[int, tuple[str, str] | None] = {}
    marks: dict[int, tuple[frozenset[str], int]] = {}
    items: list[tuple[int, Checked, IncomingFile]] = []
    held = ws.repo.assessment_ids_by_uid(f.uid for f in files if isinstance(f, ExchangeFile))
    seen: set[str] = set(held)
    looked: dict[tuple[str, int], Any] = {}  # what is read of a held assessment, read once for the batch
    for n, f in enumerate(files):
        if isinstance(f, TemplateFile):
            items.append((n, f, IncomingFile("", f.meta, f.answers, assessment_id=f.assessment_id)))
        elif f.uid in seen:  # held, or added by an earlier file of this batch
            try:
                _not_own_handout(ws, f, held.get(f.uid), looked)
                titles[n] = _same_review(ws, f, held.get(f.uid), looked)
                marks[n] = checked_marks(ws, f, held.get(f.uid))
                meta, answers = _contribution(f, by, marks[n][0])
            except ExchangeRefused as e:
                out[n] = e
                continue
            items.append((n, f, IncomingFile(f.uid, meta, answers)))
        else:
            seen.add(f.uid)
            items.append((n, f, _incoming_assessment(ws, f)))
    if items:
        backup_before_receive(ws)
        for (n, f, item), got in zip(items, ws.repo.receive_batch([i for _, _, i in items]), strict=True):
            out[n] = _outcome(f, item, got)
            done = out[n]
            if isinstance(done, Received) and titles.get(n):
                done = out[n] = replace(done, other_title=titles[n])
            if isinstance(done, Received) and n in marks:
                out[n] = replace(done, unmarked=len(marks[n][0]), claimed=marks[n][1])
        _say_shared_names(ws, out, files)
    return [o for o in out if o is not None]


def _say_shared_names(ws: Workspace, out: list[Received | Refusal | None], files: list[Checked]) -> None:
    """Give each contribution received the exact name it is shown under ("root (2)": the number stored when
    it was received), the name of the one it replaced, and mark it `name_shared` when another sender's
    contribution in force has its name (app/storage/workshop.py same_sender). One read per assessment. A
    contribution that replaced one gets the questions the replaced one answered and it does not (`dropped`)
    and `legacy_replaced` when neither exchange file names its sender."""
    heads: dict[int, dict[int, Any]] = {}
    replacing = {r.contribution_id: r.replaced for r in out if isinstance(r, Received) and r.replaced is not None
                 and r.contribution_id is not None}
    answered = ws.repo.answered_questions([*replacing, *replacing.values()]) if replacing else {}
    for n, r in enumerate(out):
        if not isinstance(r, Received) or r.contribution_id is None:
            continue
        if r.assessment_id not in heads:
            heads[r.assessment_id] = {h.id: h for h in ws.repo.contribution_heads(r.assessment_id, history=True)}
        held = heads[r.assessment_id]
        mine, was = held.get(r.contribution_id), held.get(r.replaced) if r.replaced is not None else None
        if mine is None:
            continue
        # another sender's contribution received before it, still in force, has its name
        shared = any(h.superseded_by is None and h.id < mine.id and same_author(h.author, mine.author)
                     for h in held.values())
        dropped: tuple[str, ...] = ()
        if r.replaced is not None:
            dropped = tuple(sorted(answered.get(r.replaced, frozenset()) - answered.get(r.contribution_id,
                                                                                        frozenset())))
        legacy = (was is not None and isinstance(files[n], ExchangeFile) and mine.sender.legacy
                  and was.sender.legacy)
        out[n] = replace(r, shown_as=mine.shown, replaced_name=was.shown if was is not None else "",
                         name_shared=shared, dropped=dropped, legacy_replaced=legacy)
        if dropped:
            log.warning("contribution %s replaces %s but lacks %d of its answers (kept in the history)",
                        r.contribution_id, r.replaced, len(dropped))
        if shared:
            log.warning("contribution %s: another sender's contribution has its name too: kept apart, numbered",
                        r.contribution_id)


def _outcome(f: Checked, item: Any, got: tuple[int, int | None, int | None] | Exception) -> Received | Refusal:
    if isinstance(got, ContributionExists):
        return _refused(f.path, "exchange_same_file" if got.same else "exchange_not_newer", by=shown(got.author),
                        held=local_text(got.held))
    if isinstance(got, Exception):  # the assessment was deleted meanwhile
        return ServiceError("no_assessment", id=item.assessment_id or "?")
    aid, cid, replaced = got
    if cid is None:
        assert isinstance(f, ExchangeFile)
        log.info("received assessment %s (uid %s) with %d answers", aid, f.uid, len(f.payload.answers))
        return Received(f.path.name, aid, "added", f.by, answers=len(f.payload.answers),
                        sections=tuple(f.manifest.sections or ()))
    return _received(f.path, aid, item.meta, item.answers, cid, replaced)


def _once(looked: dict[tuple[str, int], Any], what: str, aid: int, read: Any) -> Any:
    """read(aid), read only once for a batch of files (nothing is written until they are all checked)."""
    if (what, aid) not in looked:
        looked[what, aid] = read(aid)
    return looked[what, aid]


def _same_review(ws: Workspace, f: ExchangeFile, aid: int | None, looked: dict[tuple[str, int], Any]
                 ) -> tuple[str, str] | None:
    """A file with the uid of an assessment held (`aid`) is a contribution to it; one for another country is
    not the same review (a copied or forged id): refused. Another title only is told: (the file's title, the
    held)."""
    if aid is None:  # added by an earlier file of this batch
        return None
    held = _once(looked, "record", aid, ws.repo.assessment)
    country = f.payload.details.country_code.upper()
    if country != (held.country_code or "").upper():
        raise _refused(f.path, "exchange_other_country", id=aid, country=shown(country),
                       held=held.country_code)
    if f.payload.details.title.strip() != held.title.strip():
        return f.payload.details.title.strip(), held.title.strip()
    return None


def _not_own_handout(ws: Workspace, f: ExchangeFile, aid: int | None, looked: dict[tuple[str, int], Any]) -> None:
    """A file written from the original of an assessment that is the original here too (`aid`, held) is this
    database's own hand-out coming back: its answers are the facilitator's consensus, not a contribution."""
    if f.manifest.original and aid is not None and _once(looked, "baseline", aid, ws.repo.handout_baseline) is None:
        raise _refused(f.path, "exchange_own_handout", by=shown(f.by))


def checked_marks(ws: Workspace, f: ExchangeFile, aid: int | None = None) -> tuple[frozenset[str], int]:
    """A group's `handed_out` marks checked against what this database handed out (the `shared` hand-outs
    recorded here: the one the file names, else any of them): (the answers marked handed out that differ
    from what was handed out — the group's own, whatever the mark says —, how many answers marked as the
    group's are exactly what was handed out). Nothing recorded here (a hand-out written before schema 13, a
    co-facilitator's copy) or a format 1 file: the marks are taken as the file says, (empty, 0)."""
    if aid is None:  # not held before this batch: nothing was handed out from here
        return frozenset(), 0
    shared = ws.repo.handouts(aid, "shared") if f.manifest.original is not None else []
    named = [h for h in shared if f.manifest.handout and h.uid == f.manifest.handout]
    refs = named or shared
    if not refs:
        return frozenset(), 0
    unmarked, claimed = set(), 0
    for qid, a in f.payload.answers.items():
        if a.carried_over or not (a.value is not None or a.comment or a.legal_provision or a.evidence):
            continue  # blank, or the previous review's: no part of a contribution either way
        fp = fingerprint(a)
        handed = any(h.answers.get(qid) == fp for h in refs)
        if a.handed_out and not handed:
            unmarked.add(qid)
        elif not a.handed_out and handed:
            claimed += 1
    if unmarked or claimed:
        log.warning("hand-out marks of %s: %d marked handed out but changed, %d unmarked but as handed out",
                    f.path.name, len(unmarked), claimed)
    return frozenset(unmarked), claimed


def _contribution(f: ExchangeFile, by: str | None, changed: frozenset[str] = frozenset()
                  ) -> tuple[dict[str, Any], dict[str, dict[str, Any]]]:
    author = f.by.strip() or (by or "").strip()  # the file's own author; `by` only for a file naming nobody
    if not author:
        raise _refused(f.path, "exchange_no_author")
    # only what the group answered itself: an answer still as the hand-out carried it is the facilitator's
    # (a mark the hand-out recorded here contradicts — `changed` — does not hide the group's answer), and one
    # carried over from the previous review that nobody confirmed is that review's, not the group's
    answers = {qid: {name: getattr(a, name) for name in CONTRIBUTION_ANSWER_FIELDS}  # model_dump costs 2x
               for qid, a in f.payload.answers.items()
               if (not a.handed_out or qid in changed) and not a.carried_over
               and (a.value is not None or a.comment or a.legal_provision or a.evidence)}
    meta = {"author": author, "institution": f.manifest.institution, "kind": "exchange", "source": f.path.name,
            "sections": ",".join(f.manifest.sections or ()), "written_at": _stored_time(f.manifest.written_at),
            "origin": f.manifest.handout or "",  # the hand-out it answers (files without a sender database)
            # the laptop it came from, and whether its name was that laptop's default: same_sender
            "sender_database": f.manifest.sender_database or "",
            "sender_id": f.manifest.sender or "",  # the received hand-out copy it was shared from (schema 18)
            "default_name": bool(f.manifest.default_name) and bool(f.by.strip())}
    return meta, answers


def _stored_time(written: datetime) -> datetime:
    """When a file was written, as contributions store it: in UTC without a zone, as every stored time
    (schema 12; shown on the reader's clock). Files say it in UTC with its offset (docs/file-formats.md), so a
    file written on a laptop set to another time zone is placed right; files of earlier versions wrote a local
    time without a zone: taken as this computer's local time (the zone cannot be known)."""
    return written.astimezone(UTC).replace(tzinfo=None)


def _received(path: Path, aid: int, meta: dict[str, Any], answers: dict[str, dict[str, Any]], cid: int,
              replaced: int | None) -> Received:
    log.info("contribution %s to assessment %s (%d answers)%s", cid, aid, len(answers),
             f", replacing {replaced}" if replaced else "")
    return Received(path.name, aid, "replaced" if replaced else "contribution", meta["author"], cid, replaced,
                    len(answers), tuple(x for x in meta["sections"].split(",") if x),
                    valued=sum(1 for a in answers.values() if a.get("value") is not None))


def _incoming_assessment(ws: Workspace, f: ExchangeFile) -> Any:
    from app.storage.workshop import IncomingFile

    q = ws.questionnaire
    details = {**f.payload.details.model_dump(), "questionnaire_id": q.id, "questionnaire_version": q.version,
               "questionnaire_hash": q.content_hash}
    details["country_code"] = details["country_code"].upper()
    baseline = _held_baseline(ws, f, details["country_code"])
    if baseline is not None:
        details["baseline_id"] = baseline
    if f.baseline_uid and f.baseline_uid != f.uid:  # kept: a baseline received later is linked to it then
        details["baseline_uid"] = f.baseline_uid
    answers = {qid: a.model_dump(exclude={"handed_out"}) for qid, a in f.payload.answers.items()}
    written = f.manifest.written_at
    return IncomingFile(f.uid, {}, {}, details, answers,
                        {qid: (w.weight, w.reason) for qid, w in f.payload.weights.items()},
                        [(a.question_id, a.model_dump(exclude={"question_id"})) for a in f.payload.actions],
                        handout=(f.manifest.handout or "", tuple(f.manifest.sections or ()),
                                 utc_naive(written) if written.tzinfo else written))


def _held_baseline(ws: Workspace, f: ExchangeFile, country: str) -> int | None:
    """The local id of the baseline a follow-up's file names, when this database holds it for the same
    country (a follow-up reviews the same country); None otherwise (the follow-up comes without its link)."""
    if not f.baseline_uid or f.baseline_uid == f.uid:
        return None
    aid = ws.repo.assessment_id_by_uid(f.baseline_uid)
    if aid is None or ws.repo.assessment(aid).country_code.upper() != country:
        return None
    return aid


NAME_LIMITS = {"group": 200, "institution": 500, "user": 200}  # as an exchange file's written_by / institution


def check_name(value: str, what: str) -> str:
    """A name typed by hand (a group, an institution, the user's name): the rule exchange files get for
    their short fields (no control character, bounded length), raised as a ServiceError; returns it
    with its spaces folded."""
    from .imports import control_in
    from .workspace import ServiceError

    bad = control_in(value, False)
    if bad:
        raise ServiceError(f"name_control_{what}", char=shown(bad))
    folded = " ".join(value.split())
    if len(folded) > NAME_LIMITS[what]:
        raise ServiceError(f"name_too_long_{what}", n=len(folded), limit=NAME_LIMITS[what])
    return folded


def check_template(ws: Workspace, assessment_id: int | None, path: Path, by: str, institution: str = ""
                   ) -> TemplateFile:
    """An Excel answer template filled by a group, checked as that group's contribution (blank rows: no
    answer); nothing is written."""
    from .imports import ImportRefused, read_bytes, template_rows

    if not by.strip():
        raise _refused(path, "exchange_template_needs_group")
    check_name(by, "group")
    check_name(institution, "institution")
    from app.export.template import TemplateError, prefilled_marks, read_answer_template

    read_bytes(path)  # missing, unreadable or oversized: refused by name
    try:
        contents = read_answer_template(path)
    except TemplateError as e:
        raise ExchangeRefused([Problem(path.name, e.key, values=e.values)]) from e
    if assessment_id is None:
        held = contents.meta.get("assessment_id", "")
        if not held.isdigit():
            raise _refused(path, "exchange_template_no_assessment")
        assessment_id = int(held)
    if not ws.repo.exists(assessment_id):
        raise ServiceError("no_assessment", id=assessment_id)
    try:
        rows = template_rows(ws, assessment_id, path, contents)
    except ImportRefused as e:
        raise ExchangeRefused(e.items, e.total) from None
    answers = _template_answers(ws, path, rows, prefilled_marks(contents.meta))
    written = datetime.fromtimestamp(os.stat(path).st_mtime, UTC).replace(microsecond=0)
    meta = {"author": " ".join(by.split()), "institution": " ".join(institution.split()), "kind": "template",
            "source": path.name, "sections": "", "written_at": _stored_time(written)}
    return TemplateFile(path, assessment_id, meta, answers)


def receive_template(ws: Workspace, assessment_id: int | None, path: Path, by: str, institution: str = ""
                     ) -> Received:
    """Receive an Excel answer template filled by a group, as that group's contribution."""
    return _single(store(ws, [check_template(ws, assessment_id, path, by, institution)]))


def _single(got: list[Received | Refusal]) -> Received:
    if isinstance(got[0], Refusal):
        raise got[0]
    return got[0]


def _template_answers(ws: Workspace, path: Path, rows: list[tuple[int, dict[str, str]]],
                      prefilled: dict[str, str] | None = None) -> dict[str, dict[str, Any]]:
    """The group's answers: rows with an answer, except those still as the template was pre-filled (the
    facilitator's answer the group left alone is not theirs)."""
    from app.export.template import prefill_mark

    from .imports import ImportRefused, _check_row

    known = {q.id for q in ws.questionnaire.questions()}
    out: dict[str, dict[str, Any]] = {}
    seen: dict[str, int] = {}
    problems = []
    for line, r in rows:
        found = _check_row(path.name, line, r, known, seen, {})
        if isinstance(found, Problem):
            problems.append(found)
        elif prefilled and prefilled.get(r["question_id"]) == prefill_mark(
                r["answer"], r.get("na_reason", ""), r.get("comment", "")):
            continue  # left as pre-filled: the facilitator's answer, not the group's
        elif found.get("value"):  # a blank answer cell is no answer in the contribution
            out[r["question_id"]] = {"value": AnswerValue(found["value"]), "na_reason": found.get("na_reason", ""),
                                     "comment": found.get("comment", "")}
    if problems:
        raise ExchangeRefused(ImportRefused(problems).items, len(problems))
    return out
