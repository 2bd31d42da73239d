"""Storage: the only place that speaks SQL. Typed SQLAlchemy 2 models, safe opening of a SQLite
file or a PostgreSQL server, Alembic migrations for both, and the repository the services call.

The errors, the read-only file check (`files`) and the quick listing (`listing`) use the standard
library only; the rest (SQLAlchemy) is imported on first use, so that the start can list the
assessments before paying for SQLAlchemy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .errors import (
    ConnectionFailedError,
    CorruptDatabaseError,
    DiskFullError,
    ForeignDatabaseError,
    NewerDatabaseError,
    OlderServerError,
    PasswordRequiredError,
    PermissionDeniedError,
    StaleRowError,
    StorageError,
)

if TYPE_CHECKING:
    from .db import Database, open_database
    from .repository import AnswerConflict, Repository, StoredAnswer

__all__ = [
    "AnswerConflict", "ConnectionFailedError", "CorruptDatabaseError", "Database", "DiskFullError",
    "ForeignDatabaseError", "NewerDatabaseError", "OlderServerError", "PasswordRequiredError", "PermissionDeniedError", "Repository",
    "StaleRowError", "StorageError", "StoredAnswer", "open_database",
]
_LAZY = {"Database": "db", "open_database": "db", "AnswerConflict": "repository", "Repository": "repository",
         "StoredAnswer": "repository"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
