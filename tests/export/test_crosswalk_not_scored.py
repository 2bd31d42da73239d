"""In the reports' crosswalk tables, a capability whose questions are all unanswered says "not scored yet",
not "no gap among the answered questions" (nothing is answered) nor "no question maps here"."""

from __future__ import annotations

import pytest

from app.domain.crosswalk import crosswalk
from app.domain.scoring import score
from app.export.pdf_crosswalk import drivers_text
from app.export.strings import label
from tests.domain.test_crosswalk import tagged_questionnaire


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_unanswered_unmapped_and_gapless_capabilities_are_told_apart(lang):
    from app.domain.answers import Answer, AnswerValue

    qn = tagged_questionnaire()
    answers = {"V-01": Answer("V-01", AnswerValue.FULLY)}  # mnr-03 answered without gap; mnr-01 nothing answered
    cw = crosswalk(qn, score(qn, answers), answers, "mnr")
    assert drivers_text(cw.group("mnr-01"), lang) == label("not_scored_yet", lang)
    assert drivers_text(cw.group("mnr-12"), lang) == label("no_question_maps", lang)
    assert drivers_text(cw.group("mnr-03"), lang) == label("no_gap_here", lang)
    assert label("not_scored_yet", lang) != label("no_question_maps", lang)
