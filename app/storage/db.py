"""Opening a database safely, on either engine.

SQLite (the default: one file, nothing to install): a file is inspected read-only first, so corrupt,
foreign or newer files are refused without being touched; older files are backed up (VACUUM INTO)
then migrated in one transaction. Every connection gets WAL, foreign keys and synchronous=FULL, so a
committed answer survives a crash or a pulled plug.

PostgreSQL (a shared server, `postgresql+psycopg://user@host/db?sslmode=require`): the schema is
created or upgraded when the account may do it (the schema owner); an application account with
least privilege gets OlderServerError instead, and the administrator upgrades it.
"""

from __future__ import annotations

import contextlib
import getpass
import logging
import sqlite3
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Connection, Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from .errors import (
    BadAddressError,
    ConnectionFailedError,
    CorruptDatabaseError,
    DiskFullError,
    ForeignDatabaseError,
    OlderReadOnlyError,
    OlderServerError,
    PasswordRequiredError,
    PermissionDeniedError,
    StorageError,
)
from .faults import classify, write_block
from .files import BUSY_TIMEOUT_MS, ReadOnlyView, check_file
from .migrations import current_version, head_version, upgrade
from .tls import AddressError, default_sslmode

OUR_TABLES = frozenset({"assessments", "answers"})


def _set_pragmas(dbapi_con: Any, _record: Any) -> None:
    cur = dbapi_con.cursor()
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    # WAL is stored in the file (set when it was created or migrated); setting it again would need
    # a write, which fails on a full disk and would make even reading impossible.
    if str(cur.execute("PRAGMA journal_mode").fetchone()[0]).lower() != "wal":
        cur.execute("PRAGMA journal_mode = WAL")
    cur.execute("PRAGMA synchronous = FULL")
    cur.close()


def _set_read_pragmas(dbapi_con: Any, _record: Any) -> None:
    cur = dbapi_con.cursor()
    cur.execute("PRAGMA query_only = ON")
    cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cur.close()


class Database:
    """One open database: a SQLite file or a PostgreSQL server, and who we are on it."""

    def __init__(self, where: str, engine: Engine, path: Path | None = None, user: str = "",
                 read_only: StorageError | None = None, view: ReadOnlyView | None = None,
                 migrated_from: int | None = None):
        self.where = where  # the file path, or the server URL without its password: for messages
        self.path = path  # the SQLite file; None on a server
        self.engine = engine
        self.user = user  # recorded as changed_by on every row this session writes
        self.read_only = read_only  # why changes cannot be saved (read-only disk, no permission...), or None
        self._view = view
        self.migrated_from = migrated_from  # the schema version before this opening upgraded it, if it did
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    def record_as(self, name: str) -> None:
        """Who this session's changes are recorded as (changed_by, the audit trail). On a file: the name the
        user gave (settings, OPSC_USER), else the computer's login name. On a server the login is who
        changes things (the server records it itself): a name given is not taken."""
        if not self.is_server:
            self.user = " ".join(name.split()) or _os_user()

    def translate(self, e: DBAPIError) -> StorageError:
        code = getattr(e.orig, "sqlite_errorcode", None)
        if self.read_only is not None and isinstance(code, int) and code & 0xFF in (
                sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_IOERR):
            return self.read_only
        return translate(self.where, e)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @property
    def is_server(self) -> bool:
        return self.path is None

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: committed on success, rolled back on error; storage errors translated."""
        with self._sessions() as s:
            try:
                yield s
                s.commit()
            except DBAPIError as e:
                s.rollback()
                raise self.translate(e) from e
            except BaseException:
                s.rollback()
                raise

    @contextlib.contextmanager
    def connection(self) -> Iterator[Connection]:
        """One transaction on a Core connection (the fast path for single-row writes)."""
        try:
            with self.engine.begin() as con:
                yield con
        except DBAPIError as e:
            raise self.translate(e) from e

    @contextlib.contextmanager
    def server_transaction(self) -> Iterator[Any]:
        """PostgreSQL only: a pooled psycopg connection, in autocommit mode, on which the caller spells the
        transaction out itself: `BEGIN` sent in one pipeline with its first statements, `COMMIT` in one with
        its last. psycopg would send each of them alone: a one-answer save then costs two round trips rather
        than four (Repository._save_answer_server). Whatever the caller leaves open is rolled back; psycopg's
        errors are translated as every other statement's (StorageError), and a broken connection leaves the
        pool."""
        import psycopg
        from psycopg.pq import TransactionStatus

        with self.engine.connect() as con:
            pg = con.connection.driver_connection
            assert isinstance(pg, psycopg.Connection)
            pg.autocommit = True
            try:
                yield pg
            except psycopg.Error as e:
                error = DBAPIError.instance(None, None, e, psycopg.Error, connection_invalidated=pg.broken)
                assert isinstance(error, DBAPIError)  # psycopg.Error is a DBAPI error
                raise self.translate(error) from e
            finally:
                try:
                    if not pg.closed and pg.info.transaction_status != TransactionStatus.IDLE:
                        pg.rollback()
                    if not pg.closed:
                        pg.autocommit = False
                except psycopg.Error:
                    pass  # the connection is unusable: invalidated below, the error above is the one reported
                if pg.closed or pg.autocommit:
                    con.invalidate()

    def backup(self, dest: Path) -> Path:
        """A consistent copy of the live SQLite file (never a plain file copy of a file in use)."""
        if self.path is None:
            raise StorageError(self.where, "a server database is backed up by its administrator (pg_dump)")
        _vacuum_into(self.path, dest, self._view)
        return dest

    def close(self) -> None:
        self.engine.dispose()
        if self._view is not None:
            self._view.close()


def translate(where: str, e: DBAPIError) -> StorageError:
    orig = e.orig
    code = getattr(orig, "sqlite_errorcode", None)
    state = getattr(orig, "sqlstate", None) or ""
    if code is not None and isinstance(orig, BaseException):  # a SQLite file: full, locked, read-only...
        return classify(Path(where), orig)
    if code == sqlite3.SQLITE_FULL or state == "53100" or (code is not None and "full" in str(orig).lower()):
        return DiskFullError(where)
    if code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
        return CorruptDatabaseError(where, str(orig))
    if state == "42501":
        return PermissionDeniedError(where, _first_line(orig))
    text = str(orig).lower()
    if state == "28P01" or "no password supplied" in text or "password authentication failed" in text:
        return PasswordRequiredError(where, _first_line(orig))
    if e.connection_invalidated or state.startswith("08") or (code is None and "connect" in str(orig).lower()):
        return ConnectionFailedError(where, _first_line(orig))
    return StorageError(where, _first_line(orig))


def _first_line(e: BaseException | None) -> str:
    return (str(e).strip().splitlines() or [""])[0]


def _vacuum_into(path: Path, dest: Path, view: ReadOnlyView | None = None) -> None:
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise classify(dest, e) from e
    if dest.exists():
        raise FileExistsError(dest)
    con = view.connect() if view is not None else sqlite3.connect(path)
    try:
        con.execute("VACUUM INTO ?", (str(dest),))
    except sqlite3.Error as e:
        with contextlib.suppress(OSError):
            dest.unlink(missing_ok=True)
        raise classify(dest, e) from e
    finally:
        con.close()


def is_server_url(target: Path | str) -> bool:
    return isinstance(target, str) and "://" in target


def open_database(target: Path | str, backups: Path | None = None, password: str | None = None) -> Database:
    """Open (creating if needed) an assessment file, or connect to a server database (a URL)."""
    if is_server_url(target):
        return open_server(str(target), password)
    return open_file(Path(target), backups)


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name in the environment or the password database
        return ""


def open_file(path: Path, backups: Path | None = None) -> Database:
    """Open (creating if needed) an assessment file; back up and migrate an older one first.

    A current file that can be read but not written (read-only disk, no permission, full disk) is
    opened read-only: Database.read_only says why, and every change is refused with that reason."""
    exists = path.exists() and path.stat().st_size > 0
    version = check_file(path) if exists else 0
    if not exists and path.exists():  # an empty file holds no data: made a new database, and said so
        logging.getLogger(__name__).warning("%s was an empty file (0 bytes): initialised as a new database",
                                            path.name)
    if not exists:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)  # the data folder, on the first run
        except OSError as e:
            raise classify(path, e) from e
    block = write_block(path)
    if block is not None:
        why = block(path, "the file cannot be written")
        if exists and version == head_version():
            return _open_read_only(path, why)
        if exists and version > 0 and why.kind in ("read_only_medium", "no_permission"):
            # Reading needs the current schema, and upgrading means writing: say what to do instead
            raise OlderReadOnlyError(path, "read-only disk" if why.kind == "read_only_medium" else
                                     "no permission to write") from why
        raise why  # a new or older file must be written (created, upgraded) before it can be used
    if exists and 0 < version < head_version():
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        _vacuum_into(path, (backups or path.parent / "backups") / f"{path.stem}-v{version}-{stamp}.sqlite")
    if version < head_version():
        _migrate_file(path)
    engine = create_engine(f"sqlite:///{path}", hide_parameters=True)
    event.listen(engine, "connect", _set_pragmas)
    return Database(str(path), engine, path, _os_user(),
                    migrated_from=version if 0 < version < head_version() else None)


def _open_read_only(path: Path, why: StorageError) -> Database:
    view = ReadOnlyView(path)
    engine = create_engine(f"sqlite:///{path}", creator=view.connect, hide_parameters=True)
    event.listen(engine, "connect", _set_read_pragmas)
    return Database(str(path), engine, path, _os_user(), read_only=why, view=view)


def _migrate_file(path: Path) -> None:
    """All steps in one IMMEDIATE transaction (pysqlite would otherwise commit each DDL on its own)."""
    engine = create_engine(f"sqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _connect(dbapi_con: Any, _record: Any) -> None:
        dbapi_con.isolation_level = None
        dbapi_con.execute("PRAGMA journal_mode = WAL")

    @event.listens_for(engine, "begin")
    def _begin(con: Connection) -> None:
        con.exec_driver_sql("BEGIN IMMEDIATE")

    try:
        with engine.begin() as con:
            upgrade(con, str(path))
    except DBAPIError as e:
        raise translate(str(path), e) from e
    finally:
        engine.dispose()


def server_label(url: URL) -> str:
    return url.render_as_string(hide_password=True)


def server_url(url_text: str, password: str | None = None) -> tuple[URL, str]:
    """The URL to connect with (psycopg 3; TLS required off this machine when the address does not say,
    app/storage/tls.py) and its label for messages and settings (never the password)."""
    try:
        url = make_url(url_text)
    except ArgumentError as e:
        raise ConnectionFailedError(url_text, str(e)) from e
    except ValueError as e:  # SQLAlchemy reads what follows the first ':' of the authority part as the port
        raise BadAddressError(_hide_password(url_text), _port_problem(url_text)) from e
    try:
        mode = default_sslmode(url.host, dict(url.query))  # never libpq's silent fallback to clear text
    except AddressError as e:
        raise BadAddressError(server_label(url._replace(password=None)), str(e)) from e
    if mode is not None:
        url = url.update_query_dict({"sslmode": mode})
    where = server_label(url._replace(password=None))  # never the password, not even as ***
    if password is not None:
        url = url.set(password=password)
    if url.get_backend_name() != "postgresql":
        raise ConnectionFailedError(where, "only PostgreSQL servers are supported (postgresql+psycopg://…)")
    if url.drivername == "postgresql":
        url = url.set(drivername="postgresql+psycopg")
    return url, where


def _hide_password(url_text: str) -> str:
    """An address SQLAlchemy cannot read, for a message: without the password between ':' and '@'."""
    scheme, sep, rest = url_text.partition("://")
    auth, at, place = rest.rpartition("@")
    if not sep or not at:
        return url_text
    return f"{scheme}://{auth.split(':', 1)[0]}@{place}"


def _port_problem(url_text: str) -> str:
    authority = url_text.partition("://")[2].split("/", 1)[0].rpartition("@")[2]
    if "," in authority:
        return ("several servers are written in the host part; write each as ?host=name:port in the query "
                "(for example postgresql+psycopg://user@/opsc?host=db1.example.org:5432&host=db2.example.org:5432)")
    return f"the port in '{authority}' is not a number"


def open_server(url_text: str, password: str | None = None, migrate: bool = True) -> Database:
    """Connect to a PostgreSQL database; create or upgrade its schema when this account owns it."""
    url, where = server_url(url_text, password)
    # No pool_pre_ping: it costs a round trip on every save. A connection the server dropped fails that one
    # save (reported; what was typed stays on screen and is saved again), and the pool then reconnects.
    engine = create_engine(url, pool_recycle=1800, connect_args={"connect_timeout": 10})
    migrated_from = None
    try:
        with engine.begin() as con:
            # the login (SET ROLE cannot change it): what the server records as changed_by (schema 6)
            user = str(con.exec_driver_sql("SELECT session_user").scalar() or "")
            version = current_version(con, where)
            if version == 0:
                _refuse_foreign(con, where)
            if version < head_version():
                migrated_from = version
                if not migrate:
                    raise OlderServerError(where, str(version))
                try:
                    with con.begin_nested():
                        upgrade(con, where)
                except DBAPIError as e:
                    if getattr(e.orig, "sqlstate", "") == "42501":  # not the schema owner
                        raise OlderServerError(where, str(version)) from e
                    raise
    except DBAPIError as e:
        engine.dispose()
        raise translate(where, e) from e
    except StorageError:
        engine.dispose()
        raise
    return Database(where, engine, None, user, migrated_from=migrated_from)


def _refuse_foreign(con: Connection, where: str) -> None:
    from sqlalchemy import inspect

    tables = set(inspect(con).get_table_names())
    if tables and not tables & OUR_TABLES:
        raise ForeignDatabaseError(where, "it holds tables of another program")
