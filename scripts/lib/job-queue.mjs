// The job queue lives in Postgres (pg-boss, schema "pgboss"). Its tables are created here, by the
// tables' owner, like a migration; the app role only sends and works jobs, so it needs no right
// to create anything.
import PgBoss from "pg-boss";
import pg from "pg";
import { APP_ROLE } from "./app-role.mjs";

export const JOB_SCHEMA = "pgboss";

/** Every queue the app uses, with its retry and expiry policy. */
export const QUEUES = [
  // A crashed import rolls back; a retry starts it over. Two hours covers a very large file.
  { name: "pipeline-import", retryLimit: 2, retryDelay: 30, expireInSeconds: 2 * 60 * 60 },
  // The dashboard figures after an import or an undo: fails after its budget, retried.
  { name: "pipeline-summary", retryLimit: 2, retryDelay: 15, expireInSeconds: 10 * 60 },
  // Stage and deal figures under one filter combination, on a large pipeline's first view of it.
  { name: "pipeline-filtered-metrics", retryLimit: 2, retryDelay: 5, expireInSeconds: 10 * 60 },
  // Reading an uploaded file once, before mapping: distinct values of every column.
  { name: "pipeline-scan", retryLimit: 1, retryDelay: 10, expireInSeconds: 30 * 60 },
  // Hourly: announce pipeline reviews due within a day. Each review is claimed once in Postgres,
  // so a retry or a second instance sends nothing twice.
  { name: "scoreboard-reminders", retryLimit: 1, retryDelay: 60, expireInSeconds: 10 * 60 },
  // Hourly: drop rate-limit windows that have ended.
  { name: "housekeeping", retryLimit: 1, retryDelay: 60, expireInSeconds: 10 * 60 },
  // Hourly: rebuild the anonymous peer benchmarks from every tenant's diagnostic results.
  { name: "diagnostic-benchmarks", retryLimit: 1, retryDelay: 60, expireInSeconds: 10 * 60 },
  // Hourly: remind the Snapshot leaders who are due it. Each reminder is claimed in Postgres.
  { name: "snapshot-reminders", retryLimit: 1, retryDelay: 60, expireInSeconds: 10 * 60 },
];

export async function installJobQueue(ownerUrl) {
  const boss = new PgBoss({
    connectionString: ownerUrl,
    schema: JOB_SCHEMA,
    supervise: false,
    schedule: false,
    max: 2,
  });
  boss.on("error", (error) => console.error("job queue:", error));
  await boss.start();
  try {
    for (const queue of QUEUES) {
      if (!(await boss.getQueue(queue.name))) await boss.createQueue(queue.name, queue);
    }
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query(`GRANT USAGE ON SCHEMA ${JOB_SCHEMA} TO ${APP_ROLE}`);
    await client.query(
      `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${JOB_SCHEMA} TO ${APP_ROLE}`,
    );
    await client.query(
      `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${JOB_SCHEMA} TO ${APP_ROLE}`,
    );
    await client.query(`GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA ${JOB_SCHEMA} TO ${APP_ROLE}`);
  } finally {
    await client.end();
  }
}
