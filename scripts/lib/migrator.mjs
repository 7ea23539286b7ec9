// Prisma migrations without Prisma's native schema engine, which these machines cannot download.
// The same engine compiled to WebAssembly (@prisma/schema-engine-wasm) talks to Postgres through
// @prisma/adapter-pg, reads and writes the standard prisma/migrations/<timestamp>_<name>/ folders
// and the _prisma_migrations table, so `prisma migrate deploy` on a connected machine works on the
// same history.
import { createRequire } from "node:module";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as wasmBindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import pg from "pg";

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;
const COLUMN_TYPE_CHARACTER = 6;
const FILTERS = { externalTables: [], externalEnums: [] };

let adapterPatched = false;
/**
 * adapter-pg 7.10 rejects Postgres' internal one-byte `"char"` type, which the schema describer
 * reads from pg_catalog (pg_constraint.contype and friends). Read it as text, then report the
 * column to the engine as a character column.
 */
function patchCharType(adapter) {
  if (adapterPatched) return;
  adapterPatched = true;
  const proto = Object.getPrototypeOf(Object.getPrototypeOf(adapter));
  const charColumns = new WeakMap();
  const performIO = proto.performIO;
  proto.performIO = async function (query) {
    const result = await performIO.call(this, query);
    const indexes = [];
    result?.fields?.forEach((field, i) => {
      if (field.dataTypeID === PG_CHAR_OID) {
        field.dataTypeID = PG_TEXT_OID;
        indexes.push(i);
      }
    });
    if (indexes.length && result.rows) charColumns.set(result.rows, indexes);
    return result;
  };
  const queryRaw = proto.queryRaw;
  proto.queryRaw = async function (query) {
    const resultSet = await queryRaw.call(this, query);
    for (const i of charColumns.get(resultSet.rows) ?? [])
      resultSet.columnTypes[i] = COLUMN_TYPE_CHARACTER;
    return resultSet;
  };
}

let wasmReady = false;
function loadWasm() {
  if (wasmReady) return;
  globalThis.PRISMA_WASM_PANIC_REGISTRY ??= {
    message: "",
    set_message(message) {
      this.message = message;
    },
  };
  // createRequire rather than import.meta.resolve, which test runners' module loaders lack.
  const bindingsFile = createRequire(import.meta.url).resolve(
    "@prisma/schema-engine-wasm/schema_engine_bg",
  );
  const wasmFile = bindingsFile.replace(/\.js$/, ".wasm");
  const instance = new WebAssembly.Instance(new WebAssembly.Module(readFileSync(wasmFile)), {
    "./schema_engine_bg.js": wasmBindings,
  });
  wasmBindings.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start?.();
  wasmReady = true;
}

function pgConfigFromUrl(url) {
  const u = new URL(url);
  return {
    host: u.hostname,
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password) || undefined,
    database: u.pathname.slice(1) || "postgres",
  };
}

function readMigrations(migrationsDir) {
  mkdirSync(migrationsDir, { recursive: true });
  const lockPath = path.join(migrationsDir, "migration_lock.toml");
  const dirs = readdirSync(migrationsDir)
    .filter((d) => statSync(path.join(migrationsDir, d)).isDirectory())
    .sort();
  return {
    baseDir: migrationsDir,
    lockfile: {
      path: "migration_lock.toml",
      content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null,
    },
    shadowDbInitScript: "",
    migrationDirectories: dirs.map((dir) => {
      const file = path.join(migrationsDir, dir, "migration.sql");
      return {
        path: dir,
        migrationFile: {
          path: "migration.sql",
          content: existsSync(file)
            ? { tag: "ok", value: readFileSync(file, "utf8") }
            : { tag: "error", value: "missing migration.sql" },
        },
      };
    }),
  };
}

/**
 * @param {{ url: string, root?: string }} options
 */
export async function createMigrator({ url, root = process.cwd() }) {
  loadWasm();
  const schemaPath = path.join(root, "prisma/schema.prisma");
  const migrationsDir = path.join(root, "prisma/migrations");
  const schema = readFileSync(schemaPath, "utf8");
  const config = pgConfigFromUrl(url);
  const admin = async (sql) => {
    const client = new pg.Client({ ...config, database: "postgres" });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };

  const base = new PrismaPg(config);
  const factory = bindMigrationAwareSqlAdapterFactory({
    provider: base.provider,
    adapterName: base.adapterName,
    connect: async () => {
      const adapter = await base.connect();
      patchCharType(adapter);
      return adapter;
    },
    // Our own shadow database: adapter-pg's helper reconnects to the main database when given a
    // connection string, and drops the shadow database while its pool still holds connections.
    async connectToShadowDb() {
      const name = `prisma_migrate_shadow_db_${crypto.randomUUID().replaceAll("-", "")}`;
      await admin(`CREATE DATABASE "${name}"`);
      const shadow = await new PrismaPg({ ...config, database: name }).connect();
      patchCharType(shadow);
      const dispose = shadow.dispose.bind(shadow);
      shadow.dispose = async () => {
        await dispose();
        await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      };
      return shadow;
    },
  });

  const engine = await wasmBindings.SchemaEngine.new(
    { datamodels: [[schemaPath, schema]] },
    (log) => {
      if (process.env.DEBUG_MIGRATE) console.error(log);
    },
    factory,
  );

  const wrap = async (what, fn) => {
    try {
      return await fn();
    } catch (error) {
      const panic = globalThis.PRISMA_WASM_PANIC_REGISTRY?.message;
      const message = error instanceof Error ? error.message : String(error);
      throw new Error(`migrate ${what} failed: ${message}${panic ? `\n${panic}` : ""}`);
    }
  };

  return {
    /** Apply every pending migration; returns the names applied. */
    deploy: () =>
      wrap("deploy", async () => {
        const result = await engine.applyMigrations({
          migrationsList: readMigrations(migrationsDir),
          filters: FILTERS,
        });
        return result.appliedMigrationNames;
      }),

    /** Write a new migration folder for the difference between the history and schema.prisma. */
    createMigration: (name) =>
      wrap("dev", async () => {
        await engine.applyMigrations({
          migrationsList: readMigrations(migrationsDir),
          filters: FILTERS,
        });
        const diagnostic = await engine.devDiagnostic({
          migrationsList: readMigrations(migrationsDir),
          filters: FILTERS,
        });
        if (diagnostic.action.tag === "reset") {
          throw new Error(
            `the database has drifted from the migration history: ${diagnostic.action.reason}`,
          );
        }
        const out = await engine.createMigration({
          draft: false,
          migrationName: name,
          migrationsList: readMigrations(migrationsDir),
          schema: { files: [{ path: schemaPath, content: schema }] },
          filters: FILTERS,
        });
        if (out.migrationScript == null) return null;
        const dir = path.join(migrationsDir, out.generatedMigrationName);
        mkdirSync(dir, { recursive: true });
        writeFileSync(path.join(dir, `migration.${out.extension}`), out.migrationScript);
        const lock = path.join(migrationsDir, "migration_lock.toml");
        if (!existsSync(lock)) {
          writeFileSync(
            lock,
            `# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "${out.connectorType}"\n`,
          );
        }
        await engine.applyMigrations({
          migrationsList: readMigrations(migrationsDir),
          filters: FILTERS,
        });
        return out.generatedMigrationName;
      }),

    /**
     * The SQL that would turn the live database into schema.prisma; empty when they match.
     * Run after `deploy` on an empty database, it proves the migration history yields the schema.
     */
    diffDatabaseToSchema: () =>
      wrap("diff", async () => {
        const result = await engine.diff({
          from: {
            tag: "schemaDatasource",
            files: [{ path: schemaPath, content: schema }],
            configDir: root,
          },
          to: { tag: "schemaDatamodel", files: [{ path: schemaPath, content: schema }] },
          script: true,
          exitCode: true,
          filters: FILTERS,
        });
        return { exitCode: result.exitCode, script: result.stdout ?? "" };
      }),

    close: () => engine.free?.(),
  };
}
