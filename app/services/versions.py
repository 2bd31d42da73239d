"""Which questionnaire an assessment was answered against, and what changed since (docs/questionnaire-format.md,
"Versions"): nothing, only the wording (answers stay valid; the notice can be dismissed), or the meaning
(the questions touched are listed, and the assessment can be upgraded).
"""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.versions import UpgradeError, UpgradePlan, chain, compose, meaning_of

from .changes import Change
from .workspace import Workspace


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
