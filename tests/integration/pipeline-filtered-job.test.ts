import { afterAll, describe, expect, it } from "vitest";
import { queryPipelineMetrics } from "@/lib/data/pipeline/query-pipeline-metrics";
import { replacePipeline } from "@/lib/data/pipeline/replace-pipeline";
import { generatePipeline } from "@/lib/domain/pipeline";
import { filteredFigures, INLINE_FILTER_DEALS } from "@/lib/services/pipeline/filtered-figures";
import { refreshPipelineSummary } from "@/lib/services/pipeline/pipeline-summary";
import { createOrg } from "../support/fixtures";

describe("filtered figures on a large pipeline", () => {
  afterAll(async () => {
    const { jobQueue } = await import("@/lib/jobs/queue");
    await (await jobQueue()).stop({ graceful: false, wait: true });
  });

  it("are computed by a job, not while the page waits, then served stored", async () => {
    const { startJobWorkers } = await import("@/lib/jobs/queue");
    const { registerImportJobs } = await import("@/lib/services/jobs/register-job-handlers");
    registerImportJobs();
    await startJobWorkers();
    const org = await createOrg("filtered-job");
    const data = generatePipeline({
      seed: 7,
      opportunities: 800,
      from: new Date("2025-01-01T00:00:00Z"),
      until: new Date("2026-06-30T00:00:00Z"),
    });
    await replacePipeline(org.id, data);
    await refreshPipelineSummary(org.id);
    const filters = {
      owner: data.opportunities[0]!.owner!,
      from: new Date("2025-06-01T00:00:00Z"),
    };
    // Counted as a large pipeline: the first view answers at once, with nothing to show yet.
    const large = INLINE_FILTER_DEALS + 1;
    const started = Date.now();
    expect(await filteredFigures(org.id, filters, large)).toBeNull();
    expect(Date.now() - started).toBeLessThan(1_000);

    let stored = null;
    for (let i = 0; i < 100 && stored === null; i++) {
      await new Promise((r) => setTimeout(r, 100));
      stored = await filteredFigures(org.id, filters, large);
    }
    const expected = await queryPipelineMetrics(org.id, filters);
    expect(stored?.deals).toEqual(expected.deals);
    expect(stored?.stages.map((s) => [s.key, s.entered])).toEqual(
      expected.stages.map((s) => [s.key, s.entered]),
    );
  });
});
