"""Turning any failure into one clear sentence (the interface translates the known kinds).

The interface catches storage failures by the names re-exported here: it never imports app.storage.
"""

from __future__ import annotations

import errno

from app.export.atomic import ExportError
from app.storage.errors import CorruptDatabaseError, PasswordRequiredError, StaleRowError, StorageError

from .workspace import ServiceError

__all__ = ["EXPECTED", "CorruptDatabaseError", "ExportError", "PasswordRequiredError", "ServiceError", "StaleRowError", "StorageError",
           "describe"]

# The failures a user can act on (a full disk, a locked file, a refused value...): shown as a message.
# Anything else is a bug: it goes to the crash handler, which logs its traceback.
EXPECTED: tuple[type[BaseException], ...] = (StorageError, ExportError, ServiceError, OSError)


def describe(e: BaseException, lang: str = "en") -> str:
    """One sentence about `e`, in `lang` for the failures the services name (English otherwise)."""
    from .messages import keys as message_keys
    from .messages import message

    text_of = getattr(e, "text", None)
    if callable(text_of) and not isinstance(e, StorageError):  # ServiceError: kept in en/fr/ar
        return str(text_of(lang))
    if isinstance(e, StorageError):
        if lang == "en":  # the storage layer's own English sentence, with its technical detail
            return e.describe()
        key = f"storage_{e.kind}" if f"storage_{e.kind}" in message_keys() else "storage_other"
        return message(key, lang, path=e.path, detail=e.detail)  # the window's sentence in fr/ar
    if isinstance(e, PermissionError):
        return message("os_permission", lang, name=e.filename or e)
    if isinstance(e, OSError) and e.errno == errno.ENOSPC:
        return message("os_disk_full", lang)
    if isinstance(e, FileNotFoundError):
        return message("os_not_found", lang, name=e.filename or e)
    if isinstance(e, OSError):
        return f"{e.strerror or e}: {e.filename or ''}".rstrip(": ")
    text = str(e).strip() or type(e).__name__
    return text.splitlines()[0] if len(text.splitlines()) == 1 else text
