"""Schema version 17: the global id of the review a received follow-up started from (issue 17).

`assessments.baseline_uid`: for an assessment received from an exchange file that names its baseline
(`baseline_uid` in the manifest), that global id, kept whether or not this database held the baseline then;
'' otherwise (and for every assessment made before this version). A follow-up received BEFORE its baseline
stayed unlinked for good: the link (`baseline_id`) is now made when the baseline is received later, for the
same country, and sharing the follow-up again passes the id on. Frozen: never edit a shipped revision, add one.

A plain ADD COLUMN (no table rebuild): the write-counting triggers of schema 15 stay on `assessments`.
"""

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"


def upgrade() -> None:
    op.add_column("assessments", sa.Column("baseline_uid", sa.String(36), nullable=False, server_default=""))
