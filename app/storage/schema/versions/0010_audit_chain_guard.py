"""Schema version 10: on a PostgreSQL server, the audit trail only grows as a chain (docs/audit.md).

Since schema 8 a login may add entries but not change or delete them, and an entry must name that login.
It could still add an entry out of order: one numbered 2147483647 (the largest integer) for an
assessment made every later save of it fail - nobody could save to it any more. So the server now
refuses an entry unless it is the next one of its assessment's trail: numbered one more than the last
entry (1 for the first), and carrying the last entry's hash as `prev_hash` (000…0 for the first); a
first entry must be for an assessment that exists (a trail starts with its assessment; one cannot be
written in advance for an id the server will give later). The last entry is found through the unique
index on (assessment_id, seq), so a save costs one index lookup more, no round trip.

The check does not recompute the entry's own hash (the canonical JSON of docs/audit.md is the app's);
`python -m app verify` does. Entries already stored are not checked: verify reports a broken chain.
SQLite files (one person, one file) change nothing but their version number.
Frozen: never edit a shipped revision, add one.
"""

from alembic import op

revision = "0010"
down_revision = "0009"

GENESIS = "0" * 64  # app.domain.audit.GENESIS: the "previous hash" of a first entry (a file format)

# The tables are named with their schema (filled in below): unqualified, a login's own temporary table
# called audit_entries would be found first (pg_temp is searched before the schema) and could vouch for
# any number.
CHAIN_FUNCTION = """
CREATE FUNCTION opsc_audit_chain() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    last_seq integer;
    last_hash varchar;
BEGIN
    SELECT seq, hash INTO last_seq, last_hash FROM {schema}.audit_entries
     WHERE assessment_id = NEW.assessment_id ORDER BY seq DESC LIMIT 1;
    IF NOT FOUND THEN
        last_seq := 0;
        last_hash := '{genesis}';
        IF NOT EXISTS (SELECT 1 FROM {schema}.assessments WHERE id = NEW.assessment_id) THEN
            RAISE EXCEPTION 'audit entry refused: assessment % does not exist', NEW.assessment_id
                USING ERRCODE = 'check_violation';
        END IF;
    END IF;
    IF NEW.seq IS DISTINCT FROM last_seq + 1 OR NEW.prev_hash IS DISTINCT FROM last_hash THEN
        RAISE EXCEPTION 'audit entry refused: the next entry of assessment % is number % chained to %, not number % chained to %',
            NEW.assessment_id, last_seq + 1, last_hash, NEW.seq, NEW.prev_hash
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$$
"""


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    schema = op.get_bind().exec_driver_sql("SELECT quote_ident(current_schema())").scalar()
    op.execute(CHAIN_FUNCTION.format(schema=schema, genesis=GENESIS))
    op.execute("CREATE TRIGGER audit_entries_chain BEFORE INSERT ON audit_entries "
               "FOR EACH ROW EXECUTE FUNCTION opsc_audit_chain()")
