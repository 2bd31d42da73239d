"""Schema 7: follow-up reviews (assessments.baseline_id, answers.carried_over). A file or a server database
of schema 6 with data comes through with nothing lost, no baseline and nothing carried over."""

from __future__ import annotations

import sqlite3

from sqlalchemy import create_engine, text

from app.storage import Repository, open_database
from app.storage.migrations import upgrade
from tests.storage.released_schemas import make_released_file
from tests.storage.test_db import insert_kenya


def test_a_schema_6_file_gains_the_follow_up_columns_with_nothing_lost(tmp_path) -> None:
    path = tmp_path / "v6.sqlite"
    make_released_file(path, 2)
    insert_kenya(path)
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as con:
        upgrade(con, str(path), target=6)
    engine.dispose()
    db = open_database(path, backups=tmp_path / "backups")
    repo = Repository(db)
    record = repo.assessment(1)
    assert (record.title, record.baseline_id) == ("Kenya 2024", None)
    [stored] = repo.answers(1).values()
    assert (stored.answer.comment, stored.answer.carried_over, stored.version) == (
        "Sexual Offences Act 2006, s. 13", False, 1)
    db.close()
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA user_version").fetchone()[0] >= 7
    # the baseline reference is a real foreign key (the repository lets go of it when a baseline is deleted)
    fks = con.execute("PRAGMA foreign_key_list(assessments)").fetchall()
    assert [(f[2], f[3], f[4]) for f in fks] == [("assessments", "baseline_id", "id")]
    con.close()


def test_a_schema_6_server_database_gains_the_follow_up_columns(pg_url) -> None:
    engine = create_engine(pg_url)
    with engine.begin() as con:
        upgrade(con, "test", target=6)
        con.execute(text("INSERT INTO assessments (title, country_code, questionnaire_id, questionnaire_version, "
                         "questionnaire_hash, created_at, updated_at) VALUES ('Maroc 2024', 'MA', 'q', '1', 'h', "
                         "now(), now())"))
        con.execute(text("INSERT INTO answers (assessment_id, question_id, value, comment, updated_at) "
                         "SELECT id, 'V-01', 'fully', 'Code pénal', now() FROM assessments"))
    engine.dispose()
    db = open_database(pg_url)
    assert db.migrated_from == 6
    repo = Repository(db)
    base = repo.assessment(1)
    assert base.baseline_id is None
    new = repo.add_follow_up(1, {"title": "Maroc 2026", "country_code": "MA", "questionnaire_id": "q",
                                 "questionnaire_version": "1", "questionnaire_hash": "h"},
                             {"V-01": {"value": "fully", "comment": "Code pénal", "carried_over": True}}, [], {})
    assert repo.assessment(new).baseline_id == 1
    assert repo.answers(new)["V-01"].answer.carried_over and not repo.answers(1)["V-01"].answer.carried_over
    repo.delete_assessment(1)
    assert repo.assessment(new).baseline_id is None
    db.close()
