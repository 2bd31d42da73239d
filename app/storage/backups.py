"""Automatic, rotating backups of the assessment file, and restoring one.

A backup is a consistent copy made with SQLite's VACUUM INTO (never a plain copy of a file in use),
written under a temporary name and renamed, so a power cut never leaves half a backup that looks
whole. Names say when and why: `<file>-20260130-091502-daily.sqlite`. At most MAX_KEPT are kept
per file; the oldest go first.
"""

from __future__ import annotations

import contextlib
import re
import shutil
import sqlite3
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from .db import Database
from .errors import StorageError
from .faults import classify
from .files import check_file

MAX_KEPT = 30
STALE_PARTIAL = 600  # seconds
REASONS = ("daily", "import", "upgrade", "merge", "restore", "manual")
_NAME = re.compile(r"^(?P<stem>.+)-(?P<when>\d{8}-\d{6})(?:-(?P<n>\d+))?-(?P<reason>[a-z]+)\.sqlite$")


@dataclass(frozen=True)
class AssessmentBrief:
    title: str
    country_code: str
    answered: int


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made_at: datetime
    reason: str
    size: int
    assessments: tuple[AssessmentBrief, ...] = ()
    problem: str = ""  # why the backup cannot be read (then it cannot be restored)


def _parse(path: Path, stem: str) -> tuple[datetime, str] | None:
    m = _NAME.match(path.name)
    if m is None or m["stem"] != stem or m["reason"] not in REASONS:
        return None
    return datetime.strptime(m["when"], "%Y%m%d-%H%M%S"), m["reason"]


def _counter(path: Path) -> int:
    """The n of `…-<when>-<n>-<reason>` (2, 3… for backups made within one second; the first has none)."""
    m = _NAME.match(path.name)
    return int(m["n"]) if m is not None and m["n"] else 1


class Backups:
    """The backups of one database file, in one folder."""

    def __init__(self, folder: Path, db_path: Path):
        self.folder = folder
        self.stem = db_path.stem

    def paths(self) -> list[tuple[Path, datetime, str]]:
        """(path, when, why) of every backup of this file, newest first."""
        if not self.folder.is_dir():
            return []
        found = [(p, *parsed) for p in self.folder.glob(f"{self.stem}-*.sqlite")
                 if (parsed := _parse(p, self.stem)) is not None]
        return sorted(found, key=lambda t: (t[1], _counter(t[0]), t[0].name), reverse=True)

    def newest(self) -> tuple[Path, datetime, str] | None:
        found = self.paths()
        return found[0] if found else None

    def made_on(self, day: datetime) -> bool:
        return any(when.date() == day.date() for _, when, _ in self.paths())

    def make(self, db: Database, reason: str, now: datetime | None = None) -> Path:
        """A new backup of `db`; older ones beyond MAX_KEPT are deleted."""
        assert reason in REASONS, reason
        now = now or datetime.now()
        self.folder.mkdir(parents=True, exist_ok=True)
        stamp = now.strftime("%Y%m%d-%H%M%S")
        dest = self.folder / f"{self.stem}-{stamp}-{reason}.sqlite"
        n = 1
        while dest.exists():
            n += 1
            dest = self.folder / f"{self.stem}-{stamp}-{n}-{reason}.sqlite"
        tmp = dest.with_name(f".{dest.name}.partial")
        tmp.unlink(missing_ok=True)
        try:
            db.backup(tmp)
            tmp.replace(dest)
        except OSError as e:
            raise classify(dest, e) from e
        finally:
            tmp.unlink(missing_ok=True)
        self.prune()
        return dest

    def prune(self, keep: int = MAX_KEPT) -> None:
        """Keep the `keep` newest backups; remove half-written ones a killed process left (older than
        STALE_PARTIAL seconds, so another copy of the app still writing one is left alone)."""
        for path, _, _ in self.paths()[keep:]:
            with contextlib.suppress(OSError):
                path.unlink()
        for partial in self.folder.glob(f".{self.stem}-*.sqlite.partial"):
            with contextlib.suppress(OSError):
                if time.time() - partial.stat().st_mtime > STALE_PARTIAL:
                    partial.unlink()

    def describe(self) -> list[BackupInfo]:
        """Every backup with its date, reason and the assessments it holds (read-only, nothing written)."""
        out = []
        for path, when, reason in self.paths():
            try:
                briefs, problem = _contents(path), ""
            except StorageError as e:
                briefs, problem = (), e.describe()
            out.append(BackupInfo(path, when, reason, path.stat().st_size, briefs, problem))
        return out


# What a receive does not change: everything but the contributions. The file counts its own writes of
# everything else (schema 15: triggers on every other table add one to write_marks.writes for each row
# written, whichever code writes it); the schema version is compared too. A backup older than schema 15 has
# no count: it cannot be compared, and a fresh backup is made. The database's own id (schema 16) is compared
# too: another database swapped in under the same name (a copy from another laptop) with an equal count is not
# the file the backup was made of.
NOT_MARKED = ("contributions", "contribution_answers")  # the tables whose writes are not counted
_MARK = ("SELECT (SELECT writes FROM write_marks WHERE id = 1), (SELECT version_num FROM alembic_version), "
         "(SELECT value FROM database_meta WHERE name = 'uid')")


def _mark(path: Path) -> tuple[object, ...] | None:
    """The state of a SQLite file apart from its contributions (read-only); None when it cannot be read."""
    try:
        con = sqlite3.connect(path.absolute().as_uri() + "?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        row = con.execute(_MARK).fetchone()
    except sqlite3.Error:
        return None
    finally:
        con.close()
    return tuple(row) if row is not None else None


def same_but_contributions(backup: Path, live: Path) -> bool:
    """Whether `live` holds what `backup` holds apart from contributions received since: no row of any other
    table (assessments, answers, actions, weights, decisions, upgrades, hand-outs, audit trail...) was
    written since the backup was made (their write counts are equal), the schema is the same, and it is the
    same database (its own id)."""
    held = _mark(backup)
    return held is not None and held[0] is not None and held == _mark(live)


def _contents(path: Path) -> tuple[AssessmentBrief, ...]:
    check_file(path)
    con = sqlite3.connect(path.absolute().as_uri() + "?mode=ro", uri=True)
    try:
        rows = con.execute(
            "SELECT a.title, a.country_code, (SELECT count(value) FROM answers WHERE assessment_id = a.id) "
            "FROM assessments a ORDER BY a.updated_at DESC, a.id").fetchall()
    except sqlite3.Error as e:
        raise classify(path, e) from e
    finally:
        con.close()
    return tuple(AssessmentBrief(str(t), str(c), int(n)) for t, c, n in rows)


def check_backup(backup: Path) -> None:
    """Refuse (StorageError) a backup that is damaged, foreign or newer, without changing it."""
    check_file(backup)


def set_aside(live: Path, folder: Path, now: datetime | None = None) -> Path:
    """Move a file that cannot be opened (and its -wal/-shm companions) into `folder`, unchanged, as
    `<file>-<when>-damaged.sqlite` (not listed as a backup); returns its new path."""
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        dest = folder / f"{live.stem}-{stamp}-damaged.sqlite"
        n = 1
        while dest.exists():
            n += 1
            dest = folder / f"{live.stem}-{stamp}-{n}-damaged.sqlite"
        for suffix in ("-wal", "-shm", ""):  # the main file last: until it moves, nothing has changed
            part = live.with_name(live.name + suffix)
            if part.exists():
                shutil.move(part, dest.with_name(dest.name + suffix))
    except OSError as e:
        raise classify(live, e) from e
    return dest


def restore_into(backup: Path, live: Path) -> None:
    """Replace the content of the live file with the backup's, in one transaction (SQLite's backup API).

    The caller closes its connections first and makes a backup of the live file beforehand."""
    check_file(backup)
    src = sqlite3.connect(backup.absolute().as_uri() + "?mode=ro", uri=True)
    dst = sqlite3.connect(live)
    try:
        src.backup(dst)
    except sqlite3.Error as e:
        raise classify(live, e) from e
    finally:
        src.close()
        dst.close()
