/** Runs once when a server instance starts: fail fast on a bad environment. */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { env } = await import("./lib/env");
    const { APP_URL, JOB_WORKER } = env();
    // Auth.js builds sign-in links and checks redirects against AUTH_URL; one public URL for both.
    if (APP_URL && !process.env.AUTH_URL) process.env.AUTH_URL = APP_URL;
    // Each app instance works the job queue (imports, review reminders) unless told not to.
    if (JOB_WORKER === "on") {
      const { registerJobHandlers } = await import("./lib/services/jobs/register-job-handlers");
      const { startJobWorkers } = await import("./lib/jobs/queue");
      registerJobHandlers();
      await startJobWorkers();
    }
  }
}
