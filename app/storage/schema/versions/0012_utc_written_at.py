"""Schema version 12: contributions' written_at is stored in UTC, as every other stored time (schema 11).

Schema 11 converted the rows' own times but left written_at - when the sender wrote the file - in the local
time of the computer that received it (exchange files carry it in UTC with its offset since format 1; the
receiver turned it into its own clock without a zone). From this version it is stored in UTC and shown on
the reader's clock (app/domain/times.py). The values already stored were local times of the receiving
computer: they are converted as schema 11 converted the others, with this computer's time zone on a file
(SQLite's 'utc' modifier, daylight saving time included) and the session's TimeZone on a server. That is
right for the usual case - the contributions were received in the zone the file is upgraded in - and
otherwise off by the difference, as they were before. The comparison that refuses an older copy of a
contribution compares two stored values, so it is unaffected when both are converted alike. On a server
the changed_by trigger is disabled for the conversion (the schema owner runs it), so every row keeps the
name of whoever received it. Frozen: never edit a shipped revision, add one.
"""

from alembic import op

revision = "0012"
down_revision = "0011"


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER TABLE contributions DISABLE TRIGGER contributions_changed_by")
        op.execute("UPDATE contributions SET written_at = "
                   "(written_at AT TIME ZONE current_setting('TimeZone')) AT TIME ZONE 'UTC'")
        op.execute("ALTER TABLE contributions ENABLE TRIGGER contributions_changed_by")
    else:  # as SQLAlchemy stores them, 'YYYY-MM-DD HH:MM:SS.ffffff'; a value SQLite cannot read stays as it is
        op.execute("UPDATE contributions SET written_at = "
                   "coalesce(strftime('%Y-%m-%d %H:%M:%S', written_at, 'utc') || substr(written_at, 20), written_at)")

