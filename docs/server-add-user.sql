-- Gives one person a login of their own on the shared OPSC server (docs/server.md).
-- Run as a superuser (or a role with CREATEROLE):
--
--   psql "host=db.example.org dbname=postgres user=postgres sslmode=require" \
--        -v user=amina -v password='…' -f docs/server-add-user.sql
--
-- The person can read and write assessments, nothing more; their changes are recorded under
-- this name. To take the access away: DROP ROLE amina; (their recorded name stays on the rows).
\set ON_ERROR_STOP on

CREATE ROLE :"user" LOGIN PASSWORD :'password' IN ROLE opsc_users;
