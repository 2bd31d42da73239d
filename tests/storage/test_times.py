"""Change times are stored in UTC and shown on the reader's clock (app/domain/times.py, schema 11), on both
engines: times stored before schema 11 (local time) are converted, new ones are written in UTC."""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import create_engine, text

from app.domain.times import local_text
from app.storage import Repository, open_database
from app.storage.migrations import upgrade


@pytest.fixture
def nairobi() -> Iterator[None]:
    """This computer (and, through PGTZ, the server session) at UTC+03:00, no daylight saving time."""
    with in_zone("Africa/Nairobi"):
        yield


@contextlib.contextmanager
def in_zone(zone: str) -> Iterator[None]:
    """TZ (and PGTZ) set, and the C library told (time.tzset); both restored after."""
    saved = {k: os.environ.get(k) for k in ("TZ", "PGTZ")}
    os.environ.update(TZ=zone, PGTZ=zone)
    time.tzset()
    try:
        yield
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
        time.tzset()


def test_older_local_times_are_converted_and_new_ones_are_utc(database, nairobi):
    url = f"sqlite:///{database}" if not isinstance(database, str) else database
    engine = create_engine(url)
    with engine.begin() as con:
        upgrade(con, "test", target=10)
        con.execute(text("INSERT INTO assessments (title, country_code, questionnaire_id, questionnaire_version, "
                         "questionnaire_hash, created_at, updated_at, uid) VALUES ('Revue', 'KE', 'q', '1', 'h', "
                         ":t, :t, 'u-1')"), {"t": datetime(2026, 6, 1, 12, 0, 0)})  # noon in Nairobi
        aid = con.execute(text("SELECT id FROM assessments")).scalar()
        con.execute(text("INSERT INTO answers (assessment_id, question_id, value, updated_at) "
                         "VALUES (:a, 'V-01', 'fully', :t)"), {"a": aid, "t": datetime(2026, 6, 1, 12, 30, 0)})
        by = con.execute(text("SELECT changed_by FROM answers")).scalar()
    engine.dispose()

    repo = Repository(open_database(database))  # schema 11: converted
    record = repo.assessment(aid)
    assert (record.created_at, record.updated_at) == (datetime(2026, 6, 1, 9, 0), datetime(2026, 6, 1, 9, 0))
    stored = repo.stored_answer(aid, "V-01")
    assert stored is not None and stored.updated_at == datetime(2026, 6, 1, 9, 30)
    assert stored.changed_by == by  # the conversion is nobody's change
    assert local_text(stored.updated_at) == "2026-06-01 12:30 (UTC+03:00)"

    before = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
    repo.save_answer(aid, "V-01", {"comment": "now"}, expected_version=1)
    repo.update_assessment(aid, {"title": "Revue 2"})
    after = datetime.now(UTC).replace(tzinfo=None) + timedelta(seconds=1)
    assert before <= repo.stored_answer(aid, "V-01").updated_at <= after  # UTC, not Nairobi's clock
    assert before <= repo.assessment(aid).updated_at <= after
    repo.db.close()


def test_written_at_of_contributions_is_converted_to_utc(database, nairobi):
    """Schema 12: when a contribution's file was written was stored on the receiver's clock; now in UTC."""
    url = f"sqlite:///{database}" if not isinstance(database, str) else database
    engine = create_engine(url)
    with engine.begin() as con:
        upgrade(con, "test", target=11)
        con.execute(text("INSERT INTO assessments (title, country_code, questionnaire_id, questionnaire_version, "
                         "questionnaire_hash, created_at, updated_at, uid) VALUES ('Revue', 'KE', 'q', '1', 'h', "
                         ":t, :t, 'u-1')"), {"t": datetime(2026, 6, 1, 9, 0, 0)})
        aid = con.execute(text("SELECT id FROM assessments")).scalar()
        con.execute(text("INSERT INTO contributions (assessment_id, author, kind, source, written_at, received_at) "
                         "VALUES (:a, 'Amina', 'exchange', 'a.opsc', :w, :r)"),
                    {"a": aid, "w": datetime(2026, 6, 1, 12, 0, 0),  # noon in Nairobi, as schema 11 stored it
                     "r": datetime(2026, 6, 1, 10, 0, 0)})  # already UTC since schema 11
        by = con.execute(text("SELECT changed_by FROM contributions")).scalar()
    engine.dispose()

    db = open_database(database)  # schema 12: converted
    with db.engine.connect() as con:
        row = con.execute(text("SELECT written_at, received_at, changed_by FROM contributions")).one()
    db.close()
    as_time = [v if isinstance(v, datetime) else datetime.fromisoformat(v) for v in row[:2]]
    assert as_time == [datetime(2026, 6, 1, 9, 0), datetime(2026, 6, 1, 10, 0)]  # received_at left alone
    assert row[2] == by  # the conversion is nobody's change
