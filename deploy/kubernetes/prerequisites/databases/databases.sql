-- The registry's two databases, each owned by the role of the one service that uses it; neither
-- role is superuser or may create databases or roles, and only the owner may connect.
-- Run by psql as a role with CREATEROLE and CREATEDB; safe to run again (it also sets the
-- passwords again, which is how they are rotated, and takes back any extra attribute).
-- The passwords travel in ALTER ROLE statements: run it while the server's log_statement is
-- 'none' or 'mod' (the default), never 'ddl' or 'all'. Variables (psql -v):
--   command_user, command_password: the command-service's role (owns registry_commands)
--   query_user, query_password:     the query-service's role (owns registry_queries)
-- The tables are created by the services themselves (Flyway) on their first start.
\set ON_ERROR_STOP on

SELECT format('CREATE ROLE %I LOGIN', :'command_user')
 WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'command_user') \gexec
SELECT format('CREATE ROLE %I LOGIN', :'query_user')
 WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'query_user') \gexec
SELECT format('ALTER ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION PASSWORD %L',
              :'command_user', :'command_password') \gexec
SELECT format('ALTER ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION PASSWORD %L',
              :'query_user', :'query_password') \gexec

SELECT format('CREATE DATABASE registry_commands OWNER %I', :'command_user')
 WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'registry_commands') \gexec
SELECT format('CREATE DATABASE registry_queries OWNER %I', :'query_user')
 WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'registry_queries') \gexec

-- Databases created earlier by another owner are handed over (the public schema follows: it
-- belongs to pg_database_owner since PostgreSQL 15).
SELECT format('ALTER DATABASE registry_commands OWNER TO %I', :'command_user') \gexec
SELECT format('ALTER DATABASE registry_queries OWNER TO %I', :'query_user') \gexec

-- Only the owner connects: the event store is the record, the read models are the query side's.
REVOKE ALL ON DATABASE registry_commands FROM PUBLIC;
REVOKE ALL ON DATABASE registry_queries FROM PUBLIC;
