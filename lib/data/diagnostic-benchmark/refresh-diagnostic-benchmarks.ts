import { db } from "@/lib/db";

/**
 * Rebuild the anonymous benchmarks from every tenant's results. The app's role cannot read
 * across tenants, so this calls app_refresh_diagnostic_benchmarks(), which runs as the tables'
 * owner, writes only the aggregate and answers with how many aggregate rows it stored.
 */
export async function refreshDiagnosticBenchmarks(): Promise<number> {
  const [row] = await db.$queryRaw<
    { stored: number }[]
  >`select app_refresh_diagnostic_benchmarks() as stored`;
  return row?.stored ?? 0;
}
