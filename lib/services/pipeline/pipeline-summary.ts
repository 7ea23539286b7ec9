import { analyzePipelineTables } from "@/lib/data/pipeline/analyze-pipeline-tables";
import { computePipelineSummary } from "@/lib/data/pipeline/compute-pipeline-summary";
import type { PipelineSummaryData } from "@/lib/data/pipeline/pipeline-summary-data";
import { queryPipelineAsOf } from "@/lib/data/pipeline/query-pipeline-as-of";
import { readPipelineSummary } from "@/lib/data/pipeline/read-pipeline-summary";
import { recordSummaryFailure } from "@/lib/data/pipeline/record-summary-failure";
import { storePipelineSummary } from "@/lib/data/pipeline/store-pipeline-summary";
import { enqueuePipelineSummary } from "@/lib/jobs/queue";

export type { PipelineSummaryData };

/**
 * The summary job: fresh statistics for the planner, then every whole-pipeline figure, stored for
 * the version of the data it started from. A failure is recorded (the last figures stay) and
 * thrown, so the queue retries it.
 */
export async function refreshPipelineSummary(organizationId: string): Promise<void> {
  const before = await readPipelineSummary(organizationId);
  if (!before || before.current) return;
  try {
    await analyzePipelineTables();
    const data = await computePipelineSummary(
      organizationId,
      await queryPipelineAsOf(organizationId),
    );
    await storePipelineSummary(organizationId, before.version, data);
  } catch (error) {
    await recordSummaryFailure(organizationId, "The figures could not be computed; retrying.");
    throw error;
  }
}

/**
 * The current figures, computed here when the stored ones are missing or older than the data:
 * for actions that must freeze what the data says now (starting a review, closing a Snapshot).
 */
export async function ensurePipelineSummary(organizationId: string): Promise<PipelineSummaryData> {
  const stored = await readPipelineSummary(organizationId);
  if (stored?.current && stored.data) return stored.data;
  const data = await computePipelineSummary(
    organizationId,
    await queryPipelineAsOf(organizationId),
  );
  if (stored) await storePipelineSummary(organizationId, stored.version, data);
  return data;
}

export type SummaryView =
  | { state: "none" }
  | { state: "computing" }
  | { state: "current" | "stale"; data: PipelineSummaryData; failed: boolean };

/**
 * The figures a page shows, never computed while it waits: the current ones; or the last ones,
 * marked as from before the latest change, while the job computes new ones; or, before the first,
 * "being computed". A page that finds the figures behind asks the queue for them again, in case
 * the job that was to compute them was lost.
 */
export async function viewPipelineSummary(organizationId: string): Promise<SummaryView> {
  const stored = await readPipelineSummary(organizationId);
  if (!stored) return { state: "none" };
  if (!stored.current)
    await enqueuePipelineSummary({ organizationId }).catch((error: unknown) =>
      console.error("pipeline summary could not be queued", organizationId, error),
    );
  if (!stored.data) return { state: "computing" };
  return {
    state: stored.current ? "current" : "stale",
    data: stored.data,
    failed: stored.error !== null,
  };
}
