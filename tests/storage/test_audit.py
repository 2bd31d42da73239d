"""The audit trail on both engines: every change writes its chained entry in the same transaction,
the trail replays to what is stored, old assessments get a baseline, two writers never fork a chain."""

from __future__ import annotations

import json
import threading
from datetime import date

import pytest
from sqlalchemy import create_engine, text

from app.domain.audit import GENESIS, Means
from app.services.audit import history, verify
from app.services.workspace import Workspace
from app.storage import Repository, StorageError, open_database
from app.storage.migrations import upgrade
from app.storage.repository import AnswerConflict
from tests.factories import make_questionnaire


def sql(db, statement, **params):
    with db.engine.begin() as con:
        return con.execute(text(statement), params).all() if statement.lstrip().upper().startswith("SELECT") \
            else con.execute(text(statement), params)


def test_every_change_is_recorded_chained_and_replays_to_what_is_stored(database):
    ws = Workspace(open_database(database), make_questionnaire())
    aid = ws.create_assessment("Kenya 2026", "KE", date(2026, 3, 1))
    ws.set_answer(aid, "III.A-01", value="fully", comment="Sexual Offences Act 2006, s. 13")
    ws.set_answer(aid, "III.A-01", comment="Sexual Offences Act 2006, s. 14")
    ws.set_answer(aid, "III.A-01", comment="Sexual Offences Act 2006, s. 14")  # nothing changed: no entry
    ws.set_answers(aid, [("III.A-02", {"value": "partially"}), ("III.A-01", {"value": "largely"})],
                   means=Means.IMPORT)
    ws.set_weight(aid, "V-01", 4.0, "national priority")
    act = ws.add_action(aid, "V-01", description="Train judges", budget=5000).action_id
    assert act is not None
    ws.update_action(act, status="in_progress", deadline=date(2027, 1, 31))
    ws.update_assessment(aid, validation_status="validated", validated_on=date(2026, 4, 2), means=Means.CLI)
    ws.delete_action(act)
    ws.set_weight(aid, "V-01", None)

    entries = ws.repo.audit_entries(aid)
    summary = [(e.seq, e.kind, e.entity, e.op, e.means) for e in entries]
    assert summary == [
        (1, "assessment", "", "insert", "window"),
        (2, "answer", "III.A-01", "insert", "window"),
        (3, "answer", "III.A-01", "update", "window"),
        (4, "answer", "III.A-02", "insert", "import"),
        (5, "answer", "III.A-01", "update", "import"),
        (6, "weight", "V-01", "insert", "window"),
        (7, "action", str(act), "insert", "window"),
        (8, "action", str(act), "update", "window"),
        (9, "assessment", "", "update", "cli"),
        (10, "action", str(act), "delete", "window"),
        (11, "weight", "V-01", "delete", "window"),
    ]
    assert json.loads(entries[2].changes) == {"comment": ["Sexual Offences Act 2006, s. 13",
                                                          "Sexual Offences Act 2006, s. 14"]}
    assert json.loads(entries[4].changes) == {"value": ["fully", "largely"]}
    assert json.loads(entries[7].changes) == {"deadline": [None, "2027-01-31"], "status": ["planned", "in_progress"]}
    assert json.loads(entries[8].changes) == {"validated_on": [None, "2026-04-02"],
                                              "validation_status": ["draft", "validated"]}
    assert entries[0].prev_hash == GENESIS
    assert all(b.prev_hash == a.hash and len(b.hash) == 64 for a, b in zip(entries, entries[1:], strict=False))
    assert all(e.who == ws.user for e in entries) and ws.user
    v = verify(ws, aid)
    assert (v.ok, v.entries, v.problems) == (True, 11, [])

    rows = history(ws, aid, "III.A-01")  # newest first, field by field
    assert [(r.field, r.old, r.new, r.means) for r in rows] == [
        ("value", "fully", "largely", "import"),
        ("comment", "Sexual Offences Act 2006, s. 13", "Sexual Offences Act 2006, s. 14", "window"),
        ("value", None, "fully", "window"),  # one entry's fields in the form's order
        ("comment", None, "Sexual Offences Act 2006, s. 13", "window"),
    ]
    ws.close()


def test_a_change_whose_entry_cannot_be_written_is_not_saved(database):
    """The entry is written in the change's own transaction: when it fails, the change is rolled back."""
    ws = Workspace(open_database(database), make_questionnaire())
    aid = ws.create_assessment("T", "KE")
    ws.set_answer(aid, "V-01", value="fully")
    if ws.db.dialect == "sqlite":  # from now on, writing an entry fails (a full disk would do the same)
        sql(ws.db, "CREATE TRIGGER refuse BEFORE INSERT ON audit_entries BEGIN SELECT RAISE(ABORT, 'no'); END")
    else:
        sql(ws.db, "CREATE FUNCTION refuse() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'no'; END $$ "
                   "LANGUAGE plpgsql")
        sql(ws.db, "CREATE TRIGGER refuse BEFORE INSERT ON audit_entries FOR EACH ROW EXECUTE FUNCTION refuse()")
    for change in (lambda: ws.set_answer(aid, "V-01", value="not"),
                   lambda: ws.set_answers(aid, [("V-01", {"value": "not"})]),
                   lambda: ws.update_assessment(aid, title="Changed"),
                   lambda: ws.set_weight(aid, "V-01", 2.0, "why"),
                   lambda: ws.add_action(aid, "V-01", description="x"),
                   lambda: ws.delete_assessment(aid)):
        with pytest.raises(StorageError):
            change()
    assert ws.answers(aid)["V-01"].value == "fully"
    assert ws.info(aid).title == "T" and ws.weight_overrides(aid) == {} and ws.actions(aid) == []
    assert len(ws.repo.audit_entries(aid)) == 2
    ws.close()


def test_a_deleted_assessment_keeps_its_trail_and_its_id_is_not_given_again(database):
    ws = Workspace(open_database(database), make_questionnaire())
    first = ws.create_assessment("A", "KE")
    second = ws.create_assessment("B", "KE")
    ws.set_answer(second, "V-01", value="fully")
    ws.delete_assessment(second)
    v = verify(ws, second)
    assert (v.ok, v.deleted, v.entries) == (True, True, 3)
    third = ws.create_assessment("C", "KE")
    assert third not in (first, second)
    assert [e.seq for e in ws.repo.audit_entries(third)] == [1]
    ws.close()


def test_an_upgrade_is_recorded_change_by_change_and_verifies(database):
    ws = Workspace(open_database(database), make_questionnaire())
    aid = ws.create_assessment("T", "KE")
    ws.set_answer(aid, "III.A-01", value="fully")
    ws.set_answer(aid, "III.A-02", value="not", comment="gap")
    ws.set_weight(aid, "III.A-02", 3.0, "priority")
    ws.add_action(aid, "III.A-02", description="Close the gap")
    record = {"from_version": "1.0", "to_version": "2.0", "from_hash": "a", "to_hash": "b", "details": "{}"}
    ws.apply_upgrade(aid, {"III.A-01": {"value": "fully", "to_review": True},
                           "III.B-01": {"value": "not", "comment": "gap"}}, {"III.A-02": "III.B-01"}, [], record)
    upgrade_entries = [e for e in ws.repo.audit_entries(aid) if e.means == "upgrade"]
    assert {(e.kind, e.entity, e.op) for e in upgrade_entries} == {
        ("assessment", "", "update"), ("answer", "III.A-01", "update"), ("answer", "III.A-02", "delete"),
        ("answer", "III.B-01", "insert"), ("weight", "III.A-02", "delete"), ("weight", "III.B-01", "insert"),
        ("action", upgrade_entries[-1].entity, "update")}
    assert verify(ws, aid).ok
    ws.close()


def _schema_5_with_data(db_target):
    """A database as schema 5 left it, with an assessment holding answers, a weight and an action."""
    url = db_target if isinstance(db_target, str) else f"sqlite:///{db_target}"
    engine = create_engine(url)
    with engine.begin() as con:
        upgrade(con, "test", target=5)
        con.execute(text("INSERT INTO assessments (id, title, country_code, assessment_date, questionnaire_id, "
                         "questionnaire_version, questionnaire_hash, created_at, updated_at) VALUES (7, 'Bénin 2025', "
                         "'BJ', '2025-05-01', 'q', '1', 'h', '2025-05-01 10:00:00', '2025-05-01 10:00:00')"))
        con.execute(text("INSERT INTO answers (assessment_id, question_id, value, comment, updated_at) VALUES "
                         "(7, 'V-01', 'largely', 'Code pénal, art. 3', '2025-05-01 10:00:00'), "
                         "(7, 'V-02', '', '', '2025-05-01 10:00:00')"))
        con.execute(text("INSERT INTO weight_overrides (assessment_id, question_id, weight, reason) "
                         "VALUES (7, 'V-01', 4, 'priorité')"))
        con.execute(text("INSERT INTO actions (assessment_id, question_id, description, budget, created_at, "
                         "updated_at) VALUES (7, 'V-01', 'Former les juges', 1200, '2025-05-01 10:00:00', "
                         "'2025-05-01 10:00:00')"))
    engine.dispose()


def test_the_migration_gives_each_existing_assessment_a_baseline_that_verifies(database):
    _schema_5_with_data(database)
    db = open_database(database)
    assert db.migrated_from == 5
    repo = Repository(db)
    [baseline] = repo.audit_entries(7)
    assert (baseline.seq, baseline.kind, baseline.op, baseline.means, baseline.prev_hash) == (
        1, "baseline", "baseline", "migration", GENESIS)
    state = json.loads(baseline.changes)
    assert state["answers"]["V-01"]["comment"] == "Code pénal, art. 3"
    assert state["answers"]["V-02"]["value"] is None  # "" written by old versions reads as no answer
    assert state["weights"]["V-01"] == {"weight": 4.0, "reason": "priorité"}
    assert state["details"]["assessment_date"] == "2025-05-01"
    assert repo.verify(7).ok
    repo.save_answer(7, "V-01", {"value": "fully"})
    assert repo.verify(7).ok and len(repo.audit_entries(7)) == 2
    sql(db, "UPDATE answers SET comment = 'changed by hand' WHERE question_id = 'V-01'")
    [p] = repo.verify(7).problems
    assert (p.key, p.values["entity"], p.values["field"]) == ("audit_field_differs", "V-01", "comment")
    db.close()


def test_an_answer_changed_behind_the_apps_back_on_the_server_is_found(pg_url):
    ws = Workspace(open_database(pg_url), make_questionnaire())
    aid = ws.create_assessment("T", "KE")
    ws.set_answer(aid, "V-01", value="fully")
    sql(ws.db, "UPDATE answers SET value = 'not'")
    [p] = verify(ws, aid).problems
    assert (p.key, p.values["entity"], p.values["field"], p.values["stored"], p.values["trail"]) == (
        "audit_field_differs", "V-01", "value", "not", "fully")
    sql(ws.db, "UPDATE answers SET value = 'fully'")
    sql(ws.db, "DELETE FROM audit_entries WHERE seq = 1")
    keys = [p.key for p in verify(ws, aid).problems]
    assert keys == ["audit_gap", "audit_unchained", "audit_assessment_untracked"]
    ws.close()


def test_two_writers_on_one_server_assessment_never_fork_the_chain(pg_url):
    """Two connections (two people) save answers to one assessment at the same time: each waits for the
    other's lock, so the entries are numbered 1..n with no fork, and the trail verifies."""
    first = open_database(pg_url)
    aid = Repository(first).add_assessment(title="T", country_code="KE", questionnaire_id="q",
                                           questionnaire_version="1", questionnaire_hash="h")
    second = open_database(pg_url)
    errors: list[BaseException] = []
    start = threading.Barrier(2)

    def write(db, name):
        repo = Repository(db)
        try:
            start.wait()
            for i in range(25):
                repo.save_answer(aid, f"{name}-{i % 5}", {"comment": f"{name} {i}"})
        except BaseException as e:  # reported below
            errors.append(e)

    threads = [threading.Thread(target=write, args=(db, n)) for db, n in ((first, "a"), (second, "b"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    entries = Repository(first).audit_entries(aid)
    assert [e.seq for e in entries] == list(range(1, 52))
    assert Repository(second).verify(aid).ok
    first.close()
    second.close()


def test_a_follow_up_review_is_recorded_with_its_means_and_verifies(database):
    from app.services import followup

    ws = Workspace(open_database(database), make_questionnaire())
    first = ws.create_assessment("Kenya 2024", "KE")
    ws.set_answer(first, "V-01", value="largely", comment="Sexual Offences Act")
    ws.set_weight(first, "V-01", 4.0, "priority")
    ws.add_action(first, "V-01", description="Train judges")
    second = followup.start_follow_up(ws, first)
    entries = ws.repo.audit_entries(second)
    assert {e.means for e in entries} == {"follow-up"}
    assert [(e.kind, e.entity) for e in entries][:3] == [("assessment", ""), ("answer", "V-01"), ("weight", "V-01")]
    assert json.loads(entries[1].changes)["carried_over"] == [None, True]
    followup.confirm_all(ws, second)  # confirmed by a person: the workspace's own means
    assert ws.repo.audit_entries(second)[-1].means == "window"
    assert verify(ws, second).ok and verify(ws, first).ok
    ws.close()


def test_a_refused_save_writes_no_entry_and_the_next_one_chains_on(database):
    """A save against a version that is no longer stored changes nothing: no answer, no entry (on the
    server the answer and its entry are one statement); the next accepted save chains on the last entry."""
    repo = Repository(open_database(database))
    aid = repo.add_assessment(title="T", country_code="KE", questionnaire_id="q", questionnaire_version="1",
                              questionnaire_hash="h")
    assert repo.save_answer(aid, "V-01", {"comment": "first"}, expected_version=0) == 1
    before = repo.audit_entries(aid)
    for stale in (0, 2):
        with pytest.raises(AnswerConflict) as refused:
            repo.save_answer(aid, "V-01", {"comment": f"stale {stale}"}, expected_version=stale)
        assert refused.value.theirs is not None and refused.value.theirs.answer.comment == "first"
    assert repo.audit_entries(aid) == before
    assert repo.save_answer(aid, "V-01", {"comment": "second"}, expected_version=1) == 2
    after = repo.audit_entries(aid)
    assert [e.seq for e in after] == list(range(1, len(before) + 2))
    assert after[-1].prev_hash == before[-1].hash and json.loads(after[-1].changes) == {"comment": ["first", "second"]}
    assert repo.verify(aid).ok
    repo.db.close()
