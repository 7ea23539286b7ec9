import { listDiagnosticBenchmarks } from "@/lib/data/diagnostic-benchmark/list-diagnostic-benchmarks";
import type { FractureScore } from "@/lib/domain/diagnostic";
import {
  cohortsFor,
  compareWithPeers,
  type PeerComparison,
} from "@/lib/domain/diagnostic/benchmark";

/**
 * How one result's fracture scores compare with other companies' results on the same question
 * set, from the hourly aggregate only: no other tenant's row is read.
 */
export async function getPeerComparison(options: {
  bankVersion: string;
  context: { vertical: string | null; revenueBand: string | null };
  scores: readonly FractureScore[];
}): Promise<PeerComparison> {
  const cohorts = cohortsFor(options.context);
  const table = await listDiagnosticBenchmarks(
    options.bankVersion,
    cohorts.map((c) => c.key),
  );
  return compareWithPeers(options.context, options.scores, table);
}
