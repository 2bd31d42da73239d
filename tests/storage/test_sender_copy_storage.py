"""Schema 18 (issue 11): every received hand-out copy has its own random sender id, minted when it is
received (and, for copies received before, by the migration), kept by every file shared back from it. On SQLite
and on a PostgreSQL server."""

from __future__ import annotations

from sqlalchemy import create_engine, text

from app.storage import Repository, open_database
from app.storage.migrations import upgrade
from app.storage.workshop import Sender, same_sender

_ASSESSMENT = ("INSERT INTO assessments (uid, title, country_code, questionnaire_id, questionnaire_version, "
               "questionnaire_hash, created_at, updated_at) VALUES (:uid, 'Atelier', 'SN', 'q', '1', 'h', "
               "'2026-01-01 00:00:00', '2026-01-01 00:00:00')")


def _schema_17_handouts(con):
    """Two assessments received (a `received` hand-out each) and one hand-out shared from here."""
    aids = []
    for n in range(2):
        con.execute(text(_ASSESSMENT), {"uid": f"0000000{n}-0000-4000-8000-000000000000"})
        aids.append(con.execute(text("SELECT max(id) FROM assessments")).scalar())
    for aid, direction in ((aids[0], "received"), (aids[1], "received"), (aids[1], "shared")):
        con.execute(text("INSERT INTO handouts (assessment_id, uid, direction, written_at) "
                         "VALUES (:a, 'h', :d, '2026-01-02 00:00:00')"), {"a": aid, "d": direction})
    return aids


def _check(db, aids):
    repo = Repository(db)
    first, second = repo.handouts(aids[0], "received"), repo.handouts(aids[1], "received")
    assert len(first[0].sender_id) == 36 and len(second[0].sender_id) == 36
    assert first[0].sender_id != second[0].sender_id  # one id per copy received
    assert [h.sender_id for h in repo.handouts(aids[1], "shared")] == [""]  # a hand-out written here has none
    return first[0].sender_id


def test_a_schema_17_file_gives_each_received_copy_its_own_id_once(tmp_path):
    path = tmp_path / "v17.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as con:
        upgrade(con, str(path), target=17)
        aids = _schema_17_handouts(con)
    engine.dispose()
    db = open_database(path, backups=tmp_path / "backups")
    assert db.migrated_from == 17
    minted = _check(db, aids)
    db.close()
    again = open_database(path, backups=tmp_path / "backups")  # kept: never minted again
    assert Repository(again).handouts(aids[0], "received")[0].sender_id == minted
    again.close()


def test_a_schema_17_server_database_gives_each_received_copy_its_own_id(pg_url):
    engine = create_engine(pg_url)
    with engine.begin() as con:
        upgrade(con, "test", target=17)
        aids = _schema_17_handouts(con)
    engine.dispose()
    db = open_database(pg_url)
    assert db.migrated_from == 17
    _check(db, aids)
    db.close()


def test_the_copy_id_decides_before_the_database_id():
    """Two copies on clones of one database are two senders; a file without a copy id (the previous version)
    is compared by its database as before; files naming neither are `legacy`."""
    a = Sender("root", "h", "D" * 36, True, "A" * 36)
    b = Sender("root", "h", "D" * 36, True, "B" * 36)
    assert not same_sender(a, b)
    assert same_sender(a, Sender("root", "h", "D" * 36, True, "A" * 36))
    assert same_sender(a, Sender("Groupe 1", "h", "D" * 36, False, "A" * 36))  # one default name, one given
    assert not same_sender(Sender("G1", "h", "D" * 36, False, "A" * 36), Sender("G2", "h", "D" * 36, False, "A" * 36))
    previous = Sender("root", "h", "D" * 36, True)  # the previous version's file from the same laptop
    assert same_sender(previous, a) and same_sender(previous, b)
    assert not same_sender(previous, Sender("root", "h", "E" * 36, True, "A" * 36))
    assert Sender("root", "h").legacy and not previous.legacy and not Sender("root", copy="A" * 36).legacy
