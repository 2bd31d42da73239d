"""Schema version 8: the audit trail (issue 14, docs/audit.md).

audit_entries: one row per change of an assessment's details, answers, weight overrides or actions,
numbered per assessment and chained by SHA-256 hashes. No foreign key to assessments: the trail of a
deleted assessment stays.

Every assessment that exists when this runs gets a first "baseline" entry holding its whole state as it
is now, so that `python -m app verify` can check it from here on (what happened before is not known).

On a PostgreSQL server (as schema 6 did for the upgrade records): whoever is not the schema owner may read
and add entries but not change or delete them, and an entry must name the login that writes it
(`who` = session_user; it is part of the entry's hash, so the server checks it rather than rewriting it).

Frozen: never edit a shipped revision, add one.
"""

import getpass
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from alembic import op

from app.domain.audit import (
    GENESIS,
    Change,
    Kind,
    Means,
    Op,
    State,
    make_entry,
    record,
)

revision = "0008"
down_revision = "0007"

# The fields the trail follows, as schema 7 left them (frozen here: app.domain.audit's lists may grow).
DETAIL_FIELDS = ("title", "country_code", "assessment_date", "organisation", "assessors", "confidentiality",
                 "validation_status", "validated_by", "validated_on", "institutions", "process",
                 "executive_summary", "limitations", "questionnaire_id", "questionnaire_version",
                 "questionnaire_hash")
ANSWER_FIELDS = ("value", "na_reason", "comment", "legal_provision", "evidence", "confidence", "institution",
                 "to_review", "carried_over")
WEIGHT_FIELDS = ("weight", "reason")
ACTION_FIELDS = ("question_id", "description", "lead", "partners", "deadline", "budget", "currency", "priority",
                 "status")
_BOOLS = ("to_review", "carried_over")

# The tables as schema 7 left them, typed so that both engines give the same Python values.
_assessments = sa.table("assessments", sa.column("id", sa.Integer()), sa.column("title", sa.String()),
                        sa.column("country_code", sa.String()), sa.column("assessment_date", sa.Date()),
                        sa.column("validated_on", sa.Date()),
                        *(sa.column(n, sa.String()) for n in DETAIL_FIELDS
                          if n not in ("title", "country_code", "assessment_date", "validated_on")))
_answers = sa.table("answers", sa.column("assessment_id", sa.Integer()), sa.column("question_id", sa.String()),
                    *(sa.column(n, sa.Boolean()) for n in _BOOLS),
                    *(sa.column(n, sa.String()) for n in ANSWER_FIELDS if n not in _BOOLS))
_weights = sa.table("weight_overrides", sa.column("assessment_id", sa.Integer()), sa.column("question_id", sa.String()),
                    sa.column("weight", sa.Float()), sa.column("reason", sa.String()))
_actions = sa.table("actions", sa.column("id", sa.Integer()), sa.column("assessment_id", sa.Integer()),
                    sa.column("deadline", sa.Date()), sa.column("budget", sa.Float()),
                    *(sa.column(n, sa.String()) for n in ACTION_FIELDS if n not in ("deadline", "budget")))
_ENUMS = ("value", "confidence", "priority", "status")  # stored as text; "" read back as None by the app


def _rec(row: sa.Row[Any], names: tuple[str, ...]) -> dict[str, Any]:
    values = dict(row._mapping)
    for n in _ENUMS:
        if n in values and values[n] == "":
            values[n] = None
    for n in _BOOLS:
        if n in values:
            values[n] = bool(values[n])
    return record(values, names)


def _who(con: sa.Connection) -> str:
    if con.dialect.name == "postgresql":
        return str(con.exec_driver_sql("SELECT session_user").scalar() or "")
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return ""


WHO_FUNCTION = """
CREATE FUNCTION opsc_audit_who() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.who IS DISTINCT FROM session_user THEN
        RAISE EXCEPTION 'an audit entry must name the login that writes it (%), not %', session_user, NEW.who;
    END IF;
    RETURN NEW;
END
$$
"""

# As in 0006: revoke from every role the table's privileges name (PUBLIC included), except its owner.
APPEND_ONLY = """
DO $$
DECLARE g record;
BEGIN
    FOR g IN SELECT DISTINCT a.grantee FROM pg_class c, aclexplode(c.relacl) a
             WHERE c.oid = 'audit_entries'::regclass AND a.grantee <> c.relowner LOOP
        EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON audit_entries FROM %s',
                       CASE WHEN g.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(g.grantee)) END);
    END LOOP;
END
$$
"""


def _guard_on_server() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(WHO_FUNCTION)
    op.execute("CREATE TRIGGER audit_entries_who BEFORE INSERT ON audit_entries "
               "FOR EACH ROW EXECUTE FUNCTION opsc_audit_who()")
    op.execute(APPEND_ONLY)


def upgrade() -> None:
    entries = op.create_table(
        "audit_entries",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("assessment_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("who", sa.String(), nullable=False, server_default=""),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("entity", sa.String(), nullable=False, server_default=""),
        sa.Column("op", sa.String(), nullable=False),
        sa.Column("changes", sa.Text(), nullable=False),
        sa.Column("means", sa.String(), nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.UniqueConstraint("assessment_id", "seq"),
    )
    con = op.get_bind()
    states: dict[int, State] = {}
    for r in con.execute(sa.select(_assessments)):
        states[r.id] = State(_rec(r, DETAIL_FIELDS))
    for r in con.execute(sa.select(_answers)):
        states[r.assessment_id].answers[r.question_id] = _rec(r, ANSWER_FIELDS)
    for r in con.execute(sa.select(_weights)):
        states[r.assessment_id].weights[r.question_id] = _rec(r, WEIGHT_FIELDS)
    for r in con.execute(sa.select(_actions)):
        states[r.assessment_id].actions[str(r.id)] = _rec(r, ACTION_FIELDS)
    _guard_on_server()
    if not states:
        return
    at, who = datetime.now(UTC).replace(tzinfo=None), _who(con)
    rows = []
    for aid, state in sorted(states.items()):
        e = make_entry(aid, 1, at, who, Change(Kind.BASELINE, "", Op.BASELINE, state.as_json()), Means.MIGRATION,
                       GENESIS)
        rows.append({k: getattr(e, k) for k in ("assessment_id", "seq", "at", "who", "kind", "entity", "op",
                                                   "changes", "means", "prev_hash", "hash")})
    op.bulk_insert(entries, rows)
