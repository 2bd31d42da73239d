"""Turning any failure into one clear sentence (the interface translates the known kinds).

The interface catches storage failures by the names re-exported here: it never imports app.storage.
"""

from __future__ import annotations

import errno

from app.export.atomic import ExportError
from app.storage.errors import PasswordRequiredError, StaleRowError, StorageError

from .workspace import ServiceError

__all__ = ["EXPECTED", "ExportError", "PasswordRequiredError", "ServiceError", "StaleRowError", "StorageError",
           "describe"]

# The failures a user can act on (a full disk, a locked file, a refused value...): shown as a message.
# Anything else is a bug: it goes to the crash handler, which logs its traceback.
EXPECTED: tuple[type[BaseException], ...] = (StorageError, ExportError, ServiceError, OSError)


def describe(e: BaseException) -> str:
    if isinstance(e, StorageError):
        return e.describe()
    if isinstance(e, PermissionError):
        return f"permission denied: {e.filename or e}; choose a folder you can write to"
    if isinstance(e, OSError) and e.errno == errno.ENOSPC:
        return "the disk is full; free some space and try again"
    if isinstance(e, FileNotFoundError):
        return f"file not found: {e.filename or e}"
    if isinstance(e, OSError):
        return f"{e.strerror or e}: {e.filename or ''}".rstrip(": ")
    text = str(e).strip() or type(e).__name__
    return text.splitlines()[0] if len(text.splitlines()) == 1 else text
