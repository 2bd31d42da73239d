"""Schema version 5: what a report a ministry signs needs, written by the assessment team.

Validation status (draft or validated), who validated it and when; the institutions consulted and how
the assessment was carried out; the executive summary and the limitations. Existing assessments
become drafts with these texts empty. Frozen: never edit a shipped revision, add one.
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"

TEXTS = ("institutions", "process", "executive_summary", "limitations")


def upgrade() -> None:
    op.add_column("assessments", sa.Column("validation_status", sa.String(), nullable=False, server_default="draft"))
    op.add_column("assessments", sa.Column("validated_by", sa.String(), nullable=False, server_default=""))
    op.add_column("assessments", sa.Column("validated_on", sa.Date(), nullable=True))
    for name in TEXTS:
        op.add_column("assessments", sa.Column(name, sa.Text(), nullable=False, server_default=""))
