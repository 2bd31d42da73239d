"""Answers to questions: the scale, confidence, and the values the method gives them."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class AnswerValue(StrEnum):
    FULLY = "fully"
    LARGELY = "largely"
    PARTIALLY = "partially"
    NOT = "not"
    NA = "na"
    DONT_KNOW = "dont_know"


# docs/methodology.md: the value of each point of the scale. N/A and don't know carry no value.
SCALE_VALUES: dict[AnswerValue, float] = {
    AnswerValue.FULLY: 1.0,
    AnswerValue.LARGELY: 2.0 / 3.0,
    AnswerValue.PARTIALLY: 1.0 / 3.0,
    AnswerValue.NOT: 0.0,
}

# The order the scale is offered in, and its keyboard keys 1..6.
SCALE_ORDER: tuple[AnswerValue, ...] = (
    AnswerValue.FULLY,
    AnswerValue.LARGELY,
    AnswerValue.PARTIALLY,
    AnswerValue.NOT,
    AnswerValue.NA,
    AnswerValue.DONT_KNOW,
)


class Confidence(StrEnum):
    DECLARED = "declared"
    DOCUMENTED = "documented"
    VERIFIED = "verified"


@dataclass(frozen=True)
class Answer:
    question_id: str
    value: AnswerValue | None = None
    na_reason: str = ""
    comment: str = ""
    legal_provision: str = ""
    evidence: str = ""
    confidence: Confidence | None = None
    institution: str = ""  # for a don't-know: the institution best placed to answer (follow-up list)
    to_review: bool = False  # the question changed meaning in a questionnaire upgrade: check the answer
    carried_over: bool = False  # follow-up reviews: copied from the previous review, not yet confirmed

    @property
    def is_scored(self) -> bool:
        """True when the answer is a point of the scale (counts in the score)."""
        return self.value in SCALE_VALUES

    @property
    def is_na(self) -> bool:
        return self.value is AnswerValue.NA


class AnswerError(ValueError):
    """An answer that the method cannot accept (for example N/A without a reason)."""


def validate_answer(answer: Answer) -> None:
    if answer.value is AnswerValue.NA and not answer.na_reason.strip():
        raise AnswerError("not applicable needs a written reason")


ANSWER_LABELS: dict[AnswerValue, dict[str, str]] = {
    AnswerValue.FULLY: {"en": "Fully in place", "fr": "Pleinement en place", "ar": "قائم بالكامل"},
    AnswerValue.LARGELY: {"en": "Largely in place", "fr": "Largement en place", "ar": "قائم إلى حد كبير"},
    AnswerValue.PARTIALLY: {"en": "Partially in place", "fr": "Partiellement en place", "ar": "قائم جزئياً"},
    AnswerValue.NOT: {"en": "Not in place", "fr": "Pas en place", "ar": "غير قائم"},
    AnswerValue.NA: {"en": "Not applicable", "fr": "Sans objet", "ar": "لا ينطبق"},
    AnswerValue.DONT_KNOW: {"en": "Don't know", "fr": "Ne sait pas", "ar": "لا أعرف"},
}

CONFIDENCE_LABELS: dict[Confidence, dict[str, str]] = {
    Confidence.DECLARED: {"en": "Declared", "fr": "Déclaré", "ar": "مُعلَن"},
    Confidence.DOCUMENTED: {"en": "Documented", "fr": "Documenté", "ar": "موثَّق"},
    Confidence.VERIFIED: {"en": "Verified", "fr": "Vérifié", "ar": "متحقَّق منه"},
}
