"""Scoring against numbers worked out by hand (see tests/factories.py for the weights).

Sample answers:
  III.A-01 must 3.0 fully (1)        III.A-02 should 2.0 partially (1/3)   III.A-03 encourages 1.0 N/A
  III.B-01 urges 2.5 not (0)         III.B-02 recommends 1.5 don't know
  V-01 must 3.0 largely (2/3)        V-02 should 2.0 unanswered
"""

from __future__ import annotations

import pytest

from app.domain.answers import Answer, AnswerError, AnswerValue, validate_answer
from app.domain.scoring import WeightError, band_for, score, suggested_priority
from tests.factories import make_questionnaire, sample_answers

approx = pytest.approx


def test_section_scores_by_hand():
    r = score(make_questionnaire(), sample_answers())
    a = r.sections["III.A"]
    # (3*1 + 2*1/3) / (3 + 2) = 3.6667 / 5; N/A question left out of both sums
    assert a.score == approx(100 * (3 + 2 / 3) / 5)  # 73.33
    assert a.score == approx(73.3333, abs=1e-3)
    assert a.conservative == approx(73.3333, abs=1e-3)
    assert a.coverage == 1.0
    assert (a.total, a.applicable, a.answered, a.na) == (3, 2, 2, 1)
    # equal weights: (1 + 1/3) / 2
    assert a.equal_weight_score == approx(66.6667, abs=1e-3)

    b = r.sections["III.B"]
    # only III.B-01 (not in place) is answered; don't know is unanswered
    assert b.score == 0.0
    assert b.conservative == 0.0
    assert b.coverage == 0.5
    assert b.dont_know == 1

    v = r.sections["V"]
    assert v.score == approx(66.6667, abs=1e-3)  # 3*(2/3) / 3
    assert v.conservative == approx(40.0)  # 2 / (3 + 2)
    assert v.coverage == 0.5


def test_overall_and_chapters_by_hand():
    r = score(make_questionnaire(), sample_answers())
    # numerator 3 + 2/3 + 0 + 2 = 5.6667; answered weights 3 + 2 + 2.5 + 3 = 10.5
    assert r.overall.score == approx(100 * 5.666667 / 10.5, abs=1e-3)  # 53.97
    # all applicable weights 3 + 2 + 2.5 + 1.5 + 3 + 2 = 14
    assert r.overall.conservative == approx(100 * 5.666667 / 14, abs=1e-3)  # 40.48
    assert r.overall.coverage == approx(4 / 6)
    # chapter III: 3.6667 / 7.5 and conservatively / 9
    assert r.chapters["III"].score == approx(48.8889, abs=1e-3)
    assert r.chapters["III"].conservative == approx(40.7407, abs=1e-3)
    assert r.overall.confidence == approx({"declared": 0.5, "documented": 0.25, "verified": 0.25})


def test_gaps_sorted_by_weight_times_gap():
    r = score(make_questionnaire(), sample_answers())
    assert [g.question_id for g in r.gaps] == ["III.B-01", "III.A-02", "V-01"]
    assert [g.priority_score for g in r.gaps] == approx([2.5, 4 / 3, 1.0])
    assert [suggested_priority(g) for g in r.gaps] == ["high", "medium", "medium"]


def test_nothing_answered_is_not_scored_and_no_division_by_zero():
    r = score(make_questionnaire(), [])
    assert r.overall.score is None
    assert r.overall.band is None
    assert r.overall.conservative == 0.0
    assert r.overall.coverage == 0.0
    assert all(t.score is None for t in r.sections.values())


def test_all_not_applicable_has_no_score_and_no_coverage():
    qn = make_questionnaire()
    answers = [Answer(q.id, AnswerValue.NA, na_reason="n/a") for q in qn.section("V").questions]
    v = score(qn, answers).sections["V"]
    assert (v.score, v.conservative, v.coverage, v.applicable) == (None, None, None, 0)


def test_overridden_weights_change_the_score_and_are_reported():
    r = score(make_questionnaire(), sample_answers(), {"III.A-01": 1.0})
    # (1*1 + 2*1/3) / (1 + 2) = 1.6667 / 3
    assert r.sections["III.A"].score == approx(55.5556, abs=1e-3)
    assert r.overridden == {"III.A-01": (3.0, 1.0)}
    assert r.sections["III.A"].equal_weight_score == approx(66.6667, abs=1e-3)


@pytest.mark.parametrize("bad", [0, -1.5])
def test_weight_override_must_be_positive(bad):
    with pytest.raises(WeightError):
        score(make_questionnaire(), [], {"V-01": bad})


@pytest.mark.parametrize(
    ("value", "band"),
    [(None, None), (0.0, "minimal"), (14.99, "minimal"), (15.0, "initial"), (35.0, "developing"),
     (59.9, "developing"), (60.0, "established"), (85.0, "advanced"), (100.0, "advanced")],
)
def test_bands_cut_offs(value, band):
    b = band_for(value)
    assert (b.id if b else None) == band


def test_na_needs_a_reason():
    with pytest.raises(AnswerError):
        validate_answer(Answer("V-01", AnswerValue.NA, na_reason="  "))
    validate_answer(Answer("V-01", AnswerValue.NA, na_reason="No tourism sector."))


def test_na_without_reason_counts_as_unanswered_not_as_excluded():
    qn = make_questionnaire()
    r = score(qn, [Answer("V-01", AnswerValue.FULLY), Answer("V-02", AnswerValue.NA, na_reason="")])
    v = r.sections["V"]
    # V-02 stays applicable: coverage 1/2, conservative 3 / (3 + 2)
    assert (v.applicable, v.answered, v.na) == (2, 1, 0)
    assert v.score == 100.0
    assert v.conservative == approx(60.0)


def test_sums_classify_every_kind_of_answer_as_the_progress_rule_does():
    """Sums.add_all takes a plain scale answer on a fast path; every kind of answer (each value, carried over
    or not, N/A with and without its reason, none) must still land in the state `state_of` gives it."""
    from itertools import product

    from app.domain.progress import State, state_of
    from app.domain.scoring import Sums, effective_weights

    qn = make_questionnaire()
    question = qn.questions()[0]
    weights = effective_weights(qn)
    kinds: list[Answer | None] = [None]
    for value, carried, reason in product([None, *AnswerValue], (False, True), ("", "  ", "Not here.")):
        kinds.append(Answer(question.id, value, na_reason=reason, carried_over=carried))
    for a in kinds:
        sums = Sums().add_all([question], {} if a is None else {question.id: a}, weights)
        expected = state_of(a)
        assert sums.states[expected] == 1 and sum(sums.states.values()) == 1, (a, sums.states)
        assert sums.answered == (1 if expected is State.ANSWERED else 0)
        assert sums.applicable == (0 if expected is State.NA else 1)
        assert sums.den_all == (0.0 if expected is State.NA else weights[question.id])
