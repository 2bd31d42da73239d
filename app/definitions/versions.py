"""Earlier versions of a questionnaire: frozen meaning snapshots and version mappings.

    questionnaires/opsc/versions/<version>.yaml          what each question of a released version meant
    questionnaires/opsc/migrations/<from>-to-<to>.yaml   what became of its ids in the next version

Both are read and checked here (docs/questionnaire-format.md, "Versions"); every problem names file,
line and key like the rest of the loader.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated, Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, field_validator

from app.domain.questionnaire import Questionnaire, Strength
from app.domain.versions import MeaningSnapshot, QuestionMeaning, VersionMapping, meaning_of

from .loader import Problem, _Doc, _read_yaml, _validate

VERSION_RE = r"^\d+\.\d+(\.\d+)?$"
Version = Annotated[str, Field(pattern=VERSION_RE)]
MAPPING_NAME = re.compile(r"^(\d+\.\d+(?:\.\d+)?)-to-(\d+\.\d+(?:\.\d+)?)\.yaml$")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


def _as_text(v: object) -> object:
    return str(v) if isinstance(v, int | float) else v


class MappingDef(_Strict):
    from_: Version = Field(alias="from")
    to: Version
    renamed: dict[str, str] = {}
    split: dict[str, Annotated[list[str], Field(min_length=2)]] = {}
    # One old id is enough when the new id is itself a question of the old version (its own answer
    # joins the fold); check_mapping refuses a one-id merge into a question that is new.
    merged: dict[str, Annotated[list[str], Field(min_length=1)]] = {}
    changed: list[str] = []
    removed: list[str] = []
    notes: dict[str, str] = {}

    _versions = field_validator("from_", "to", mode="before")(_as_text)

    @field_validator("renamed", "split", "merged", "notes", mode="before")
    @classmethod
    def _empty_map(cls, v: object) -> object:
        return {} if v is None else v

    @field_validator("changed", "removed", mode="before")
    @classmethod
    def _empty_list(cls, v: object) -> object:
        return [] if v is None else v


class MeaningDef(_Strict):
    section: str
    strength: Strength
    weight: Annotated[float, Field(gt=0)]


class SnapshotDef(_Strict):
    questionnaire: str
    version: Version
    content_hash: str = ""
    meaning_hash: str
    scale: dict[str, float]
    sections: list[str]
    questions: dict[str, MeaningDef]

    _version = field_validator("version", mode="before")(_as_text)


def snapshot_from(d: SnapshotDef) -> MeaningSnapshot:
    return MeaningSnapshot(
        questionnaire_id=d.questionnaire, version=d.version,
        questions={qid: QuestionMeaning(qid, m.section, m.strength.value, m.weight) for qid, m in d.questions.items()},
        sections=tuple(d.sections), scale=dict(d.scale), content_hash=d.content_hash,
    )


def snapshot_yaml(q: Questionnaire | MeaningSnapshot) -> str:
    """The frozen meaning of `q`, as written to versions/<version>.yaml by `python -m app freeze-version`."""
    s = meaning_of(q) if isinstance(q, Questionnaire) else q
    data: dict[str, Any] = {
        "questionnaire": s.questionnaire_id, "version": s.version, "content_hash": s.content_hash,
        "meaning_hash": s.meaning_hash, "scale": s.scale, "sections": list(s.sections),
        "questions": {m.id: {"section": m.section_id, "strength": m.strength, "weight": m.weight}
                      for m in s.questions.values()},
    }
    head = (f"# Frozen meaning of questionnaire {s.questionnaire_id} {s.version}: ids, sections, strengths,\n"
            "# weights and answer scale, so that answers given against it can be upgraded to later versions.\n"
            "# Written by `python -m app freeze-version`; never edit it by hand (docs/questionnaire-format.md).\n")
    return head + yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=120)


def load_history(root: Path, current: Questionnaire | None) -> tuple[
        tuple[MeaningSnapshot, ...], tuple[VersionMapping, ...], list[Problem]]:
    """Read versions/*.yaml and migrations/*.yaml of a questionnaire folder and check them against each
    other and against the current questionnaire (None when it did not load)."""
    problems: list[Problem] = []
    snapshots: dict[str, MeaningSnapshot] = {}
    for path in sorted((root / "versions").glob("*.yaml")):
        snap = _read_snapshot(path, root, problems)
        if snap is not None:
            snapshots[snap.version] = snap
    mappings: list[VersionMapping] = []
    for path in sorted((root / "migrations").glob("*.yaml")):
        doc = _read_yaml(path, root, problems)
        mdef = _validate(MappingDef, doc, problems) if doc else None
        if doc is None or mdef is None:
            continue
        m = VersionMapping(mdef.from_, mdef.to, dict(mdef.renamed), {k: tuple(v) for k, v in mdef.split.items()},
                           {k: tuple(v) for k, v in mdef.merged.items()}, tuple(mdef.changed), tuple(mdef.removed),
                           dict(mdef.notes))
        problems += _mapping_problems(doc, path.name, m, snapshots, current)
        mappings.append(m)
    if current is not None:
        frozen = snapshots.get(current.version)
        if frozen is not None and frozen.meaning_hash != current.meaning_hash:
            changed = _differences(frozen, meaning_of(current))
            problems.append(Problem(
                f"{root.name}/versions/{current.version}.yaml", 1, "meaning_hash",
                f"the questions changed meaning since version {current.version} was frozen ({', '.join(changed[:12])}"
                f"{' …' if len(changed) > 12 else ''}): raise the version in questionnaire.yaml and add "
                f"migrations/{current.version}-to-<new>.yaml"))
    return tuple(snapshots.values()), tuple(mappings), problems


def _read_snapshot(path: Path, root: Path, problems: list[Problem]) -> MeaningSnapshot | None:
    doc = _read_yaml(path, root, problems)
    sdef = _validate(SnapshotDef, doc, problems) if doc else None
    if doc is None or sdef is None:
        return None
    snap = snapshot_from(sdef)
    if path.stem != snap.version:
        problems.append(Problem(doc.display, doc.line_of(("version",)), "version",
                                f"the file of version {snap.version} must be named {snap.version}.yaml"))
    if snap.meaning_hash != sdef.meaning_hash:
        problems.append(Problem(doc.display, doc.line_of(("meaning_hash",)), "meaning_hash",
                                "the snapshot was edited by hand: its content no longer matches its meaning_hash "
                                "(a frozen version never changes)"))
    return snap


def _differences(old: MeaningSnapshot, new: MeaningSnapshot) -> list[str]:
    out = [qid for qid, m in new.questions.items() if qid not in old.questions or not m.same_as(old.questions[qid])]
    out += [qid for qid in old.questions if qid not in new.questions]
    if old.scale != new.scale:
        out.insert(0, "answer scale")
    if not out and old.sections != new.sections:
        out.append("order of the sections")
    return out


def _mapping_problems(doc: _Doc, name: str, m: VersionMapping, snapshots: dict[str, MeaningSnapshot],
                      current: Questionnaire | None) -> list[Problem]:
    out: list[Problem] = []

    def add(loc: tuple[Any, ...], msg: str) -> None:
        out.append(Problem(doc.display, doc.line_of(loc), ".".join(str(x) for x in loc), msg))

    match = MAPPING_NAME.match(name)
    if match is None or match.groups() != (m.from_version, m.to_version):
        add(("from",), f"the file of the mapping {m.from_version} -> {m.to_version} must be named "
                       f"{m.from_version}-to-{m.to_version}.yaml")
    old = snapshots.get(m.from_version)
    if old is None:
        add(("from",), f"the meaning of version {m.from_version} is unknown: versions/{m.from_version}.yaml is "
                       f"needed to upgrade answers given against it (python -m app freeze-version, run on that "
                       f"version)")
    new: MeaningSnapshot | None = snapshots.get(m.to_version)
    if current is not None and current.version == m.to_version:
        new = meaning_of(current)
    elif new is None:
        add(("to",), f"version {m.to_version} is neither the current version nor a frozen one")
    old_side: list[tuple[tuple[Any, ...], str]] = [(("renamed", k), k) for k in m.renamed]
    old_side += [(("split", k), k) for k in m.split]
    old_side += [(("merged", k, i), o) for k, v in m.merged.items() for i, o in enumerate(v)]
    old_side += [(("removed", i), o) for i, o in enumerate(m.removed)]
    old_side += [(("changed", i), c) for i, c in enumerate(m.changed)]
    new_side: list[tuple[tuple[Any, ...], str]] = [(("renamed", k), v) for k, v in m.renamed.items()]
    new_side += [(("split", k, i), n) for k, v in m.split.items() for i, n in enumerate(v)]
    new_side += [(("merged", k), k) for k in m.merged]
    new_side += [(("changed", i), c) for i, c in enumerate(m.changed)]
    if old is not None:
        for loc, qid in old_side:
            if qid not in old.questions:
                add(loc, f"'{qid}' is not a question of version {m.from_version}")
    if new is not None:
        for loc, qid in new_side:
            if qid not in new.questions:
                add(loc, f"'{qid}' is not a question of version {m.to_version}")
        for i, qid in enumerate(m.removed):
            if qid in new.questions:
                add(("removed", i), f"'{qid}' still exists in version {m.to_version}: it cannot be removed "
                                    "(list it under 'changed' if its meaning changed)")
    if old is not None:
        for k, v in m.merged.items():
            if len(set(v) | ({k} & set(old.questions))) < 2:
                add(("merged", k), f"'{k}' is merged from a single question that is not itself in version "
                                   f"{m.from_version}: list it under renamed (and changed) instead")
    if old is not None and new is not None:
        accounted = set(m.renamed) | set(m.split) | {o for v in m.merged.values() for o in v} | set(m.removed)
        for qid in old.questions:
            if qid not in new.questions and qid not in accounted:
                add(("removed",), f"'{qid}' of version {m.from_version} is not in version {m.to_version}: list it "
                                  "under removed, renamed, split or merged")
    seen: dict[str, str] = {}
    for key, ids in (("renamed", list(m.renamed)), ("split", list(m.split)),
                     ("merged", [o for v in m.merged.values() for o in v]), ("removed", list(m.removed))):
        for qid in ids:
            if qid in seen and seen[qid] != key:
                add((key,), f"'{qid}' is listed both under {seen[qid]} and under {key}")
            seen[qid] = key
    known = set(old.questions if old else ()) | set(new.questions if new else ())
    for qid in m.notes:
        if old is not None and new is not None and qid not in known:
            add(("notes", qid), f"the note is about '{qid}', which is in neither version")
    return out
