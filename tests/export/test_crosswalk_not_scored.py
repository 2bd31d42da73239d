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


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_a_criterion_whose_questions_are_all_na_says_not_applicable_not_not_yet(lang):
    from app.domain.answers import Answer, AnswerValue

    qn = tagged_questionnaire()
    for fw in ("mnr", "icmec"):
        plain = crosswalk(qn, score(qn, {}), {}, fw)
        for g in plain.groups:
            if not g.mapped:
                continue
            answers = {q: Answer(q, AnswerValue.NA, na_reason="Sans objet ici") for q in g.question_ids}
            group = crosswalk(qn, score(qn, answers), answers, fw).group(g.tag.id)
            said = drivers_text(group, lang)
            n = len(g.question_ids)
            assert said == (label("all_na_one", lang) if n == 1 else label("all_na_many", lang, n=n)), g.tag.id
            assert said != label("not_scored_yet", lang)
