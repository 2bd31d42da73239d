"""Schema version 4: questionnaire upgrades (issue 12).

- answers.to_review: the question changed meaning in a questionnaire upgrade; the answer was kept and
  waits for the user to check it;
- answers.institution: for a don't-know answer, the institution best placed to answer (follow-up list);
- questionnaire_upgrades: one row per upgrade of an assessment, with what became of each answer and the
  answers to removed questions kept in full.

Frozen: never edit a shipped revision, add one.
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"


def upgrade() -> None:
    op.add_column("answers", sa.Column("institution", sa.Text(), nullable=False, server_default=""))
    op.add_column("answers", sa.Column("to_review", sa.Boolean(), nullable=False, server_default="0"))
    op.create_table(
        "questionnaire_upgrades",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("assessment_id", sa.Integer(), sa.ForeignKey("assessments.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("from_version", sa.String(), nullable=False),
        sa.Column("to_version", sa.String(), nullable=False),
        sa.Column("from_hash", sa.String(), nullable=False, server_default=""),
        sa.Column("to_hash", sa.String(), nullable=False, server_default=""),
        sa.Column("details", sa.Text(), nullable=False, server_default=""),
        sa.Column("upgraded_at", sa.DateTime(), nullable=False),
        sa.Column("changed_by", sa.String(), nullable=False, server_default=""),
    )
    op.create_index("ix_upgrades_assessment", "questionnaire_upgrades", ["assessment_id"])
