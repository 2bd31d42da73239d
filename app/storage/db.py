"""Opening the database safely: refuse corrupt, foreign or newer files without touching them.

Every connection gets WAL, foreign keys and synchronous=FULL, so a committed answer survives a
crash or a pulled plug. Older files are backed up (VACUUM INTO) before they are migrated.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from .migrations import APPLICATION_ID, CURRENT_VERSION, migrate, user_version

SQLITE_HEADER = b"SQLite format 3\x00"


class StorageError(Exception):
    """A problem with the assessment file; `kind` lets the interface say it in the user's language."""

    kind = "storage"

    def __init__(self, path: Path | str, detail: str = ""):
        self.path = str(path)
        self.detail = detail
        super().__init__(self.describe())

    def describe(self) -> str:
        return f"{self.path}: {self.detail}"


class CorruptDatabaseError(StorageError):
    kind = "corrupt"

    def describe(self) -> str:
        return (f"{self.path} is damaged and cannot be opened ({self.detail}). It has not been changed. "
                "Open a backup from the backups folder, or start a new file.")


class ForeignDatabaseError(StorageError):
    kind = "foreign"

    def describe(self) -> str:
        return (f"{self.path} is not an OPSC assessment file ({self.detail}). It has not been changed. "
                "Choose another file, or start a new one.")


class NewerDatabaseError(StorageError):
    kind = "newer"

    def describe(self) -> str:
        return (f"{self.path} was written by a newer version of the app (file version {self.detail}, "
                f"this app reads up to {CURRENT_VERSION}). It has not been changed. Update the app to open it.")


class DiskFullError(StorageError):
    kind = "disk_full"

    def describe(self) -> str:
        return (f"The disk holding {self.path} is full: the last change could not be saved. "
                "Free some space; what you typed is kept on screen and saved again once there is room.")


def _set_pragmas(dbapi_con: Any, _record: Any) -> None:
    cur = dbapi_con.cursor()
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute("PRAGMA journal_mode = WAL")
    cur.execute("PRAGMA synchronous = FULL")
    cur.execute("PRAGMA busy_timeout = 5000")
    cur.close()


def check_file(path: Path) -> int:
    """Inspect an existing file read-only; return its schema version or raise a StorageError."""
    try:
        with path.open("rb") as f:
            header = f.read(len(SQLITE_HEADER))
    except OSError as e:
        raise StorageError(path, e.strerror or str(e)) from e
    if header != SQLITE_HEADER:
        raise ForeignDatabaseError(path, "not a SQLite database")
    sidecars = [path.with_name(path.name + ext) for ext in ("-wal", "-shm")]
    existed = {p for p in sidecars if p.exists()}
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            result = con.execute("PRAGMA quick_check").fetchone()[0]
            if result != "ok":
                raise CorruptDatabaseError(path, str(result))
            app_id = int(con.execute("PRAGMA application_id").fetchone()[0])
            version = user_version(con)
            tables = con.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0]
        finally:
            con.close()
    except sqlite3.DatabaseError as e:
        raise CorruptDatabaseError(path, str(e)) from e
    finally:
        for p in sidecars:  # a read-only look must leave nothing behind beside a file we may refuse
            if p not in existed and p.exists() and (p.name.endswith("-shm") or p.stat().st_size == 0):
                p.unlink(missing_ok=True)
    if app_id != APPLICATION_ID and (tables or version):
        raise ForeignDatabaseError(path, "it holds tables of another program")
    if version > CURRENT_VERSION:
        raise NewerDatabaseError(path, str(version))
    return version


class Database:
    def __init__(self, path: Path, engine: Engine):
        self.path = path
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: committed on success, rolled back on error; storage errors translated."""
        with self._sessions() as s:
            try:
                yield s
                s.commit()
            except DBAPIError as e:
                s.rollback()
                raise translate(self.path, e) from e
            except BaseException:
                s.rollback()
                raise

    @contextlib.contextmanager
    def connection(self) -> Iterator[Connection]:
        """One transaction on a Core connection (the fast path for single-row writes)."""
        try:
            with self.engine.begin() as con:
                yield con
        except DBAPIError as e:
            raise translate(self.path, e) from e

    def backup(self, dest: Path) -> Path:
        """A consistent copy of the live database (never a plain file copy of a file in use)."""
        dest.parent.mkdir(parents=True, exist_ok=True)
        if dest.exists():
            raise FileExistsError(dest)
        con = sqlite3.connect(self.path)
        try:
            con.execute("VACUUM INTO ?", (str(dest),))
        finally:
            con.close()
        return dest

    def close(self) -> None:
        self.engine.dispose()


def translate(path: Path, e: DBAPIError) -> StorageError:
    orig = e.orig
    code = getattr(orig, "sqlite_errorcode", None)
    if code == sqlite3.SQLITE_FULL or "full" in str(orig).lower():
        return DiskFullError(path)
    if code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
        return CorruptDatabaseError(path, str(orig))
    return StorageError(path, str(orig))


def open_database(path: Path, backups: Path | None = None) -> Database:
    """Open (creating if needed) an assessment file; migrate older files after a backup."""
    path = Path(path)
    exists = path.exists() and path.stat().st_size > 0
    version = check_file(path) if exists else 0
    path.parent.mkdir(parents=True, exist_ok=True)
    if exists and 0 < version < CURRENT_VERSION:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        dest = (backups or path.parent / "backups") / f"{path.stem}-v{version}-{stamp}.sqlite"
        dest.parent.mkdir(parents=True, exist_ok=True)
        con = sqlite3.connect(path)
        try:
            con.execute("VACUUM INTO ?", (str(dest),))
        finally:
            con.close()
    con = sqlite3.connect(path, isolation_level=None)
    try:
        con.execute("PRAGMA journal_mode = WAL")
        try:
            migrate(con)
        except sqlite3.OperationalError as e:
            if "full" in str(e).lower():
                raise DiskFullError(path) from e
            raise
    finally:
        con.close()
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _set_pragmas)
    return Database(path, engine)
