"""The audit trail, for the window, the reports and `python -m app verify` (docs/audit.md).

verify: recompute each assessment's hash chain, replay its entries to the state they lead to, and
compare that with the stored details, answers, weight overrides and actions; every difference is a
Problem said in the user's language. history: the entries about one question, newest first, as
rows a person reads (when, who, what, from -> to, by which means).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from app.domain.audit import FIELDS, Entry, Kind, Means, Op, Problem, Verdict
from app.domain.report import AuditAnnex, AuditLine

from .messages import MAX_SHOWN, message
from .messages import keys as message_keys

if TYPE_CHECKING:
    from .workspace import Workspace

__all__ = ["HistoryRow", "Means", "Verdict", "assessment_history", "field_label", "history", "problem_text", "verdict_lines", "verify", "verify_all"]


def verify(ws: Workspace, assessment_id: int) -> Verdict:
    return ws.repo.verify(assessment_id)


def verify_all(ws: Workspace) -> list[Verdict]:
    """Every assessment that is stored or has a trail (a deleted one's trail is checked too)."""
    return [ws.repo.verify(aid) for aid in ws.repo.audited_ids()]


def field_label(name: str, lang: str = "en") -> str:
    """A field the trail follows, as a person calls it, in their language (the raw name when unknown)."""
    key = f"audit_field_{name}"
    return message(key, lang) if key in _FIELD_KEYS else name


_FIELD_KEYS = frozenset(k for k in message_keys() if k.startswith("audit_field_") and k != "audit_field_differs")


def problem_text(p: Problem, lang: str = "en") -> str:
    values: dict[str, Any] = dict(p.values)
    if "field" in values:
        values["field"] = field_label(str(values["field"]), lang)
    if "kind" in values:
        values["what"] = message(f"audit_kind_{values.pop('kind')}", lang, entity=values.pop("entity", ""))
    return message(p.key, lang, **values)


def verdict_lines(v: Verdict, lang: str = "en", limit: int = MAX_SHOWN) -> list[str]:
    """One line when all is well; else a heading and the problems (the first `limit`, then a count)."""
    if v.ok:
        return [message("audit_ok_deleted" if v.deleted else "audit_ok", lang, id=v.assessment_id, n=v.entries)]
    out = [message("audit_failed", lang, id=v.assessment_id, n=v.entries, count=len(v.problems))]
    out += ["  " + problem_text(p, lang) for p in v.problems[:limit]]
    if len(v.problems) > limit:
        out.append("  " + message("more", lang, n=len(v.problems) - limit))
    return out


@dataclass(frozen=True)
class HistoryRow:
    """One change of one field, as a person reads it; values are the stored ones (None: nothing)."""

    seq: int
    at: datetime  # UTC
    who: str
    kind: str  # answer, weight, action, assessment, baseline
    entity: str
    op: str  # insert, update, delete, baseline
    field: str
    old: Any
    new: Any
    means: str
    about: str = ""  # an action's description (as it was then): which action of the question the row is about


def rows_of(entries: list[Entry], question_id: str | None = None) -> list[HistoryRow]:
    """Field-level rows of some entries, oldest first; a baseline gives the state it recorded for the question
    (or, without a question, one row saying it was recorded)."""
    out: list[HistoryRow] = []
    for e in entries:
        changes = json.loads(e.changes)
        if e.kind == Kind.BASELINE:
            if question_id is None:
                out.append(HistoryRow(e.seq, e.at, e.who, e.kind, "", e.op, "", None, None, e.means))
                continue
            for group, kind in (("answers", Kind.ANSWER), ("weights", Kind.WEIGHT)):
                for name, v in sorted((changes.get(group) or {}).get(question_id, {}).items()):
                    if v not in (None, "", False):
                        out.append(HistoryRow(e.seq, e.at, e.who, kind, question_id, e.op, name, None, v, e.means))
            continue
        order = FIELDS.get(Kind(e.kind), ()) if e.kind in set(Kind) else ()
        for name, (old, new) in sorted(changes.items(), key=lambda kv: (order.index(kv[0]) if kv[0] in order
                                                                         else len(order), kv[0])):
            if e.op == Op.INSERT and new in (None, "", False) or e.op == Op.DELETE and old in (None, "", False):
                continue  # a new row's blank fields, a deleted row's blank fields: nothing to read
            out.append(HistoryRow(e.seq, e.at, e.who, e.kind, e.entity, e.op, name, old, new, e.means))
    return out


def history(ws: Workspace, assessment_id: int, question_id: str) -> list[HistoryRow]:
    """What happened to the answer, the weight and the actions of one question, newest first."""
    entries = [e for kind in (Kind.ANSWER, Kind.WEIGHT) for e in ws.repo.history(assessment_id, kind, question_id)]
    unique = {e.seq: e for e in entries}
    rows = rows_of([unique[k] for k in sorted(unique, reverse=True)], question_id)
    rows += action_rows(ws.repo.audit_entries(assessment_id, (Kind.ACTION, Kind.BASELINE)), question_id)
    return sorted(rows, key=lambda r: r.seq, reverse=True)


def action_rows(entries: list[Entry], question_id: str) -> list[HistoryRow]:
    """The changes of the actions planned for one question (an action moved to or from it included), each
    row saying which action by its description at the time."""
    question: dict[str, str] = {}  # action id -> its question, as the entries so far leave it
    described: dict[str, str] = {}
    out: list[HistoryRow] = []
    for e in entries:
        changes = json.loads(e.changes)
        if e.kind == Kind.BASELINE:
            for aid, fields in (changes.get("actions") or {}).items():
                question[aid], described[aid] = str(fields.get("question_id", "")), str(fields.get("description", ""))
                if question[aid] == question_id:
                    out += [HistoryRow(e.seq, e.at, e.who, Kind.ACTION, aid, e.op, name, None, v, e.means,
                                       described[aid])
                            for name, v in fields.items() if name != "question_id" and v not in (None, "", False)]
            continue
        if e.kind != Kind.ACTION:
            continue
        before = question.get(e.entity, "")
        if "question_id" in changes:
            question[e.entity] = str(changes["question_id"][1] or "")
        if "description" in changes:
            described[e.entity] = str(changes["description"][1] or changes["description"][0] or "")
        if question_id not in (before, question.get(e.entity, "")):
            continue
        for row in rows_of([e]):
            if row.field != "question_id" or e.op == Op.UPDATE:
                out.append(HistoryRow(row.seq, row.at, row.who, row.kind, row.entity, row.op, row.field, row.old,
                                      row.new, row.means, described.get(e.entity, "")))
    return out


def assessment_history(ws: Workspace, assessment_id: int) -> list[HistoryRow]:
    """What happened to the assessment's details and its weight overrides, newest first (the questions'
    answers and actions have their own history)."""
    entries = ws.repo.audit_entries(assessment_id, (Kind.ASSESSMENT, Kind.WEIGHT, Kind.BASELINE))
    rows: list[HistoryRow] = []
    for e in entries:
        if e.kind != Kind.BASELINE:
            rows += rows_of([e])
            continue
        changes = json.loads(e.changes)
        rows += [HistoryRow(e.seq, e.at, e.who, Kind.ASSESSMENT, "", e.op, name, None, v, e.means)
                 for name, v in (changes.get("details") or {}).items() if v not in (None, "", False)]
        rows += [HistoryRow(e.seq, e.at, e.who, Kind.WEIGHT, qid, e.op, name, None, v, e.means)
                 for qid, fields in sorted((changes.get("weights") or {}).items()) for name, v in fields.items()
                 if v not in (None, "", False)]
    return sorted(rows, key=lambda r: r.seq, reverse=True)


def trail(ws: Workspace, assessment_id: int) -> list[HistoryRow]:
    """The whole trail of an assessment, field by field, oldest first (the report annex)."""
    return rows_of(ws.repo.audit_entries(assessment_id))


def annex(ws: Workspace, assessment_id: int, lang: str) -> AuditAnnex:
    """The report's audit annex: every changed field, oldest first, and verify's verdict."""
    entries = ws.repo.audit_entries(assessment_id)
    verdict = ws.repo.verify(assessment_id)
    lines = tuple(AuditLine(r.at, r.who, r.kind, r.entity, r.op, r.field, r.old, r.new, r.means)
                  for r in rows_of(entries))
    return AuditAnnex(lines, len(entries), verdict.ok, tuple(verdict_lines(verdict, lang)),
                      entries[-1].hash if entries else "")
