"""Schema version 15: a count of the writes of everything but contributions (issue 11, receive backups).

A receive may skip its backup when the newest backup is a `merge` one and nothing but contributions has
been written since (app/services/backups.py). That used to be decided by comparing counts and stamps of a
hand-written list of tables, which a new table would silently miss. Now the file counts its own writes:
table `write_marks` holds one row, and on a SQLite file every table but `contributions` and
`contribution_answers` has triggers that add one to `write_marks.writes` for each row inserted, updated or
deleted, in the writer's own transaction (a write rolled back leaves the count as it was). Whatever writes
it - any Repository method, a later migration, a tool - is counted. The backup check compares the backup's
count with the live file's (app/storage/backups.py).

On a PostgreSQL server the table is made (one schema for both engines) but no trigger: a server is backed
up by its administrator, and one counter row written by every save would queue every writer behind it.

A table added later, or rebuilt by `batch_alter_table` (SQLite drops a table's triggers with it), needs
these triggers again: tests/storage/test_write_marks.py fails until it has them (or is named in
app.storage.backups.NOT_MARKED, with the reason). Frozen: never edit a shipped revision, add one.
"""

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"

# not counted: receiving adds these and nothing else; write_marks itself; Alembic's and SQLite's own
NOT_COUNTED = ("contributions", "contribution_answers", "write_marks", "alembic_version")


def upgrade() -> None:
    op.create_table(
        "write_marks",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("writes", sa.Integer(), nullable=False, server_default="0"),
    )
    op.execute("INSERT INTO write_marks (id, writes) VALUES (1, 0)")
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    tables = [t for (t,) in bind.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        if t not in NOT_COUNTED]
    for table in tables:
        for event in ("INSERT", "UPDATE", "DELETE"):
            op.execute(f"CREATE TRIGGER {table}_counts_{event.lower()} AFTER {event} ON {table} "
                       "BEGIN UPDATE write_marks SET writes = writes + 1; END")
