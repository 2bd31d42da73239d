"""Telling storage faults apart: a full disk, a read-only disk or USB stick, missing permissions, a
file locked by another program, a failing or removed disk, and a file that is really damaged.

SQLite reports most of these as "unable to open database file" or "disk I/O error"; calling them
all "damaged" tells the user their data is gone when it is not. `classify` looks at SQLite's error
code, the errno underneath and the file system (free space, read-only mount, permissions) to name
the one that applies. Each kind has an English sentence here (command line, logs) and a translated
one in the interface (app.ui.controller.storage_message); the classes are in app.storage.errors.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from pathlib import Path

from .errors import (
    CorruptDatabaseError,
    DiskFullError,
    DiskIOError,
    LockedError,
    MissingFolderError,
    NoPermissionError,
    NoReadPermissionError,
    ReadOnlyMediumError,
    StorageError,
)

LOW_SPACE = 64 * 1024  # below this much free space (16 pages), the disk counts as full


# ---- the file system's side of the story ------------------------------------------------------


def read_only_mount(folder: Path) -> bool:
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):  # no statvfs on Windows; os.access tells the rest
        return False


def disk_full(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < LOW_SPACE
    except OSError:
        return False


def existing_folder(path: Path) -> Path | None:
    folder = path.parent
    return folder if folder.is_dir() else None


def write_block(path: Path) -> type[StorageError] | None:
    """Why the file (or, if it does not exist yet, its folder) cannot be written; None when it can."""
    folder = existing_folder(path)
    if folder is None:
        return MissingFolderError
    if read_only_mount(folder):
        return ReadOnlyMediumError
    if not os.access(folder, os.W_OK | os.X_OK) or (path.exists() and not os.access(path, os.W_OK)):
        return NoPermissionError
    if disk_full(folder):
        return DiskFullError
    return None


def classify(path: Path, e: BaseException) -> StorageError:
    """The StorageError that says what really went wrong with `path`, from an sqlite3 or OS error."""
    if isinstance(e, StorageError):
        return e
    detail = str(e).splitlines()[0][:200] if str(e) else type(e).__name__
    code = getattr(e, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    number = getattr(e, "errno", None)
    if primary == sqlite3.SQLITE_FULL or number == errno.ENOSPC:
        return DiskFullError(path, detail)
    if primary in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
        return CorruptDatabaseError(path, detail)
    if primary in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) or number in (errno.EBUSY, errno.ETXTBSY):
        return LockedError(path, detail)
    if path.parent and not path.parent.is_dir():
        return MissingFolderError(path, detail)
    if path.exists() and not os.access(path, os.R_OK):
        return NoReadPermissionError(path, detail)
    block = write_block(path)
    if primary in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM, sqlite3.SQLITE_IOERR) \
            or number in (errno.EROFS, errno.EACCES, errno.EPERM):
        if block is not None:
            return block(path, detail)
        if number == errno.EROFS:
            return ReadOnlyMediumError(path, detail)
        if number in (errno.EACCES, errno.EPERM) or primary == sqlite3.SQLITE_PERM:
            return NoPermissionError(path, detail)
        if primary == sqlite3.SQLITE_READONLY:
            return NoPermissionError(path, detail)
        return DiskIOError(path, detail)
    return StorageError(path, detail)
