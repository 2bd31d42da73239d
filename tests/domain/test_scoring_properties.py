"""Property-based tests of the scoring invariants (issue 12), with hypothesis, on the test questionnaire
(tests/factories.py: 7 questions in 3 sections, weights 1 to 3) and any answers and weight overrides."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.answers import Answer, AnswerValue
from app.domain.scoring import score
from tests.factories import make_questionnaire

QN = make_questionnaire()
IDS = [q.id for q in QN.questions()]
SCALE = [AnswerValue.NOT, AnswerValue.PARTIALLY, AnswerValue.LARGELY, AnswerValue.FULLY]  # lowest first
settings.register_profile("opsc", max_examples=300, deadline=None, derandomize=True)
settings.load_profile("opsc")


def answer(qid: str, kind: str) -> Answer | None:
    if kind == "none":
        return None
    if kind == "na":
        return Answer(qid, AnswerValue.NA, na_reason="does not apply")
    if kind == "na_pending":
        return Answer(qid, AnswerValue.NA)
    return Answer(qid, AnswerValue(kind))


KINDS = st.sampled_from(["none", "na", "na_pending", "dont_know", *[v.value for v in SCALE]])
answer_sets = st.lists(KINDS, min_size=len(IDS), max_size=len(IDS)).map(
    lambda kinds: {qid: a for qid, k in zip(IDS, kinds, strict=True) if (a := answer(qid, k)) is not None})
weights = st.dictionaries(st.sampled_from(IDS), st.floats(min_value=0.05, max_value=10, allow_nan=False))


def tallies(r):
    return [r.overall, *r.sections.values(), *r.chapters.values()]


@given(answer_sets, weights)
def test_scores_stay_between_0_and_100(answers, overrides):
    for t in tallies(score(QN, answers, overrides)):
        for x in (t.score, t.conservative, t.equal_weight_score):
            assert x is None or -1e-9 <= x <= 100 + 1e-9
        assert t.coverage is None or 0 <= t.coverage <= 1


@given(answer_sets, weights)
def test_conservative_never_above_score_and_equal_at_full_coverage(answers, overrides):
    for t in tallies(score(QN, answers, overrides)):
        if t.score is not None:
            assert t.conservative is not None and t.conservative <= t.score + 1e-9
        if t.coverage == 1:
            assert t.conservative == pytest.approx(t.score)


@given(answer_sets, weights, st.sampled_from(IDS))
def test_na_with_a_reason_never_changes_another_questions_contribution(answers, overrides, qid):
    """A question answered N/A with a reason counts exactly as if it were not in the questionnaire."""
    with_na = {**answers, qid: Answer(qid, AnswerValue.NA, na_reason="does not apply")}
    r = score(QN, with_na, overrides)
    without = replace(QN, sections=tuple(replace(s, questions=tuple(q for q in s.questions if q.id != qid))
                                         for s in QN.sections))
    rest = {k: v for k, v in answers.items() if k != qid}
    r2 = score(without, rest, {k: v for k, v in overrides.items() if k != qid})
    for a, b in ((r.overall, r2.overall), *((r.sections[s], r2.sections[s]) for s in r.sections)):
        assert (a.score is None) == (b.score is None)
        if a.score is not None:
            assert a.score == pytest.approx(b.score) and a.conservative == pytest.approx(b.conservative)
        assert (a.answered, a.applicable) == (b.answered, b.applicable)
    assert [g for g in r.gaps if g.question_id != qid] == list(r2.gaps)


@given(answer_sets, weights, st.sampled_from(IDS), st.integers(0, 2), st.integers(1, 3))
def test_raising_one_answer_never_lowers_its_sections_score(answers, overrides, qid, low, step):
    high = min(low + step, 3)
    before = score(QN, {**answers, qid: Answer(qid, SCALE[low])}, overrides)
    after = score(QN, {**answers, qid: Answer(qid, SCALE[high])}, overrides)
    section = QN.question(qid).section_id
    b, a = before.sections[section], after.sections[section]
    assert a.score >= b.score - 1e-9 and a.conservative >= b.conservative - 1e-9
    assert after.overall.score >= before.overall.score - 1e-9


@given(answer_sets, st.floats(min_value=0.01, max_value=100, allow_nan=False))
def test_weights_scaled_by_a_constant_leave_scores_unchanged(answers, factor):
    plain = score(QN, answers)
    scaled = score(QN, answers, {q.id: q.weight * factor for q in QN.questions()})
    for a, b in zip(tallies(plain), tallies(scaled), strict=True):
        assert (a.score is None) == (b.score is None)
        if a.score is not None:
            assert b.score == pytest.approx(a.score) and b.conservative == pytest.approx(a.conservative)
        assert a.band == b.band and a.provisional == b.provisional


@given(answer_sets, weights)
def test_a_band_is_given_only_at_two_thirds_coverage(answers, overrides):
    for t in tallies(score(QN, answers, overrides)):
        if t.band is not None:
            assert t.coverage is not None and t.coverage >= 2 / 3 - 1e-12
        if t.score is not None and t.coverage is not None and t.coverage >= 2 / 3:
            assert t.band is not None and not t.provisional
