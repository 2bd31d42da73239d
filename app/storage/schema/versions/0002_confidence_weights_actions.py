"""Schema version 2: confidence per answer, confidentiality marking, weight overrides, action plan.

Frozen: never edit a shipped revision, add one.
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"


def upgrade() -> None:
    op.add_column("answers", sa.Column("confidence", sa.String()))
    op.add_column("assessments", sa.Column("confidentiality", sa.String(), nullable=False, server_default=""))
    op.create_table(
        "weight_overrides",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("assessment_id", sa.Integer(), sa.ForeignKey("assessments.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("question_id", sa.String(), nullable=False),
        sa.Column("weight", sa.Float(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False, server_default=""),
        sa.UniqueConstraint("assessment_id", "question_id"),
    )
    op.create_table(
        "actions",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("assessment_id", sa.Integer(), sa.ForeignKey("assessments.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("question_id", sa.String(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False, server_default=""),
        sa.Column("lead", sa.String(), nullable=False, server_default=""),
        sa.Column("partners", sa.String(), nullable=False, server_default=""),
        sa.Column("deadline", sa.Date()),
        sa.Column("budget", sa.Float()),
        sa.Column("currency", sa.String(), nullable=False, server_default=""),
        sa.Column("priority", sa.String(), nullable=False, server_default="medium"),
        sa.Column("status", sa.String(), nullable=False, server_default="planned"),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_actions_assessment", "actions", ["assessment_id"])
