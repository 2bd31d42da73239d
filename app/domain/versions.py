"""Questionnaire versions that mean something (docs/questionnaire-format.md, "Versions").

What a question *means* for scoring is its id, its section, its strength and weight, and the answer
scale; its wording and translations do not change what an answer to it says. So a questionnaire
has two fingerprints:

- the **meaning fingerprint** (`meaning_hash`): ids, sections (in order), strengths, weights, scale;
- the **wording fingerprint** (`wording_hash`): every text in every language.

A wording fix keeps every assessment and answer template valid. A change of meaning needs a new
version, a frozen snapshot of the old version's meaning (`versions/<version>.yaml`) and, for ids that
were renamed, split, merged, changed or removed, a mapping (`migrations/<from>-to-<to>.yaml`). From
those, `plan_upgrade` works out what happens to each answer and `apply_plan` carries the answers over.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from .answers import SCALE_ORDER, SCALE_VALUES, Answer, AnswerValue
from .questionnaire import Questionnaire


@dataclass(frozen=True)
class QuestionMeaning:
    id: str
    section_id: str
    strength: str
    weight: float

    def same_as(self, other: QuestionMeaning) -> bool:
        return (self.section_id, self.strength) == (other.section_id, other.strength) and \
            abs(self.weight - other.weight) < 1e-9


@dataclass(frozen=True)
class MeaningSnapshot:
    """What one version of a questionnaire means: enough to upgrade answers given against it."""

    questionnaire_id: str
    version: str
    questions: dict[str, QuestionMeaning]  # in questionnaire order
    sections: tuple[str, ...]
    scale: dict[str, float]
    content_hash: str = ""  # the full-content fingerprint of that release (what assessments recorded)

    @property
    def meaning_hash(self) -> str:
        return _hash({
            "sections": list(self.sections),
            "questions": [[q.id, q.section_id, q.strength, round(q.weight, 6)] for q in self.questions.values()],
            "scale": [[k, round(v, 6)] for k, v in self.scale.items()],
        })


def current_scale() -> dict[str, float]:
    return {v.value: SCALE_VALUES[v] for v in SCALE_ORDER if v in SCALE_VALUES} | {
        v.value: -1.0 for v in SCALE_ORDER if v not in SCALE_VALUES}


def _hash(data: Any) -> str:
    canon = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return "sha256:" + hashlib.sha256(canon.encode("utf-8")).hexdigest()


def meaning_of(q: Questionnaire) -> MeaningSnapshot:
    return MeaningSnapshot(
        questionnaire_id=q.id, version=q.version,
        questions={x.id: QuestionMeaning(x.id, x.section_id, x.strength.value, x.weight) for x in q.questions()},
        sections=tuple(s.id for s in q.sections), scale=current_scale(), content_hash=q.content_hash,
    )


def meaning_hash(q: Questionnaire) -> str:
    return meaning_of(q).meaning_hash


def wording_hash(q: Questionnaire) -> str:
    """Every text of the questionnaire in every language (titles, intros, questions, guidance, tags)."""
    texts: list[Any] = [q.title.values, [[c.id, c.title.values] for c in q.chapters],
                        [[t.id, t.name.values] for t in q.tags]]
    for s in q.sections:
        texts.append([s.id, s.title.values, s.intro.values])
        texts += [[x.id, x.text.values, x.guidance.values] for x in s.questions]
    return _hash(texts)


@dataclass(frozen=True)
class VersionMapping:
    """migrations/<from>-to-<to>.yaml: what became of the ids of `from_version` in `to_version`."""

    from_version: str
    to_version: str
    renamed: dict[str, str] = field(default_factory=dict)  # old -> new: same meaning, answer kept
    split: dict[str, tuple[str, ...]] = field(default_factory=dict)  # old -> new ids: copied, to review
    merged: dict[str, tuple[str, ...]] = field(default_factory=dict)  # new -> old ids: lowest kept, to review
    changed: tuple[str, ...] = ()  # same id, meaning changed: to review
    removed: tuple[str, ...] = ()  # no successor: listed, kept in history
    notes: dict[str, str] = field(default_factory=dict)


class Fate:
    KEPT = "kept"  # same id, same meaning: the answer stays as it is
    RENAMED = "renamed"  # new id, same meaning: the answer moves, as it is
    TO_REVIEW = "to_review"  # meaning changed (changed, split, merged, moved, new weight): kept, flagged
    ADDED = "added"  # new question: starts unanswered


@dataclass(frozen=True)
class Step:
    new_id: str
    fate: str
    sources: tuple[str, ...] = ()  # old ids the answer comes from
    why: str = ""  # "changed", "split", "merged", "weight", "section", "strength", "scale", ...
    note: str = ""  # the mapping's note, if any


@dataclass(frozen=True)
class UpgradePlan:
    from_version: str
    to_version: str
    steps: tuple[Step, ...]  # one per question of the new version, in its order
    removed: tuple[str, ...]  # old ids with no successor
    notes: dict[str, str] = field(default_factory=dict)

    def ids(self, fate: str) -> list[str]:
        return [s.new_id for s in self.steps if s.fate == fate]

    @property
    def touched(self) -> list[str]:
        """Every question id the change of version touches (flagged, renamed, added or removed)."""
        return [s.new_id for s in self.steps if s.fate != Fate.KEPT] + list(self.removed)

    @property
    def meaning_changed(self) -> bool:
        return bool(self.touched)


class UpgradeError(ValueError):
    """No way to carry answers from one version to another (no snapshot, no mapping)."""


def plan_upgrade(old: MeaningSnapshot, new: MeaningSnapshot, mapping: VersionMapping | None) -> UpgradePlan:
    """What happens to the answers of each question when going from `old` to `new` (one step)."""
    m = mapping or VersionMapping(old.version, new.version)
    rename_to = {n: o for o, n in m.renamed.items()}
    split_to = {n: o for o, targets in m.split.items() for n in targets}
    scale_changed = old.scale != new.scale
    steps: list[Step] = []
    for nid, nq in new.questions.items():
        note = m.notes.get(nid, "")
        if nid in m.merged:
            # A question that survives and absorbs others keeps its own answer in the fold.
            own = (nid,) if nid in old.questions and nid not in m.merged[nid] else ()
            steps.append(Step(nid, Fate.TO_REVIEW, own + tuple(m.merged[nid]), "merged", note))
        elif nid in split_to:
            src = split_to[nid]
            steps.append(Step(nid, Fate.TO_REVIEW, (src,), "split", note or m.notes.get(src, "")))
        elif nid in rename_to or nid in old.questions:
            src = rename_to.get(nid, nid)
            oq = old.questions.get(src)
            why = _meaning_change(oq, nq, nid in m.changed, scale_changed)
            if why:
                steps.append(Step(nid, Fate.TO_REVIEW, (src,), why, note or m.notes.get(src, "")))
            else:
                steps.append(Step(nid, Fate.RENAMED if src != nid else Fate.KEPT, (src,), "", note))
        else:
            steps.append(Step(nid, Fate.ADDED, (), "added", note))
    used = {s for step in steps for s in step.sources}
    removed = tuple(o for o in old.questions if o not in used)
    return UpgradePlan(old.version, new.version, tuple(steps), removed, dict(m.notes))


def _meaning_change(old: QuestionMeaning | None, new: QuestionMeaning, listed: bool, scale: bool) -> str:
    if listed:
        return "changed"
    if old is None:
        return "changed"
    if scale:
        return "scale"
    if old.section_id != new.section_id:
        return "section"
    if old.strength != new.strength or abs(old.weight - new.weight) > 1e-9:
        return "weight"
    return ""


def _fold(sources: list[Answer]) -> Answer | None:
    """Merged questions: the lowest answer on the scale is kept (don't know, then N/A, when none is)."""
    if not sources:
        return None
    scored = [a for a in sources if a.value in SCALE_VALUES]
    if scored:
        base = min(scored, key=lambda a: SCALE_VALUES[a.value] if a.value else 0.0)
    else:
        base = next((a for a in sources if a.value is AnswerValue.DONT_KNOW), sources[0])
    notes = [f"[{a.question_id}] {a.comment.strip()}" for a in sources if a.comment.strip()]
    return replace(base, comment="\n".join(notes) if len(sources) > 1 else base.comment)


def apply_plan(plan: UpgradePlan, answers: Mapping[str, Answer]) -> tuple[dict[str, Answer], dict[str, Answer]]:
    """The answers for the new version, and the answers of removed questions (kept in the history)."""
    out: dict[str, Answer] = {}
    for step in plan.steps:
        sources = [answers[s] for s in step.sources if s in answers]
        if step.fate == Fate.ADDED or not sources:
            continue
        base = _fold(sources) if len(sources) > 1 else sources[0]
        assert base is not None
        flagged = step.fate == Fate.TO_REVIEW or any(a.to_review for a in sources)
        out[step.new_id] = replace(base, question_id=step.new_id, to_review=flagged)
    removed = {o: answers[o] for o in plan.removed if o in answers}
    return out, removed


def chain(snapshots: Mapping[str, MeaningSnapshot], mappings: Mapping[tuple[str, str], VersionMapping],
          start: str, target: MeaningSnapshot) -> list[UpgradePlan]:
    """The plans that lead from version `start` to `target`, following the mapping files (or one step
    when there is a snapshot of `start` but no mapping: ids are then matched as they are)."""
    if start == target.version:
        old = snapshots.get(start)
        return [plan_upgrade(old, target, None)] if old is not None else []
    plans: list[UpgradePlan] = []
    current, seen = start, {start}
    while current != target.version:
        old = snapshots.get(current)
        if old is None:
            raise UpgradeError(f"the meaning of version {current} is not known (no versions/{current}.yaml)")
        step = next((m for (f, _t), m in mappings.items() if f == current), None)
        if step is None:  # no mapping: ids are matched as they are, straight to the target
            plans.append(plan_upgrade(old, target, None))
            return plans
        new = target if step.to_version == target.version else snapshots.get(step.to_version)
        if new is None:
            raise UpgradeError(f"the meaning of version {step.to_version} is not known")
        plans.append(plan_upgrade(old, new, step))
        current = step.to_version
        if current in seen:
            raise UpgradeError(f"the version mappings loop at {current}")
        seen.add(current)
    return plans


def compose(plans: list[UpgradePlan]) -> UpgradePlan | None:
    """One plan for the whole chain, as the user sees it (first version -> last)."""
    if not plans:
        return None
    if len(plans) == 1:
        return plans[0]
    origin: dict[str, tuple[str, ...]] = {}  # id in the current step -> ids of the first version
    fate: dict[str, str] = {}
    why: dict[str, str] = {}
    removed: list[str] = []
    first = plans[0]
    for s in first.steps:
        origin[s.new_id], fate[s.new_id], why[s.new_id] = s.sources, s.fate, s.why
    removed += first.removed
    for p in plans[1:]:
        nxt_origin: dict[str, tuple[str, ...]] = {}
        nxt_fate: dict[str, str] = {}
        nxt_why: dict[str, str] = {}
        for s in p.steps:
            srcs = tuple(o for src in s.sources for o in origin.get(src, ()))
            prev = [fate.get(src, Fate.ADDED) for src in s.sources]
            if s.fate == Fate.ADDED or not srcs:
                f = Fate.ADDED
            elif s.fate == Fate.TO_REVIEW or Fate.TO_REVIEW in prev:
                f = Fate.TO_REVIEW
            elif srcs != (s.new_id,):
                f = Fate.RENAMED
            else:
                f = Fate.KEPT
            nxt_origin[s.new_id], nxt_fate[s.new_id] = srcs, f
            nxt_why[s.new_id] = s.why or next((why[src] for src in s.sources if why.get(src)), "")
        removed += [o for r in p.removed for o in origin.get(r, ())]
        origin, fate, why = nxt_origin, nxt_fate, nxt_why
    steps = tuple(Step(nid, fate[nid], origin[nid], why[nid]) for nid in origin)
    notes = {k: v for p in plans for k, v in p.notes.items()}
    return UpgradePlan(first.from_version, plans[-1].to_version, steps, tuple(removed), notes)
