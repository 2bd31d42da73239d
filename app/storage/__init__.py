"""Storage: the only place that speaks SQL. Typed SQLAlchemy 2 models, safe opening of a SQLite
file or a PostgreSQL server, Alembic migrations for both, and the repository the services call."""

from .db import Database, open_database
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
from .repository import AnswerConflict, Repository, StoredAnswer

__all__ = [
    "AnswerConflict", "ConnectionFailedError", "CorruptDatabaseError", "Database", "DiskFullError",
    "ForeignDatabaseError", "NewerDatabaseError", "OlderServerError", "PasswordRequiredError", "PermissionDeniedError", "Repository",
    "StaleRowError", "StorageError", "StoredAnswer", "open_database",
]
