-- The app's role cannot read _prisma_migrations. /api/health compares this list with the
-- migrations shipped in the release, so a load balancer only sends traffic to an instance whose
-- database schema is current. Names only: nothing else of the table is exposed. PL/pgSQL, whose
-- body is checked when it runs, so the function can be created before the table exists (as on
-- the shadow database that new migrations are diffed on).
CREATE OR REPLACE FUNCTION app_applied_migrations() RETURNS SETOF text
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public
  AS E'BEGIN RETURN QUERY SELECT migration_name::text FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name\073 END';
REVOKE ALL ON FUNCTION app_applied_migrations() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_applied_migrations() TO revenue_chain_app;
