"""Storage failures, each with a `kind` the interface turns into a sentence in the user's language.

Importing this module costs nothing (no SQLAlchemy): the start-up path and the services' error
descriptions use it.
"""

from __future__ import annotations

from pathlib import Path


class StorageError(Exception):
    """A problem with the assessment database; `kind` lets the interface say it in the user's language."""

    kind = "storage"

    def __init__(self, path: Path | str, detail: str = ""):
        self.path = str(path)
        self.detail = detail
        super().__init__(self.describe())

    def describe(self) -> str:
        return f"{self.path}: {self.detail}"


class CorruptDatabaseError(StorageError):
    kind = "corrupt"

    def describe(self) -> str:
        return (f"{self.path} is damaged and cannot be opened ({self.detail}). It has not been changed. "
                "Open a backup from the backups folder, or start a new file.")


class ForeignDatabaseError(StorageError):
    kind = "foreign"

    def describe(self) -> str:
        return (f"{self.path} is not an OPSC assessment file ({self.detail}). It has not been changed. "
                "Choose another file, or start a new one.")


class NewerDatabaseError(StorageError):
    kind = "newer"

    def describe(self) -> str:
        from .migrations import head_version

        return (f"{self.path} was written by a newer version of the app (schema version {self.detail}, "
                f"this app reads up to {head_version()}). It has not been changed. Update the app to open it.")


class OlderServerError(StorageError):
    """A server database with an older schema, which the application's own user may not upgrade."""

    kind = "older_server"

    def describe(self) -> str:
        return (f"The database {self.path} has an older schema (version {self.detail}) and this account may not "
                "upgrade it. Ask the server administrator to run 'python -m app upgrade-database' as the "
                "schema owner (see docs/server.md).")


class DiskFullError(StorageError):
    kind = "disk_full"

    def describe(self) -> str:
        return (f"The disk holding {self.path} is full: the last change could not be saved. "
                "Free some space; what you typed is kept on screen and saved again once there is room.")


class ConnectionFailedError(StorageError):
    """The server could not be reached, refused the login, or dropped the connection."""

    kind = "connection"

    def describe(self) -> str:
        return (f"The database server {self.path} could not be used ({self.detail}). Nothing was changed; "
                "check the address, the user name and the password, and that the server is reachable.")


class PermissionDeniedError(StorageError):
    kind = "permission"

    def describe(self) -> str:
        return (f"The database {self.path} refused the change: this account is not allowed to make it "
                f"({self.detail}). Ask the server administrator for the rights described in docs/server.md.")


class StaleRowError(StorageError):
    """A row changed (or disappeared) since it was read: another user saved first."""

    kind = "stale"

    def describe(self) -> str:
        return (f"{self.path}: someone else changed this record since it was loaded ({self.detail}). "
                "Reload it and make the change again.")
