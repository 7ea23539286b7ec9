// npm run db:migrate -- <name>   create a migration for schema changes and apply it
// npm run db:deploy              apply pending migrations
// Uses DATABASE_URL; without it, starts the embedded development database under .data/.
import { installJobQueue } from "./lib/job-queue.mjs";
import { createMigrator } from "./lib/migrator.mjs";
import { withDatabase } from "./lib/with-database.mjs";

const [command = "deploy", name] = process.argv.slice(2);
if (!["deploy", "dev"].includes(command)) {
  console.error(`Unknown command "${command}". Use "deploy" or "dev <name>".`);
  process.exit(2);
}
if (command === "dev" && !name) {
  console.error("Name the migration: npm run db:migrate -- <name>");
  process.exit(2);
}

// Migrations run as the tables' owner: MIGRATION_DATABASE_URL when set, else DATABASE_URL.
await withDatabase(async (url) => {
  const migrator = await createMigrator({ url });
  try {
    if (command === "deploy") {
      const applied = await migrator.deploy();
      console.log(applied.length ? `Applied: ${applied.join(", ")}` : "No pending migrations.");
      await installJobQueue(url);
      console.log("Job queue ready.");
    } else {
      const created = await migrator.createMigration(
        name.replace(/[^a-z0-9_]+/gi, "_").toLowerCase(),
      );
      console.log(
        created
          ? `Created and applied prisma/migrations/${created}`
          : "Schema is up to date; no migration created.",
      );
    }
  } finally {
    migrator.close();
  }
});
