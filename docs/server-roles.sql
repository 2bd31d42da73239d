-- Creates the roles and the database of a shared OPSC assessment server (docs/server.md).
-- Run it once, as a PostgreSQL superuser, with psql, at a terminal:
--
--   psql "host=db.example.org dbname=postgres user=postgres sslmode=require" \
--        -v db=opsc -f docs/server-roles.sql
--
-- At its end psql asks for opsc_owner's new password twice (\password: not echoed, never on a
-- command line or in the shell history, and sent to the server already hashed, so not in its log).
--
-- opsc_owner  owns the database and its tables: only it creates or upgrades the schema
--             (python -m app upgrade-database). Nobody works day to day with it.
-- opsc_users  a group without login: reading and writing answers, actions, weights and details,
--             nothing else (no CREATE, no ALTER, no DROP, no TRUNCATE). The schema itself takes
--             away writing alembic_version and changing the record of upgrades, and the server
--             writes who changed each row (schema version 6). Each person gets a login of their own
--             in this group (docs/server-add-user.sql), so every change records who made it.
\set ON_ERROR_STOP on

CREATE ROLE opsc_owner LOGIN;
CREATE ROLE opsc_users NOLOGIN;
CREATE DATABASE :"db" OWNER opsc_owner ENCODING 'UTF8' TEMPLATE template0;
REVOKE ALL ON DATABASE :"db" FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE :"db" TO opsc_users;

\connect :"db"
-- The tables live in the schema public, owned by the database owner (PostgreSQL 15 and later);
-- on older servers everyone could create objects there: take that away.
ALTER SCHEMA public OWNER TO opsc_owner;
REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO opsc_users;
-- Rows only, on the tables the owner creates (the schema's migrations narrow this further on its
-- bookkeeping tables).
ALTER DEFAULT PRIVILEGES FOR ROLE opsc_owner IN SCHEMA public
    GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO opsc_users;
ALTER DEFAULT PRIVILEGES FOR ROLE opsc_owner IN SCHEMA public
    GRANT USAGE, SELECT ON SEQUENCES TO opsc_users;

\echo 'Choose the password of opsc_owner (the schema owner):'
\password opsc_owner
