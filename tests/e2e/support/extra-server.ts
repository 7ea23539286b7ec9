import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import net from "node:net";

const DB_PORT = Number(process.env.E2E_DB_PORT ?? 55439);
/** The app's own login on the suite's database (scripts/lib/app-role.mjs). */
const APP_DATABASE_URL = `postgresql://revenue_chain_app:revenue_chain_app@127.0.0.1:${DB_PORT}/app`;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address() as net.AddressInfo;
      server.close(() => resolve(address.port));
    });
  });
}

export type ExtraServer = { baseUrl: string; stop: () => Promise<void> };

/**
 * Another instance of the app (the same build, scripts/serve.mjs) on the suite's database, with
 * the default limits unless `env` says otherwise: what a second server behind a load balancer is.
 */
export async function startExtraServer(
  env: Record<string, string> = {},
  options: { databaseUrl?: string } = {},
): Promise<ExtraServer> {
  const port = await freePort();
  const baseUrl = `http://localhost:${port}`;
  const child: ChildProcess = spawn(
    process.execPath,
    ["scripts/serve.mjs", "--port", String(port), "--hostname", "127.0.0.1"],
    {
      env: {
        ...process.env,
        DATABASE_URL: options.databaseUrl ?? APP_DATABASE_URL,
        AUTH_SECRET: readFileSync(".data/auth-secret", "utf8").trim(),
        LINK_ENCRYPTION_KEY: readFileSync(".data/link-encryption-key", "utf8").trim(),
        APP_URL: baseUrl,
        AUTH_URL: baseUrl,
        JOB_WORKER: "off",
        LOG_LEVEL: "warn",
        ...env,
      },
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`extra server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error("extra server did not start within 60 s");
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    baseUrl,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    },
  };
}
