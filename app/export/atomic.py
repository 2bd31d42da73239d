"""Writing a report in one step: into a temporary file beside the target, then os.replace.

A failure never leaves a half-written report at the target, and never a temporary file behind.
Problems the user can fix (locked file, read-only or missing folder, full disk) become an
ExportError whose message is in the report's language.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import re
import stat
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from .strings import label

log = logging.getLogger(__name__)


class ExportError(Exception):
    """A report could not be written; `str(error)` is one sentence for the user."""

    def __init__(self, message: str, path: Path, key: str = "", values: dict[str, object] | None = None):
        super().__init__(message)
        self.path = path
        self.key = key
        self._values = dict(values or {})

    def text(self, lang: str) -> str:
        """The same sentence in `lang`: the command line says it in the interface language, which need not be
        the report's (`export 1 --format pdf` under `--lang fr` wrote a French error in English)."""
        return str(_error(self.key, self.path, lang, **self._values)) if self.key else str(self)


def _error(key: str, path: Path, lang: str, **values: object) -> ExportError:
    folder, name = str(path.parent), path.name
    if len(name) > 80:  # a name too long to read whole: its start and its end (the extension) say which
        name = f"{name[:40]}…{name[-30:]}"
    if lang == "ar":  # a path reads left to right inside the Arabic sentence (its leading / stays first)
        folder, name = f"\u2066{folder}\u2069", f"\u2066{name}\u2069"
    return ExportError(label(key, lang, name=name, folder=folder, **values), path, key, values)


def _read_only(path: Path) -> bool:
    """No write permission for us, or no write bit at all (a file marked read-only)."""
    mode = path.stat().st_mode
    return not os.access(path, os.W_OK) or not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)


def _check_target(path: Path, lang: str) -> None:
    try:
        if not path.parent.is_dir():
            raise _error("err_no_folder", path, lang)
        if _read_only(path.parent):
            raise _error("err_folder_readonly", path, lang)
        if path.is_dir():  # a folder that happens to be named report.pdf
            raise _error("err_is_folder", path, lang)
        if path.exists() and _read_only(path):
            raise _error("err_locked", path, lang)
    except OSError as e:  # a name too long for the system, a folder that cannot be looked into
        raise _translate(e, path, lang, "create") from e


_STARTED = time.time()  # temporary files of ours older than this were left by an earlier run (kill -9)
_IDLE = 120  # ...and untouched for two minutes: another instance of the app still writing one changes it
# what tempfile.mkstemp(prefix=".~<stem>.", suffix=<suffix>) names: 8 of its random characters
_TEMP = re.compile(r"\.~.+\.[a-z0-9_]{8}\.(pdf|xlsx|opsc)")


def _remove_stale(folder: Path, own: Path) -> None:
    """Remove our temporary files an export killed mid-write left in `folder` (.~report.k3j_x9a2.pdf):
    only names of our exact pattern, written before this process started and untouched since."""
    limit = min(_STARTED, time.time() - _IDLE)
    try:
        for p in folder.iterdir():
            if p != own and _TEMP.fullmatch(p.name) and p.is_file() and p.stat().st_mtime < limit:
                p.unlink()
                log.info("removed a temporary file an interrupted export left behind: %s", p.name)
    except OSError as e:  # tidying up is not worth failing an export for
        log.warning("could not tidy up old temporary files in the export folder (%s)", e.strerror or e)


def _translate(e: OSError, path: Path, lang: str, stage: str) -> ExportError:
    if e.errno == errno.ENOSPC:
        return _error("err_disk_full", path, lang)
    if e.errno == errno.ENAMETOOLONG:
        return _error("err_name_too_long", path, lang)
    if isinstance(e, PermissionError) or e.errno in (errno.EACCES, errno.EPERM, errno.EBUSY):
        return _error("err_folder_readonly" if stage == "create" else "err_locked", path, lang)
    if isinstance(e, FileNotFoundError) and stage == "create":
        return _error("err_no_folder", path, lang)
    return _error("err_write", path, lang, reason=e.strerror or type(e).__name__)


def write_atomically(path: str | os.PathLike[str], write: Callable[[Path], None], lang: str = "en") -> Path:
    """Call write(temporary_path), then move the finished file onto `path` in one step."""
    target = Path(path).absolute()
    _check_target(target, lang)
    try:
        fd, name = tempfile.mkstemp(prefix=f".~{target.stem}.", suffix=target.suffix, dir=target.parent)
    except OSError as e:
        raise _translate(e, target, lang, "create") from e
    os.close(fd)
    tmp = Path(name)
    _remove_stale(target.parent, tmp)
    mode = stat.S_IMODE(target.stat().st_mode) if target.exists() else 0o644
    try:
        write(tmp)
        os.chmod(tmp, mode)  # mkstemp makes the file private; a report keeps the usual permissions
        os.replace(tmp, target)
    except OSError as e:
        raise _translate(e, target, lang, "replace") from e
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
    return target
