"""Follow-up reviews: answers, weights and the action plan carried over; the mark until confirmed; the
progress counts carried-over answers apart; the score treats them as unanswered (docs/methodology.md)."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.answers import AnswerValue
from app.domain.report import ActionStatus, Priority
from app.services import followup
from app.services.workspace import AnswerConflict, ServiceError


def baseline(ws) -> int:
    aid = ws.create_assessment("Revue nationale 2024", "MA", date(2024, 5, 2), organisation="Ministère de la Justice")
    ws.update_assessment(aid, institutions="Police\nUNICEF", executive_summary="Constat", validation_status="validated")
    ws.set_answer(aid, "III.A-01", value="fully", comment="Code pénal, art. 2", evidence="Bulletin officiel")
    ws.set_answer(aid, "III.A-02", value="partially", confidence="documented")
    ws.set_answer(aid, "III.A-03", value="na", na_reason="Pas de telle technologie")
    ws.set_answer(aid, "III.B-01", value="dont_know", institution="Statistiques")
    ws.set_answer(aid, "III.B-02", comment="Rien encore")  # a note, no answer: nothing to confirm
    ws.set_weight(aid, "V-01", 2.0, "Priorité nationale moindre")
    ws.add_action(aid, "III.A-02", description="Étendre aux personnes morales", status="done", priority="high")
    ws.add_action(aid, "III.B-01", description="Base de données", status="in_progress",
                  deadline=date(2025, 6, 30), budget=1000.0, currency="MAD")
    return aid


def test_a_follow_up_carries_answers_weights_and_actions_and_remembers_its_baseline(ws):
    base = baseline(ws)
    result = followup.follow_up(ws, base)
    new = result.assessment_id
    assert new != base and (result.baseline_id, result.carried_over, result.copied_answers, result.actions) == (
        base, 4, 5, 2)
    info = ws.info(new)
    assert (info.title, info.country_code, info.organisation, info.baseline_id) == (
        "Revue nationale 2024 — follow-up", "MA", "Ministère de la Justice", base)
    assert info.institutions == "Police\nUNICEF"
    # what a new review writes afresh is not copied; its date is its own (today unless given)
    assert (info.validation_status, info.executive_summary, info.assessment_date) == ("draft", "", date.today())
    answers = ws.answers(new)
    a01 = answers["III.A-01"]
    assert (a01.value, a01.comment, a01.evidence, a01.carried_over) == (
        AnswerValue.FULLY, "Code pénal, art. 2", "Bulletin officiel", True)
    assert answers["III.A-03"].na_reason == "Pas de telle technologie" and answers["III.A-03"].carried_over
    assert answers["III.B-01"].institution == "Statistiques"
    assert answers["III.B-02"].comment == "Rien encore" and not answers["III.B-02"].carried_over
    assert ws.weight_overrides(new) == {"V-01": 2.0}
    assert ws.weight_reasons(new) == {"V-01": "Priorité nationale moindre"}
    acts = {a.question_id: a for a in ws.actions(new)}
    assert (acts["III.A-02"].status, acts["III.A-02"].priority) == (ActionStatus.DONE, Priority.HIGH)
    assert (acts["III.B-01"].status, acts["III.B-01"].deadline, acts["III.B-01"].budget) == (
        ActionStatus.IN_PROGRESS, date(2025, 6, 30), 1000.0)
    # the baseline is untouched
    assert not any(a.carried_over for a in ws.answers(base).values())
    assert followup.baseline_of(ws, new) == base and followup.follow_ups_of(ws, base) == [new]
    assert followup.review_chain(ws, new) == [base, new]


def test_carried_over_answers_are_counted_apart_and_are_unanswered_in_the_score(ws):
    base = baseline(ws)
    new = followup.start_follow_up(ws, base, title="  Revue 2026 ")
    assert ws.info(new).title == "Revue 2026"
    p = ws.progress(new)
    # 7 questions; III.A-03 is N/A but not confirmed, so it is carried over (and applicable) like the others
    assert (p.total, p.carried_over, p.answered, p.unanswered, p.na, p.applicable) == (7, 4, 0, 3, 0, 7)
    assert ws.score(new).overall.score is None and ws.score(new).overall.provisional
    listed = {s.id: s.progress for s in ws.list_assessments()}
    assert listed[new].carried_over == 4 and listed[base].carried_over == 0
    assert followup.carried_over(ws, new) == ["III.A-01", "III.A-02", "III.A-03", "III.B-01"]


def test_confirming_or_changing_an_answer_clears_the_mark(ws):
    base = baseline(ws)
    new = followup.start_follow_up(ws, base)
    stored = ws.stored_answer(new, "III.A-01")
    change = followup.confirm_answer(ws, new, "III.A-01", stored.version)
    assert change.question_ids == ("III.A-01",)
    a = ws.answers(new)["III.A-01"]
    assert (a.value, a.carried_over, a.comment) == (AnswerValue.FULLY, False, "Code pénal, art. 2")
    ws.set_answer(new, "III.A-02", value="largely")  # changing it is confirming it
    assert not ws.answers(new)["III.A-02"].carried_over
    ws.set_answer(new, "III.B-01", comment="only a comment")  # editing a note is not confirming
    assert ws.answers(new)["III.B-01"].carried_over
    p = ws.progress(new)
    assert (p.answered, p.carried_over) == (2, 2)
    # III.A: fully (3 x 1) + largely (2 x 2/3) over 5 of weight answered = 4.333 / 5 = 86.67 %
    assert ws.score(new).sections["III.A"].score == pytest.approx(100 * (3 + 4 / 3) / 5)
    followup.confirm_all(ws, new)
    assert followup.carried_over(ws, new) == []
    assert ws.progress(new).carried_over == 0 and ws.progress(new).na == 1


def test_a_stale_confirmation_does_not_overwrite_a_colleagues_change(ws, reopen):
    base = baseline(ws)
    new = followup.start_follow_up(ws, base)
    loaded = ws.stored_answer(new, "III.A-01").version
    reopen().set_answer(new, "III.A-01", loaded, value="not")
    with pytest.raises(AnswerConflict):
        followup.confirm_answer(ws, new, "III.A-01", loaded)
    assert ws.answers(new)["III.A-01"].value is AnswerValue.NOT


def test_refusals(ws):
    with pytest.raises(ServiceError, match="no assessment 99"):
        followup.start_follow_up(ws, 99)
    base = baseline(ws)
    with pytest.raises(ServiceError, match="title is empty"):
        followup.start_follow_up(ws, base, title="   ")
    assert [s.id for s in ws.list_assessments()] == [base]  # nothing half-made


def test_french_default_title_and_deleting_the_baseline_keeps_the_follow_up(ws):
    base = baseline(ws)
    new = followup.start_follow_up(ws, base, lang="fr")
    assert ws.info(new).title == "Revue nationale 2024 — suivi"
    ws.delete_assessment(base)
    assert ws.info(new).baseline_id is None
    assert len(ws.answers(new)) == 5 and len(ws.actions(new)) == 2


def test_a_follow_up_of_an_older_version_is_carried_to_the_current_one(tmp_path):
    """Baseline answered against 1.0; the app uses 2.0 (III.B-02 removed, V-02 changed, V-03 added): the
    follow-up is upgraded as `upgrade` does, and its answers stay carried over (V-02 also to review)."""
    from app.services.workspace import Workspace
    from app.storage import open_database
    from tests.factories import make_questionnaire
    from tests.services.test_comparison import version_two

    path = tmp_path / "a.sqlite"
    old = Workspace(open_database(path), make_questionnaire())
    base = old.create_assessment("Maroc 2022", "MA")
    old.set_answers(base, [("III.A-01", {"value": "fully"}), ("III.B-02", {"value": "not"}),
                           ("V-02", {"value": "largely"})])
    old.close()
    ws = Workspace(open_database(path), version_two())
    made = followup.follow_up(ws, base)
    assert made.upgraded_from == "1.0"
    info = ws.info(made.assessment_id)
    assert (info.questionnaire_version, info.baseline_id) == ("2.0", base)
    answers = ws.answers(made.assessment_id)
    assert set(answers) == {"III.A-01", "V-02"}
    assert answers["III.A-01"].carried_over and not answers["III.A-01"].to_review
    assert answers["V-02"].carried_over and answers["V-02"].to_review
    assert ws.info(base).questionnaire_version == "1.0"  # the baseline is left as it was
    ws.close()


def test_the_quick_list_counts_carried_over_answers(ws, tmp_path):
    from app.services.listing import quick_list

    if ws.file is None:
        pytest.skip("the quick list reads SQLite files")
    base = baseline(ws)
    new = followup.start_follow_up(ws, base)
    ids = [x.id for x in ws.questionnaire.questions()]
    listed = {s.id: s.progress for s in quick_list(ws.file, ids)}
    assert listed[new].carried_over == 4 and listed[base].carried_over == 0
    assert listed[new] == {s.id: s.progress for s in ws.list_assessments()}[new]


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_a_template_sent_back_unchanged_confirms_nothing_and_marks_carried_over_rows(ws, tmp_path, lang):
    """Issue 17: importing a follow-up's template back as it was confirmed every carried-over answer."""
    from openpyxl import load_workbook

    from app.export.strings import label
    from app.services.exports import export_template
    from app.services.imports import apply_import, read_import

    new = followup.start_follow_up(ws, baseline(ws))
    path = export_template(ws, new, lang, tmp_path / "template.xlsx")
    sheet = load_workbook(path).worksheets[0]
    header = [c.value for c in sheet[1]]
    col = header.index(label("carried_over_col", lang))
    marks = {row[0].value: row[col].value for row in sheet.iter_rows(min_row=2)}
    assert marks["III.A-01"] == label("carried_over_mark", lang) and not marks["III.B-02"]
    assert sum(1 for m in marks.values() if m) == 4

    plan = read_import(ws, new, path)  # back unchanged: nothing to write, everything still to confirm
    assert plan.rows == [] and followup.carried_over(ws, new) == ["III.A-01", "III.A-02", "III.A-03", "III.B-01"]

    rows = {row[0].value: row for row in sheet.iter_rows(min_row=2)}
    rows["III.A-01"][col].value = None  # cleared: confirmed as it is
    rows["III.A-02"][4].value = "largely"  # another value: confirmed by answering
    rows["III.B-01"][6].value = "Nouvelle note"  # only a comment: the answer stays to confirm
    sheet.parent.save(path)
    apply_import(ws, read_import(ws, new, path))
    assert followup.carried_over(ws, new) == ["III.A-03", "III.B-01"]
    answers = ws.answers(new)
    assert (answers["III.A-01"].value, answers["III.A-02"].value) == (AnswerValue.FULLY, AnswerValue.LARGELY)
    assert answers["III.B-01"].comment == "Nouvelle note"


def test_a_csv_of_the_same_values_confirms_nothing(ws, tmp_path):
    from app.services.imports import apply_import, read_import

    new = followup.start_follow_up(ws, baseline(ws))
    csv = tmp_path / "answers.csv"
    csv.write_text("question_id,answer,na_reason,comment\nIII.A-01,fully,,\nIII.A-02,largely,,\n", encoding="utf-8")
    apply_import(ws, read_import(ws, new, csv))
    assert followup.carried_over(ws, new) == ["III.A-01", "III.A-03", "III.B-01"]


def test_a_follow_up_gets_its_own_date_never_before_its_baseline_and_the_list_names_its_baseline(ws):
    base = baseline(ws)  # dated 2024-05-02
    new = followup.start_follow_up(ws, base, "Revue 2026", "fr", date(2026, 6, 15))
    assert ws.info(new).assessment_date == date(2026, 6, 15)
    with pytest.raises(ServiceError) as refused:
        followup.follow_up(ws, base, "Trop tôt", "fr", date(2024, 5, 1))
    assert refused.value.key == "follow_up_before_baseline" and "2024-05-02" in refused.value.text("fr")
    assert followup.follow_up(ws, base, "Même jour", "en", date(2024, 5, 2)).assessment_id  # the same day is fine
    listed = {s.id: s for s in ws.list_assessments()}
    assert (listed[new].baseline_id, listed[new].carried_over) == (base, 4)
    assert (listed[base].baseline_id, listed[base].carried_over) == (None, 0)
    if ws.file is not None:
        from app.services.listing import quick_list

        quick = {s.id: s for s in quick_list(ws.file, [x.id for x in ws.questionnaire.questions()])}
        assert (quick[new].baseline_id, quick[new].carried_over) == (base, 4) and quick[base].baseline_id is None


@pytest.mark.parametrize("text", ["2026-02-30", "2026/02/01", "20260201", " ", "2026-2-1"])
def test_parse_date_refuses_anything_but_a_real_yyyy_mm_dd(text):
    with pytest.raises(ServiceError) as refused:
        followup.parse_date(text)
    assert refused.value.key == "bad_date"
    assert followup.parse_date(" 2026-02-28 ") == date(2026, 2, 28)
