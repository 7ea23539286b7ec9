import "server-only";
import PgBoss from "pg-boss";
import { z } from "zod";
import { runImport } from "@/lib/data/pipeline/run-import";
import { env } from "@/lib/env";
import { sendDueReviewReminders } from "@/lib/scoreboards/review-reminders";

/** Must match scripts/lib/job-queue.mjs, which creates the schema and the queues. */
const JOB_SCHEMA = "pgboss";
export const IMPORT_QUEUE = "pipeline-import";
export const REMINDER_QUEUE = "scoreboard-reminders";

const ZImportJob = z.object({ organizationId: z.uuid(), importId: z.uuid() });
export type ImportJob = z.infer<typeof ZImportJob>;

const globalForJobs = globalThis as unknown as { jobQueue?: Promise<PgBoss> };

/** The app's one pg-boss client, started on first use (the schema is installed by migrations). */
export function jobQueue(): Promise<PgBoss> {
  globalForJobs.jobQueue ??= (async () => {
    const boss = new PgBoss({
      connectionString: env().DATABASE_URL,
      schema: JOB_SCHEMA,
      migrate: false,
      schedule: false,
      max: 4,
    });
    boss.on("error", (error) => console.error("job queue:", error));
    await boss.start();
    return boss;
  })().catch((error: unknown) => {
    globalForJobs.jobQueue = undefined;
    throw error;
  });
  return globalForJobs.jobQueue;
}

export async function enqueueImport(job: ImportJob) {
  const boss = await jobQueue();
  return boss.send(IMPORT_QUEUE, ZImportJob.parse(job));
}

/** Work imports one at a time per app instance; each is one long transaction. */
export async function startImportWorker() {
  const boss = await jobQueue();
  return boss.work<ImportJob>(
    IMPORT_QUEUE,
    { batchSize: 1, pollingIntervalSeconds: 1 },
    async ([job]) => {
      if (job) await runImport(ZImportJob.parse(job.data));
    },
  );
}

/**
 * Every hour, one reminder run across all app instances (the hour is the job's singleton key),
 * worked by whichever instance picks it up first.
 */
export async function startReminderWorker() {
  const boss = await jobQueue();
  const baseUrl = env().APP_URL?.replace(/\/+$/, "") ?? "http://localhost:3000";
  await boss.work(REMINDER_QUEUE, { batchSize: 1, pollingIntervalSeconds: 30 }, async () => {
    await sendDueReviewReminders(new Date(), baseUrl);
  });
  const enqueue = () =>
    boss
      .send(
        REMINDER_QUEUE,
        {},
        {
          singletonKey: new Date().toISOString().slice(0, 13),
          singletonSeconds: 3600,
        },
      )
      .catch((error: unknown) => console.error("review reminders:", error));
  await enqueue();
  setInterval(enqueue, 60 * 60 * 1000).unref();
}
