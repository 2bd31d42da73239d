"""Schema version 16: who a contribution comes from, told apart by the database that sent it (issue 11).

- `database_meta` (name, value): facts about the database itself. Its row `uid` is the database's own random
  id, made here once (for a new database and for one upgraded to this version) and never changed. Every
  exchange file shared from this database carries it (`sender_database` in its manifest). On a SQLite file
  its writes are counted in `write_marks` like every table's but the contributions' (schema 15), from after
  its row is made: a new file starts with 0 writes.
- `contributions.sender_database`: the sending database's id ('' for templates and for files written before
  this version); `contributions.default_name`: the file's name was the sending laptop's default (shared
  without --by); `contributions.name_number`: the number a contribution is shown with among those in force
  under the same name ("root", "root (2)"), given once when it is received and never recomputed.

Contributions received before this version keep the numbers they were shown with (in force, by name, oldest
received first: the first 1, the next 2...); superseded ones get 1. Frozen: never edit a shipped revision,
add one.
"""

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"


def upgrade() -> None:
    meta = op.create_table(
        "database_meta",
        sa.Column("name", sa.String(), primary_key=True),
        sa.Column("value", sa.Text(), nullable=False, server_default=""),
    )
    op.bulk_insert(meta, [{"name": "uid", "value": str(uuid.uuid4())}])
    if op.get_bind().dialect.name == "sqlite":  # counted as every table but the contributions (schema 15)
        for event in ("INSERT", "UPDATE", "DELETE"):
            op.execute(f"CREATE TRIGGER database_meta_counts_{event.lower()} AFTER {event} ON database_meta "
                       "BEGIN UPDATE write_marks SET writes = writes + 1; END")
    op.add_column("contributions", sa.Column("sender_database", sa.String(), nullable=False, server_default=""))
    op.add_column("contributions", sa.Column("default_name", sa.Boolean(), nullable=False, server_default="0"))
    op.add_column("contributions", sa.Column("name_number", sa.Integer(), nullable=False, server_default="1"))
    con = op.get_bind()
    rows = con.execute(sa.text("SELECT id, assessment_id, author FROM contributions WHERE superseded_by IS NULL "
                               "ORDER BY received_at, id")).all()
    seen: dict[tuple[int, str], int] = {}
    for cid, aid, author in rows:  # the numbers they were shown with (distinct_names of schema 14)
        key = (aid, str(author).strip().casefold())
        seen[key] = seen.get(key, 0) + 1
        if seen[key] > 1:
            con.execute(sa.text("UPDATE contributions SET name_number = :n WHERE id = :id"),
                        {"n": seen[key], "id": cid})
