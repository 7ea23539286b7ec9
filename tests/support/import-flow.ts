/**
 * The browser's import path, driven from a test: upload through the service (sniffing, chunked
 * storage), the scan job, the mapping checked and remembered by startImport, the import job, and
 * the summary job. Only the job worker is left out: the tests run each job themselves.
 */
import { createReadStream } from "node:fs";
import path from "node:path";
import type { OrgContext } from "@/lib/auth/guard";
import type { ImportOptions } from "@/lib/domain/pipeline/import";
import { getImport } from "@/lib/data/pipeline/get-import";
import { uploadImportFile } from "@/lib/services/pipeline/imports";
import { refreshPipelineSummary } from "@/lib/services/pipeline/pipeline-summary";
import { runImport } from "@/lib/services/pipeline/run-import/run-import";
import { scanImportFile } from "@/lib/services/pipeline/scan-import-file";
import { startImport } from "@/lib/services/pipeline/start-import";
import { createOrg, createUser } from "./fixtures";

const MB = 1 << 20;

export type Upload = { name: string; body: () => AsyncIterable<Uint8Array> };

export const fromFile = (file: string): Upload => ({
  name: path.basename(file),
  body: () => createReadStream(file, { highWaterMark: 64 * 1024 }),
});

export const fromText = (name: string, csv: string | Uint8Array): Upload => ({
  name,
  body: async function* () {
    yield typeof csv === "string" ? new TextEncoder().encode(csv) : csv;
  },
});

/** A company and its owner, as the guard would have resolved them. */
export async function orgContext(label: string, currency = "USD"): Promise<OrgContext> {
  const org = await createOrg(label);
  const user = await createUser(`${label}-owner`);
  if (currency !== "USD") {
    const { query } = await import("./test-database");
    const { inject } = await import("vitest");
    await query(
      inject("ownerDatabaseUrl"),
      `update "Organization" set currency = $2 where id = $1`,
      [org.id, currency],
    );
  }
  return {
    user: { id: user.id, email: user.email, name: null },
    role: "OWNER",
    organization: {
      id: org.id,
      slug: org.slug,
      name: label,
      kind: "COMPANY",
      accentColor: null,
      logoUrl: null,
      currency,
    },
  };
}

/** Upload files into one draft import and read each once, as the scan job does. */
export async function uploadAll(ctx: OrgContext, uploads: Upload[]) {
  let importId: string | undefined;
  for (const upload of uploads) {
    const stored = await uploadImportFile(ctx, {
      importId,
      name: upload.name,
      body: upload.body(),
      maxBytes: 50 * MB,
    });
    importId = stored.importId;
    await scanImportFile({
      organizationId: ctx.organization.id,
      importId,
      fileIndex: stored.file.index,
    });
  }
  return importId!;
}

/** Upload, map, import and compute the figures; the import row at the end. */
export async function importAll(
  ctx: OrgContext,
  uploads: Upload[],
  options: ImportOptions,
  run: { batchRows?: number } = {},
) {
  const importId = await uploadAll(ctx, uploads);
  await startImport(ctx, importId, options);
  const status = await runImport({ organizationId: ctx.organization.id, importId }, run);
  await refreshPipelineSummary(ctx.organization.id);
  return { importId, status, view: await getImport(ctx.organization.id, importId) };
}
