import type { OrgContext } from "@/lib/auth/guard";
import { appendImportFile } from "@/lib/data/pipeline/append-import-file";
import { cancelImport as requestCancel } from "@/lib/data/pipeline/cancel-import";
import { createImport } from "@/lib/data/pipeline/create-import";
import { getImport } from "@/lib/data/pipeline/get-import";
import { listImportProblems } from "@/lib/data/pipeline/list-import-problems";
import { listImports } from "@/lib/data/pipeline/list-imports";
import { listStages } from "@/lib/data/pipeline/list-stages";
import { queueImport } from "@/lib/data/pipeline/queue-import";
import type { ImportOptions } from "@/lib/domain/pipeline/import";
import { AppError } from "@/lib/errors";
import { enqueueImport } from "@/lib/jobs/queue";
import { importProgress } from "./import-progress";

/** The organization's recent imports, newest first. */
export function listOwnImports(ctx: OrgContext) {
  return listImports(ctx.organization.id);
}

/** Store one uploaded file, in a new draft import or an existing draft. */
export async function uploadImportFile(
  ctx: OrgContext,
  upload: { importId?: string; name: string; body: AsyncIterable<Uint8Array>; maxBytes: number },
) {
  const importId = upload.importId ?? (await createImport(ctx.organization.id, ctx.user.id)).id;
  const file = await appendImportFile(
    ctx.organization.id,
    importId,
    upload.name,
    upload.body,
    upload.maxBytes,
  );
  return { importId, file };
}

/** Confirm a draft's mapping and queue it for a worker. */
export async function startImport(ctx: OrgContext, importId: string, options: ImportOptions) {
  const organizationId = ctx.organization.id;
  const keys = new Set((await listStages(organizationId)).map((s) => s.key));
  const unknown = Object.values(options.stageOverrides).filter((k) => !keys.has(k));
  if (unknown.length > 0)
    throw new AppError("INVALID_INPUT", `Unknown stage: ${unknown.join(", ")}.`);
  await queueImport(organizationId, importId, options);
  await enqueueImport({ organizationId, importId });
}

export function cancelImport(ctx: OrgContext, importId: string) {
  return requestCancel(ctx.organization.id, importId);
}

/** What the import page polls while its job runs. */
export async function importStatus(ctx: OrgContext, importId: string) {
  return importProgress(await getImport(ctx.organization.id, importId));
}

/** The rows an import refused, with the import they belong to. */
export async function importRefusals(ctx: OrgContext, importId: string, take?: number) {
  const view = await getImport(ctx.organization.id, importId);
  return { view, problems: await listImportProblems(ctx.organization.id, view.id, take) };
}
