-- Gives one person a login of their own on the shared OPSC server (docs/server.md).
-- Run as a superuser (or a role with CREATEROLE), with psql, at a terminal:
--
--   psql "host=db.example.org dbname=postgres user=postgres sslmode=require" \
--        -v user=amina -f docs/server-add-user.sql
--
-- psql then asks for the person's first password twice (\password: not echoed, never on a command
-- line or in the shell history, sent to the server already hashed). Give it to them in person; they
-- can change it later with \password in psql.
--
-- The person can read and write assessments, nothing more; their changes are recorded under
-- this name by the server. To take the access away: DROP ROLE amina; (their recorded name stays
-- on the rows).
\set ON_ERROR_STOP on

CREATE ROLE :"user" LOGIN IN ROLE opsc_users;
\echo 'Choose the first password of' :"user"
\password :"user"
