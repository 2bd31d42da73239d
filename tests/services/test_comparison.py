"""Comparison of assessments against numbers worked out by hand (tests/factories.py questionnaire).

Weights: III.A-01 3, III.A-02 2, III.A-03 1 | III.B-01 2.5, III.B-02 1.5 | V-01 3, V-02 2.
Values: fully 1, largely 2/3, partially 1/3, not 0.

Morocco 2024 (first):  A-01 partially, A-02 not, A-03 fully | B-01 largely, B-02 don't know | V-01 fully, V-02 -
  III.A  (3/3 + 0 + 1) / 6 = 2/6 = 33.33 %; conservative the same; coverage 3/3 = 1
  III.B  2.5 x 2/3 = 1.667 / 2.5 = 66.67 %; conservative 1.667 / 4 = 41.67 %; coverage 1/2
  V      3 / 3 = 100 %; conservative 3 / 5 = 60 %; coverage 1/2
  overall (2 + 1.667 + 3) / 11.5 = 57.97 %; conservative 6.667 / 15 = 44.44 %; coverage 5/7
Morocco 2026 (last):   A-01 fully, A-02 partially, A-03 fully | B-01 largely, B-02 not | V-01 largely, V-02 largely
  III.A  (3 + 2/3 + 1) / 6 = 77.78 %          change +44.44 improved
  III.B  1.667 / 4 = 41.67 %                  change -25.00 regressed
  V      (2 + 1.333) / 5 = 66.67 %            change -33.33 regressed
  overall 9.667 / 15 = 64.44 %, coverage 1    change +6.47 improved
Changed answers: A-01 partially -> fully (improved), A-02 not -> partially (improved), B-02 don't know -> not
(changed: no direction from don't know), V-01 fully -> largely (regressed), V-02 none -> largely (changed).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from app.domain.answers import AnswerValue
from app.domain.questionnaire import STRENGTH_WEIGHTS, Section, Strength
from app.domain.versions import VersionMapping, meaning_of
from app.services import followup
from app.services.comparison import ActionState, Mark, Reading, compare
from app.services.workspace import ServiceError, Workspace
from app.storage import open_database
from tests.factories import make_questionnaire, q

FIRST = {"III.A-01": "partially", "III.A-02": "not", "III.A-03": "fully", "III.B-01": "largely",
         "III.B-02": "dont_know", "V-01": "fully"}
LAST = {"III.A-01": "fully", "III.A-02": "partially", "III.A-03": "fully", "III.B-01": "largely",
        "III.B-02": "not", "V-01": "largely", "V-02": "largely"}


def answered(ws, title, country, values, day=None, comments=None) -> int:
    aid = ws.create_assessment(title, country, day)
    ws.set_answers(aid, [(qid, {"value": v, "comment": (comments or {}).get(qid, "")}) for qid, v in values.items()])
    return aid


def test_two_reviews_over_time_against_hand_worked_numbers(ws):
    a = answered(ws, "Maroc 2024", "MA", FIRST, date(2024, 3, 1), {"V-01": "Loi 2019"})
    b = answered(ws, "Maroc 2026", "MA", LAST, date(2026, 3, 1), {"V-01": "Loi abrogée en partie"})
    c = compare(ws, [a, b])
    assert c.ids == [a, b] and c.reading is Reading.OVER_TIME and not c.shared_only and not c.versions_differ
    f = c.sections["III.A"].figures
    assert (f[a].score, f[a].conservative, f[a].coverage) == pytest.approx((100 / 3, 100 / 3, 1.0))
    assert f[b].score == pytest.approx(100 * (3 + 2 / 3 + 1) / 6)
    fb = c.sections["III.B"].figures
    assert (fb[a].score, fb[a].conservative, fb[a].coverage, fb[a].provisional) == (
        pytest.approx(200 / 3), pytest.approx(100 * (2.5 * 2 / 3) / 4), 0.5, True)
    assert fb[b].score == pytest.approx(100 * (2.5 * 2 / 3) / 4)
    fv = c.sections["V"].figures
    assert (fv[a].score, fv[a].conservative, fv[b].score) == pytest.approx((100.0, 60.0, 200 / 3))
    o = c.overall.figures
    assert (o[a].score, o[a].conservative, o[a].coverage) == pytest.approx(
        (100 * (2 + 2.5 * 2 / 3 + 3) / 11.5, 100 * (2 + 2.5 * 2 / 3 + 3) / 15, 5 / 7))
    assert (o[b].score, o[b].conservative, o[b].coverage) == pytest.approx(
        (100 * (3 + 2 / 3 + 1 + 2.5 * 2 / 3 + 2 + 4 / 3) / 15,) * 2 + (1.0,))
    # the change from the first to the last
    assert c.sections["III.A"].change.score == pytest.approx(400 / 9)
    assert [c.sections[s].change.mark for s in ("III.A", "III.B", "V")] == [
        Mark.IMPROVED, Mark.REGRESSED, Mark.REGRESSED]
    assert c.sections["III.B"].change.score == pytest.approx(-25.0)
    assert c.sections["V"].change.coverage == pytest.approx(0.5)
    assert c.overall.change.mark is Mark.IMPROVED
    assert c.overall.change.score == pytest.approx(100 * (29 / 3) / 15 - 100 * (20 / 3) / 11.5)
    assert c.marks()[Mark.REGRESSED] == 2
    # the questions whose answer changed
    moved = {x.question_id: x for x in c.changed}
    assert list(moved) == ["III.A-01", "III.A-02", "III.B-02", "V-01", "V-02"]
    assert [moved[k].direction for k in moved] == [Mark.IMPROVED, Mark.IMPROVED, Mark.CHANGED, Mark.REGRESSED,
                                                   Mark.CHANGED]
    assert moved["V-01"].values == {a: AnswerValue.FULLY, b: AnswerValue.LARGELY}
    assert moved["V-01"].comments == {a: "Loi 2019", b: "Loi abrogée en partie"}
    assert moved["V-02"].values == {a: None, b: AnswerValue.LARGELY}
    # two separate assessments: no baseline/follow-up pair, so no action-plan progress
    assert c.actions is None
    assert [sid for sid, _ in c.matrix()] == ["III.A", "III.B", "V"]


def test_the_same_numbers_as_score_json(ws):
    """The comparison is the scoring function's own numbers, weight overrides included."""
    a = answered(ws, "Maroc 2024", "MA", FIRST)
    b = answered(ws, "Maroc 2026", "MA", LAST)
    ws.set_weight(b, "V-01", 1.0, "moins prioritaire")
    c = compare(ws, [a, b])
    for i in (a, b):
        r = ws.score(i)
        assert c.overall.figures[i].as_json() == {"score": r.overall.score, "conservative": r.overall.conservative,
                                                  "coverage": r.overall.coverage}
        for sid, t in r.sections.items():
            assert c.sections[sid].figures[i].score == t.score
    assert c.columns[1].overridden == 1


def test_three_countries_across(ws):
    """Kenya: A-01 largely, A-03 N/A with reason, the rest unanswered.
    III.A 2/3 x 3 = 2 / 3 = 66.67 %, conservative 2 / 5 (A-03 out) = 40 %, coverage 1/2; III.B and V not scored,
    conservative 0, coverage 0. Overall 66.67 %, conservative 2 / 14 = 14.29 %, coverage 1/6."""
    a = answered(ws, "Maroc", "MA", FIRST)
    b = answered(ws, "Bénin", "BJ", LAST)
    k = ws.create_assessment("Kenya", "KE")
    ws.set_answer(k, "III.A-01", value="largely")
    ws.set_answer(k, "III.A-03", value="na", na_reason="no such technology")
    c = compare(ws, [a, b, k])
    assert c.reading is Reading.ACROSS_COUNTRIES
    fk = c.sections["III.A"].figures[k]
    assert (fk.score, fk.conservative, fk.coverage) == pytest.approx((200 / 3, 40.0, 0.5))
    assert (c.sections["V"].figures[k].score, c.sections["V"].figures[k].conservative,
            c.sections["V"].figures[k].coverage) == (None, 0.0, 0.0)
    ok = c.overall.figures[k]
    assert (ok.score, ok.conservative, ok.coverage) == pytest.approx((200 / 3, 100 * 2 / 14, 1 / 6))
    # first -> last is Morocco -> Kenya; V is not scored in Kenya: no mark
    assert c.sections["V"].change.mark is Mark.NOT_COMPARABLE and c.sections["V"].change.score is None
    assert c.sections["III.A"].change.score == pytest.approx(200 / 3 - 100 / 3)
    # III.A-03 is fully in Morocco and Bénin, N/A in Kenya: changed
    assert "III.A-03" in {x.question_id for x in c.changed}
    assert [len(row) for _, row in c.matrix()] == [3, 3, 3]


def test_baseline_follow_up_pair_gives_the_action_plan_progress(ws):
    base = ws.create_assessment("Maroc 2024", "MA", date(2024, 1, 10))
    ws.set_answer(base, "III.A-01", value="partially")
    ws.add_action(base, "III.A-01", description="Loi", deadline=date(2025, 1, 1), status="in_progress")
    ws.add_action(base, "III.A-02", description="Décret", deadline=date(2027, 1, 1))
    ws.add_action(base, "V-01", description="Formation", deadline=date(2025, 6, 1), status="done")
    ws.add_action(base, "V-02", description="Étude", deadline=date(2025, 6, 1))
    ws.add_action(base, "III.B-01", description="Base", status="in_progress")
    new = followup.start_follow_up(ws, base)
    ws.update_assessment(new, assessment_date=date(2026, 1, 10))
    c = compare(ws, [base, new])
    assert c.actions is not None and (c.actions.baseline_id, c.actions.follow_up_id) == (base, new)
    assert c.actions.as_of == date(2026, 1, 10)
    states = {x.action.description: x.state for x in c.actions.items}
    assert states == {"Loi": ActionState.LATE, "Décret": ActionState.NOT_STARTED, "Formation": ActionState.DONE,
                      "Étude": ActionState.LATE, "Base": ActionState.IN_PROGRESS}
    assert c.actions.counts() == {ActionState.DONE: 1, ActionState.LATE: 2, ActionState.IN_PROGRESS: 1,
                                  ActionState.NOT_STARTED: 1}
    # the carried-over answer is not a change, and it is unanswered in the follow-up's score
    assert c.changed == () and c.sections["III.A"].figures[new].score is None
    assert c.sections["III.A"].figures[new].carried_over == 1
    # a follow-up of the follow-up still pairs with the first review
    third = followup.start_follow_up(ws, new)
    assert compare(ws, [base, third]).actions.as_of == ws.info(third).assessment_date  # dated today when started
    ws.update_assessment(third, assessment_date=None)  # an undated follow-up: late is counted as of `today`
    assert compare(ws, [base, third], today=date(2028, 1, 1)).actions.as_of == date(2028, 1, 1)
    # the follow-up named first (compare NEW BASE): still the pair, baseline first (issue 17 reader: it read
    # as "mixed", with no action plan); so for a follow-up of the follow-up
    back = compare(ws, [new, base])
    assert back.ids == [base, new] and back.reading is Reading.OVER_TIME and back.actions is not None
    assert back.actions.counts() == c.actions.counts()
    assert compare(ws, [third, base]).ids == [base, third]
    # two reviews of one country with no follow-up link keep the order given: later first reads as mixed
    other = ws.create_assessment("Maroc 2030", "MA", date(2030, 1, 10))
    assert compare(ws, [other, base]).reading is Reading.MIXED


def test_refusals(ws):
    a = answered(ws, "Maroc", "MA", FIRST)
    with pytest.raises(ServiceError, match="at least two"):
        compare(ws, [a, a])
    with pytest.raises(ServiceError, match="no assessment 77"):
        compare(ws, [a, 77])


def version_two():
    """Questionnaire 2.0 of the test questionnaire: III.B-02 removed, V-02 changed in meaning (listed in the
    mapping), V-03 added. 1.0 and 2.0 share III.A-01..03, III.B-01 and V-01."""
    one = make_questionnaire()
    sections = []
    for s in one.sections:
        keep = tuple(x for x in s.questions if x.id != "III.B-02")
        if s.id == "V":
            keep += (q("V-03", "V", 60, Strength.SHOULD),)
        sections.append(replace(s, questions=keep))
    assert STRENGTH_WEIGHTS[Strength.SHOULD] == 2.0
    return replace(one, version="2.0", content_hash="sha256:test2", sections=tuple(sections),
                   snapshots=(replace(meaning_of(one), content_hash=one.content_hash),),
                   mappings=(VersionMapping("1.0", "2.0", changed=("V-02",), removed=("III.B-02",)),))


def test_different_versions_are_compared_on_shared_questions_and_say_so(tmp_path):
    """Old (1.0): III.A-01 fully, III.B-02 not, V-01 partially, V-02 fully.
    New (2.0):    III.A-01 partially, V-01 fully, V-02 not, V-03 fully.
    Shared: III.A-01..03, III.B-01, V-01 (III.B-02 removed, V-02 changed, V-03 new).
    V over the shared V-01 only: old 1/3 -> 33.33 %, new 100 % (V-02 and V-03 not counted).
    Overall old: (3 + 3 x 1/3) / (3 + 3) = 66.67 %; new: (3 x 1/3 + 3) / 6 = 66.67 %: unchanged."""
    path = tmp_path / "a.sqlite"
    old_ws = Workspace(open_database(path), make_questionnaire())
    old = answered(old_ws, "Maroc 2022", "MA", {"III.A-01": "fully", "III.B-02": "not", "V-01": "partially",
                                                "V-02": "fully"})
    old_ws.close()
    ws = Workspace(open_database(path), version_two())
    new = answered(ws, "Maroc 2026", "MA", {"III.A-01": "partially", "V-01": "fully", "V-02": "not",
                                            "V-03": "fully"})
    c = compare(ws, [old, new])
    assert c.versions == {old: "1.0", new: "2.0"} and c.versions_differ and c.shared_only
    assert c.shared_questions == ("III.A-01", "III.A-02", "III.A-03", "III.B-01", "V-01")
    assert c.left_out == ("V-02", "V-03")
    assert c.sections["V"].figures[old].score == pytest.approx(100 / 3)
    assert c.sections["V"].figures[new].score == pytest.approx(100.0)
    assert c.overall.figures[old].score == pytest.approx(200 / 3)
    assert c.overall.figures[new].score == pytest.approx(200 / 3)
    assert c.overall.change.mark is Mark.UNCHANGED
    assert {x.question_id for x in c.changed} == {"III.A-01", "V-01"}
    shape = c.as_json()["questionnaire"]
    assert shape == {"versions": {str(old): "1.0", str(new): "2.0"}, "shared_only": True,
                     "left_out": ["V-02", "V-03"]}
    ws.close()


def test_another_questionnaire_is_refused(tmp_path):
    path = tmp_path / "a.sqlite"
    ws = Workspace(open_database(path), make_questionnaire())
    a = answered(ws, "Maroc", "MA", FIRST)
    ws.close()
    other = replace(make_questionnaire(), id="other-q")
    ws2 = Workspace(open_database(path), other)
    b = answered(ws2, "Bénin", "BJ", LAST)
    with pytest.raises(ServiceError, match="another questionnaire"):
        compare(ws2, [a, b])
    ws2.close()


def test_sections_keep_questionnaire_order_with_a_section_left_out():
    from app.services.comparison import restrict

    qn = make_questionnaire()
    sub = restrict(qn, {"III.A-01", "V-01"})
    assert [s.id for s in sub.sections] == ["III.A", "V"] and [x.id for x in sub.questions()] == ["III.A-01", "V-01"]
    assert isinstance(sub.sections[0], Section)
