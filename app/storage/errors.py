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

    @property
    def folder(self) -> str:
        return str(Path(self.path).parent)

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


class BadAddressError(ConnectionFailedError):
    """A server address that cannot be used as written (nothing was tried): `detail` says what to change."""

    kind = "address"

    def describe(self) -> str:
        return f"The server address {self.path} cannot be used as written: {self.detail}. Nothing was tried."


class PasswordRequiredError(ConnectionFailedError):
    """The server wants a password that was not given, or refused the one given."""

    kind = "password"

    def describe(self) -> str:
        return (f"The database server {self.path} needs the password of this user, or refused the one given "
                f"({self.detail}). Nothing was changed.")


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


# ---- a file that cannot be written is not a damaged file (app.storage.faults tells them apart) ----


class ReadOnlyMediumError(StorageError):
    kind = "read_only_medium"

    def describe(self) -> str:
        return (f"The disk or USB stick holding {self.path} is read-only (write-protected): the assessments can be "
                "read and exported, but changes cannot be saved. Remove the write protection, or copy the file "
                "to a writable disk and open it from there.")


class NoPermissionError(StorageError):
    kind = "no_permission"

    def describe(self) -> str:
        return (f"You do not have permission to change {self.path} or its folder {self.folder}: the assessments "
                "can be read and exported, but changes cannot be saved. Ask for write access, or copy the file "
                "to a folder of your own and open it from there.")


class NoReadPermissionError(StorageError):
    kind = "no_read_permission"

    def describe(self) -> str:
        return (f"You do not have permission to read {self.path}. It has not been changed. Ask for access to "
                "it, or open another file.")


class LockedError(StorageError):
    kind = "locked"

    def describe(self) -> str:
        return (f"{self.path} is being used by another program (or another copy of this app) and stayed locked. "
                "Nothing was lost: close the other program and try again.")


class DiskIOError(StorageError):
    kind = "io"

    def describe(self) -> str:
        return (f"The disk holding {self.path} could not be read or written ({self.detail}): it may have been "
                "removed or be failing. This does not mean the file is damaged. Check that the disk or USB stick "
                "is connected and try again; if it keeps happening, copy the file to another disk.")


class MissingFolderError(StorageError):
    kind = "missing_folder"

    def describe(self) -> str:
        return (f"The folder {self.folder} does not exist (a disk or USB stick that is not connected?). "
                "Connect it, or open another file.")


class OlderReadOnlyError(StorageError):
    """A file of an older schema where it cannot be written: it must be upgraded (written) before this
    version of the app can read it, so it cannot even be opened read-only. `detail` says why it cannot
    be written (read-only medium, no permission)."""

    kind = "older_read_only"

    def describe(self) -> str:
        return (f"The file {self.path} was made by an older version of this app and must be upgraded before it "
                f"can be opened, which means writing to it, but it cannot be written where it is ({self.detail}). "
                "It has not been changed. Copy the file to a folder you can write to (for example your Documents "
                "folder) and open the copy.")
