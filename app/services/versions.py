"""Which questionnaire an assessment was answered against, and what changed since (docs/questionnaire-format.md,
"Versions"): nothing, only the wording (answers stay valid; the notice can be dismissed), or the meaning
(the questions touched are listed, and the assessment can be upgraded).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from typing import Any

from app.domain.answers import Answer
from app.domain.versions import Fate, UpgradeError, UpgradePlan, apply_plan, chain, compose, meaning_of

from .changes import Change
from .workspace import ServiceError, Workspace


class Kind:
    SAME = "same"
    WORDING = "wording"  # texts changed, meaning did not: every answer stays valid
    MEANING = "meaning"  # questions changed meaning: upgrade the assessment
    UNKNOWN = "unknown"  # another questionnaire, or a version whose meaning is not known


@dataclass(frozen=True)
class VersionStatus:
    kind: str
    answered_against: str  # "opsc-crc-c-156 1.0.0"
    scored_with: str  # "opsc-crc-c-156 2.0.0"
    plan: UpgradePlan | None = None  # from the version answered against to the current one
    detail: str = ""  # why it is unknown

    @property
    def differs(self) -> bool:
        return self.answered_against != self.scored_with or self.kind != Kind.SAME


def status(ws: Workspace, assessment_id: int) -> VersionStatus:
    i, q = ws.info(assessment_id), ws.questionnaire
    against, scored = f"{i.questionnaire_id} {i.questionnaire_version}", f"{q.id} {q.version}"
    if i.questionnaire_id != q.id:
        return VersionStatus(Kind.UNKNOWN, against, scored, detail="another questionnaire")
    if (i.questionnaire_version, i.questionnaire_hash) == (q.version, q.content_hash):
        return VersionStatus(Kind.SAME, against, scored)
    if i.questionnaire_version == q.version:
        # same version, other texts: a version's meaning is frozen (the validator checks it against
        # versions/<version>.yaml), so only the wording can have changed
        return VersionStatus(Kind.WORDING, against, scored)
    snapshots = {s.version: s for s in q.snapshots}
    mappings = {(m.from_version, m.to_version): m for m in q.mappings}
    try:
        plan = compose(chain(snapshots, mappings, i.questionnaire_version, meaning_of(q)))
    except UpgradeError as e:
        return VersionStatus(Kind.UNKNOWN, against, scored, detail=str(e))
    if plan is None:
        return VersionStatus(Kind.UNKNOWN, against, scored,
                             detail=f"the meaning of version {i.questionnaire_version} is not known")
    return VersionStatus(Kind.MEANING if plan.meaning_changed else Kind.WORDING, against, scored, plan)


def acknowledge_wording(ws: Workspace, assessment_id: int) -> Change | None:
    """The user has seen that only the wording changed: record the current version, so the notice goes.
    None (nothing done) when the meaning changed: that needs an upgrade."""
    st = status(ws, assessment_id)
    if st.kind != Kind.WORDING:
        return None
    return ws.record_questionnaire(assessment_id, ws.questionnaire.version, ws.questionnaire.content_hash)


@dataclass(frozen=True)
class UpgradeReport:
    """What an upgrade did (or, with dry_run, would do)."""

    from_version: str
    to_version: str
    kept: list[str]  # answers kept as they were (same id, same meaning)
    renamed: dict[str, str]  # new id -> old id
    to_review: list[str]  # answered questions flagged to review
    added: list[str]  # new questions (unanswered)
    removed: list[str]  # old questions with no successor
    removed_answers: list[str]  # of those, the ones that had an answer (kept in the history)
    unanswered_changes: list[str]  # changed questions that had no answer (nothing to review)
    notes: dict[str, str]
    change: Change | None  # None for a dry run


def _answer_values(a: Answer) -> dict[str, Any]:
    return {"value": a.value, "na_reason": a.na_reason, "comment": a.comment, "legal_provision": a.legal_provision,
            "evidence": a.evidence, "confidence": a.confidence, "institution": a.institution,
            "to_review": a.to_review, "carried_over": a.carried_over}


def _jsonable(a: Answer) -> dict[str, Any]:
    d = _answer_values(a)
    d["value"] = a.value.value if a.value else None
    d["confidence"] = a.confidence.value if a.confidence else None
    return {"question_id": a.question_id, **d}


def upgrade(ws: Workspace, assessment_id: int, dry_run: bool = False) -> UpgradeReport:
    """Carry an assessment's answers over to the questionnaire the app now uses (docs/questionnaire-format.md):
    unchanged answers kept, renamed ones moved, changed/split/merged ones kept and flagged to review, answers
    to removed questions kept in the history (questionnaire_upgrades), new questions unanswered."""
    st = status(ws, assessment_id)
    q = ws.questionnaire
    if st.kind == Kind.SAME:
        raise ServiceError("nothing_to_upgrade", id=assessment_id, version=st.scored_with)
    if st.kind == Kind.UNKNOWN or st.plan is None and st.kind != Kind.WORDING:
        raise ServiceError("cannot_upgrade", id=assessment_id, old=st.answered_against, new=st.scored_with,
                           detail=st.detail)
    before = ws.answers(assessment_id)
    if st.kind == Kind.WORDING or st.plan is None:
        change = None if dry_run else acknowledge_wording(ws, assessment_id)
        return UpgradeReport(st.answered_against, st.scored_with, sorted(before), {}, [], [], [], [], [], {}, change)
    info = ws.info(assessment_id)
    snapshots = {s.version: s for s in q.snapshots}
    mappings = {(m.from_version, m.to_version): m for m in q.mappings}
    plans = chain(snapshots, mappings, info.questionnaire_version, meaning_of(q))
    first = snapshots[info.questionnaire_version]
    answers = {k: v for k, v in before.items() if k in first.questions}
    removed_answers = [v for k, v in before.items() if k not in first.questions]  # strays: kept in the history
    for p in plans:
        answers, gone = apply_plan(p, answers)
        removed_answers += gone.values()
    plan = st.plan
    renamed = {s.new_id: s.sources[0] for s in plan.steps if s.fate == Fate.RENAMED}
    flagged = [s.new_id for s in plan.steps if s.fate == Fate.TO_REVIEW]
    report = UpgradeReport(
        st.answered_against, st.scored_with, kept=[x for x in plan.ids(Fate.KEPT) if x in answers],
        renamed={k: v for k, v in renamed.items() if k in answers},
        to_review=[x for x in flagged if x in answers], added=plan.ids(Fate.ADDED), removed=list(plan.removed),
        removed_answers=[a.question_id for a in removed_answers],
        unanswered_changes=[x for x in flagged if x not in answers], notes=dict(plan.notes), change=None)
    if dry_run:
        return report
    from .backups import backup_before

    backup_before(ws, "upgrade")  # a safety copy before many answers change at once (raises if it fails)
    details = {
        "kept": report.kept, "renamed": renamed, "added": report.added, "removed": report.removed,
        "to_review": {s.new_id: {"from": list(s.sources), "why": s.why, "note": s.note}
                      for s in plan.steps if s.fate == Fate.TO_REVIEW},
        "removed_answers": [_jsonable(a) for a in removed_answers], "notes": report.notes,
    }
    record = {"from_version": info.questionnaire_version, "to_version": q.version,
              "from_hash": info.questionnaire_hash, "to_hash": q.content_hash,
              "details": json.dumps(details, ensure_ascii=False, sort_keys=True)}
    moved = {old: new for new, old in renamed.items()}
    for s in plan.steps:  # a changed question that also got a new id keeps its weight override and actions
        if s.fate == Fate.TO_REVIEW and len(s.sources) == 1 and s.sources[0] != s.new_id and s.why != "split":
            moved[s.sources[0]] = s.new_id
    change = ws.apply_upgrade(assessment_id, {k: _answer_values(a) for k, a in answers.items()}, moved,
                              report.removed, record)
    return replace(report, change=change)


def history(ws: Workspace, assessment_id: int) -> list[dict[str, Any]]:
    """The upgrades of an assessment, with their details decoded."""
    out = []
    for r in ws.upgrades(assessment_id):
        out.append({**r, "details": json.loads(r["details"]) if r["details"] else {}})
    return out
