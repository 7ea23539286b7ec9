import "server-only";
import PgBoss from "pg-boss";
import { z } from "zod";
import { isDatabaseUnavailable } from "@/lib/db-unavailable";
import { env } from "@/lib/env";
import { log } from "@/lib/log";

/** Must match scripts/lib/job-queue.mjs, which creates the schema and the queues. */
const JOB_SCHEMA = "pgboss";
export const IMPORT_QUEUE = "pipeline-import";
export const SUMMARY_QUEUE = "pipeline-summary";
export const SCAN_QUEUE = "pipeline-scan";
export const FILTERED_METRICS_QUEUE = "pipeline-filtered-metrics";
export const REMINDER_QUEUE = "scoreboard-reminders";
export const HOUSEKEEPING_QUEUE = "housekeeping";
export const BENCHMARK_QUEUE = "diagnostic-benchmarks";
export const SNAPSHOT_REMINDER_QUEUE = "snapshot-reminders";

const ZImportJob = z.object({ organizationId: z.uuid(), importId: z.uuid() });
export type ImportJob = z.infer<typeof ZImportJob>;
const ZSummaryJob = z.object({ organizationId: z.uuid() });
const ZFilteredMetricsJob = z.object({
  organizationId: z.uuid(),
  filters: z.object({
    from: z.iso.datetime().optional(),
    to: z.iso.datetime().optional(),
    owner: z.string().max(200).optional(),
    source: z.string().max(200).optional(),
    segment: z.string().max(200).optional(),
  }),
  /** The filters' stored key: one job per combination at a time. */
  filterKey: z.string().max(2000),
});
const ZScanJob = z.object({ organizationId: z.uuid(), importId: z.uuid(), fileIndex: z.number() });

type Registration = {
  /** Parses a job's payload before the handler sees it. */
  schema: z.ZodType;
  handler: (data: never) => Promise<unknown>;
  pollingIntervalSeconds: number;
  /** Jobs of this queue worked at once on one instance. */
  concurrency: number;
  /** Sent once an hour (the hour is its singleton key), so one run happens across instances. */
  hourly: boolean;
};

const globalForJobs = globalThis as unknown as {
  jobQueue?: Promise<PgBoss>;
  jobHandlers?: Map<string, Registration>;
};
const handlers = (globalForJobs.jobHandlers ??= new Map());

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

/** The app's one pg-boss client, started on first use (the schema is installed by migrations). */
export function jobQueue(): Promise<PgBoss> {
  globalForJobs.jobQueue ??= (async () => {
    const boss = new PgBoss({
      connectionString: env().DATABASE_URL,
      schema: JOB_SCHEMA,
      migrate: false,
      schedule: false,
      max: 8,
    });
    // pg-boss reconnects by itself: a lost connection (Postgres restarting or stopping) is a
    // warning without a stack, anything else an error.
    boss.on("error", (error) => {
      if (isDatabaseUnavailable(error))
        log.warn({ code: errorCode(error) }, "job queue: database connection lost");
      else log.error({ err: error }, "job queue failed");
    });
    await boss.start();
    return boss;
  })().catch((error: unknown) => {
    globalForJobs.jobQueue = undefined;
    throw error;
  });
  return globalForJobs.jobQueue;
}

/**
 * Name the handler for a queue. The queue knows its handlers only through this call, made by the
 * use cases that own them, so the infrastructure imports no use case.
 */
export function registerJobHandler<S extends z.ZodType>(
  queue: string,
  schema: S,
  handler: (data: z.infer<S>) => Promise<unknown>,
  { pollingIntervalSeconds = 1, hourly = false, concurrency = 1 } = {},
) {
  handlers.set(queue, { schema, handler, pollingIntervalSeconds, hourly, concurrency });
}

export async function enqueueImport(job: ImportJob) {
  const boss = await jobQueue();
  // One job per import: sending it again while it waits adds nothing.
  return boss.send(IMPORT_QUEUE, ZImportJob.parse(job), { singletonKey: job.importId });
}

/** Recompute an organization's dashboard figures, on their own queue. */
export async function enqueuePipelineSummary(job: z.infer<typeof ZSummaryJob>) {
  const boss = await jobQueue();
  // One per organization at a time: a page asking again while one waits adds nothing.
  return boss.send(SUMMARY_QUEUE, ZSummaryJob.parse(job), {
    singletonKey: job.organizationId,
    singletonSeconds: 30,
  });
}

/** Compute and store the dashboard's figures under one filter combination. */
export async function enqueueFilteredMetrics(job: z.infer<typeof ZFilteredMetricsJob>) {
  const boss = await jobQueue();
  // A reload while the combination is being computed adds nothing.
  return boss.send(FILTERED_METRICS_QUEUE, ZFilteredMetricsJob.parse(job), {
    singletonKey: `${job.organizationId}:${job.filterKey}`,
    singletonSeconds: 60,
  });
}

/** Read an uploaded file once, for the mapping step. */
export async function enqueueFileScan(job: z.infer<typeof ZScanJob>) {
  const boss = await jobQueue();
  return boss.send(SCAN_QUEUE, ZScanJob.parse(job));
}

/** The payloads, for the handlers that register for them. */
export const ZImportJobData = ZImportJob;
export const ZSummaryJobData = ZSummaryJob;
export const ZScanJobData = ZScanJob;
export const ZFilteredMetricsJobData = ZFilteredMetricsJob;

/**
 * Work every registered queue on this instance, as many jobs at once as each queue's
 * concurrency; hourly queues get their hourly job sent from here too.
 */
export async function startJobWorkers() {
  const boss = await jobQueue();
  for (const [queue, registration] of handlers) {
    // pg-boss works one job per worker: several workers make the queue's concurrency.
    for (let i = 0; i < registration.concurrency; i++) {
      await boss.work(
        queue,
        { batchSize: 1, pollingIntervalSeconds: registration.pollingIntervalSeconds },
        async ([job]) => {
          if (job) await registration.handler(registration.schema.parse(job.data) as never);
        },
      );
    }
    if (registration.hourly) await sendHourly(boss, queue);
  }
}

async function sendHourly(boss: PgBoss, queue: string) {
  const send = () =>
    boss
      .send(
        queue,
        {},
        { singletonKey: new Date().toISOString().slice(0, 13), singletonSeconds: 3600 },
      )
      .catch((error: unknown) => console.error(`${queue}:`, error));
  await send();
  setInterval(send, 60 * 60 * 1000).unref();
}
