"""The upgrade path, worked by hand: what happens to each answer from one questionnaire version to the next."""

from __future__ import annotations

from app.domain.answers import Answer, AnswerValue
from app.domain.versions import (
    Fate,
    MeaningSnapshot,
    QuestionMeaning,
    VersionMapping,
    apply_plan,
    chain,
    compose,
    current_scale,
    plan_upgrade,
)


def snap(version: str, *questions: tuple[str, str, str, float]) -> MeaningSnapshot:
    qs = {q[0]: QuestionMeaning(*q) for q in questions}
    return MeaningSnapshot("t", version, qs, tuple(dict.fromkeys(q[1] for q in questions)), current_scale())


OLD = snap("1.0", ("A-01", "A", "must", 3.0), ("A-02", "A", "should", 2.0), ("A-03", "A", "should", 2.0),
           ("A-04", "A", "urges", 2.5), ("A-05", "A", "should", 2.0), ("A-06", "A", "should", 2.0),
           ("A-07", "A", "must", 3.0), ("A-08", "A", "should", 2.0), ("A-09", "A", "should", 2.0))
NEW = snap("2.0", ("A-01", "A", "must", 3.0),  # unchanged
           ("A-20", "A", "should", 2.0),  # A-02 renamed
           ("A-03", "A", "should", 2.0),  # listed as changed (asks something else now)
           ("A-41", "A", "urges", 2.5), ("A-42", "A", "urges", 2.5),  # A-04 split
           ("A-56", "A", "should", 2.0),  # merged
           ("A-07", "A", "should", 2.0),  # strength and weight lowered, not listed: flagged anyway
           ("A-10", "A", "should", 2.0))  # new; A-08 removed; A-09 removed
MAP = VersionMapping("1.0", "2.0", renamed={"A-02": "A-20"}, split={"A-04": ("A-41", "A-42")},
                     merged={"A-56": ("A-05", "A-06")}, changed=("A-03",), removed=("A-08", "A-09"),
                     notes={"A-03": "Now asks about the budget, not the plan."})
ANSWERS = {
    "A-01": Answer("A-01", AnswerValue.FULLY, comment="ok"),
    "A-02": Answer("A-02", AnswerValue.LARGELY, evidence="Decree 12"),
    "A-03": Answer("A-03", AnswerValue.PARTIALLY),
    "A-04": Answer("A-04", AnswerValue.NOT, comment="nothing yet"),
    "A-05": Answer("A-05", AnswerValue.LARGELY, comment="five"),
    "A-06": Answer("A-06", AnswerValue.PARTIALLY, comment="six"),
    "A-07": Answer("A-07", AnswerValue.DONT_KNOW, institution="Ministry of the Interior"),
    "A-08": Answer("A-08", AnswerValue.NA, na_reason="No ports"),
}


def test_plan_by_hand():
    plan = plan_upgrade(OLD, NEW, MAP)
    assert plan.ids(Fate.KEPT) == ["A-01"]
    assert plan.ids(Fate.RENAMED) == ["A-20"]
    assert plan.ids(Fate.TO_REVIEW) == ["A-03", "A-41", "A-42", "A-56", "A-07"]
    assert plan.ids(Fate.ADDED) == ["A-10"]
    assert plan.removed == ("A-08", "A-09")
    why = {s.new_id: s.why for s in plan.steps}
    assert (why["A-03"], why["A-41"], why["A-56"], why["A-07"]) == ("changed", "split", "merged", "weight")
    assert next(s for s in plan.steps if s.new_id == "A-03").note == "Now asks about the budget, not the plan."
    assert plan.touched == ["A-20", "A-03", "A-41", "A-42", "A-56", "A-07", "A-10", "A-08", "A-09"]


def test_apply_by_hand():
    new, removed = apply_plan(plan_upgrade(OLD, NEW, MAP), ANSWERS)
    assert new["A-01"] == ANSWERS["A-01"]  # unchanged: as it was, not flagged
    assert new["A-20"] == Answer("A-20", AnswerValue.LARGELY, evidence="Decree 12")  # renamed: as it was
    assert new["A-03"].value is AnswerValue.PARTIALLY and new["A-03"].to_review
    assert new["A-41"].value is new["A-42"].value is AnswerValue.NOT  # split: copied to each, flagged
    assert new["A-41"].to_review and new["A-42"].comment == "nothing yet"
    # merged: the lowest answer (partially < largely) kept, both comments kept with their old ids
    assert new["A-56"].value is AnswerValue.PARTIALLY and new["A-56"].to_review
    assert new["A-56"].comment == "[A-05] five\n[A-06] six"
    assert new["A-07"].value is AnswerValue.DONT_KNOW and new["A-07"].institution == "Ministry of the Interior"
    assert new["A-07"].to_review
    assert "A-10" not in new  # new question: unanswered
    assert removed == {"A-08": ANSWERS["A-08"]}  # kept for the history (A-09 had no answer)
    assert set(new) == {"A-01", "A-20", "A-03", "A-41", "A-42", "A-56", "A-07"}


def test_a_question_that_absorbs_others_keeps_its_own_answer_in_the_fold():
    # A-01 stays and absorbs A-05 (as V-08 absorbed VI-11 and VI-12): its own answer is not lost to
    # the history, the lowest of the two is kept, flagged, with both comments.
    new = snap("2.0", ("A-01", "A", "must", 3.0))
    plan = plan_upgrade(OLD, new, VersionMapping("1.0", "2.0", merged={"A-01": ("A-05",)}))
    [step] = plan.steps
    assert (step.fate, step.sources, step.why) == (Fate.TO_REVIEW, ("A-01", "A-05"), "merged")
    assert "A-01" not in plan.removed and "A-05" not in plan.removed
    out, removed = apply_plan(plan, ANSWERS)
    assert out["A-01"].value is AnswerValue.LARGELY and out["A-01"].to_review  # fully vs largely
    assert out["A-01"].comment == "[A-01] ok\n[A-05] five"
    assert "A-01" not in removed and "A-05" not in removed


def test_same_meaning_new_wording_touches_nothing():
    plan = plan_upgrade(OLD, snap("1.0", *[(q.id, q.section_id, q.strength, q.weight) for q in OLD.questions.values()]),
                        None)
    assert not plan.meaning_changed and plan.ids(Fate.KEPT) == list(OLD.questions)


def test_a_changed_scale_flags_every_answer():
    new = MeaningSnapshot("t", "2.0", dict(OLD.questions), OLD.sections, {**current_scale(), "largely": 0.75})
    plan = plan_upgrade(OLD, new, None)
    assert plan.ids(Fate.TO_REVIEW) == list(OLD.questions) and {s.why for s in plan.steps} == {"scale"}


def test_versions_chain_through_frozen_snapshots():
    third = snap("3.0", ("A-01", "A", "must", 3.0), ("A-200", "A", "should", 2.0), ("A-03", "A", "should", 2.0))
    maps = {("1.0", "2.0"): MAP, ("2.0", "3.0"): VersionMapping(
        "2.0", "3.0", renamed={"A-20": "A-200"}, removed=("A-41", "A-42", "A-56", "A-07", "A-10"))}
    plans = chain({"1.0": OLD, "2.0": NEW}, maps, "1.0", third)
    assert [(p.from_version, p.to_version) for p in plans] == [("1.0", "2.0"), ("2.0", "3.0")]
    whole = compose(plans)
    assert whole is not None
    assert whole.ids(Fate.KEPT) == ["A-01"] and whole.ids(Fate.RENAMED) == ["A-200"]
    assert whole.ids(Fate.TO_REVIEW) == ["A-03"]  # flagged in the first step, stays flagged
    answers = dict(ANSWERS)
    for p in plans:
        answers, _ = apply_plan(p, answers)
    assert answers["A-200"].value is AnswerValue.LARGELY and not answers["A-200"].to_review
    assert answers["A-03"].to_review
