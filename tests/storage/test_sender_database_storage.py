"""Schema 16 (issue 11): every database has its own id, kept; contributions record their sender's database and
keep the number they are shown with ("root (2)"). On SQLite and on a PostgreSQL server."""

from __future__ import annotations

from sqlalchemy import create_engine, text

from app.storage import Repository, open_database
from app.storage.migrations import upgrade
from app.storage.workshop import Sender, earlier_of_same_sender, name_number, same_sender

_ASSESSMENT = ("INSERT INTO assessments (title, country_code, questionnaire_id, questionnaire_version, "
               "questionnaire_hash, created_at, updated_at) VALUES ('Atelier', 'SN', 'q', '1', 'h', "
               "'2026-01-01 00:00:00', '2026-01-01 00:00:00')")


def _schema_14_contributions(con):
    """Four contributions as schema 14 held them: root (in force), root superseded by a later root, and root
    from another hand-out (shown "root (2)" by schema 14's count), then Justice."""
    con.execute(text(_ASSESSMENT))
    aid = con.execute(text("SELECT max(id) FROM assessments")).scalar()
    for n, (author, origin) in enumerate((("root", "h1"), ("root", "h1"), ("root", "h2"), ("Justice", "h1"))):
        con.execute(text("INSERT INTO contributions (assessment_id, author, origin, written_at, received_at) "
                         "VALUES (:a, :by, :o, :t, :t)"), {"a": aid, "by": author, "o": origin,
                                                           "t": f"2026-01-0{n + 2} 00:00:00"})
    ids = [i for (i,) in con.execute(text("SELECT id FROM contributions ORDER BY id"))]
    con.execute(text("UPDATE contributions SET superseded_by = :b WHERE id = :a"), {"a": ids[0], "b": ids[1]})
    return aid


def _check_migrated(db, aid):
    repo = Repository(db)
    uid = repo.database_uid()
    assert len(uid) == 36 and uid == repo.database_uid()
    shown = [(r.author, r.shown, r.superseded_by is None) for r in repo.contributions(aid, history=True)]
    assert shown == [("root", "root", False), ("root", "root", True), ("root", "root (2)", True),
                     ("Justice", "Justice", True)]
    assert {(r.sender_database, r.default_name) for r in repo.contributions(aid, history=True)} == {("", False)}
    return uid


def test_a_schema_15_file_gets_an_id_of_its_own_and_keeps_the_numbers_shown(tmp_path):
    path = tmp_path / "v14.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as con:
        upgrade(con, str(path), target=15)
        aid = _schema_14_contributions(con)
    engine.dispose()
    db = open_database(path, backups=tmp_path / "backups")
    assert db.migrated_from == 15
    uid = _check_migrated(db, aid)
    db.close()
    again = open_database(path, backups=tmp_path / "backups")  # kept: never made again
    assert Repository(again).database_uid() == uid
    again.close()
    other = open_database(tmp_path / "other.sqlite")  # another database, another id
    assert Repository(other).database_uid() != uid
    other.close()


def test_a_schema_15_server_database_gets_an_id_and_keeps_the_numbers_shown(pg_url):
    engine = create_engine(pg_url)
    with engine.begin() as con:
        upgrade(con, "test", target=15)
        aid = _schema_14_contributions(con)
    engine.dispose()
    db = open_database(pg_url)
    assert db.migrated_from == 15
    uid = _check_migrated(db, aid)
    db.close()
    again = open_database(pg_url)
    assert Repository(again).database_uid() == uid
    again.close()


def test_the_sender_rule():
    """same_sender, earlier_of_same_sender and name_number as docs/file-formats.md states them."""
    a1, a1_named = Sender("root", "h", "A" * 36, True), Sender("Groupe 2", "h", "A" * 36, False)
    b1 = Sender("root", "h", "B" * 36, True)
    assert not same_sender(a1, b1)  # two laptops, one login, one hand-out: two senders
    assert same_sender(a1, Sender("ROOT ", "other", "A" * 36, True))  # the same laptop, the same name
    assert same_sender(a1, a1_named) and same_sender(a1_named, a1)  # default name <-> a name given
    assert not same_sender(a1_named, Sender("Groupe 3", "h", "A" * 36, False))  # two names given: two groups
    assert not same_sender(a1, Sender("alice", "h", "A" * 36, True))  # two default names (two logins)
    # files without a database: the name, unless they answer two different hand-outs
    assert same_sender(Sender("root", "h"), Sender("Root", "h")) and same_sender(Sender("root"), a1)
    assert not same_sender(Sender("root", "h1"), Sender("root", "h2"))
    # a default-named file from a laptop two named groups used: none replaced (a guess); one: replaced
    two = [(1, a1_named), (2, Sender("Groupe 3", "h", "A" * 36, False)), (3, b1)]
    assert earlier_of_same_sender(two, a1) == []
    assert earlier_of_same_sender(two[:1] + two[2:], a1) == [1]
    assert earlier_of_same_sender([(1, a1_named), (2, Sender("root", "h", "A" * 36, True))], a1) == [2]
    # numbers: given once per (name, sender), never passed to another sender
    assert name_number(a1, []) == 1
    assert name_number(b1, [(a1, 1)]) == 2
    assert name_number(a1, [(a1, 1), (b1, 2)]) == 1
    assert name_number(Sender("root", "h", "C" * 36, True), [(a1, 1), (b1, 2)]) == 3
    assert name_number(a1_named, [(a1, 1), (b1, 2)]) == 1  # its own first use of that name
