"""The workshop annex of the reports: who contributed, how far they agreed per section, and the questions
still in dispute. Pure data, assembled by the services from the contributions; the writers lay it out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from .answers import AnswerValue


@dataclass(frozen=True)
class WorkshopContributor:
    by: str
    institution: str = ""
    received: datetime | None = None
    answers: int = 0  # questions answered in the contribution in use (not the superseded ones)


@dataclass(frozen=True)
class SectionAgreement:
    """How the contributors agreed on the questions of one section."""

    section_id: str
    questions: int  # questions in the section
    unanimous: int = 0  # answered by two or more, all the same
    conflict: int = 0  # answered by two or more, not all the same
    single: int = 0  # answered by one contributor only
    none: int = 0  # answered by no contributor

    @property
    def compared(self) -> int:
        """Questions answered by two contributors or more: the ones where agreement can be measured."""
        return self.unanimous + self.conflict

    @property
    def share(self) -> float | None:
        """Share of the compared questions on which everyone agreed (0-1); None when none was compared."""
        return self.unanimous / self.compared if self.compared else None


@dataclass(frozen=True)
class Dispute:
    """A question on which the contributors disagree and the facilitator has not decided yet."""

    question_id: str
    section_id: str
    consensus: AnswerValue | None
    answers: tuple[tuple[str, AnswerValue | None], ...]  # (contributor, answer), in contributor order


@dataclass(frozen=True)
class WorkshopAnnex:
    contributors: tuple[WorkshopContributor, ...]
    sections: tuple[SectionAgreement, ...]
    disputes: tuple[Dispute, ...]

    @property
    def overall(self) -> SectionAgreement:
        """Every section taken together."""
        return SectionAgreement(
            "", sum(s.questions for s in self.sections), sum(s.unanimous for s in self.sections),
            sum(s.conflict for s in self.sections), sum(s.single for s in self.sections),
            sum(s.none for s in self.sections))
