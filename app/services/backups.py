"""Backups of the assessment file: automatic (the first change of each day, before an import, an
upgrade or a merge), bounded in number, listed with their contents, and restored without losing the
current file (it is backed up first). SQLite files only: a server is backed up by its administrator.
"""

from __future__ import annotations

import logging
from datetime import date, datetime
from pathlib import Path

from app import paths
from app.storage import open_database
from app.storage.backups import (
    BackupInfo,
    Backups,
    check_backup,
    restore_into,
    same_but_contributions,
    set_aside,
)
from app.storage.errors import StorageError

from .workspace import ServiceError, Workspace

log = logging.getLogger(__name__)

__all__ = ["BackupInfo", "backup_before", "backup_before_receive", "backups_of_file", "daily_backup", "list_backups", "restore_backup",
           "restore_damaged"]


def _store(ws: Workspace) -> Backups | None:
    return Backups(ws.backups_folder, ws.file) if ws.file is not None else None


def backup_before(ws: Workspace, reason: str) -> Path | None:
    """A backup before something that changes many answers at once (import, upgrade, merge, restore).
    A failure is raised: the caller does not go ahead without it."""
    store = _store(ws)
    if store is None or ws.read_only is not None:
        return None
    path = store.make(ws.db, reason)
    log.info("backup before %s: %s", reason, path.name)
    return path


def backup_before_receive(ws: Workspace) -> Path | None:
    """The backup before receiving files (named "merge", as the facilitator's adopt). Receiving only adds
    contributions, never changes the facilitator's answers: when the newest backup was made before a
    receive or a merge and nothing but contributions has been written since (compared with the backup
    itself, app/storage/backups.py), that backup already holds everything a receive could put at risk,
    and no new one is made. Without this, a workshop of 30 files makes 30 full copies of a growing file
    (quadratic time and disk) and pushes the daily and upgrade backups out of the MAX_KEPT kept."""
    store = _store(ws)
    if store is None or ws.read_only is not None or ws.file is None:
        return None
    newest = store.newest()
    if newest is not None and newest[2] == "merge" and same_but_contributions(newest[0], ws.file):
        log.info("no backup before receiving: %s holds all but the contributions received since", newest[0].name)
        return None
    return backup_before(ws, "merge")


def daily_backup(ws: Workspace, today: date | None = None) -> Path | None:
    """The first change of each day is preceded by a backup. A backup that cannot be made is logged,
    not raised: the user's change matters more than the safety copy (and will say why it failed too)."""
    store = _store(ws)
    if store is None or ws.read_only is not None:
        return None
    now = datetime.now()
    if today is not None:
        now = datetime.combine(today, now.time())
    try:
        if store.made_on(now):
            return None
        path = store.make(ws.db, "daily", now)
    except (StorageError, OSError):
        log.warning("the daily backup could not be made", exc_info=True)
        return None
    log.info("daily backup: %s", path.name)
    return path


def list_backups(ws: Workspace) -> list[BackupInfo]:
    store = _store(ws)
    return store.describe() if store is not None else []


def _folder_of(path: Path) -> Path:
    """Where the backups of a file are (as Workspace.open decides): the data folder's for the default
    file, else a backups folder beside the file."""
    from .workspace import is_default_file

    return paths.backups_dir() if is_default_file(path) else path.parent / "backups"


def backups_of_file(path: Path) -> list[BackupInfo]:
    """The backups of a file that cannot be opened (read from the backups alone)."""
    return Backups(_folder_of(path), path).describe()


def restore_damaged(path: Path, backup: Path) -> Path:
    """A file too damaged to open: move it, unchanged, beside its backups (`…-damaged.sqlite`, so nothing
    is lost and it can still be sent to someone who can rescue it), then put the backup's content in its
    place. Returns where the damaged file went. A damaged backup is refused before anything moves."""
    check_backup(backup)
    aside = set_aside(path, _folder_of(path))
    restore_into(backup, path)
    log.info("restored the damaged file %s from %s (the damaged one is now %s)", path.name, backup.name, aside.name)
    return aside


def restore_backup(ws: Workspace, backup: Path) -> Workspace:
    """Put the backup's content in place of the current file's, after backing the current one up.
    `ws` is closed; the returned Workspace is open on the restored file."""
    live = ws.file
    if live is None:
        raise ServiceError("a server database is restored by its administrator, not from this app")
    if ws.read_only is not None:
        raise ws.read_only
    check_backup(backup)  # a damaged backup is refused before anything is touched
    safety = backup_before(ws, "restore")
    folder, questionnaire = ws.backups_folder, ws.questionnaire
    ws.close()
    restore_into(backup, live)
    log.info("restored %s from %s (the file before is in %s)", live.name, backup.name,
             safety.name if safety else "-")
    return Workspace(open_database(live, folder), questionnaire, folder)
