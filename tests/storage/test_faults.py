"""Storage faults told apart, with real conditions where the machine allows them: a full tmpfs, a
read-only bind mount, a folder the user may not write (as an unprivileged user), a locked file and a
really damaged file. Tests that need root (mounts) or a way to drop privileges skip cleanly."""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from app.services.workspace import Workspace
from app.storage import StorageError, open_database
from app.storage import db as dbmod
from app.storage import files as filesmod
from app.storage.errors import (
    CorruptDatabaseError,
    DiskFullError,
    DiskIOError,
    LockedError,
    NoPermissionError,
    ReadOnlyMediumError,
)
from app.storage.faults import classify
from tests.factories import make_questionnaire

REPO = Path(__file__).resolve().parents[2]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _run(*cmd: str) -> bool:
    return subprocess.run(cmd, capture_output=True).returncode == 0


@contextlib.contextmanager
def mounted(target: Path, *args: str):
    if os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("mounting needs root")
    target.mkdir(parents=True, exist_ok=True)
    if not _run("mount", *args, str(target)):
        pytest.skip("this machine does not allow mounts (a container without CAP_SYS_ADMIN?)")
    try:
        yield target
    finally:
        _run("umount", "-l", str(target))


def _filled(tmp_path: Path) -> tuple[Path, int]:
    """A file with one assessment and one answer, closed cleanly (no -wal left)."""
    path = tmp_path / "assessments.sqlite"
    elsewhere = Path(tempfile.mkdtemp(prefix="opsc-backups-"))  # the daily backup, not beside the file
    ws = Workspace(open_database(path), make_questionnaire(), elsewhere)
    aid = ws.create_assessment("Kenya 2026", "KE")
    ws.set_answer(aid, "V-01", value="largely", comment="Act 2010, s. 4")
    ws.close()
    shutil.rmtree(elsewhere, ignore_errors=True)
    return path, aid


def test_a_read_only_medium_opens_read_only_reads_exports_and_refuses_changes(tmp_path):
    source, aid = _filled(tmp_path / "rw")
    before = digest(source)
    with mounted(tmp_path / "ro", "--bind", str(source.parent)) as ro:
        if not _run("mount", "-o", "remount,ro,bind", str(ro)):
            pytest.skip("cannot remount read-only")
        ws = Workspace(open_database(ro / source.name), make_questionnaire())
        try:
            assert isinstance(ws.db.read_only, ReadOnlyMediumError)
            assert ws.answers(aid)["V-01"].comment == "Act 2010, s. 4"  # reading works
            from app.services.exports import export_report

            out = export_report(ws, aid, "xlsx", "en", tmp_path / "report.xlsx")  # exporting elsewhere works
            assert out.stat().st_size > 0
            with pytest.raises(ReadOnlyMediumError) as e:
                ws.set_answer(aid, "V-01", value="fully")
            assert "read-only" in str(e.value) and "damaged" not in str(e.value)
        finally:
            ws.close()
        assert sorted(p.name for p in ro.iterdir()) == [source.name]
    assert digest(source) == before


def test_a_full_disk_is_told_apart_from_damage_and_reading_still_works(tmp_path):
    with mounted(tmp_path / "small", "-t", "tmpfs", "-o", "size=600k", "tmpfs") as small:
        path, aid = _filled(small)
        ws = Workspace(open_database(path), make_questionnaire())
        assert ws.answers(aid)  # the app reads the file as it starts, before the disk fills up
        filler = small / "filler"
        with contextlib.suppress(OSError), filler.open("wb") as f:
            while True:
                f.write(b"\0" * 65536)
                f.flush()
        try:
            with pytest.raises(DiskFullError) as e:
                for i in range(200):  # until the WAL needs a page it cannot get
                    ws.set_answer(aid, "V-02", comment=f"{i} " + "x" * 20_000)
            assert "full" in str(e.value) and "damaged" not in str(e.value)
            assert ws.answers(aid)["V-01"].comment == "Act 2010, s. 4"
        finally:
            ws.close()
        # opening again on the full disk: not "damaged", opened read-only (or refused as full), data readable
        try:
            again = Workspace(open_database(path), make_questionnaire())
        except StorageError as e:
            assert isinstance(e, DiskFullError), e
        else:
            assert isinstance(again.db.read_only, DiskFullError)
            assert again.answers(aid)["V-01"].value.value == "largely"
            again.close()
        filler.unlink()
        ws = Workspace(open_database(path), make_questionnaire())  # room again: everything is there, writable
        assert ws.db.read_only is None and ws.answers(aid)["V-01"].comment == "Act 2010, s. 4"
        ws.close()


_AS_NOBODY = """
import sys
from app.services.workspace import Workspace
from app.storage import open_database, StorageError
from tests.factories import make_questionnaire
ws = Workspace(open_database(__import__('pathlib').Path(sys.argv[1])), make_questionnaire())
print(type(ws.db.read_only).__name__)
print(ws.answers(1)["V-01"].comment)
try:
    ws.set_answer(1, "V-01", value="fully")
except StorageError as e:
    print(type(e).__name__)
    print(e)
"""


def test_a_folder_without_write_permission_opens_read_only(tmp_path):
    if os.geteuid() == 0:
        if not shutil.which("setpriv"):
            pytest.skip("needs setpriv to drop root privileges")
        folder = Path(tempfile.mkdtemp(prefix="opsc-perm-", dir="/tmp"))
        runner = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", sys.executable]
    else:
        folder = tmp_path / "perm"
        folder.mkdir()
        runner = [sys.executable]
    try:
        path, _ = _filled(folder)
        before = digest(path)
        os.chmod(path, 0o644)
        os.chmod(folder, 0o755 if os.geteuid() == 0 else 0o555)  # root owns it: nobody may only read
        done = subprocess.run([*runner, "-c", _AS_NOBODY, str(path)], capture_output=True, text=True, cwd=REPO,
                              env={**os.environ, "HOME": "/tmp", "OPSC_ASSESS_HOME": "/tmp/opsc-nobody-home"})
        if done.returncode != 0 and "Permission denied" in done.stderr and "python" in done.stderr.lower():
            pytest.skip("the unprivileged user cannot run this venv's python")
        assert done.returncode == 0, done.stderr[-1500:]
        lines = done.stdout.splitlines()
        assert lines[:3] == ["NoPermissionError", "Act 2010, s. 4", "NoPermissionError"]
        assert "permission" in lines[3] and "damaged" not in lines[3]
        assert digest(path) == before and sorted(p.name for p in folder.iterdir()) == [path.name]
    finally:
        os.chmod(folder, 0o755)
        shutil.rmtree(folder, ignore_errors=True)


def test_a_locked_file_is_reported_as_locked(tmp_path, monkeypatch):
    monkeypatch.setattr(dbmod, "BUSY_TIMEOUT_MS", 100)
    monkeypatch.setattr(filesmod, "BUSY_TIMEOUT_MS", 100)  # the read-only look (files.ReadOnlyView)
    path, aid = _filled(tmp_path)
    ws = Workspace(open_database(path), make_questionnaire())
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        with pytest.raises(LockedError) as e:
            ws.set_answer(aid, "V-01", value="fully")
        assert "another program" in str(e.value)
        assert ws.answers(aid)["V-01"].value.value == "largely"  # readers are not blocked in WAL mode
    finally:
        other.execute("ROLLBACK")
        other.close()
    ws.set_answer(aid, "V-01", value="fully")  # once released, the change goes through
    ws.close()


def test_a_file_locked_exclusively_is_not_called_damaged_when_opening(tmp_path, monkeypatch):
    monkeypatch.setattr(dbmod, "BUSY_TIMEOUT_MS", 100)
    monkeypatch.setattr(filesmod, "BUSY_TIMEOUT_MS", 100)  # the read-only look (files.ReadOnlyView)
    path, _ = _filled(tmp_path)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("PRAGMA locking_mode = EXCLUSIVE")
    other.execute("BEGIN EXCLUSIVE")
    other.execute("UPDATE assessments SET title = title")
    try:
        with pytest.raises(LockedError):
            open_database(path)
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_real_damage_is_still_called_damaged(tmp_path):
    path, _ = _filled(tmp_path)
    data = bytearray(path.read_bytes())
    for page in range(1, len(data) // 4096):
        data[page * 4096 + 8: page * 4096 + 40] = b"\xff" * 32
    path.write_bytes(bytes(data))
    with pytest.raises(CorruptDatabaseError):
        open_database(path)


@pytest.mark.parametrize(("code", "kind"), [(sqlite3.SQLITE_IOERR, DiskIOError), (sqlite3.SQLITE_FULL, DiskFullError),
                                            (sqlite3.SQLITE_BUSY, LockedError), (sqlite3.SQLITE_CORRUPT, CorruptDatabaseError),
                                            (sqlite3.SQLITE_IOERR | (10 << 8), DiskIOError)])
def test_sqlite_codes_on_a_sound_writable_folder(tmp_path, code, kind):
    path, _ = _filled(tmp_path)
    e = sqlite3.OperationalError("disk I/O error")
    e.sqlite_errorcode = code  # type: ignore[attr-defined]
    found = classify(path, e)
    assert type(found) is kind
    if kind is not CorruptDatabaseError:
        assert "damaged" not in str(found).replace("does not mean the file is damaged", "")


def test_no_permission_detected_by_classify(tmp_path, monkeypatch):
    path, _ = _filled(tmp_path)
    monkeypatch.setattr(os, "access", lambda p, mode: not (mode & os.W_OK))
    e = sqlite3.OperationalError("attempt to write a readonly database")
    e.sqlite_errorcode = sqlite3.SQLITE_READONLY  # type: ignore[attr-defined]
    assert isinstance(classify(path, e), NoPermissionError)


@pytest.mark.parametrize("fmt", ["xlsx", "pdf"])
def test_an_export_to_a_full_disk_gives_the_message_and_no_traceback(tmp_path, fmt):
    """Through the command line, as a user would: one line on stderr, no 'Exception ignored in ZipFile.__del__'."""
    with mounted(tmp_path / "full", "-t", "tmpfs", "-o", "size=64k", "tmpfs") as full:
        with contextlib.suppress(OSError), (full / "filler").open("wb") as f:
            while True:
                f.write(b"\0" * 4096)
                f.flush()
        home = tmp_path / "home"
        env = {**os.environ, "OPSC_ASSESS_HOME": str(home)}
        run = [sys.executable, "-m", "app"]
        new = subprocess.run([*run, "new", "--title", "T", "--country", "KE"], env=env, cwd=REPO,
                             capture_output=True, text=True)
        assert new.returncode == 0, new.stderr
        done = subprocess.run([*run, "export", new.stdout.strip(), "--format", fmt, "--out", str(full / f"r.{fmt}")],
                              env=env, cwd=REPO, capture_output=True, text=True)
        assert done.returncode == 1
        assert "full" in done.stderr and "Traceback" not in done.stderr and "Exception ignored" not in done.stderr
        assert sorted(p.name for p in full.iterdir()) == ["filler"]  # no half-written report, no temporary file


def test_an_older_file_that_cannot_be_written_says_to_copy_it_somewhere_writable(tmp_path, monkeypatch):
    """Reading needs the current schema and upgrading needs writing: not 'read-only' (it could not even be
    read), not 'damaged', but what to do; the file is untouched and no backup or journal is left beside it."""
    from app.storage.errors import OlderReadOnlyError
    from tests.storage.released_schemas import make_released_file
    from tests.storage.test_db import insert_kenya

    path = tmp_path / "old" / "v2.sqlite"
    path.parent.mkdir()
    make_released_file(path, 2)
    insert_kenya(path)
    before = digest(path)
    monkeypatch.setattr(os, "access", lambda p, mode: not (mode & os.W_OK))  # a folder the user may not write
    with pytest.raises(OlderReadOnlyError) as e:
        open_database(path)
    text = str(e.value)
    assert "older version" in text and "Copy the file to a folder you can write to" in text
    assert str(path) in text and "damaged" not in text and "no permission" in text
    assert isinstance(e.value.__cause__, NoPermissionError)
    assert digest(path) == before and sorted(p.name for p in path.parent.iterdir()) == ["v2.sqlite"]
    monkeypatch.undo()
    db = open_database(path)  # once it can be written (or copied), it opens and is upgraded as usual
    assert db.migrated_from == 2 and db.read_only is None
    db.close()
