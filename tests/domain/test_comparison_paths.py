"""The comparison's fast paths against plain reference loops (any answers, any weights): the scoring sums
(`group_sums`, with its shortcuts for scale and N/A answers), `Sums.figures`, the open questions of each
assessment (looked up only where the sums count some) and the changed questions (read column by column,
with or without the scoring's hint of which assessments carry answers over) must give exactly what a
question-by-question loop over the one progress rule (`state_of`) gives."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.answers import SCALE_VALUES, Answer, AnswerValue, Confidence
from app.domain.comparison import ChangedQuestion, Mark, Reading, build, changed_questions
from app.domain.progress import OPEN_STATES, State, state_of
from app.domain.report import AssessmentInfo
from app.domain.scoring import PROVISIONAL_COVERAGE, effective_weights, score
from tests.factories import make_questionnaire

QN = make_questionnaire()
IDS = [q.id for q in QN.questions()]
settings.register_profile("opsc-paths", max_examples=120, deadline=None, derandomize=True)

ANSWERS = st.one_of(
    st.none(),
    st.builds(Answer, st.sampled_from(IDS), st.sampled_from([None, *AnswerValue]),
              na_reason=st.sampled_from(["", "  ", "Not here."]), comment=st.sampled_from(["", "Seen.", " "]),
              confidence=st.sampled_from([None, *Confidence]), to_review=st.booleans(), carried_over=st.booleans()),
)
ASSESSMENT = st.fixed_dictionaries({qid: ANSWERS for qid in IDS})
OVERRIDES = st.one_of(st.none(), st.dictionaries(st.sampled_from(IDS), st.sampled_from([0.5, 1.0, 4.0]), max_size=3))


def info(i: int, country: str) -> AssessmentInfo:
    return AssessmentInfo(i, f"A{i}", country, country, date(2020 + i, 1, 1), questionnaire_id=QN.id,
                          questionnaire_version=QN.version, questionnaire_hash=QN.content_hash)


def reference_figures(answers: dict[str, Answer], weights: dict[str, float]
                      ) -> dict[str, tuple[float | None, float | None, float | None, bool, int, int, int]]:
    """Per section and overall, question by question with state_of: the figures of the method."""
    out = {}
    every = [0.0, 0.0, 0.0, 0, 0, 0]
    for s in QN.sections:
        t = [0.0, 0.0, 0.0, 0, 0, 0]  # num, den, den_all, answered, applicable, carried over
        for x in s.questions:
            a = answers.get(x.id)
            state = state_of(a)
            if state is State.NA:
                continue
            w = weights[x.id]
            t[2] += w
            t[4] += 1
            if state is State.ANSWERED:
                assert a is not None and a.value is not None
                t[0] += w * SCALE_VALUES[a.value]
                t[1] += w
                t[3] += 1
            t[5] += state is State.CARRIED_OVER
        for k in range(6):
            every[k] += t[k]
        out[s.id] = t
    out["overall"] = every
    figures = {}
    for key, (num, den, den_all, answered, applicable, carried) in out.items():
        coverage = answered / applicable if applicable else None
        figures[key] = (100.0 * num / den if den > 0 else None, 100.0 * num / den_all if den_all > 0 else None,
                        coverage, coverage is None or den <= 0 or coverage < PROVISIONAL_COVERAGE - 1e-12,
                        int(answered), int(applicable), int(carried))
    return figures


def reference_changed(ids: list[int], answers: dict[int, dict[str, Answer]], reading: Reading) -> list[ChangedQuestion]:
    out = []
    for x in QN.questions():
        got = [answers[i].get(x.id) for i in ids]
        values = {i: (None if a is None else a.value) for i, a in zip(ids, got, strict=True)}
        if len(set(values.values())) == 1:
            continue
        comments = {i: ("" if a is None else a.comment) for i, a in zip(ids, got, strict=True)}
        carried = {i: a is not None and state_of(a) is State.CARRIED_OVER for i, a in zip(ids, got, strict=True)}
        reasons = {i: a.na_reason.strip() for i, a in zip(ids, got, strict=True)
                   if a is not None and a.value is AnswerValue.NA and a.na_reason.strip()}
        if reading.over_time:
            first, last = values[ids[0]], values[ids[-1]]
            if first == last:
                direction = Mark.UNCHANGED
            elif first in SCALE_VALUES and last in SCALE_VALUES:
                assert first is not None and last is not None
                direction = Mark.IMPROVED if SCALE_VALUES[last] > SCALE_VALUES[first] else Mark.REGRESSED
            else:
                direction = Mark.CHANGED
        else:
            direction = Mark.DIFFERS
        out.append(ChangedQuestion(x.id, x.section_id, values, comments, carried, direction, reasons))
    return out


@settings(settings.get_profile("opsc-paths"))
@given(st.lists(st.tuples(ASSESSMENT, OVERRIDES), min_size=2, max_size=4), st.booleans())
def test_the_comparison_gives_what_a_plain_loop_over_the_progress_rule_gives(drawn, over_time):
    ids = list(range(1, len(drawn) + 1))
    infos = [info(i, "MA" if over_time else f"C{i}") for i in ids]
    # an answer drawn for another question id stands for that question (as the database keys them)
    answers = {i: {qid: Answer(qid, a.value, a.na_reason, a.comment, confidence=a.confidence, to_review=a.to_review,
                               carried_over=a.carried_over)
                   for qid, a in mine.items() if a is not None} for i, (mine, _) in zip(ids, drawn, strict=True)}
    overrides = {i: o for i, (_, o) in zip(ids, drawn, strict=True) if o}
    c = build(QN, infos, answers, overrides)
    assert c.reading is (Reading.OVER_TIME if over_time else Reading.ACROSS_COUNTRIES)
    for i in ids:
        weights = effective_weights(QN, overrides.get(i))
        expected = reference_figures(answers[i], weights)
        for key, line in [*c.sections.items(), ("overall", c.overall)]:
            f = line.figures[i]
            assert (f.score, f.conservative, f.coverage, f.provisional, f.answered, f.applicable,
                    f.carried_over) == expected[key], (i, key)
        # and the very figures of `score` (its tallies: the same sums, read through their properties)
        result = score(QN, answers[i], overrides.get(i))
        for key, t in [*result.sections.items(), ("overall", result.overall)]:
            f = (c.sections[key] if key != "overall" else c.overall).figures[i]
            assert (f.score, f.conservative, f.coverage, f.provisional) == (t.score, t.conservative, t.coverage,
                                                                            t.provisional)
            assert t.progress is not None and f.carried_over == t.progress.carried_over
    # every assessment's open questions: those the progress rule calls open, in questionnaire order
    assert c.open_by == {i: {x.id: st for x in QN.questions() if (st := state_of(answers[i].get(x.id))) in OPEN_STATES}
                         for i in ids}
    assert c.open_states == c.open_by[ids[-1]]
    expected_changed = reference_changed(ids, answers, c.reading)
    assert list(c.changed) == expected_changed
    # without the scoring's hint, the changed questions look the carried-over answers up themselves
    assert changed_questions(QN, ids, answers, c.reading) == expected_changed
