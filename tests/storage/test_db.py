"""Opening assessment files: new, older (migrated after a backup), and refused ones left untouched."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import date, datetime

import pytest
from sqlalchemy import text

from app.storage import (
    CorruptDatabaseError,
    DiskFullError,
    ForeignDatabaseError,
    NewerDatabaseError,
    StorageError,
    open_database,
)
from app.storage.migrations import APPLICATION_ID, SCHEMA_DIR, head_version
from app.storage.models import AnswerRow, AssessmentRow, Base
from tests.storage.released_schemas import make_released_file

CURRENT_VERSION = head_version()


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_file_has_wal_foreign_keys_and_current_schema(tmp_path):
    db = open_database(tmp_path / "a.sqlite")
    with db.session() as s:
        assert s.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert s.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert s.execute(text("PRAGMA user_version")).scalar() == CURRENT_VERSION
        assert s.execute(text("PRAGMA application_id")).scalar() == APPLICATION_ID
        assert s.execute(text("SELECT version_num FROM alembic_version")).scalar() == f"{CURRENT_VERSION:04d}"
    db.close()


def test_migrated_schema_matches_the_models(tmp_path):
    """The migrations and the typed models describe the same tables, columns, types, indexes."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    db = open_database(tmp_path / "a.sqlite")
    with db.engine.connect() as con:
        assert compare_metadata(MigrationContext.configure(con), Base.metadata) == []
    db.close()


def insert_kenya(path):
    con = sqlite3.connect(path)
    con.execute("INSERT INTO assessments (id, title, country_code, questionnaire_id, questionnaire_version, "
                "questionnaire_hash, created_at, updated_at) VALUES (1, 'Kenya 2024', 'KE', 'q', '1.0', 'h', "
                "'2024-01-01 00:00:00', '2024-01-01 00:00:00')")
    con.execute("INSERT INTO answers (assessment_id, question_id, value, comment, updated_at) "
                "VALUES (1, 'III.A-01', 'largely', 'Sexual Offences Act 2006, s. 13', '2024-01-01 00:00:00')")
    con.commit()
    con.close()


@pytest.mark.parametrize("version", [1, 2])
def test_a_file_of_each_released_schema_is_backed_up_and_migrated(tmp_path, version):
    path = tmp_path / "old.sqlite"
    make_released_file(path, version)
    insert_kenya(path)

    db = open_database(path, backups=tmp_path / "backups")
    with db.session() as s:
        row = s.get(AssessmentRow, 1)
        assert row is not None and row.title == "Kenya 2024" and row.confidentiality == ""
        assert (row.version, row.changed_by) == (1, "")
        ans = s.query(AnswerRow).one()
        assert (ans.value, ans.comment, ans.confidence, ans.version) == (
            "largely", "Sexual Offences Act 2006, s. 13", None, 1)
        assert s.execute(text("PRAGMA user_version")).scalar() == CURRENT_VERSION
        assert s.execute(text("SELECT version_num FROM alembic_version")).scalar() == f"{CURRENT_VERSION:04d}"
    db.close()
    backups = list((tmp_path / "backups").glob(f"old-v{version}-*.sqlite"))
    assert len(backups) == 1
    old = sqlite3.connect(backups[0])
    assert old.execute("PRAGMA user_version").fetchone()[0] == version
    assert old.execute("SELECT comment FROM answers").fetchone()[0] == "Sexual Offences Act 2006, s. 13"
    old.close()
    reopened = open_database(path, backups=tmp_path / "backups")  # already current: no second backup
    reopened.close()
    assert len(list((tmp_path / "backups").iterdir())) == 1


def test_a_failed_migration_leaves_the_file_as_it_was(tmp_path):
    """All steps run in one transaction: a step that fails undoes the ones before it."""
    path = tmp_path / "old.sqlite"
    make_released_file(path, 1)
    insert_kenya(path)
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE actions (x TEXT)")  # step 2 will fail to create it
    con.commit()
    con.close()
    with pytest.raises(StorageError):
        open_database(path, backups=tmp_path / "backups")
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA user_version").fetchone()[0] == 1
    cols = {r[1] for r in con.execute("PRAGMA table_info(answers)")}
    assert "confidence" not in cols and "version" not in cols
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "alembic_version" not in tables and "weight_overrides" not in tables
    assert con.execute("SELECT title FROM assessments").fetchone()[0] == "Kenya 2024"
    con.close()
    assert len(list((tmp_path / "backups").glob("old-v1-*.sqlite"))) == 1


def test_revisions_are_numbered_one_after_another():
    """Revision ids are the schema versions (0001, 0002 ...), a single line with no branches."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(SCHEMA_DIR))
    script = ScriptDirectory.from_config(cfg)
    assert script.get_heads() == [f"{CURRENT_VERSION:04d}"]
    chain = [r.revision for r in reversed(list(script.walk_revisions()))]
    assert chain == [f"{v:04d}" for v in range(1, CURRENT_VERSION + 1)]
    for p in (SCHEMA_DIR / "versions").glob("*.py"):
        assert p.name[:4].isdigit(), f"{p.name}: name revision files NNNN_what.py"


def test_corrupt_file_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "broken.sqlite"
    db = open_database(path)
    with db.session() as s:
        s.add(AssessmentRow(title="x", country_code="MA", questionnaire_id="q", questionnaire_version="1",
                            questionnaire_hash="h", created_at=datetime.now(), updated_at=datetime.now()))
    db.close()
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # smash the first page's b-tree
    path.write_bytes(bytes(data))
    before = digest(path)
    with pytest.raises(CorruptDatabaseError) as e:
        open_database(path)
    assert "has not been changed" in str(e.value)
    assert digest(path) == before


def test_random_bytes_are_not_ours(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"this is a word processor file" * 50)
    before = digest(path)
    with pytest.raises(ForeignDatabaseError):
        open_database(path)
    assert digest(path) == before


def test_another_programs_database_is_not_ours(tmp_path):
    path = tmp_path / "other.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE contacts (name TEXT)")
    con.commit()
    con.close()
    before = digest(path)
    with pytest.raises(ForeignDatabaseError):
        open_database(path)
    assert digest(path) == before


def test_a_newer_file_is_refused_untouched(tmp_path):
    path = tmp_path / "future.sqlite"
    open_database(path).close()
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA user_version = {CURRENT_VERSION + 1}")
    con.commit()
    con.close()
    before = digest(path)
    with pytest.raises(NewerDatabaseError) as e:
        open_database(path)
    assert "newer version" in str(e.value)
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["future.sqlite"]  # nothing left beside it


def test_deleting_an_assessment_cascades_to_its_answers(tmp_path):
    db = open_database(tmp_path / "a.sqlite")
    now = datetime.now()
    with db.session() as s:
        a = AssessmentRow(title="x", country_code="MA", questionnaire_id="q", questionnaire_version="1",
                          questionnaire_hash="h", created_at=now, updated_at=now, assessment_date=date(2026, 1, 2))
        s.add(a)
        s.flush()
        s.add(AnswerRow(assessment_id=a.id, question_id="q1", value="fully", updated_at=now))
    with db.session() as s:
        s.execute(text("DELETE FROM assessments"))
    with db.session() as s:
        assert s.query(AnswerRow).count() == 0
    db.close()


def test_disk_full_is_reported_as_such(tmp_path, monkeypatch):
    db = open_database(tmp_path / "a.sqlite")
    with pytest.raises(DiskFullError), db.session() as s:
        s.execute(text("PRAGMA max_page_count = 1"))  # the file cannot grow: SQLITE_FULL
        s.execute(text("CREATE TABLE big (x TEXT)"))
        s.execute(text("INSERT INTO big VALUES (:v)"), {"v": "x" * 100000})
    db.close()


def test_backup_makes_a_consistent_copy(tmp_path):
    db = open_database(tmp_path / "a.sqlite")
    with db.session() as s:
        s.add(AssessmentRow(title="copy me", country_code="BJ", questionnaire_id="q", questionnaire_version="1",
                            questionnaire_hash="h", created_at=datetime.now(), updated_at=datetime.now()))
    dest = db.backup(tmp_path / "b" / "copy.sqlite")
    con = sqlite3.connect(dest)
    assert con.execute("SELECT title FROM assessments").fetchone()[0] == "copy me"
    con.close()
    db.close()


def test_opening_a_current_file_does_not_import_alembic(tmp_path):
    """Alembic is loaded only when a file needs migrating: start-up stays as light as before."""
    import subprocess
    import sys

    open_database(tmp_path / "a.sqlite").close()
    code = ("import sys; from app.storage import open_database; open_database(sys.argv[1]).close(); "
            "print('alembic' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path / "a.sqlite")], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "False"


def test_schema_4_gives_old_answers_no_review_flag_and_no_institution(tmp_path):
    """Files of the released schemas come through step 4 with every answer intact and not flagged."""
    from app.storage.models import UpgradeRow

    path = tmp_path / "old.sqlite"
    make_released_file(path, 2)
    insert_kenya(path)
    db = open_database(path, backups=tmp_path / "backups")
    with db.session() as s:
        ans = s.query(AnswerRow).one()
        assert (ans.value, ans.comment, ans.to_review, ans.institution) == (
            "largely", "Sexual Offences Act 2006, s. 13", False, "")
        assert s.query(UpgradeRow).count() == 0
    db.close()


def test_a_name_given_is_recorded_on_a_file_but_a_server_keeps_its_login(tmp_path) -> None:
    from sqlalchemy import create_engine

    from app.storage.db import Database, open_file

    db = open_file(tmp_path / "a.sqlite")
    login = db.user
    db.record_as("  Amina\tBenali ")
    assert db.user == "Amina Benali"
    db.record_as("")
    assert db.user == login  # no name: the computer's login name again
    db.close()
    server = Database("postgresql://opsc@host/db", create_engine("sqlite://"), None, "opsc_amina")
    server.record_as("Someone Else")
    assert server.user == "opsc_amina"  # on a server the login is who changes things
    server.close()
