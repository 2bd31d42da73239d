"""Crosswalk views: the scores of an assessment grouped by the capabilities of another framework.

The questions carry tags (questionnaires/opsc/tags.yaml): `mnr-NN` for the 21 capabilities of the
WePROTECT Global Alliance Model National Response, `icmec.*` for the "ICMEC / REPERES legislative
criteria" (five from the ICMEC Global Review of model legislation, eleven from the REPERES report).
A group is scored exactly like a section (scoring.tally, with the weights the assessment uses,
overrides included); a question tagged with several capabilities counts in each of them, so the groups
of one framework overlap and their figures do not add up to the overall score.

Every tag of the framework gets a group, in the order of the tags file, even when no question maps to
it: a partner planning against the framework must see that nothing here speaks to that capability,
not have it silently dropped.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from .answers import Answer
from .questionnaire import Question, Questionnaire, Tag, Text
from .scoring import Gap, ScoreResult, Tally, tally

MNR = "mnr"
ICMEC = "icmec"
FRAMEWORKS: tuple[str, ...] = (MNR, ICMEC)
PROXY_AT_MOST = 2  # a group scored on this many questions or fewer is a proxy, and says so
CAVEAT_MARK = "*"  # before the name of a group to read with care (a plain asterisk: every font has it)

FRAMEWORK_NAMES: dict[str, Text] = {
    MNR: Text({"en": "WePROTECT Model National Response capabilities",
               "fr": "Capacités du modèle de réponse nationale de WePROTECT",
               "ar": "قدرات نموذج الاستجابة الوطنية لتحالف WePROTECT"}),
    # five criteria come from the ICMEC Global Review of model legislation, eleven from the REPERES report's
    # criteria for efficient legislation (seed 003); the id stays "icmec" for files and scripts
    ICMEC: Text({"en": "ICMEC / REPERES legislative criteria",
                 "fr": "Critères législatifs ICMEC / REPERES",
                 "ar": "المعايير التشريعية للمركز الدولي ICMEC وبرنامج REPERES"}),
}


@dataclass(frozen=True)
class GroupScore:
    """One capability or criterion: its score over the questions tagged with it, and its gaps."""

    tag: Tag
    question_ids: tuple[str, ...]  # the questions tagged with it, in questionnaire order
    tally: Tally  # the same tally as a section's; every figure None/0 when no question maps here
    gaps: tuple[Gap, ...]  # the questions driving its gap, largest weight x gap first

    @property
    def mapped(self) -> bool:
        """False when no question of the questionnaire maps to this capability."""
        return bool(self.question_ids)

    @property
    def caveat(self) -> bool:
        """True when this group's figures are to be read with care: the tags file notes that the Guidelines
        cover it thinly (`coverage_note`), or it is scored on PROXY_AT_MOST questions or fewer. The screens
        and reports mark it (CAVEAT_MARK) and show the note, or how many questions it rests on."""
        return bool(self.tag.note) or (self.mapped and len(self.question_ids) <= PROXY_AT_MOST)


@dataclass(frozen=True)
class Crosswalk:
    framework: str  # "mnr" or "icmec"
    groups: tuple[GroupScore, ...]  # every tag of the framework, in the order of the tags file
    untagged: tuple[str, ...]  # questions that map to no tag of this framework

    def group(self, tag_id: str) -> GroupScore:
        for g in self.groups:
            if g.tag.id == tag_id:
                return g
        raise KeyError(tag_id)

    @property
    def unmapped(self) -> tuple[GroupScore, ...]:
        return tuple(g for g in self.groups if not g.mapped)


def tags_of(questionnaire: Questionnaire, framework: str) -> tuple[Tag, ...]:
    return tuple(t for t in questionnaire.tags if t.framework == framework)


def crosswalk(questionnaire: Questionnaire, result: ScoreResult, answers: Mapping[str, Answer],
              framework: str) -> Crosswalk:
    """Group `result` (scored with its own weights) by the tags of `framework`."""
    if framework not in FRAMEWORKS:
        raise ValueError(f"unknown framework {framework!r}: expected one of {', '.join(FRAMEWORKS)}")
    tags = tags_of(questionnaire, framework)
    members: dict[str, list[Question]] = {t.id: [] for t in tags}
    untagged = []
    for q in questionnaire.questions():
        hits = [tid for tid in q.tags if tid in members]
        for tid in hits:
            members[tid].append(q)
        if not hits:
            untagged.append(q.id)
    groups = []
    for t in tags:
        questions = members[t.id]
        ids = {q.id for q in questions}
        groups.append(GroupScore(
            tag=t, question_ids=tuple(q.id for q in questions),
            tally=tally(questions, answers, result.weights),
            gaps=tuple(g for g in result.gaps if g.question_id in ids),  # result.gaps is sorted already
        ))
    return Crosswalk(framework, tuple(groups), tuple(untagged))


def short_name(tag: Tag, lang: str) -> str:
    """The tag's name without its framework prefix ("MNR 3 Legislation" -> "3 Legislation"), for tables
    and charts whose title already names the framework."""
    name = tag.name.get(lang)
    for prefix in ("MNR ", "ICMEC : ", "ICMEC: ", "نموذج الاستجابة الوطنية "):
        if name.startswith(prefix):
            rest = name[len(prefix):]
            return rest[:1].upper() + rest[1:]
    return name
