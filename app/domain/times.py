"""When a row changed: stored in UTC (as every stored time, without a zone), shown in the zone of the
computer showing it, with that zone, so that two people on two machines - or a laptop that travelled -
read the same moment. The audit trail's `at` has always been UTC; since schema 11 the rows' own times
(created_at, updated_at, received_at, decided_at, upgraded_at) are too."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta


def utc_stamp() -> datetime:
    """Now in UTC, to the second, without a zone: what a row records as its change time."""
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


def local(utc: datetime) -> datetime:
    """A stored (UTC) time in this computer's time zone, zone attached."""
    return utc.replace(tzinfo=UTC).astimezone()


def zone_label(t: datetime) -> str:
    """The offset of an aware time from UTC: 'UTC+03:00', 'UTC-05:30', 'UTC+00:00'."""
    minutes = int((t.utcoffset() or timedelta(0)).total_seconds()) // 60
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{'+' if minutes >= 0 else '-'}{hours:02d}:{rest:02d}"


def local_text(utc: datetime) -> str:
    """'2026-11-30 17:05 (UTC+03:00)': a stored time as the reader's clock shows it, zone included."""
    t = local(utc)
    return f"{t:%Y-%m-%d %H:%M} ({zone_label(t)})"
