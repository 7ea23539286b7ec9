import "server-only";
import { z } from "zod";
import { appBaseUrl } from "@/lib/http/base-url";
import { refreshDiagnosticBenchmarks } from "@/lib/data/diagnostic-benchmark/refresh-diagnostic-benchmarks";
import { deleteExpiredRateLimitWindows } from "@/lib/data/rate-limit/delete-expired-rate-limit-windows";
import {
  BENCHMARK_QUEUE,
  FILTERED_METRICS_QUEUE,
  HOUSEKEEPING_QUEUE,
  IMPORT_QUEUE,
  REMINDER_QUEUE,
  registerJobHandler,
  SCAN_QUEUE,
  SNAPSHOT_REMINDER_QUEUE,
  SUMMARY_QUEUE,
  ZFilteredMetricsJobData,
  ZImportJobData,
  ZScanJobData,
  ZSummaryJobData,
} from "@/lib/jobs/queue";
import { computeFilteredFigures } from "@/lib/services/pipeline/filtered-figures";
import { refreshPipelineSummary } from "@/lib/services/pipeline/pipeline-summary";
import { runImport } from "@/lib/services/pipeline/run-import/run-import";
import { scanImportFile } from "@/lib/services/pipeline/scan-import-file";
import { sendDueReviewReminders } from "@/lib/services/scoreboard/review-reminders";
import { sendDueSnapshotReminders } from "@/lib/services/snapshot/respondent-reminders";

/**
 * CRM imports, the reading of uploaded files before mapping, and the figures after an import,
 * each on its own queue with more than one worker, so one organization's long job never holds up
 * another's (two imports of one organization run one after the other: see lockPipeline).
 */
export function registerImportJobs() {
  registerJobHandler(IMPORT_QUEUE, ZImportJobData, (job) => runImport(job), { concurrency: 2 });
  registerJobHandler(SCAN_QUEUE, ZScanJobData, (job) => scanImportFile(job), { concurrency: 2 });
  registerJobHandler(
    SUMMARY_QUEUE,
    ZSummaryJobData,
    (job) => refreshPipelineSummary(job.organizationId),
    {
      concurrency: 2,
    },
  );
  registerJobHandler(FILTERED_METRICS_QUEUE, ZFilteredMetricsJobData, computeFilteredFigures, {
    concurrency: 2,
  });
}

/** Review and Snapshot reminders: one run of each an hour across all instances. */
export function registerReminderJobs() {
  const baseUrl = appBaseUrl();
  registerJobHandler(
    REMINDER_QUEUE,
    z.unknown(),
    () => sendDueReviewReminders(new Date(), baseUrl),
    {
      pollingIntervalSeconds: 30,
      hourly: true,
    },
  );
  // Leaders who have not answered a Snapshot: checked hourly, reminded every few days.
  registerJobHandler(
    SNAPSHOT_REMINDER_QUEUE,
    z.unknown(),
    () => sendDueSnapshotReminders(new Date(), baseUrl),
    { pollingIntervalSeconds: 30, hourly: true },
  );
}

/** Hourly upkeep across all instances: ended rate-limit windows are deleted. */
export function registerHousekeepingJobs() {
  registerJobHandler(HOUSEKEEPING_QUEUE, z.unknown(), () => deleteExpiredRateLimitWindows(), {
    pollingIntervalSeconds: 30,
    hourly: true,
  });
}

/**
 * Hourly, across all instances: the anonymous peer benchmarks are rebuilt from every tenant's
 * results (through the one function allowed to read them all; it writes only the aggregate).
 */
export function registerBenchmarkJobs() {
  registerJobHandler(BENCHMARK_QUEUE, z.unknown(), () => refreshDiagnosticBenchmarks(), {
    pollingIntervalSeconds: 30,
    hourly: true,
  });
}

/** Tell the job queue which use case works each queue. Called once per instance at start. */
export function registerJobHandlers() {
  registerImportJobs();
  registerReminderJobs();
  registerHousekeepingJobs();
  registerBenchmarkJobs();
}
