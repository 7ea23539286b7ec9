import "server-only";
import { z } from "zod";
import { env } from "@/lib/env";
import { IMPORT_QUEUE, REMINDER_QUEUE, registerJobHandler, ZImportJobData } from "@/lib/jobs/queue";
import { runImport } from "@/lib/services/pipeline/run-import/run-import";
import { sendDueReviewReminders } from "@/lib/services/scoreboard/review-reminders";

/** CRM imports: one job per queued import. */
export function registerImportJobs() {
  registerJobHandler(IMPORT_QUEUE, ZImportJobData, (job) => runImport(job));
}

/** Review reminders: one run an hour across all instances. */
export function registerReminderJobs() {
  const baseUrl = env().APP_URL?.replace(/\/+$/, "") ?? "http://localhost:3000";
  registerJobHandler(
    REMINDER_QUEUE,
    z.unknown(),
    () => sendDueReviewReminders(new Date(), baseUrl),
    {
      pollingIntervalSeconds: 30,
      hourly: true,
    },
  );
}

/** Tell the job queue which use case works each queue. Called once per instance at start. */
export function registerJobHandlers() {
  registerImportJobs();
  registerReminderJobs();
}
