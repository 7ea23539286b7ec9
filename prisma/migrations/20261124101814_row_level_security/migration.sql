-- Row-level security: the second wall behind the application's guard.
--
-- The app connects as a member of revenue_chain_app, a role that owns no table and cannot bypass
-- RLS. Each transaction says whose data it may touch with set_config(..., true), which lasts
-- until the transaction ends. Nothing set means no rows. Migrations run as the owner.

-- Roles belong to the whole server, so create it only when missing. The block is an E'' string
-- with \073 for its semicolons: the offline migration runner splits scripts on literal ones.
DO E'BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = \'revenue_chain_app\') THEN CREATE ROLE revenue_chain_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE\073 END IF\073 END';

GRANT USAGE ON SCHEMA public TO revenue_chain_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO revenue_chain_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO revenue_chain_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO revenue_chain_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO revenue_chain_app;
-- The migration history is the owner's business. (Conditional: a shadow database replaying the
-- history has no _prisma_migrations table.)
DO E'BEGIN IF to_regclass(\'public._prisma_migrations\') IS NOT NULL THEN REVOKE ALL ON "_prisma_migrations" FROM revenue_chain_app\073 END IF\073 END';

CREATE OR REPLACE FUNCTION app_current_organization() RETURNS uuid
  LANGUAGE sql STABLE AS $$ SELECT NULLIF(current_setting('app.organization_id', true), '')::uuid $$;

CREATE OR REPLACE FUNCTION app_current_user() RETURNS uuid
  LANGUAGE sql STABLE AS $$ SELECT NULLIF(current_setting('app.user_id', true), '')::uuid $$;

CREATE OR REPLACE FUNCTION app_current_access_token() RETURNS text
  LANGUAGE sql STABLE AS $$ SELECT NULLIF(current_setting('app.access_token', true), '') $$;

-- Diagnostic assessments: the organization's own, or one private link's.
ALTER TABLE "DiagnosticAssessment" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "DiagnosticAssessment" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "DiagnosticAssessment"
  USING ("organizationId" = app_current_organization())
  WITH CHECK ("organizationId" = app_current_organization());
CREATE POLICY read_by_private_link ON "DiagnosticAssessment" FOR SELECT
  USING ("accessToken" = app_current_access_token());

-- Memberships: the organization's own, and a user may read their own across organizations
-- (to list and switch between them).
ALTER TABLE "Membership" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Membership" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "Membership"
  USING ("organizationId" = app_current_organization())
  WITH CHECK ("organizationId" = app_current_organization());
CREATE POLICY read_own_memberships ON "Membership" FOR SELECT
  USING ("userId" = app_current_user());
