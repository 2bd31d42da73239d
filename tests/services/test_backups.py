"""Automatic rotating backups and restoring one, on real SQLite files."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta

import pytest

from app.services import backups
from app.services.imports import apply_import, read_import
from app.services.workspace import Workspace
from app.storage import open_database
from app.storage.backups import MAX_KEPT, Backups
from tests.factories import make_questionnaire


@pytest.fixture
def bws(tmp_path):
    w = Workspace(open_database(tmp_path / "assessments.sqlite"), make_questionnaire(), tmp_path / "backups")
    yield w
    w.close()


def _answers_in(path):
    con = sqlite3.connect(path.as_uri() + "?mode=ro", uri=True)
    try:
        return dict(con.execute("SELECT question_id, value FROM answers"))
    finally:
        con.close()


def test_the_first_change_of_each_day_is_preceded_by_a_backup(bws, tmp_path):
    aid = bws.create_assessment("Kenya", "KE")  # the first change today: the (empty) file is backed up
    bws.set_answer(aid, "V-01", value="fully")
    bws.set_answer(aid, "V-02", value="not")
    made = backups.list_backups(bws)
    assert [b.reason for b in made] == ["daily"]
    assert made[0].assessments == ()  # taken before the first change
    tomorrow = date.today() + timedelta(days=1)
    assert backups.daily_backup(bws, tomorrow) is not None
    assert backups.daily_backup(bws, tomorrow) is None  # once a day
    latest = backups.list_backups(bws)[0]
    assert [(a.title, a.answered) for a in latest.assessments] == [("Kenya", 2)]


def test_an_import_is_preceded_by_a_backup_holding_the_answers_before_it(bws, tmp_path):
    aid = bws.create_assessment("Kenya", "KE")
    bws.set_answer(aid, "V-01", value="fully")
    f = tmp_path / "a.csv"
    f.write_text("question_id,answer,na_reason,comment\nV-01,not,,\n", encoding="utf-8")
    apply_import(bws, read_import(bws, aid, f))
    before_import = next(b for b in backups.list_backups(bws) if b.reason == "import")
    assert _answers_in(before_import.path) == {"V-01": "fully"}
    assert bws.answers(aid)["V-01"].value.value == "not"


def test_backups_are_bounded_and_the_oldest_go_first(bws, tmp_path):
    store = Backups(tmp_path / "backups", bws.file)
    start = datetime(2026, 1, 1, 9, 0, 0)
    for i in range(MAX_KEPT + 5):
        store.make(bws.db, "manual", start + timedelta(hours=i))
    kept = store.paths()
    assert len(kept) == MAX_KEPT
    assert kept[-1][1] == start + timedelta(hours=5)  # the five oldest were deleted


def test_a_half_written_backup_is_never_listed(bws, tmp_path):
    (tmp_path / "backups").mkdir()
    (tmp_path / "backups" / ".assessments-20260101-090000-daily.sqlite.partial").write_bytes(b"SQLite format 3\0")
    assert backups.list_backups(bws) == []


def test_restoring_keeps_the_current_file_as_a_backup(tmp_path):
    ws = Workspace(open_database(tmp_path / "assessments.sqlite"), make_questionnaire(), tmp_path / "backups")
    aid = ws.create_assessment("Kenya", "KE")
    ws.set_answer(aid, "V-01", value="fully")
    old = backups.backup_before(ws, "manual")
    ws.set_answer(aid, "V-01", value="not")
    ws.set_answer(aid, "V-02", value="largely")
    ws = backups.restore_backup(ws, old)
    try:
        assert {k: v.value.value for k, v in ws.answers(aid).items() if v.value} == {"V-01": "fully"}
        undo = next(b for b in backups.list_backups(ws) if b.reason == "restore")
        assert _answers_in(undo.path) == {"V-01": "not", "V-02": "largely"}  # nothing lost
        ws.set_answer(aid, "V-02", value="partially")  # the restored file is a normal, writable file
    finally:
        ws.close()
    again = Workspace(open_database(tmp_path / "assessments.sqlite"), make_questionnaire())
    assert again.answers(aid)["V-02"].value.value == "partially"
    again.close()


def test_a_damaged_backup_is_listed_as_such_and_not_restored(bws, tmp_path):
    aid = bws.create_assessment("Kenya", "KE")
    bws.set_answer(aid, "V-01", value="fully")
    bad = backups.backup_before(bws, "manual")
    data = bytearray(bad.read_bytes())
    data[100:4096] = b"\xee" * (4096 - 100)
    bad.write_bytes(bytes(data))
    info = next(b for b in backups.list_backups(bws) if b.path == bad)
    assert info.problem and "damaged" in info.problem
    from app.storage import StorageError

    with pytest.raises(StorageError):
        backups.restore_backup(bws, bad)
    fresh = Workspace(open_database(tmp_path / "assessments.sqlite"), make_questionnaire())
    assert fresh.answers(aid)["V-01"].value.value == "fully"  # the live file is untouched
    fresh.close()


def test_a_half_backup_left_by_a_killed_process_is_cleared_later(bws, tmp_path):
    import os
    import time

    folder = tmp_path / "backups"
    folder.mkdir()
    old = folder / ".assessments-20260101-090000-daily.sqlite.partial"
    fresh = folder / ".assessments-20260101-090001-import.sqlite.partial"
    for p in (old, fresh):
        p.write_bytes(b"SQLite format 3\0")
    os.utime(old, (time.time() - 3600, time.time() - 3600))
    backups.backup_before(bws, "manual")
    assert not old.exists() and fresh.exists()  # another copy of the app may still be writing the fresh one
