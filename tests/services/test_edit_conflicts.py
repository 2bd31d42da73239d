"""Concurrent edits of an assessment's details and of actions (row versions, like answers): a save or delete
against a version someone else moved on is refused with a message saying who and when, in the user's
language, and nothing of theirs is lost. Both engines."""

from __future__ import annotations

import pytest

from app.domain.report import Priority
from app.services.audit import verify
from app.services.workspace import EditConflict, ServiceError


def test_details_changed_since_they_were_shown_are_not_overwritten(ws, reopen):
    aid = ws.create_assessment("Revue nationale", "SN")
    shown = ws.info(aid)  # what my details dialog shows
    other = reopen()
    if not other.on_server:  # a colleague; on a server the login is the server's, and the trail insists on it
        other.db.user = other.repo.db.user = "amina"
    other.update_assessment(aid, other.info(aid).version, executive_summary="Their findings")

    with pytest.raises(EditConflict) as e:
        ws.update_assessment(aid, shown.version, executive_summary="My findings", limitations="Mine")
    assert ws.info(aid).executive_summary == "Their findings" and ws.info(aid).limitations == ""  # nothing written
    conflict = e.value
    assert conflict.version == shown.version + 1 == ws.info(aid).version
    if not ws.on_server:  # on a server the trigger writes the login, whatever the client says
        assert conflict.changed_by == "amina" and "amina changed the details" in str(conflict)
    assert "après que vous les avez ouvertes" in conflict.text("fr") and "بعد أن فتحتها" in conflict.text("ar")

    # told, I decide mine replaces theirs: saving against the version now stored goes through
    done = ws.update_assessment(aid, conflict.version, executive_summary="My findings")
    assert done.version == conflict.version + 1 and reopen().info(aid).executive_summary == "My findings"
    # without a version (the command line, the export dialog's marking) it stays last-write-wins
    ws.update_assessment(aid, confidentiality="Restricted")
    assert ws.info(aid).confidentiality == "Restricted"


def test_an_action_changed_since_it_was_shown_is_neither_overwritten_nor_deleted(ws, reopen):
    aid = ws.create_assessment("T", "KE")
    ws.add_action(aid, "V-01", description="Train judges", budget=1000.0)
    [shown] = ws.actions(aid)
    assert shown.version == 1
    other = reopen()
    [theirs] = other.actions(aid)
    assert other.update_action(theirs.id, theirs.version, budget=2500.0, priority="high").version == 2

    with pytest.raises(EditConflict) as e:
        ws.update_action(shown.id, shown.version, description="Train prosecutors")
    assert "changed this action" in str(e.value) and "cette action" in e.value.text("fr")
    with pytest.raises(EditConflict) as d:
        ws.delete_action(shown.id, shown.version)
    assert "was not deleted" in str(d.value) and "n’a pas été supprimée" in d.value.text("fr")
    [now] = ws.actions(aid)
    assert (now.description, now.budget, now.priority, now.version) == ("Train judges", 2500.0, Priority.HIGH, 2)

    assert ws.update_action(shown.id, e.value.version, description="Train prosecutors").version == 3
    [now] = ws.actions(aid)
    assert (now.description, now.budget) == ("Train prosecutors", 2500.0)  # only the fields I changed
    ws.delete_action(now.id, now.version)
    assert ws.actions(aid) == []


def test_an_action_deleted_meanwhile_is_said_so(ws, reopen):
    aid = ws.create_assessment("T", "KE")
    ws.add_action(aid, "V-01", description="Train judges")
    [shown] = ws.actions(aid)
    reopen().delete_action(shown.id, shown.version)
    with pytest.raises(EditConflict) as e:
        ws.update_action(shown.id, shown.version, description="mine")
    assert e.value.version == 0 and "deleted by someone else" in str(e.value)
    assert "supprimée par quelqu’un d’autre" in e.value.text("fr")
    with pytest.raises(ServiceError, match="no action"):
        ws.delete_action(shown.id, shown.version)


def test_saving_an_answer_does_not_rewrite_the_assessment_row(ws):
    """The audit trail locks the assessment while it appends. On a server that lock must not be an UPDATE:
    the server's trigger would stamp the answerer's login on the assessment, and a colleague refused for
    stale details would be told that they themselves changed them (found by the outside review)."""
    if not ws.on_server:
        pytest.skip("row versions of the server (xmin) only")
    aid = ws.create_assessment("T", "KE")

    def xmin() -> str:
        with ws.db.engine.connect() as con:
            return str(con.exec_driver_sql(f"SELECT xmin FROM assessments WHERE id = {aid}").scalar())

    before = xmin()
    ws.set_answer(aid, "III.A-01", value="largely")
    ws.set_answer(aid, "III.A-01", 1, comment="checked")
    assert xmin() == before and ws.stored_answer(aid, "III.A-01").answer.comment == "checked"


def test_answers_actions_and_weights_are_no_change_of_the_details(ws, reopen):
    """Adding or editing an action, a weight override or answers (one, or an import) leaves the details'
    row alone: no new version (my details dialog saves without a conflict) and no new changed_by (a later
    details conflict names whoever changed the details, not whoever added an action)."""
    aid = ws.create_assessment("Revue nationale", "SN")
    shown = ws.info(aid)
    by = ws.repo.assessment(aid).changed_by
    other = reopen()
    if not other.on_server:
        other.db.user = other.repo.db.user = "amina"
    other.add_action(aid, "V-01", description="Train judges")
    [action] = other.actions(aid)
    other.update_action(action.id, action.version, budget=10.0)
    other.set_weight(aid, "V-01", 2.0, "why")
    other.set_answers(aid, [("V-02", {"value": "fully"})])
    other.set_answer(aid, "V-01", 0, value="not")
    now = ws.repo.assessment(aid)
    assert (now.version, now.changed_by) == (shown.version, by)
    done = ws.update_assessment(aid, shown.version, executive_summary="My findings")
    assert done.version == shown.version + 1 and ws.info(aid).executive_summary == "My findings"
    assert verify(ws, aid).ok


def test_a_conflict_says_when_on_my_clock_with_my_zone(ws, reopen):
    """They saved at a moment stored in UTC; I read it on my computer's clock, zone given, in every language."""
    from datetime import timedelta

    from tests.storage.test_times import in_zone

    with in_zone("Africa/Nairobi"):
        aid = ws.create_assessment("Revue nationale", "SN")
        shown = ws.info(aid)
        other = reopen()
        other.update_assessment(aid, other.info(aid).version, executive_summary="Their findings")
        stored = ws.repo.assessment(aid).updated_at  # UTC
        with pytest.raises(EditConflict) as e:
            ws.update_assessment(aid, shown.version, executive_summary="Mine")
        mine = f"{stored + timedelta(hours=3):%Y-%m-%d %H:%M} (UTC+03:00)"
        assert mine in str(e.value) and mine in e.value.text("fr") and mine in e.value.text("ar")
