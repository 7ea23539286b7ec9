// npm run dev / npm start.
// Without DATABASE_URL: start the embedded Postgres (data under .data/), apply migrations, seed the
// demo data, then run Next.js against it. With DATABASE_URL: use that server and never start one.
//
//   node scripts/run-app.mjs dev|start [--port N] [--ephemeral]
//   --ephemeral  a throwaway database (deleted on exit), used by the end-to-end tests
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { parseArgs } from "node:util";
import nextEnv from "@next/env";
import { startEmbeddedPostgres } from "./lib/embedded-postgres.mjs";
import { enableLocalAppLogin } from "./lib/app-role.mjs";
import { installJobQueue } from "./lib/job-queue.mjs";
import { createMigrator } from "./lib/migrator.mjs";
import { DEV_DATA_DIR } from "./lib/with-database.mjs";

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    port: { type: "string" },
    "db-port": { type: "string" },
    ephemeral: { type: "boolean", default: false },
  },
});
const mode = positionals[0];
if (mode !== "dev" && mode !== "start") {
  console.error("Usage: node scripts/run-app.mjs dev|start [--port N] [--ephemeral]");
  process.exit(2);
}
// Read .env / .env.local the way Next.js will, so a DATABASE_URL placed there is honoured here too.
nextEnv.loadEnvConfig(process.cwd(), mode === "dev");
const port = values.port ?? process.env.PORT ?? "3000";
const log = (message) => console.log(`[revenue-chain] ${message}`);

let database;
// Two connections: migrations as the tables' owner, the app as revenue_chain_app, which row-level
// security applies to. MIGRATION_DATABASE_URL defaults to DATABASE_URL.
let url = process.env.DATABASE_URL;
let ownerUrl = process.env.MIGRATION_DATABASE_URL ?? url;
const embedded = !url;
if (embedded) {
  const started = Date.now();
  database = values.ephemeral
    ? await startEmbeddedPostgres({
        dataDir: `.data/e2e-pg-${process.pid}`,
        port: values["db-port"] ? Number(values["db-port"]) : undefined,
        persistent: false,
      })
    : await startEmbeddedPostgres({
        dataDir: DEV_DATA_DIR,
        port: process.env.EMBEDDED_PG_PORT ? Number(process.env.EMBEDDED_PG_PORT) : undefined,
      });
  ownerUrl = database.url;
  log(`embedded Postgres ready in ${Date.now() - started} ms at ${ownerUrl}`);
}

let stopping = false;
async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  await database?.stop().catch(() => {});
  process.exit(code);
}

// A local run needs a session-signing secret; keep one per checkout instead of asking for it.
// Production sets AUTH_SECRET itself (the server refuses to start without it).
if (!process.env.AUTH_SECRET && (embedded || mode === "dev")) {
  const file = ".data/auth-secret";
  if (!existsSync(file)) {
    mkdirSync(".data", { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  process.env.AUTH_SECRET = readFileSync(file, "utf8").trim();
}
// The same for the key that encrypts the links kept to be shown again.
if (!process.env.LINK_ENCRYPTION_KEY && (embedded || mode === "dev")) {
  const file = ".data/link-encryption-key";
  if (!existsSync(file)) {
    mkdirSync(".data", { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64"), { mode: 0o600 });
  }
  process.env.LINK_ENCRYPTION_KEY = readFileSync(file, "utf8").trim();
}

// Locally, links in emails point at this server unless APP_URL says otherwise. "localhost", not
// 127.0.0.1: Next.js reports loopback requests as localhost, and Auth.js compares the two.
if (!process.env.APP_URL && (embedded || mode === "dev"))
  process.env.APP_URL = `http://localhost:${port}`;
if (process.env.APP_URL && !process.env.AUTH_URL) process.env.AUTH_URL = process.env.APP_URL;

const env = { ...process.env, DATABASE_URL: url, PORT: port, NEXT_TELEMETRY_DISABLED: "1" };

function runOrExit(command, args, label) {
  const result = spawnSync(command, args, { stdio: "inherit", env });
  if (result.status !== 0) {
    console.error(`[revenue-chain] ${label} failed`);
    return shutdown(result.status ?? 1);
  }
}

// Production releases run `npm run db:deploy` themselves; locally we keep the database current.
if (embedded || mode === "dev") {
  const migrator = await createMigrator({ url: ownerUrl });
  try {
    const applied = await migrator.deploy();
    if (applied.length) log(`applied migrations: ${applied.join(", ")}`);
    await installJobQueue(ownerUrl);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    await shutdown(1);
  } finally {
    migrator.close();
  }
  if (embedded) {
    url = await enableLocalAppLogin(ownerUrl);
    env.DATABASE_URL = url;
  }
  await runOrExit(process.execPath, ["--import", "tsx", "prisma/seed.ts"], "seeding demo data");
}

if (mode === "start" && !existsSync(".next/BUILD_ID")) {
  log("no production build yet; running next build");
  await runOrExit(
    process.execPath,
    [createRequire(import.meta.url).resolve("next/dist/bin/next"), "build"],
    "next build",
  );
}

// Development: Next's own server, through its entry point (not npx) so a signal sent to this
// script reaches it. Production: the app's server (scripts/serve.mjs), which owns the client
// address, the Content-Security-Policy and the request log.
const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
// A local database means a local app: listen on loopback only. Production listens everywhere.
const hostname = process.env.BIND_ADDRESS ?? (embedded ? "127.0.0.1" : "0.0.0.0");
const next = spawn(
  process.execPath,
  mode === "dev"
    ? [nextBin, "dev", "--port", port, "--hostname", "127.0.0.1"]
    : ["scripts/serve.mjs", "--port", port, "--hostname", hostname],
  { stdio: "inherit", env },
);
log(`open http://localhost:${port}`);
next.on("exit", (code) => shutdown(code ?? 0));
// embedded-postgres stops its cluster on SIGINT/SIGTERM by itself, at the same moment the app
// is asked to stop, so the app would lose its connections mid-request. Stop the app first:
// shutdown() stops Postgres once the app has exited.
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.removeAllListeners(signal);
  process.on(signal, () => {
    next.kill(signal);
  });
}
