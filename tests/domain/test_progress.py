"""The one progress rule and the provisional rule, against hand-worked cases (tests/factories.py)."""

from __future__ import annotations

import pytest

from app.domain.answers import Answer, AnswerValue
from app.domain.progress import State, progress, state_of
from app.domain.scoring import PROVISIONAL_COVERAGE, score
from tests.factories import make_questionnaire, sample_answers


@pytest.mark.parametrize(("answer", "state"), [
    (None, State.UNANSWERED),
    (Answer("x"), State.UNANSWERED),
    (Answer("x", AnswerValue.FULLY), State.ANSWERED),
    (Answer("x", AnswerValue.NOT), State.ANSWERED),
    (Answer("x", AnswerValue.DONT_KNOW), State.DONT_KNOW),
    (Answer("x", AnswerValue.NA, na_reason="no such service"), State.NA),
    (Answer("x", AnswerValue.NA, na_reason="   "), State.NA_PENDING),
    (Answer("x", AnswerValue.LARGELY, carried_over=True), State.CARRIED_OVER),
    (Answer("x", AnswerValue.PARTIALLY, to_review=True), State.ANSWERED),  # flagged, still answered
])
def test_state_of_each_kind_of_answer(answer, state):
    assert state_of(answer) is state


def test_progress_counts_of_the_sample():
    qn = make_questionnaire()
    answers = {a.question_id: a for a in sample_answers()}
    p = progress(qn.questions(), answers)
    # 7 questions: 4 on the scale, 1 N/A with reason, 1 don't know, 1 unanswered
    assert (p.total, p.answered, p.na, p.dont_know, p.unanswered, p.na_pending) == (7, 4, 1, 1, 1, 0)
    assert p.applicable == 6
    assert p.coverage == pytest.approx(4 / 6)
    assert p.open == 2 and not p.complete


def test_progress_agrees_with_the_tallies():
    qn = make_questionnaire()
    answers = {a.question_id: a for a in sample_answers()}
    answers["III.A-03"] = Answer("III.A-03", AnswerValue.NA)  # reason still missing
    answers["V-02"] = Answer("V-02", AnswerValue.FULLY, to_review=True)
    r = score(qn, answers)
    for s in qn.sections:
        t, p = r.sections[s.id], progress(s.questions, answers)
        assert t.progress == p
        assert (t.answered, t.applicable, t.na, t.dont_know) == (p.answered, p.applicable, p.na, p.dont_know)
        assert t.coverage == p.coverage
    assert r.overall.progress is not None
    assert (r.overall.progress.na_pending, r.overall.progress.to_review) == (1, 1)


def test_provisional_rule_by_hand():
    r = score(make_questionnaire(), sample_answers())
    # III.A: 2 of 2 applicable answered -> band given
    a = r.sections["III.A"]
    assert not a.provisional and a.band is not None and a.band.id == "established"  # 73.3 %
    assert a.headline == pytest.approx(73.3333, abs=1e-3)
    # III.B: 1 of 2 -> provisional, no band, no headline, the score is still there
    b = r.sections["III.B"]
    assert b.provisional and b.band is None and b.headline is None and b.score == 0.0
    # V: 1 of 2 -> provisional, although 66.7 % would be "established"
    v = r.sections["V"]
    assert v.provisional and v.band is None and v.score == pytest.approx(66.6667, abs=1e-3)
    # overall: 4 of 6 applicable = exactly two thirds -> reaches the threshold
    assert r.overall.coverage == pytest.approx(PROVISIONAL_COVERAGE)
    assert not r.overall.provisional and r.overall.band is not None and r.overall.band.id == "developing"  # 54.0 %


def test_one_answer_less_makes_the_overall_score_provisional():
    answers = [a for a in sample_answers() if a.question_id != "V-01"]  # 3 of 6 answered
    r = score(make_questionnaire(), answers)
    assert r.overall.coverage == pytest.approx(0.5)
    assert r.overall.provisional and r.overall.band is None
    assert r.overall.score is not None  # still computed and shown, marked provisional


def test_two_of_many_answered_gets_no_band():
    """The issue's case: 2 of 259 answered gave 'Overall 50 % - Developing'."""
    qn = make_questionnaire()
    r = score(qn, [Answer("III.A-01", AnswerValue.FULLY), Answer("V-01", AnswerValue.NOT)])
    assert r.overall.score == pytest.approx(50.0)
    assert r.overall.provisional and r.overall.band is None and r.overall.headline is None


def test_nothing_applicable_is_provisional_and_not_scored():
    qn = make_questionnaire()
    answers = [Answer(q.id, AnswerValue.NA, na_reason="n/a") for q in qn.sections[1].questions]
    t = score(qn, answers).sections["III.B"]
    assert t.score is None and t.coverage is None and t.provisional and t.band is None
