"""A SQLite assessment file before SQLAlchemy: a read-only look that refuses a damaged, foreign or
newer file without touching it (nor writing anything beside it). Standard library only, so that the
start can use it (and list the assessments, see listing.py) before the database layer is imported.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path

from .errors import CorruptDatabaseError, ForeignDatabaseError, NewerDatabaseError
from .faults import classify, write_block
from .migrations import APPLICATION_ID, head_version

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000  # how long a write waits for another program's lock before saying "locked"


class ReadOnlyView:
    """How to read a file without writing anything beside it: SQLite's read-only mode when the folder
    can take the -shm file; `immutable` when it cannot and no committed change waits in the -wal
    file; otherwise a private copy of the file and its -wal in a temporary folder."""

    def __init__(self, path: Path):
        self.path = path
        self.copy_dir: Path | None = None
        wal = path.with_name(path.name + "-wal")
        if write_block(path) is None:
            self.uri = path.absolute().as_uri() + "?mode=ro"
        elif not (wal.exists() and wal.stat().st_size > 0):
            self.uri = path.absolute().as_uri() + "?mode=ro&immutable=1"
        else:
            self.copy_dir = Path(tempfile.mkdtemp(prefix="opsc-read-only-"))
            shutil.copy2(path, self.copy_dir / path.name)
            shutil.copy2(wal, self.copy_dir / wal.name)
            self.uri = (self.copy_dir / path.name).as_uri() + "?mode=ro"

    def connect(self) -> sqlite3.Connection:
        return sqlite3.connect(self.uri, uri=True, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000)

    def close(self) -> None:
        if self.copy_dir is not None:
            shutil.rmtree(self.copy_dir, ignore_errors=True)
            self.copy_dir = None


@contextlib.contextmanager
def inspected(path: Path) -> Iterator[tuple[sqlite3.Connection, int]]:
    """A read-only connection to an existing file that passed the checks of `check_file` (intact, ours,
    not newer), with its schema version. Nothing is left behind beside the file."""
    try:
        with path.open("rb") as f:
            header = f.read(len(SQLITE_HEADER))
    except OSError as e:
        raise classify(path, e) from e
    if header != SQLITE_HEADER:
        raise ForeignDatabaseError(path, "not a SQLite database")
    sidecars = [path.with_name(path.name + ext) for ext in ("-wal", "-shm")]
    existed = {p for p in sidecars if p.exists()}
    view: ReadOnlyView | None = None
    try:
        view = ReadOnlyView(path)
        con = view.connect()
        try:
            result = con.execute("PRAGMA quick_check").fetchone()[0]
            if result != "ok":
                raise CorruptDatabaseError(path, str(result))
            app_id = int(con.execute("PRAGMA application_id").fetchone()[0])
            version = int(con.execute("PRAGMA user_version").fetchone()[0])
            tables = con.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0]
            if app_id != APPLICATION_ID and (tables or version):
                raise ForeignDatabaseError(path, "it holds tables of another program")
            if version > head_version():
                raise NewerDatabaseError(path, str(version))
            yield con, version
        finally:
            con.close()
    except (sqlite3.Error, OSError) as e:  # damaged, locked, unreadable, a failing disk: told apart
        raise classify(path, e) from e
    finally:
        if view is not None:
            view.close()
        for p in sidecars:  # a read-only look must leave nothing behind beside a file we may refuse
            with contextlib.suppress(OSError):
                if p not in existed and p.exists() and (p.name.endswith("-shm") or p.stat().st_size == 0):
                    p.unlink(missing_ok=True)


def check_file(path: Path) -> int:
    """Inspect an existing file read-only; return its schema version or raise a StorageError."""
    with inspected(path) as (_con, version):
        return version
