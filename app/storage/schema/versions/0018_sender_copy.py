"""Schema version 18: who a contribution comes from, told apart by the received COPY of a hand-out (issue 11).

Laptops cloned from one disk image before they received the hand-out share one database id (schema 16), so
two groups sharing back as "root" from such clones were taken for one sender. Now every copy of a hand-out
received gets its own random id when it is received:

- `handouts.sender_id`: for a `received` row, that copy's random id, written in every file shared back from
  it (`sender` in the manifest); '' for `shared` rows. Received rows already held get one here (each
  database upgraded separately mints its own, so clones made before the hand-out part ways too).
- `contributions.sender_id`: the sending copy's id from the file ('' for templates and for files written
  before this version: those are told apart by the sending database's id, then by name and hand-out).

Plain ADD COLUMNs (no table rebuild): the write-counting triggers of schema 15 stay on both tables. Frozen:
never edit a shipped revision, add one.
"""

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"


def upgrade() -> None:
    op.add_column("handouts", sa.Column("sender_id", sa.String(), nullable=False, server_default=""))
    op.add_column("contributions", sa.Column("sender_id", sa.String(), nullable=False, server_default=""))
    con = op.get_bind()
    for (hid,) in con.execute(sa.text("SELECT id FROM handouts WHERE direction = 'received'")).all():
        con.execute(sa.text("UPDATE handouts SET sender_id = :s WHERE id = :id"), {"s": str(uuid.uuid4()), "id": hid})
