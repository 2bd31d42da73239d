"""Writing a report in one step: into a temporary file beside the target, then os.replace.

A failure never leaves a half-written report at the target, and never a temporary file behind.
Problems the user can fix (locked file, read-only or missing folder, full disk) become an
ExportError whose message is in the report's language.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path

from .strings import label


class ExportError(Exception):
    """A report could not be written; `str(error)` is one sentence for the user."""

    def __init__(self, message: str, path: Path, key: str = ""):
        super().__init__(message)
        self.path = path
        self.key = key


def _error(key: str, path: Path, lang: str, **values: object) -> ExportError:
    folder = str(path.parent)
    return ExportError(label(key, lang, name=path.name, folder=folder, **values), path, key)


def _read_only(path: Path) -> bool:
    """No write permission for us, or no write bit at all (a file marked read-only)."""
    mode = path.stat().st_mode
    return not os.access(path, os.W_OK) or not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)


def _check_target(path: Path, lang: str) -> None:
    if not path.parent.is_dir():
        raise _error("err_no_folder", path, lang)
    if _read_only(path.parent):
        raise _error("err_folder_readonly", path, lang)
    if path.is_dir() or (path.exists() and _read_only(path)):
        raise _error("err_locked", path, lang)


def _translate(e: OSError, path: Path, lang: str, stage: str) -> ExportError:
    if e.errno == errno.ENOSPC:
        return _error("err_disk_full", path, lang)
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
