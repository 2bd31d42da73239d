"""Schema version 6: on a PostgreSQL server, who made a change is the server's word, not the client's.

- `changed_by` is set by the server on every insert and update (a trigger writes `session_user`, the
  login the person connected with; SET ROLE cannot change it), so a modified client cannot record a
  change under someone else's name. A login cannot drop or disable the trigger: only the schema owner
  can (docs/server.md).
- Least privilege on the bookkeeping tables: whoever is not the schema owner may only read
  `alembic_version` (only the owner migrates), and may read and add to `questionnaire_upgrades` but not
  change or delete its rows (the record of an upgrade is history; deleting an assessment still removes
  them, through its foreign key, which PostgreSQL runs with the owner's rights).

SQLite files (one person, one file) have no users: the app keeps recording the login name it runs under,
and this revision changes nothing in them but their version number.
Frozen: never edit a shipped revision, add one.
"""

from alembic import op

revision = "0006"
down_revision = "0005"

STAMPED = ("assessments", "answers", "weight_overrides", "actions", "questionnaire_upgrades")
READ_ONLY = {"alembic_version": "INSERT, UPDATE, DELETE, TRUNCATE",
             "questionnaire_upgrades": "UPDATE, DELETE, TRUNCATE"}

STAMP_FUNCTION = """
CREATE FUNCTION opsc_stamp_changed_by() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.changed_by := session_user;
    RETURN NEW;
END
$$
"""

# Revoke from every role the table's privileges name (PUBLIC included), except its owner: the names of
# the administrator's roles are theirs to choose (docs/server-roles.sql suggests opsc_users).
REVOKE = """
DO $$
DECLARE g record;
BEGIN
    FOR g IN SELECT DISTINCT a.grantee FROM pg_class c, aclexplode(c.relacl) a
             WHERE c.oid = '{table}'::regclass AND a.grantee <> c.relowner LOOP
        EXECUTE format('REVOKE {privileges} ON {table} FROM %s',
                       CASE WHEN g.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(g.grantee)) END);
    END LOOP;
END
$$
"""


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(STAMP_FUNCTION)
    for table in STAMPED:
        op.execute(f"CREATE TRIGGER {table}_changed_by BEFORE INSERT OR UPDATE ON {table} "
                   "FOR EACH ROW EXECUTE FUNCTION opsc_stamp_changed_by()")
    for table, privileges in READ_ONLY.items():
        op.execute(REVOKE.format(table=table, privileges=privileges))
