"""SQLite storage: typed SQLAlchemy 2 models, safe opening, migrations, repository."""

from .db import (
    CorruptDatabaseError,
    Database,
    DiskFullError,
    ForeignDatabaseError,
    NewerDatabaseError,
    StorageError,
    open_database,
)

__all__ = [
    "CorruptDatabaseError", "Database", "DiskFullError", "ForeignDatabaseError", "NewerDatabaseError",
    "StorageError", "open_database",
]
