import { db } from "@/lib/db";
import type { BenchmarkTable, ScoreDistribution } from "@/lib/domain/diagnostic/benchmark";
import type { FractureKey } from "@/lib/domain/diagnostic";

/**
 * The stored distributions of one question set for the named cohorts. The aggregate holds no
 * tenant, so it is read outside row-level security.
 */
export async function listDiagnosticBenchmarks(
  bankVersion: string,
  cohorts: readonly string[],
): Promise<BenchmarkTable> {
  const rows = await db.diagnosticBenchmark.findMany({
    where: { bankVersion, cohort: { in: [...cohorts] } },
    select: { cohort: true, fracture: true, results: true, counts: true },
  });
  const table = new Map<string, Map<FractureKey, ScoreDistribution>>();
  for (const row of rows) {
    const byFracture = table.get(row.cohort) ?? new Map<FractureKey, ScoreDistribution>();
    byFracture.set(row.fracture, { results: row.results, counts: row.counts });
    table.set(row.cohort, byFracture);
  }
  return table;
}
