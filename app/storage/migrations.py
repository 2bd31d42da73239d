"""Schema versions, one mechanism for both engines: Alembic revisions in schema/versions/.

A revision's id is its schema version written with four digits ("0003"), so a version is a number
that both engines report cheaply: SQLite files also keep it in `PRAGMA user_version` (read with the
standard library before SQLAlchemy or Alembic is even imported), and are marked as ours by
`PRAGMA application_id`. Files of schema 1 and 2, written before Alembic, have no
`alembic_version` table: they are stamped with their user_version, then upgraded.

Alembic is imported only when a database actually needs migrating.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import NewerDatabaseError

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

APPLICATION_ID = 0x4F505343  # "OPSC"
SCHEMA_DIR = Path(__file__).with_name("schema")


@cache
def head_version() -> int:
    """The newest schema version this app knows: the highest numbered revision file."""
    return max(int(p.name[:4]) for p in (SCHEMA_DIR / "versions").glob("[0-9][0-9][0-9][0-9]_*.py"))


def revision_id(version: int) -> str:
    return f"{version:04d}"


def _alembic_version(con: Connection) -> int | None:
    """The version recorded in alembic_version; None when there is no such table."""
    from sqlalchemy import inspect, text

    if not inspect(con).has_table("alembic_version"):
        return None
    revs = [r[0] for r in con.execute(text("SELECT version_num FROM alembic_version"))]
    if not revs:
        return 0
    if len(revs) > 1 or not revs[0].isdigit():  # branches or names this app never wrote: a newer app
        raise NewerDatabaseError(str(con.engine.url.render_as_string(hide_password=True)), ", ".join(revs))
    return int(revs[0])


def current_version(con: Connection, where: str) -> int:
    """The schema version of an open database: 0 when it holds none of our tables yet."""
    version = _alembic_version(con)
    if version is None and con.dialect.name == "sqlite":
        version = int(con.exec_driver_sql("PRAGMA user_version").scalar() or 0)
    version = version or 0
    if version > head_version():
        raise NewerDatabaseError(where, str(version))
    return version


def _config(con: Connection) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(SCHEMA_DIR))
    cfg.attributes["connection"] = con
    return cfg


def upgrade(con: Connection, where: str, target: int | None = None) -> list[int]:
    """Bring the database up to `target` (default: the newest) inside the caller's transaction, so a
    failure leaves it as it was. Returns the versions applied."""
    target = head_version() if target is None else target
    start = current_version(con, where)
    if start >= target:
        return []
    from alembic import command

    cfg = _config(con)
    if start > 0 and _alembic_version(con) is None:  # a file from before Alembic: its user_version says where
        command.stamp(cfg, revision_id(start))
    command.upgrade(cfg, revision_id(target))
    if con.dialect.name == "sqlite":
        con.exec_driver_sql(f"PRAGMA user_version = {int(target)}")
        con.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    return list(range(start + 1, target + 1))
