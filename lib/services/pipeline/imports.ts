import type { OrgContext } from "@/lib/auth/guard";
import { appendImportFile } from "@/lib/data/pipeline/append-import-file";
import { cancelImport as requestCancel } from "@/lib/data/pipeline/cancel-import";
import { createImport } from "@/lib/data/pipeline/create-import";
import { deleteDraftImport } from "@/lib/data/pipeline/delete-draft-import";
import { deletePipelineData as deleteAll } from "@/lib/data/pipeline/delete-pipeline-data";
import { getImport } from "@/lib/data/pipeline/get-import";
import { listImportProblems } from "@/lib/data/pipeline/list-import-problems";
import { listImports } from "@/lib/data/pipeline/list-imports";
import { undoLatestImport } from "@/lib/data/pipeline/undo-latest-import";
import { SNIFF_BYTES, sniffFile } from "@/lib/domain/pipeline/import";
import { AppError } from "@/lib/errors";
import { enqueueFileScan, enqueuePipelineSummary } from "@/lib/jobs/queue";
import { auditActor } from "@/lib/services/members/actor";
import { importProgress } from "./import-progress";

/** The organization's recent imports, newest first. */
export function listOwnImports(ctx: OrgContext) {
  return listImports(ctx.organization.id);
}

/** The first bytes of a stream, for sniffing, and the whole stream again. */
async function peek(body: AsyncIterable<Uint8Array>, bytes: number) {
  const iterator = body[Symbol.asyncIterator]();
  const head: Uint8Array[] = [];
  let size = 0;
  let done = false;
  while (size < bytes) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    head.push(next.value);
    size += next.value.byteLength;
  }
  const first = Buffer.concat(head.map((h) => Buffer.from(h)));
  async function* all() {
    if (first.byteLength > 0) yield first;
    if (done) return;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield next.value;
    }
  }
  return { head: first, body: all() };
}

/**
 * Store one uploaded file, in a new draft import or an existing draft. Its first bytes say how it
 * is written (encoding, delimiter, decimal mark); a file that is not delimited text is refused
 * with a sentence saying what it looks like, and leaves nothing stored. Once stored, the whole
 * file is read once by a job, for the mapping step.
 */
export async function uploadImportFile(
  ctx: OrgContext,
  upload: { importId?: string; name: string; body: AsyncIterable<Uint8Array>; maxBytes: number },
) {
  const { head, body } = await peek(upload.body, SNIFF_BYTES);
  const sniffed = sniffFile(head);
  if (!sniffed.ok) throw new AppError("INVALID_INPUT", sniffed.reason);
  const organizationId = ctx.organization.id;
  const importId = upload.importId ?? (await createImport(organizationId, ctx.user.id)).id;
  try {
    const file = await appendImportFile(
      organizationId,
      importId,
      upload.name,
      body,
      upload.maxBytes,
      {
        encoding: sniffed.encoding,
        delimiter: sniffed.delimiter,
        decimalMark: sniffed.decimalMark,
      },
    );
    await enqueueFileScan({ organizationId, importId, fileIndex: file.index });
    return { importId, file };
  } catch (error) {
    if (!upload.importId) await deleteDraftImport(organizationId, importId);
    throw error;
  }
}

export function cancelImport(ctx: OrgContext, importId: string) {
  return requestCancel(ctx.organization.id, importId);
}

/** What the import page polls while its job runs, or while its files are read for mapping. */
export async function importStatus(ctx: OrgContext, importId: string) {
  return importProgress(await getImport(ctx.organization.id, importId));
}

/** The rows an import refused, with the import they belong to. */
export async function importRefusals(ctx: OrgContext, importId: string, take?: number) {
  const view = await getImport(ctx.organization.id, importId);
  return { view, problems: await listImportProblems(ctx.organization.id, view.id, take) };
}

/** Roll back the latest import; the figures are recomputed by their job. */
export async function undoImport(ctx: OrgContext, importId: string) {
  await undoLatestImport(ctx.organization.id, importId, auditActor(ctx.user));
  await enqueuePipelineSummary({ organizationId: ctx.organization.id });
}

/** Delete the organization's whole pipeline: deals, history, imports and figures. */
export function deletePipelineData(ctx: OrgContext) {
  return deleteAll(ctx.organization.id, auditActor(ctx.user));
}
