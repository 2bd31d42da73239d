"""Schema version 7: follow-up reviews (issue 17).

- assessments.baseline_id: the assessment a follow-up review started from (NULL for a first review).
  When a baseline is deleted the repository sets it to NULL first (the follow-up keeps its own copy of
  everything); no ON DELETE clause, because SQLite cannot report one on a column added by ALTER TABLE
  and the schema check compares the models with what each engine reports;
- answers.carried_over: the answer was copied from the baseline and nobody has confirmed or changed it
  yet ("carried over — to confirm"; unanswered in the score until confirmed, docs/methodology.md).

Existing assessments have no baseline and no carried-over answers. Frozen: never edit a shipped
revision, add one.
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        # SQLite adds a column with its REFERENCES clause in place; a batch (copy-and-swap) rebuild of
        # assessments would cascade-delete every answer when the old table is dropped
        op.execute("ALTER TABLE assessments ADD COLUMN baseline_id INTEGER REFERENCES assessments (id)")
    else:
        op.add_column("assessments", sa.Column("baseline_id", sa.Integer(),
                                               sa.ForeignKey("assessments.id"), nullable=True))
    op.add_column("answers", sa.Column("carried_over", sa.Boolean(), nullable=False, server_default="0"))
