-- Anonymous peer benchmarks for the diagnostic ("How you compare" on a result page).
-- Rule: docs/benchmarks-peers.md.

-- Seeded demo results are marked, so they never count.
ALTER TABLE "DiagnosticAssessment" ADD COLUMN "demo" BOOLEAN NOT NULL DEFAULT false;

-- An organization may keep its branded link's results out of the benchmarks.
ALTER TABLE "Organization" ADD COLUMN "benchmarkOptOut" BOOLEAN NOT NULL DEFAULT false;

-- The aggregate: per question set, cohort and fracture, how many results scored each value
-- 0 to 100. No tenant, no row id: it is read by any result page, outside row-level security.
CREATE TABLE "DiagnosticBenchmark" (
    "bankVersion" TEXT NOT NULL,
    "cohort" TEXT NOT NULL,
    "fracture" "Fracture" NOT NULL,
    "results" INTEGER NOT NULL,
    "counts" INTEGER[],
    "refreshedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DiagnosticBenchmark_pkey" PRIMARY KEY ("bankVersion","cohort","fracture")
);

-- The app reads the aggregate and never writes it: only the function below does.
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON "DiagnosticBenchmark" FROM revenue_chain_app;
GRANT SELECT ON "DiagnosticBenchmark" TO revenue_chain_app;

-- The refresh reads every tenant's results as the tables' owner. FORCE ROW LEVEL SECURITY
-- applies to the owner too, so the owner (the role running this migration) gets a read-only
-- policy of its own. No other role gains anything: the app's role is not the owner.
DO E'BEGIN EXECUTE format(\'CREATE POLICY benchmark_refresh ON "DiagnosticAssessment" FOR SELECT TO %I USING (true)\', current_user)\073 END';

-- Rebuild the aggregate from every tenant's results, leaving out demo rows, organizations that
-- opted out, and cohorts under 30 results (the smallest a page may show: see
-- MIN_COHORT_RESULTS in lib/domain/diagnostic/benchmark.ts). It runs as the owner and writes
-- only the aggregate. It returns how many aggregate rows it stored and nothing of a result, so
-- the app's role, which may call it, still reads no other tenant's row. The table lock makes
-- concurrent refreshes take turns while pages keep reading the previous figures.
CREATE OR REPLACE FUNCTION app_refresh_diagnostic_benchmarks() RETURNS integer
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public
  AS E'DECLARE stored integer\073 BEGIN LOCK TABLE "DiagnosticBenchmark" IN EXCLUSIVE MODE\073 DELETE FROM "DiagnosticBenchmark"\073 WITH source AS (SELECT a."bankVersion" AS bank, a.vertical, a."revenueBand" AS band, (s.value->>\'key\')::"Fracture" AS fracture, (s.value->>\'score\')::int AS score FROM "DiagnosticAssessment" a JOIN "Organization" o ON o.id = a."organizationId" CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof(a.scores) = \'array\' THEN a.scores ELSE \'[]\'::jsonb END) s WHERE NOT a.demo AND NOT o."benchmarkOptOut" AND s.value->>\'key\' IN (\'POSITIONING\', \'MARKETING\', \'MESSAGING\', \'RELATIONSHIPS\', \'SILOS\') AND (s.value->>\'score\') ~ \'^[0-9]{1,3}$\'), scored AS (SELECT * FROM source WHERE score BETWEEN 0 AND 100), keyed AS (SELECT bank, \'all\' AS cohort, fracture, score FROM scored UNION ALL SELECT bank, vertical, fracture, score FROM scored WHERE vertical IS NOT NULL UNION ALL SELECT bank, vertical || \'/\' || band, fracture, score FROM scored WHERE vertical IS NOT NULL AND band IS NOT NULL), cohorts AS (SELECT bank, cohort, fracture, count(*)::int AS results FROM keyed GROUP BY bank, cohort, fracture HAVING count(*) >= 30), cells AS (SELECT c.bank, c.cohort, c.fracture, c.results, g.score, count(k.score)::int AS n FROM cohorts c CROSS JOIN generate_series(0, 100) AS g(score) LEFT JOIN keyed k ON k.bank = c.bank AND k.cohort = c.cohort AND k.fracture = c.fracture AND k.score = g.score GROUP BY c.bank, c.cohort, c.fracture, c.results, g.score) INSERT INTO "DiagnosticBenchmark" ("bankVersion", cohort, fracture, results, counts, "refreshedAt") SELECT bank, cohort, fracture, results, array_agg(n ORDER BY score), now() FROM cells GROUP BY bank, cohort, fracture, results\073 GET DIAGNOSTICS stored = ROW_COUNT\073 RETURN stored\073 END';
REVOKE ALL ON FUNCTION app_refresh_diagnostic_benchmarks() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_refresh_diagnostic_benchmarks() TO revenue_chain_app;
