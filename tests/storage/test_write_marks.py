"""The write count a receive's backup is decided on (schema 15, app/storage/backups.py): every write of
anything but contributions is counted by the file itself, whichever Repository method makes it, so a
receive after it makes a fresh backup; contributions alone are not, so a run of receives makes one.
Real SQLite files in tmp_path, real backups compared with the live file."""

from __future__ import annotations

import inspect
import re
import sqlite3
import uuid
from collections.abc import Callable
from datetime import datetime
from typing import Any

import pytest
from sqlalchemy import create_engine, text

from app.domain.answers import AnswerValue
from app.storage import Repository, open_database
from app.storage.backups import NOT_MARKED, Backups, same_but_contributions
from app.storage.migrations import head_version, upgrade
from app.storage.workshop import IncomingFile

Q = dict(questionnaire_id="q", questionnaire_version="1", questionnaire_hash="h")
T0 = datetime(2026, 11, 20, 10)


def meta(author: str, written: datetime = T0) -> dict[str, Any]:
    return {"author": author, "institution": "Police", "kind": "exchange", "source": f"{author}.opsc",
            "sections": "", "written_at": written}


class Setting:
    """A facilitator's file: one assessment with an answer, an action and a contribution."""

    def __init__(self, path):
        self.path = path
        self.db = open_database(path)
        self.repo = Repository(self.db)
        self.aid = self.repo.add_assessment(title="Revue 2026", country_code="MA", **Q)
        self.repo.save_answer(self.aid, "V-01", {"value": AnswerValue.FULLY})
        self.action = self.repo.add_action(self.aid, "V-01", {"description": "Train judges"})
        self.repo.add_contribution(self.aid, meta("Amina"), {"V-01": {"value": AnswerValue.NOT}})

    def writes(self) -> int:
        con = sqlite3.connect(self.path)
        try:
            return int(con.execute("SELECT writes FROM write_marks").fetchone()[0])
        finally:
            con.close()


@pytest.fixture
def setting(tmp_path):
    s = Setting(tmp_path / "facilitator.sqlite")
    yield s
    s.db.close()


def upgrade_record() -> dict[str, Any]:
    return {"from_version": "1", "to_version": "2", "from_hash": "h", "to_hash": "h2", "details": "{}"}


def received(uid: str) -> IncomingFile:
    return IncomingFile(uid=uid, meta=meta("Bénin"), answers={}, details={"title": "Bénin", "country_code": "BJ", **Q})


# Every public method of the Repository that writes something other than contributions, as it is called.
WRITES: dict[str, Callable[[Setting], object]] = {
    "add_assessment": lambda s: s.repo.add_assessment(title="Kenya", country_code="KE", **Q),
    "add_follow_up": lambda s: s.repo.add_follow_up(s.aid, {"title": "Suivi", "country_code": "MA", **Q}, {}, [], {}),
    "update_assessment": lambda s: s.repo.update_assessment(s.aid, {"title": "Revue 2026 (atelier)"}),
    "delete_assessment": lambda s: s.repo.delete_assessment(s.aid),
    "save_answer": lambda s: s.repo.save_answer(s.aid, "V-02", {"value": AnswerValue.LARGELY}),
    "save_answers": lambda s: s.repo.save_answers(s.aid, [("V-01", {"comment": "Code pénal, art. 3"})]),
    "adopt": lambda s: s.repo.adopt(s.aid, [("V-01", {"value": AnswerValue.NOT})], [
        {"question_id": "V-01", "adopted_from": "Amina", "value": AnswerValue.NOT, "agreement": "single", "note": ""}]),
    "set_weight": lambda s: s.repo.set_weight(s.aid, "V-01", 3.0, "national priority"),
    "upgrade": lambda s: s.repo.upgrade(s.aid, {"V-01": {"value": AnswerValue.FULLY}}, {}, [], upgrade_record()),
    "add_action": lambda s: s.repo.add_action(s.aid, "V-02", {"description": "Open a hotline"}),
    "update_action": lambda s: s.repo.update_action(s.action, {"lead": "MoJ"}),
    "delete_action": lambda s: s.repo.delete_action(s.action),
    "add_decisions": lambda s: s.repo.add_decisions(s.aid, [
        {"question_id": "V-01", "adopted_from": "", "value": None, "agreement": "conflict", "note": "to discuss"}]),
    "add_handout": lambda s: s.repo.add_handout(s.aid, "h-1", "shared", ("V",), {"V-01": "0123"}, T0),
    "set_uid": lambda s: s.repo.set_uid(s.aid, str(uuid.uuid4())),
    "receive_assessment": lambda s: s.repo.receive_assessment(str(uuid.uuid4()), {"title": "Bénin", "country_code": "BJ",
                                                                                  **Q}, {}, {}, []),
    "receive_batch": lambda s: s.repo.receive_batch([received(str(uuid.uuid4()))]),  # adds an assessment
}
# ... that write contributions only: what a receive does
CONTRIBUTIONS: dict[str, Callable[[Setting], object]] = {
    "add_contribution": lambda s: s.repo.add_contribution(s.aid, meta("Bruno"), {"V-01": {"value": AnswerValue.FULLY}}),
    "add_contributions": lambda s: s.repo.add_contributions([
        (s.aid, meta("Amina", datetime(2026, 11, 21)), {"V-02": {"value": AnswerValue.PARTIALLY}})]),  # supersedes
    "receive_batch": lambda s: s.repo.receive_batch([IncomingFile(uid="", meta=meta("Chen"), answers={
        "V-01": {"value": AnswerValue.LARGELY}}, assessment_id=s.aid)]),
}
READS = {"actions", "agreement_tallies", "answered_questions", "answers", "assessment", "assessment_id_by_uid", "assessment_ids_by_uid",
         "audit_entries", "audited_ids", "bundle", "contribution_heads", "contributions", "database_uid", "decisions",
         "exists",
         "follow_ups", "handout_baseline", "handouts", "history", "listings", "overview_reads",
         "question_contributions", "stored_answer", "upgrades", "verify", "weight_overrides"}


def test_every_public_repository_method_is_a_read_or_has_its_write_tested_here():
    """A new write method must be added to WRITES (or CONTRIBUTIONS), where the tests below check it is
    counted (or not): nothing can write the facilitator's data and let a receive skip the backup."""
    public = {n for n, v in inspect.getmembers(Repository) if not n.startswith("_") and callable(v)}
    assert public - READS - set(WRITES) - set(CONTRIBUTIONS) == set(), "classify the new Repository methods here"
    assert READS & (set(WRITES) | set(CONTRIBUTIONS)) == set()


@pytest.mark.parametrize("name", sorted(WRITES))
def test_every_write_but_contributions_is_counted_and_needs_a_fresh_backup(setting, tmp_path, name):
    backup = Backups(tmp_path / "backups", setting.path).make(setting.db, "merge")
    assert same_but_contributions(backup, setting.path)
    before = setting.writes()
    WRITES[name](setting)
    assert setting.writes() > before
    assert not same_but_contributions(backup, setting.path)


@pytest.mark.parametrize("name", sorted(CONTRIBUTIONS))
def test_contributions_alone_are_not_counted_and_the_backup_still_holds(setting, tmp_path, name):
    backup = Backups(tmp_path / "backups", setting.path).make(setting.db, "merge")
    before, held = setting.writes(), len(setting.repo.contributions(setting.aid, history=True))
    CONTRIBUTIONS[name](setting)
    assert len(setting.repo.contributions(setting.aid, history=True)) == held + 1  # it did write
    assert setting.writes() == before
    assert same_but_contributions(backup, setting.path)


def test_a_write_rolled_back_is_not_counted(setting):
    before = setting.writes()
    with pytest.raises(RuntimeError), setting.db.session() as s:
        s.execute(text("UPDATE assessments SET title = 'changed'"))
        raise RuntimeError("rolled back")
    assert setting.writes() == before and setting.repo.assessment(setting.aid).title == "Revue 2026"
    refused = setting.repo.receive_batch([received(str(uuid.uuid4())),
                                          IncomingFile(uid=str(uuid.uuid4()), meta=meta("X"), answers={})])
    assert isinstance(refused[1], LookupError)  # the second file refused, the first one kept: counted
    assert setting.writes() > before


def test_a_backup_without_a_count_is_never_taken_as_the_same(setting, tmp_path):
    """A backup from before schema 15 (no write_marks): no comparison, a fresh backup."""
    backup = Backups(tmp_path / "backups", setting.path).make(setting.db, "merge")
    con = sqlite3.connect(backup)
    con.execute("DROP TABLE write_marks")
    con.commit()
    con.close()
    assert not same_but_contributions(backup, setting.path)


def counting_triggers(con: sqlite3.Connection) -> dict[str, set[str]]:
    """table -> the events (INSERT, UPDATE, DELETE) a trigger counts in write_marks."""
    out: dict[str, set[str]] = {}
    for table, sql in con.execute("SELECT tbl_name, sql FROM sqlite_master WHERE type = 'trigger'"):
        m = re.search(r"\bAFTER\s+(INSERT|UPDATE|DELETE)\b", sql, re.I)
        if m and re.search(r"UPDATE\s+write_marks\s+SET\s+writes\s*=\s*writes\s*\+\s*1", sql, re.I):
            out.setdefault(table, set()).add(m[1].upper())
    return out


def test_every_table_but_the_contributions_counts_its_writes(tmp_path):
    """A table added by a later schema (or rebuilt by batch_alter_table, which drops its triggers) must count
    its inserts, updates and deletes like the others, or be named in NOT_MARKED with the reason."""
    open_database(tmp_path / "new.sqlite").close()
    con = sqlite3.connect(tmp_path / "new.sqlite")
    try:
        tables = {t for (t,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                            "AND name NOT LIKE 'sqlite_%'")}
        counted = counting_triggers(con)
        assert con.execute("SELECT id, writes FROM write_marks").fetchall() == [(1, 0)]
    finally:
        con.close()
    assert set(NOT_MARKED) <= tables
    expected = tables - set(NOT_MARKED) - {"write_marks", "alembic_version"}
    assert {t for t in expected if counted.get(t) != {"INSERT", "UPDATE", "DELETE"}} == set()
    assert set(counted) == expected  # and nothing counts the contributions


def test_migrating_to_schema_15_counts_from_then_on_with_nothing_lost(database):
    """Schema 15 on both engines: a schema 14 database keeps its data and gets write_marks (0 writes); a
    SQLite file then counts its writes, a server does not (its backups are the administrator's)."""
    url = database if isinstance(database, str) else f"sqlite:///{database}"
    engine = create_engine(url)
    with engine.begin() as con:
        upgrade(con, "test", target=14)
        con.execute(text("INSERT INTO assessments (title, country_code, questionnaire_id, questionnaire_version, "
                         "questionnaire_hash, created_at, updated_at, uid) VALUES ('Kenya 2024', 'KE', 'q', '1', "
                         "'h', '2024-01-01 00:00:00', '2024-01-01 00:00:00', :u)"), {"u": str(uuid.uuid4())})
        con.execute(text("INSERT INTO answers (assessment_id, question_id, value, comment, updated_at) "
                         "VALUES (1, 'V-01', 'largely', 'Code pénal, art. 3', '2024-01-01 00:00:00')"))
    engine.dispose()
    db = open_database(database)
    try:
        assert db.migrated_from == 14 and head_version() >= 15
        repo = Repository(db)
        [stored] = repo.answers(1).values()
        assert (stored.answer.value, stored.answer.comment) == (AnswerValue.LARGELY, "Code pénal, art. 3")

        def writes() -> int:
            with db.session() as s:
                return int(s.execute(text("SELECT writes FROM write_marks WHERE id = 1")).scalar_one())

        assert writes() == 0
        repo.save_answer(1, "V-01", {"comment": "Code pénal, art. 3 et 4"})  # the answer and its audit entry
        counted = writes()
        assert counted == 0 if db.is_server else counted >= 2
        repo.add_contribution(1, meta("Amina"), {"V-01": {"value": AnswerValue.NOT}})
        assert writes() == counted
    finally:
        db.close()


def test_another_database_swapped_in_with_an_equal_count_needs_a_fresh_backup(setting, tmp_path):
    """A copy of another laptop's file put in place of this one, with as many writes counted and the same
    schema, is not the file the backup was made of: its own id differs (outside facilitator's review)."""
    backup = Backups(tmp_path / "backups", setting.path).make(setting.db, "merge")
    other = Setting(tmp_path / "other" / "facilitator.sqlite")
    try:
        assert other.writes() == setting.writes()  # the count alone cannot tell them apart
        assert same_but_contributions(backup, setting.path)
        assert not same_but_contributions(backup, other.path)
    finally:
        other.db.close()
