"""Schema version 14: where a contribution came from (issue 11).

`contributions.origin`: the id of the hand-out the received file answers (the `handout` of its manifest),
'' for answer templates and for files written before hand-outs had an id. Two groups whose laptops use the
same login name send files answering different hand-outs: they are two contributions, not one replacing the
other; a group re-sending under another name answers the same hand-out and replaces its earlier one.
Contributions received before this version get ''. Frozen: never edit a shipped revision, add one.
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"


def upgrade() -> None:
    op.add_column("contributions", sa.Column("origin", sa.String(), nullable=False, server_default=""))
