"""Typed change notices from the services, and optimistic concurrency on answers (a version per row)."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.answers import AnswerValue
from app.domain.report import ActionStatus, Priority
from app.services.changes import ChangeKind
from app.services.errors import StaleRowError
from app.services.workspace import AnswerConflict


def test_every_write_returns_a_typed_notice_saying_what_changed_and_who(ws):
    assert ws.user  # the login name on a SQLite file; the database user on a server
    created = ws.new_assessment("Revue", "MA", date(2026, 1, 2))
    aid = created.assessment_id
    assert (created.kind, created.by, created.version) == (ChangeKind.ASSESSMENT_CREATED, ws.user, 1)
    upd = ws.update_assessment(aid, title="Revue 2026", organisation="  Ministère ")
    assert (upd.kind, upd.fields, upd.version) == (ChangeKind.ASSESSMENT_UPDATED, ("organisation", "title"), 2)
    ans = ws.set_answer(aid, "III.A-01", value="fully", comment="c")
    assert (ans.kind, ans.question_ids, ans.fields, ans.version) == (
        ChangeKind.ANSWER, ("III.A-01",), ("carried_over", "comment", "to_review", "value"), 1)  # given: reviewed, confirmed
    assert ans.concerns("III.A-01") and not ans.concerns("III.A-02")
    assert ws.set_answer(aid, "III.A-01", value="not").version == 2
    imp = ws.set_answers(aid, [("III.A-02", {"value": "na", "na_reason": "none"}), ("V-01", {"value": "fully"})])
    assert (imp.kind, imp.question_ids) == (ChangeKind.ANSWERS_IMPORTED, ("III.A-02", "V-01"))
    assert imp.concerns("V-01") and not imp.concerns("III.A-01")
    assert ws.set_weight(aid, "V-01", 2.0, "why").kind is ChangeKind.WEIGHT
    added = ws.add_action(aid, "V-01", description="Do it")
    assert (added.kind, added.question_id) == (ChangeKind.ACTION_ADDED, "V-01")
    assert ws.update_action(added.action_id, status="done").kind is ChangeKind.ACTION_UPDATED
    assert ws.delete_action(added.action_id).kind is ChangeKind.ACTION_DELETED
    assert ws.delete_assessment(aid).kind is ChangeKind.ASSESSMENT_DELETED
    assert ws.opened().kind is ChangeKind.DATABASE_OPENED


def test_each_row_records_its_version_and_who_changed_it(ws):
    aid = ws.create_assessment("T", "KE")
    ws.set_answer(aid, "III.A-01", value="largely")
    ws.set_answer(aid, "III.A-01", comment="second")
    stored = ws.stored_answers(aid)["III.A-01"]
    assert (stored.version, stored.changed_by) == (2, ws.user)
    assert stored.answer.value is AnswerValue.LARGELY and stored.answer.comment == "second"


def test_enum_columns_are_typed_and_defaults_come_from_one_place(ws):
    aid = ws.create_assessment("T", "KE")
    ws.add_action(aid, "V-01", description="Draft a law")
    [item] = ws.actions(aid)
    assert item.priority is Priority.MEDIUM and item.status is ActionStatus.PLANNED
    assert (item.lead, item.currency, item.budget) == ("", "", None)
    ws.set_answer(aid, "V-02", comment="only a comment")
    a = ws.answers(aid)["V-02"]
    assert a.value is None and a.confidence is None and a.na_reason == ""
    with pytest.raises(ValueError):
        ws.set_answer(aid, "V-02", value="maybe")
    with pytest.raises(ValueError):
        ws.add_action(aid, "V-01", priority="urgent")


def test_an_answer_changed_since_it_was_loaded_is_not_overwritten(ws, reopen):
    aid = ws.create_assessment("T", "KE")
    ws.set_answer(aid, "III.A-01", value="partially", comment="first")
    mine = ws.stored_answers(aid)["III.A-01"]  # what my screen shows: version 1

    other = reopen()  # a colleague, on another connection
    other.set_answer(aid, "III.A-01", other.stored_answers(aid)["III.A-01"].version, value="fully",
                     comment="theirs")

    with pytest.raises(AnswerConflict) as e:
        ws.set_answer(aid, "III.A-01", mine.version, value="not", comment="mine")
    theirs = e.value.theirs
    assert theirs is not None and theirs.answer.comment == "theirs" and theirs.version == 2
    assert theirs.changed_by == other.user
    assert ws.answers(aid)["III.A-01"].comment == "theirs"  # nothing of theirs was lost

    # having seen their version, I decide mine replaces it
    done = ws.set_answer(aid, "III.A-01", theirs.version, value="not", comment="mine")
    assert done.version == 3 and reopen().answers(aid)["III.A-01"].comment == "mine"


def test_a_new_answer_does_not_overwrite_one_someone_else_created(ws, reopen):
    aid = ws.create_assessment("T", "KE")
    reopen().set_answer(aid, "V-01", 0, value="fully")  # 0: there was no answer when it was loaded
    with pytest.raises(AnswerConflict) as e:
        ws.set_answer(aid, "V-01", 0, value="not")
    assert e.value.theirs is not None and e.value.theirs.answer.value is AnswerValue.FULLY


def test_an_update_racing_another_one_is_refused_not_lost(ws):
    """The ORM checks the row version on UPDATE: a row moved on by someone else in between is not
    overwritten."""
    from sqlalchemy import text

    from app.storage.models import ActionRow

    aid = ws.create_assessment("T", "KE")
    action = ws.add_action(aid, "V-01", description="one").action_id
    with pytest.raises(StaleRowError), ws.repo._stale_guard(), ws.db.session() as s:
        row = s.get(ActionRow, action)
        s.execute(text("UPDATE actions SET description = 'theirs', version = version + 1 WHERE id = :i"),
                  {"i": action})
        row.description = "mine"
    assert [a.description for a in ws.actions(aid)] == ["one"]  # rolled back as a whole
