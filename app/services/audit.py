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

if TYPE_CHECKING:
    from .workspace import Workspace

__all__ = ["HistoryRow", "Means", "Verdict", "history", "problem_text", "verdict_lines", "verify", "verify_all"]


def verify(ws: Workspace, assessment_id: int) -> Verdict:
    return ws.repo.verify(assessment_id)


def verify_all(ws: Workspace) -> list[Verdict]:
    """Every assessment that is stored or has a trail (a deleted one's trail is checked too)."""
    return [ws.repo.verify(aid) for aid in ws.repo.audited_ids()]


def problem_text(p: Problem, lang: str = "en") -> str:
    values: dict[str, Any] = dict(p.values)
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
    """What happened to the answer and the weight of one question, newest first."""
    entries = [e for kind in (Kind.ANSWER, Kind.WEIGHT) for e in ws.repo.history(assessment_id, kind, question_id)]
    unique = {e.seq: e for e in entries}
    return rows_of([unique[k] for k in sorted(unique, reverse=True)], question_id)


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
