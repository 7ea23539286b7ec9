/** Runs once when a server instance starts: fail fast on a bad environment. */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { env } = await import("./lib/env");
    const { APP_URL, JOB_WORKER, NODE_ENV, TRUSTED_PROXY_HOPS } = env();
    const { OWN_SERVER_FLAG } = await import("./lib/http/client-address");
    // Per-client limits need an address no client can write: the app's own server (npm start)
    // takes it from the connection; behind proxies, TRUSTED_PROXY_HOPS says which entry of
    // X-Forwarded-For they wrote. `next start` alone provides neither.
    if (NODE_ENV === "production" && !TRUSTED_PROXY_HOPS && process.env[OWN_SERVER_FLAG] !== "1") {
      throw new Error(
        "Start the app with npm start (scripts/serve.mjs), or set TRUSTED_PROXY_HOPS to the number of proxies in front of it: without either, any client could choose the address its limits are counted against.",
      );
    }
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
