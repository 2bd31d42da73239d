"""Schema version 13: the hand-outs of a workshop (issue 11).

One row per exchange file that handed an assessment out or brought it in:

- `shared`: written here from the original assessment (the facilitator's hand-out): its own id (`uid`,
  also written in the file), the sections it held, and a fingerprint of every answer it carried. The
  facilitator's database checks a group's `handed_out` marks against it when the group's file comes back.
- `received`: the hand-out that added the assessment here (a group's laptop): its id and the sections it
  was limited to, so sharing back defaults to those sections and names the hand-out it answers.

Nothing is filled in for assessments shared or received before this version (no record of those files
was kept). On a PostgreSQL server `changed_by` is written by the server, as for the other tables since
schema 6. Frozen: never edit a shipped revision, add one.
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"


def upgrade() -> None:
    op.create_table(
        "handouts",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("assessment_id", sa.Integer(), sa.ForeignKey("assessments.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("uid", sa.String(), nullable=False, server_default=""),
        sa.Column("direction", sa.String(), nullable=False, server_default=""),
        sa.Column("sections", sa.Text(), nullable=False, server_default=""),
        sa.Column("answers", sa.Text(), nullable=False, server_default=""),
        sa.Column("written_at", sa.DateTime(), nullable=False),
        sa.Column("changed_by", sa.String(), nullable=False, server_default=""),
    )
    op.create_index("ix_handouts_assessment", "handouts", ["assessment_id"])
    if op.get_bind().dialect.name == "postgresql":  # the trigger function of schema 6
        op.execute("CREATE TRIGGER handouts_changed_by BEFORE INSERT OR UPDATE ON handouts "
                   "FOR EACH ROW EXECUTE FUNCTION opsc_stamp_changed_by()")
