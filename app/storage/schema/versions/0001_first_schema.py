"""Schema version 1: assessments and answers (frozen: never edit a shipped revision, add one)."""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None


def upgrade() -> None:
    op.create_table(
        "assessments",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("country_code", sa.String(2), nullable=False),
        sa.Column("assessment_date", sa.Date()),
        sa.Column("organisation", sa.String(), nullable=False, server_default=""),
        sa.Column("assessors", sa.String(), nullable=False, server_default=""),
        sa.Column("questionnaire_id", sa.String(), nullable=False),
        sa.Column("questionnaire_version", sa.String(), nullable=False),
        sa.Column("questionnaire_hash", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "answers",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("assessment_id", sa.Integer(), sa.ForeignKey("assessments.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("question_id", sa.String(), nullable=False),
        sa.Column("value", sa.String()),
        sa.Column("na_reason", sa.Text(), nullable=False, server_default=""),
        sa.Column("comment", sa.Text(), nullable=False, server_default=""),
        sa.Column("legal_provision", sa.Text(), nullable=False, server_default=""),
        sa.Column("evidence", sa.Text(), nullable=False, server_default=""),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("assessment_id", "question_id"),
    )
