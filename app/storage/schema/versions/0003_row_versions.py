"""Schema version 3: a version and the database user of the last change on every row.

The version makes concurrent edits on a shared server safe (optimistic concurrency: a save that
expected version n fails when the row is already at n+1); `changed_by` says who made the change.
Frozen: never edit a shipped revision, add one.
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"

TABLES = ("assessments", "answers", "weight_overrides", "actions")


def upgrade() -> None:
    for table in TABLES:
        op.add_column(table, sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
        op.add_column(table, sa.Column("changed_by", sa.String(), nullable=False, server_default=""))
