"""A real PostgreSQL server: migrations, refusals, TLS and the least-privilege roles of docs/server.md."""

from __future__ import annotations

import os
import subprocess
from datetime import datetime

import psycopg
import pytest
from sqlalchemy import create_engine, text

from app.storage import (
    ConnectionFailedError,
    ForeignDatabaseError,
    NewerDatabaseError,
    OlderServerError,
    PasswordRequiredError,
    PermissionDeniedError,
    Repository,
    StorageError,
    open_database,
)
from app.storage.migrations import head_version, upgrade
from app.storage.models import Base
from tests.conftest import REPO
from tests.pg_server import ADMIN_PASSWORD

HEAD = head_version()


def schema_of(url: str) -> dict[str, set[str]]:
    engine = create_engine(url)
    with engine.connect() as con:
        rows = con.execute(text("SELECT table_name, column_name FROM information_schema.columns "
                                "WHERE table_schema = current_schema()")).all()
    engine.dispose()
    out: dict[str, set[str]] = {}
    for t, c in rows:
        out.setdefault(t, set()).add(c)
    return out


def test_an_empty_server_database_gets_the_schema_of_the_models(pg_url):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    db = open_database(pg_url)
    assert (db.dialect, db.is_server, db.user, db.migrated_from) == ("postgresql", True, "opsc_test_admin", 0)
    with db.engine.connect() as con:
        assert con.execute(text("SELECT version_num FROM alembic_version")).scalar() == f"{HEAD:04d}"
        assert compare_metadata(MigrationContext.configure(con), Base.metadata) == []
    db.close()


@pytest.mark.parametrize("version", range(1, HEAD))
def test_every_schema_version_migrates_forward_on_the_server_with_nothing_lost(pg_url, version):
    engine = create_engine(pg_url)
    with engine.begin() as con:
        upgrade(con, "test", target=version)
        con.execute(text("INSERT INTO assessments (title, country_code, questionnaire_id, questionnaire_version, "
                         "questionnaire_hash, created_at, updated_at) VALUES ('Bénin 2025', 'BJ', 'q', '1', 'h', "
                         "now(), now())"))
        con.execute(text("INSERT INTO answers (assessment_id, question_id, value, comment, updated_at) "
                         "SELECT id, 'V-01', 'largely', 'Code pénal, art. 3', now() FROM assessments"))
    engine.dispose()
    db = open_database(pg_url)
    assert db.migrated_from == version
    [stored] = Repository(db).answers(1).values()
    assert (stored.answer.value, stored.answer.comment, stored.version) == ("largely", "Code pénal, art. 3", 1)
    assert Repository(db).assessment(1).title == "Bénin 2025"
    db.close()


def test_a_newer_server_schema_is_refused_untouched(pg_url):
    open_database(pg_url).close()
    engine = create_engine(pg_url)
    with engine.begin() as con:
        con.execute(text("UPDATE alembic_version SET version_num = :v"), {"v": f"{HEAD + 1:04d}"})
    before = schema_of(pg_url)
    with pytest.raises(NewerDatabaseError) as e:
        open_database(pg_url)
    assert "newer version" in str(e.value)
    assert schema_of(pg_url) == before
    with engine.begin() as con:
        assert con.execute(text("SELECT version_num FROM alembic_version")).scalar() == f"{HEAD + 1:04d}"
    engine.dispose()


def test_a_database_of_another_program_is_refused_untouched(pg_url):
    engine = create_engine(pg_url)
    with engine.begin() as con:
        con.execute(text("CREATE TABLE invoices (id int)"))
    engine.dispose()
    with pytest.raises(ForeignDatabaseError):
        open_database(pg_url)
    assert schema_of(pg_url) == {"invoices": {"id"}}


def test_tls_is_used_and_a_bad_address_or_password_is_a_clear_refusal(pg_server, pg_url):
    db = open_database(pg_url)  # sslmode=require
    with db.engine.connect() as con:
        assert con.execute(text("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")).scalar() is True
    db.close()
    with pytest.raises(ConnectionFailedError):  # the throwaway certificate is not trusted: refused
        open_database(pg_url.replace("sslmode=require", "sslmode=verify-full"))
    with pytest.raises(PasswordRequiredError) as e:
        open_database(pg_url.replace(ADMIN_PASSWORD, "not-it"))
    assert "not-it" not in str(e.value)
    no_password = pg_url.replace(f":{ADMIN_PASSWORD}@", "@")
    with pytest.raises(PasswordRequiredError):
        open_database(no_password)
    open_database(no_password, password=ADMIN_PASSWORD).close()  # asked, then given
    with pytest.raises(ConnectionFailedError):
        open_database(f"postgresql+psycopg://x:y@127.0.0.1:{_closed_port()}/db")


def _closed_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def psql(server, script: str, passwords: tuple[str, ...] = (), **variables: str) -> subprocess.CompletedProcess[str]:
    """Run a docs/ script as an administrator would. The scripts ask for passwords with \\password; with no
    terminal (a new session has none) psql reads the answers from its standard input."""
    args = [str(server.bindir / "psql"), "-X", "-q", server.libpq(), "-f", str(REPO / "docs" / script)]
    for k, v in variables.items():
        args += ["-v", f"{k}={v}"]
    answers = "".join(f"{p}\n{p}\n" for p in passwords)  # each \\password asks twice
    return subprocess.run(args, check=True, capture_output=True, text=True, input=answers, start_new_session=True,
                          env={**os.environ, "PGPASSWORD": ADMIN_PASSWORD})


def test_the_scripts_take_no_password_on_the_command_line():
    for script in ("server-roles.sql", "server-add-user.sql"):
        sql = (REPO / "docs" / script).read_text(encoding="utf-8")
        assert "PASSWORD" not in sql and "\\password" in sql
    assert "password=" not in (REPO / "docs" / "server.md").read_text(encoding="utf-8")


def test_the_roles_script_gives_people_rows_and_nothing_more(pg_server):
    """docs/server-roles.sql and docs/server-add-user.sql, run as the administrator would."""
    psql(pg_server, "server-roles.sql", passwords=("owner-pw",), db="opsc_roles")
    psql(pg_server, "server-add-user.sql", passwords=("amina-pw",), user="amina")
    try:
        def url(user: str, pw: str) -> str:
            return pg_server.url("opsc_roles", user, pw)

        with pytest.raises(OlderServerError):  # a person's login cannot create the schema
            open_database(url("amina", "amina-pw"))
        engine = create_engine(url("opsc_owner", "owner-pw"))
        with engine.begin() as con:
            upgrade(con, "test", target=HEAD - 1)  # the owner creates an older schema ...
        with pytest.raises(OlderServerError) as e:  # ... which a person cannot upgrade; nothing changes
            open_database(url("amina", "amina-pw"))
        assert "administrator" in str(e.value)
        with engine.connect() as con:
            assert con.execute(text("SELECT version_num FROM alembic_version")).scalar() == f"{HEAD - 1:04d}"
        engine.dispose()
        owner = open_database(url("opsc_owner", "owner-pw"))  # python -m app upgrade-database, as the owner
        assert owner.migrated_from == HEAD - 1
        owner.close()

        db = open_database(url("amina", "amina-pw"))
        repo = Repository(db)
        aid = repo.add_assessment(title="Revue", country_code="SN", questionnaire_id="q", questionnaire_version="1",
                                  questionnaire_hash="h")
        repo.save_answer(aid, "V-01", {"value": "fully"})
        assert repo.answers(aid)["V-01"].changed_by == "amina"
        assert repo.assessment(aid).changed_by == "amina"
        for ddl in ("CREATE TABLE t (x int)", "DROP TABLE answers", "ALTER TABLE answers ADD COLUMN x int",
                    "TRUNCATE answers", "UPDATE alembic_version SET version_num = '9999'",
                    "DELETE FROM alembic_version", "INSERT INTO alembic_version VALUES ('9999')",
                    "UPDATE questionnaire_upgrades SET details = ''", "DELETE FROM questionnaire_upgrades",
                    "ALTER TABLE answers DISABLE TRIGGER answers_changed_by",
                    "DROP TRIGGER answers_changed_by ON answers", "SET session_replication_role = replica"):
            with pytest.raises(PermissionDeniedError), db.session() as s:
                s.execute(text(ddl))
        assert repo.answers(aid)["V-01"].answer.value == "fully"
        with db.session() as s:
            assert s.execute(text("SELECT version_num FROM alembic_version")).scalar() == f"{HEAD:04d}"

        # An upgrade is recorded (INSERT allowed) and goes with its assessment (the foreign key's cascade)
        repo.upgrade(aid, {"V-01": {"value": "fully"}}, {}, [],
                     {"from_version": "1", "to_version": "2", "from_hash": "h", "to_hash": "h2", "details": "{}"})
        assert [u["changed_by"] for u in repo.upgrades(aid)] == ["amina"]

        # A client claiming another name is refused: its audit entry must name the login (schema 7) ...
        forged = Repository(db)
        forged.db.user = "opsc_owner"
        for write in (lambda: forged.save_answer(aid, "V-02", {"value": "partially"}),
                      lambda: forged.update_assessment(aid, {"title": "Revue 2"}),
                      lambda: forged.add_action(aid, "V-02", {"description": "Plan"}),
                      lambda: forged.set_weight(aid, "V-02", 2.0, "why")):
            with pytest.raises(StorageError, match="must name the login"):
                write()
        assert "V-02" not in repo.answers(aid) and repo.actions(aid) == []
        # ... and a forged changed_by, even written straight in SQL, is overwritten by the server with the login
        forged.db.user = "amina"
        forged.save_answer(aid, "V-02", {"value": "partially"})
        forged.update_assessment(aid, {"title": "Revue 2"})
        forged.add_action(aid, "V-02", {"description": "Plan"})
        forged.set_weight(aid, "V-02", 2.0, "why")
        assert repo.verify(aid).ok
        with db.session() as s:
            s.execute(text("UPDATE answers SET changed_by = 'someone else', comment = 'x' WHERE question_id = 'V-01'"))
            s.execute(text("SET LOCAL ROLE opsc_users"))  # the group's name is not a person's either
            s.execute(text("UPDATE actions SET changed_by = 'opsc_users'"))
        with db.session() as s:
            for table in ("answers", "assessments", "actions", "weight_overrides", "questionnaire_upgrades"):
                assert set(s.scalars(text(f"SELECT changed_by FROM {table}"))) == {"amina"}, table
        [changed] = repo.verify(aid).problems  # the comment written in SQL, behind the app's back
        assert (changed.values["entity"], changed.values["field"]) == ("V-01", "comment")
        for ddl in ("UPDATE audit_entries SET who = 'x'", "DELETE FROM audit_entries", "TRUNCATE audit_entries",
                    "DROP TRIGGER audit_entries_who ON audit_entries", "DROP TRIGGER audit_entries_chain ON audit_entries",
                    "ALTER TABLE audit_entries DISABLE TRIGGER audit_entries_chain",
                    "DROP FUNCTION opsc_audit_chain() CASCADE"):  # the trail is append-only for a login
            with pytest.raises(PermissionDeniedError), db.session() as s:
                s.execute(text(ddl))
        repo.delete_assessment(aid)
        assert repo.upgrades(aid) == []
        assert repo.verify(aid).deleted  # its trail stays, ending with the deletion
        db.close()
    finally:
        with psycopg.connect(pg_server.libpq(), autocommit=True) as con:
            con.execute("DROP DATABASE IF EXISTS opsc_roles WITH (FORCE)")
            for role in ("amina", "opsc_users", "opsc_owner"):
                con.execute(f"DROP ROLE IF EXISTS {role}")  # type: ignore[arg-type]


def test_a_row_version_conflict_between_two_server_sessions(pg_url):
    """Two connections, as two people on two machines: the second save of the same loaded version fails."""
    from app.storage import AnswerConflict

    a, b = open_database(pg_url), open_database(pg_url)
    ra, rb = Repository(a), Repository(b)
    aid = ra.add_assessment(title="T", country_code="KE", questionnaire_id="q", questionnaire_version="1",
                            questionnaire_hash="h")
    assert ra.save_answer(aid, "V-01", {"value": "fully"}, expected_version=0) == 1
    assert rb.save_answer(aid, "V-01", {"comment": "b"}, expected_version=1) == 2
    with pytest.raises(AnswerConflict) as e:
        ra.save_answer(aid, "V-01", {"comment": "a"}, expected_version=1)
    assert e.value.theirs is not None and e.value.theirs.answer.comment == "b"
    assert isinstance(e.value.theirs.updated_at, datetime)
    a.close()
    b.close()


def test_a_server_save_leaves_its_connection_as_it_found_it(pg_url, pg_server):
    """An answer save on a server runs its own BEGIN … COMMIT on a pooled connection in autocommit mode
    (two round trips): whatever happens - saved, refused by its version, no such assessment - the
    connection goes back to the pool in a transaction-per-unit-of-work state, so a later unit of work that
    fails is still rolled back whole. A connection the server killed is reported and replaced."""
    from app.storage import AnswerConflict, ConnectionFailedError
    from app.storage.repository import MissingRow

    db = open_database(pg_url)
    repo = Repository(db)
    aid = repo.add_assessment(title="T", country_code="KE", questionnaire_id="q", questionnaire_version="1",
                              questionnaire_hash="h")

    def rolled_back_whole() -> bool:
        with pytest.raises(ZeroDivisionError), db.session() as s:
            s.execute(text("UPDATE assessments SET title = 'half done' WHERE id = :id"), {"id": aid})
            1 / 0  # noqa: B018
        return repo.assessment(aid).title == "T"

    assert repo.save_answer(aid, "V-01", {"value": "fully"}, expected_version=0) == 1
    assert rolled_back_whole()
    with pytest.raises(AnswerConflict):
        repo.save_answer(aid, "V-01", {"value": "not"}, expected_version=0)
    assert rolled_back_whole()
    with pytest.raises(MissingRow):
        repo.save_answer(aid + 1000, "V-01", {"value": "not"})
    assert rolled_back_whole()
    with db.session() as s:  # the one pooled connection's server process
        pid = s.execute(text("SELECT pg_backend_pid()")).scalar()
    pg_server.admin(f"SELECT pg_terminate_backend({int(pid)})")
    with pytest.raises(ConnectionFailedError):
        repo.save_answer(aid, "V-01", {"value": "not"}, expected_version=1)
    assert repo.save_answer(aid, "V-01", {"value": "not"}, expected_version=1) == 2  # a new connection
    assert rolled_back_whole()
    assert repo.stored_answer(aid, "V-01").answer.value == "not" and repo.verify(aid).ok
    db.close()


def test_a_login_can_only_add_the_next_entry_of_a_trail(pg_server):
    """Schema 10: a person's login (docs/server-roles.sql) adding audit entries in SQL, behind the app's back,
    can only add the next entry of an assessment's chain: not one numbered 2147483647 (after which nobody
    could save to that assessment), not a gap, not a repeat, not one with another prev_hash, not the first
    entry of an assessment that does not exist yet, not even with a temporary table of its own named
    audit_entries to vouch for it. The app's own writes (one answer, an import, a follow-up: several entries
    in one INSERT) still go through and the trail verifies."""
    from app.domain.audit import GENESIS

    psql(pg_server, "server-roles.sql", passwords=("owner-pw",), db="opsc_chain")
    psql(pg_server, "server-add-user.sql", passwords=("amina-pw",), user="amina")
    try:
        open_database(pg_server.url("opsc_chain", "opsc_owner", "owner-pw")).close()  # the owner makes the schema
        db = open_database(pg_server.url("opsc_chain", "amina", "amina-pw"))
        repo = Repository(db)
        aid = repo.add_assessment(title="Revue", country_code="SN", questionnaire_id="q", questionnaire_version="1",
                                  questionnaire_hash="h")
        repo.save_answer(aid, "V-01", {"value": "fully"}, expected_version=0)
        last = repo.audit_entries(aid)[-1]
        assert last.seq == 2
        sql = ("INSERT INTO audit_entries (assessment_id, seq, at, who, kind, entity, op, changes, means, prev_hash, "
               "hash) VALUES (%s, %s, now(), 'amina', 'answer', 'V-01', 'update', '{}', 'window', %s, %s)")
        login = (f"host=127.0.0.1 port={pg_server.port} dbname=opsc_chain user=amina password=amina-pw "
                 "sslmode=require")
        with psycopg.connect(login, autocommit=True) as con:
            for target, seq, prev, why in ((aid, 2147483647, last.hash, "number"), (aid, 4, last.hash, "number"),
                                           (aid, 2, last.hash, "number"), (aid, 1, GENESIS, "number"),
                                           (aid, 3, GENESIS, "chained"), (aid, 3, "f" * 64, "chained"),
                                           (aid + 100, 1, GENESIS, "does not exist")):
                with pytest.raises(psycopg.errors.CheckViolation, match=why):
                    con.execute(sql, (target, seq, prev, "e" * 64))
            con.execute("CREATE TEMP TABLE audit_entries (assessment_id int, seq int, hash varchar)")
            con.execute("INSERT INTO pg_temp.audit_entries VALUES (%s, 2147483646, 'x')", (aid,))
            with pytest.raises(psycopg.errors.CheckViolation):
                con.execute(sql.replace("INTO audit_entries", "INTO public.audit_entries"), (aid, 2147483647, "x", "e" * 64))
        assert repo.audit_entries(aid)[-1] == last  # nothing got in

        repo.save_answer(aid, "V-01", {"comment": "still saved"}, expected_version=1)
        repo.save_answers(aid, [("V-02", {"value": "partially"}), ("V-03", {"value": "not"})])
        follow_up = repo.add_follow_up(aid, {"title": "Suivi", "country_code": "SN", "questionnaire_id": "q",
                                             "questionnaire_version": "1", "questionnaire_hash": "h"},
                                       {"V-01": {"value": "fully"}}, [("V-01", {"description": "Plan"})],
                                       {"V-01": (2.0, "why")})
        assert [e.seq for e in repo.audit_entries(aid)] == [1, 2, 3, 4, 5]
        assert len(repo.audit_entries(follow_up)) > 1
        assert repo.verify(aid).ok and repo.verify(follow_up).ok
        with psycopg.connect(login, autocommit=True) as con:  # the next entry is accepted: the rule is exactly that
            con.execute(sql, (aid, 6, repo.audit_entries(aid)[-1].hash, "e" * 64))
        db.close()
    finally:
        with psycopg.connect(pg_server.libpq(), autocommit=True) as con:
            con.execute("DROP DATABASE IF EXISTS opsc_chain WITH (FORCE)")
            for role in ("amina", "opsc_users", "opsc_owner"):
                con.execute(f"DROP ROLE IF EXISTS {role}")  # type: ignore[arg-type]
