"""The one write path: every change is committed at once and survives a restart."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.answers import AnswerValue, Confidence
from app.domain.report import Priority
from app.services.workspace import ServiceError


def test_create_list_rename_delete(ws, reopen):
    aid = ws.create_assessment("Revue nationale", "ma", date(2026, 11, 23), "Ministère de la Justice", "A; B")
    assert ws.update_assessment(aid, title="Revue nationale 2026").kind == "assessment"
    other = reopen()
    [summary] = other.list_assessments()
    assert (summary.title, summary.country_code, summary.assessment_date) == ("Revue nationale 2026", "MA", date(2026, 11, 23))
    info = other.info(aid, "fr")
    assert info.country_name == "Maroc" and info.questionnaire_id == "test-q"
    ws.delete_assessment(aid)
    assert reopen().list_assessments() == []


@pytest.mark.parametrize(("title", "country"), [("  ", "MA"), ("ok", "XX"), ("ok", "")])
def test_bad_details_are_refused(ws, title, country):
    with pytest.raises(ServiceError):
        ws.create_assessment(title, country)
    assert ws.list_assessments() == []


def test_answers_are_saved_field_by_field_and_survive_a_restart(ws, reopen):
    aid = ws.create_assessment("T", "KE")
    ws.set_answer(aid, "III.A-01", value="largely")
    ws.set_answer(aid, "III.A-01", legal_provision="Sexual Offences Act 2006, s. 13")
    ws.set_answer(aid, "III.A-01", comment="تعليق طويل " * 500, confidence="documented")
    a = reopen().answers(aid)["III.A-01"]
    assert a.value is AnswerValue.LARGELY
    assert a.legal_provision == "Sexual Offences Act 2006, s. 13"
    assert a.comment.startswith("تعليق طويل") and len(a.comment) == 5500
    assert a.confidence is Confidence.DOCUMENTED
    assert reopen().list_assessments()[0].answered == 1


def test_unknown_question_or_field_changes_nothing(ws):
    aid = ws.create_assessment("T", "KE")
    with pytest.raises(ServiceError):
        ws.set_answer(aid, "NOPE-1", value="fully")
    with pytest.raises(ServiceError):
        ws.set_answer(aid, "V-01", colour="blue")
    with pytest.raises(ValueError):
        ws.set_answer(aid, "V-01", value="sometimes")
    assert ws.answers(aid) == {}


def test_set_answers_is_all_or_nothing(ws):
    aid = ws.create_assessment("T", "KE")
    with pytest.raises(ServiceError):
        ws.set_answers(aid, [("V-01", {"value": "fully"}), ("BAD", {"value": "fully"})])
    assert ws.answers(aid) == {}


def test_weights_override_and_restore(ws):
    aid = ws.create_assessment("T", "KE")
    ws.set_answer(aid, "III.A-01", value="fully")
    ws.set_answer(aid, "III.A-02", value="partially")
    assert ws.score(aid).sections["III.A"].score == pytest.approx(73.3333, abs=1e-3)
    ws.set_weight(aid, "III.A-01", 1.0, "national priority lower")
    assert ws.score(aid).sections["III.A"].score == pytest.approx(55.5556, abs=1e-3)
    with pytest.raises(ServiceError, match="greater than zero"):
        ws.set_weight(aid, "III.A-01", 0)
    with pytest.raises(ServiceError, match="needs its reason"):  # no override without a reason
        ws.set_weight(aid, "III.A-01", 2.5, "   ")
    assert ws.weight_overrides(aid) == {"III.A-01": 1.0}
    assert ws.weight_reasons(aid) == {"III.A-01": "national priority lower"}
    ws.set_weight(aid, "III.A-01", None)
    assert ws.weight_overrides(aid) == {}


def test_actions_round_trip(ws, reopen):
    aid = ws.create_assessment("T", "KE")
    ch = ws.add_action(aid, "III.B-01", description="Create a case database", lead="Ministry of Interior",
                       deadline=date(2027, 3, 31), budget=20000.0, currency="KES", priority="high")
    ws.update_action(ch.action_id, status="in_progress")
    [act] = reopen().actions(aid)
    assert (act.description, act.priority, act.status.value, act.budget) == (
        "Create a case database", Priority.HIGH, "in_progress", 20000.0)
    with pytest.raises(ServiceError):
        ws.add_action(aid, "III.B-01", budget=-5.0)
    ws.delete_action(ch.action_id)
    assert ws.actions(aid) == []


def test_report_data_uses_the_scoring_function(ws):
    aid = ws.create_assessment("T", "TG")
    ws.set_answer(aid, "V-01", value="largely")
    data = ws.report_data(aid, "fr")
    assert data.assessment.country_name == "Togo"
    assert data.result.sections["V"].score == pytest.approx(66.6667, abs=1e-3)
    assert data.lang == "fr" and not data.rtl
