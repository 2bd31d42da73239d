"""Pydantic schema of the questionnaire files (documented in docs/questionnaire-format.md)."""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, field_validator

from app.domain.questionnaire import LANGUAGES, Strength

ID_RE = r"^[A-Za-z0-9][A-Za-z0-9._-]*$"
SECTION_RE = r"^[IVX]+(\.[A-Z])?$"


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=False, frozen=True)


class Localized(Strict):
    """A text keyed by language; English is required, French and Arabic are expected."""

    en: Annotated[str, Field(min_length=1)]
    fr: str = ""
    ar: str = ""

    @field_validator("en")
    @classmethod
    def _not_blank(cls, v: str) -> str:
        if not v.strip():
            raise ValueError("the English text is empty")
        return v

    def as_dict(self) -> dict[str, str]:
        return {lang: getattr(self, lang).strip() for lang in LANGUAGES}


class ChapterDef(Strict):
    id: Annotated[str, Field(pattern=r"^[IVX]+$")]
    title: Localized


class QuestionnaireDef(Strict):
    format: int = 1
    id: Annotated[str, Field(pattern=ID_RE)]
    version: Annotated[str, Field(pattern=r"^\d+\.\d+(\.\d+)?$")]
    title: Localized
    source: str = ""
    chapters: list[ChapterDef]
    sections: Annotated[list[Annotated[str, Field(pattern=SECTION_RE)]], Field(min_length=1)]
    tags_file: str | None = None

    @field_validator("format")
    @classmethod
    def _format(cls, v: int) -> int:
        if v != 1:
            raise ValueError(f"format {v} is not supported by this version of the app (it reads format 1)")
        return v


class QuestionDef(Strict):
    id: Annotated[str, Field(pattern=ID_RE)]
    paragraphs: Annotated[list[Annotated[int, Field(ge=1, le=113)]], Field(min_length=1)]
    opsc_articles: list[str] = []
    strength: Strength
    weight: Annotated[float, Field(gt=0)]
    asks_for_law: bool = False
    tags: list[str] = []
    # Questions whose English text resembles this one's but which score a different measure, each
    # with the reason (docs/methodology.md, "An obligation is scored once").
    distinct_from: dict[str, Annotated[str, Field(min_length=10)]] = {}
    # The key of the obligation this question scores, when the Guidelines restate it in several
    # paragraphs (attempt, liability-of-legal-persons...): two questions with the same key are an error.
    measure: Annotated[str, Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")] | None = None
    text: Localized
    guidance: Localized

    @field_validator("opsc_articles", mode="before")
    @classmethod
    def _articles(cls, v: object) -> object:
        if isinstance(v, list):
            out = [str(x) for x in v]
            for a in out:
                if not re.fullmatch(r"\d+(\s*\(\d+\))?(\s*\([a-z]+\))?(\s*\([ivx]+\))?", a):
                    raise ValueError(f"'{a}' is not an article reference such as 3 or 3 (1) (a)")
            return out
        return v


class SectionDef(Strict):
    id: Annotated[str, Field(pattern=SECTION_RE)]
    chapter: Annotated[str, Field(pattern=r"^[IVX]+$")]
    paragraphs: Annotated[list[int], Field(min_length=2, max_length=2)]
    title: Localized
    intro: Localized
    context_paragraphs: list[int] = []
    questions: Annotated[list[QuestionDef], Field(min_length=1)]


class TagDef(Strict):
    id: Annotated[str, Field(pattern=ID_RE)]
    framework: Annotated[str, Field(pattern=r"^(mnr|icmec)$")]
    name: Localized
    # why few or no questions map here: English for reviewers, or {en, fr, ar} when users are shown it too
    coverage_note: str | Localized = ""


class TagsDef(Strict):
    tags: list[TagDef]
