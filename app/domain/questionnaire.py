"""The questionnaire model: sections of the Guidelines and their questions, in several languages."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property
from typing import TYPE_CHECKING

from .languages import FALLBACK_LANGUAGE, LANGUAGES

if TYPE_CHECKING:
    from .versions import MeaningSnapshot, VersionMapping

__all__ = ["FALLBACK_LANGUAGE", "LANGUAGES"]


class Strength(StrEnum):
    """How strongly the paragraph of the Guidelines words the measure."""

    MUST = "must"
    REMINDS = "reminds"
    URGES = "urges"
    SHOULD = "should"
    RECOMMENDS = "recommends"
    ENCOURAGES = "encourages"


# The rule from docs/methodology.md: the weight of a question follows the wording of its paragraph.
STRENGTH_WEIGHTS: dict[Strength, float] = {
    Strength.MUST: 3.0,
    Strength.REMINDS: 3.0,
    Strength.URGES: 2.5,
    Strength.SHOULD: 2.0,
    Strength.RECOMMENDS: 1.5,
    Strength.ENCOURAGES: 1.0,
}


@dataclass(frozen=True)
class Text:
    """A text in several languages, keyed by language code."""

    values: dict[str, str] = field(default_factory=dict)

    def get(self, lang: str) -> str:
        """The text in `lang`, or the English text where that translation is missing."""
        value = self.values.get(lang, "").strip()
        return value or self.values.get(FALLBACK_LANGUAGE, "")

    def has(self, lang: str) -> bool:
        return bool(self.values.get(lang, "").strip())

    def __bool__(self) -> bool:
        return any(v.strip() for v in self.values.values())


@dataclass(frozen=True)
class Tag:
    id: str
    framework: str  # "mnr" (WeProtect Model National Response) or "icmec"
    name: Text
    coverage_note: str = ""  # for content reviewers (English): why few or no questions map here
    note: Text = field(default_factory=Text)  # the same note in every language, for the screens and reports

    def __post_init__(self) -> None:
        if self.coverage_note and not self.note:  # an English-only note still reaches the screens and reports
            object.__setattr__(self, "note", Text({"en": self.coverage_note}))


@dataclass(frozen=True)
class Question:
    id: str
    section_id: str
    paragraphs: tuple[int, ...]
    opsc_articles: tuple[str, ...]
    strength: Strength
    weight: float
    text: Text
    guidance: Text
    asks_for_law: bool = False
    tags: tuple[str, ...] = ()

    @property
    def paragraph_label(self) -> str:
        return ", ".join(f"¶{p}" for p in self.paragraphs)


@dataclass(frozen=True)
class Section:
    id: str  # "III.A", "V", ...
    chapter: str  # "III", "V", ...
    paragraph_range: tuple[int, int]
    title: Text
    intro: Text
    questions: tuple[Question, ...]
    context_paragraphs: tuple[int, ...] = ()  # explain a term or context; feed guidance, no question


@dataclass(frozen=True)
class Chapter:
    id: str
    title: Text


@dataclass(frozen=True)
class Questionnaire:
    id: str
    version: str
    content_hash: str
    title: Text
    chapters: tuple[Chapter, ...]
    sections: tuple[Section, ...]
    tags: tuple[Tag, ...] = ()
    # earlier versions: their frozen meaning (versions/*.yaml) and the mappings (migrations/*.yaml)
    snapshots: tuple[MeaningSnapshot, ...] = ()
    mappings: tuple[VersionMapping, ...] = ()

    @cached_property
    def meaning_hash(self) -> str:
        """Fingerprint of what the questions mean: ids, sections, strengths, weights, answer scale."""
        from .versions import meaning_hash

        return meaning_hash(self)

    @cached_property
    def wording_hash(self) -> str:
        """Fingerprint of every text in every language: a change here never invalidates an answer."""
        from .versions import wording_hash

        return wording_hash(self)

    def snapshot(self, version: str) -> MeaningSnapshot | None:
        return next((s for s in self.snapshots if s.version == version), None)

    @cached_property
    def _all_questions(self) -> tuple[Question, ...]:
        """Every question in questionnaire order, gathered once (the questionnaire is frozen)."""
        return tuple(q for s in self.sections for q in s.questions)

    @cached_property
    def _by_id(self) -> dict[str, Question]:
        return {q.id: q for q in reversed(self._all_questions)}  # the first of an id, as a scan finds it

    def questions(self) -> list[Question]:
        return list(self._all_questions)

    def question(self, question_id: str) -> Question:
        """The question `question_id` (KeyError when the questionnaire has none), looked up in an index built
        once: reports look up every question they print."""
        return self._by_id[question_id]

    def section(self, section_id: str) -> Section:
        for s in self.sections:
            if s.id == section_id:
                return s
        raise KeyError(section_id)

    def chapter(self, chapter_id: str) -> Chapter:
        for c in self.chapters:
            if c.id == chapter_id:
                return c
        raise KeyError(chapter_id)

    def sections_of(self, chapter_id: str) -> list[Section]:
        return [s for s in self.sections if s.chapter == chapter_id]
