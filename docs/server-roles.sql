-- Creates the roles and the database of a shared OPSC assessment server (docs/server.md).
-- Run it once, as a PostgreSQL superuser, with psql:
--
--   psql "host=db.example.org dbname=postgres user=postgres sslmode=require" \
--        -v db=opsc -v owner_password='…' -f docs/server-roles.sql
--
-- opsc_owner  owns the database and its tables: only it creates or upgrades the schema
--             (python -m app upgrade-database). Nobody works day to day with it.
-- opsc_users  a group without login: reading and writing rows, nothing else (no CREATE, no
--             ALTER, no DROP, no TRUNCATE). Each person gets a login of their own in this group
--             (docs/server-add-user.sql), so every change records who made it.
\set ON_ERROR_STOP on

CREATE ROLE opsc_owner LOGIN PASSWORD :'owner_password';
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
-- Rows only, on the tables the owner creates now or later.
ALTER DEFAULT PRIVILEGES FOR ROLE opsc_owner IN SCHEMA public
    GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO opsc_users;
ALTER DEFAULT PRIVILEGES FOR ROLE opsc_owner IN SCHEMA public
    GRANT USAGE, SELECT ON SEQUENCES TO opsc_users;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO opsc_users;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO opsc_users;
