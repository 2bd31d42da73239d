"""Schema version 11: the rows' change times are stored in UTC (app/domain/times.py).

Until now created_at, updated_at, upgraded_at, received_at and decided_at were the local clock of whoever
wrote the row, without a zone: on a server shared across time zones (or a laptop that travelled), "changed
at 14:05" in a conflict message could be hours off and nobody could tell. From this version the app writes
them in UTC and shows them on the reader's clock with its zone (the audit trail's `at` was UTC already).

The times already stored are converted from local time to UTC here: on a file with this computer's time
zone (SQLite's 'utc' modifier, daylight saving time included), on a server with the session's TimeZone
(the server's own zone unless PGTZ says otherwise). That is right for the usual case - the rows were written
in the zone they are upgraded in - and otherwise off by the difference, as they were before. On a server the
changed_by triggers are disabled for the conversion (the schema owner runs it), so every row keeps the name
of whoever changed it. Frozen: never edit a shipped revision, add one.
"""

from alembic import op

revision = "0011"
down_revision = "0010"

COLUMNS = {"assessments": ("created_at", "updated_at"), "answers": ("updated_at",),
           "actions": ("created_at", "updated_at"), "questionnaire_upgrades": ("upgraded_at",),
           "contributions": ("received_at",), "consensus_decisions": ("decided_at",)}


def upgrade() -> None:
    server = op.get_bind().dialect.name == "postgresql"
    for table, columns in COLUMNS.items():
        if server:
            op.execute(f"ALTER TABLE {table} DISABLE TRIGGER {table}_changed_by")
            sets = ", ".join(f"{c} = ({c} AT TIME ZONE current_setting('TimeZone')) AT TIME ZONE 'UTC'"
                             for c in columns)
        else:  # as SQLAlchemy stores them, 'YYYY-MM-DD HH:MM:SS.ffffff'; a value SQLite cannot read stays as it is
            sets = ", ".join(f"{c} = coalesce(strftime('%Y-%m-%d %H:%M:%S', {c}, 'utc') || substr({c}, 20), {c})"
                             for c in columns)
        op.execute(f"UPDATE {table} SET {sets}")
        if server:
            op.execute(f"ALTER TABLE {table} ENABLE TRIGGER {table}_changed_by")
