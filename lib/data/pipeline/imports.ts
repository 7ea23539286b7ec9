import { withTenant } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { csvHead, detectFormat } from "@/lib/pipeline/import";
import type { ImportOptions } from "@/lib/pipeline/import";

/** Uploaded files are kept in Postgres in chunks of this size until their import succeeds. */
export const CHUNK_BYTES = 1 << 20;

const importSelect = {
  id: true,
  status: true,
  options: true,
  bytesTotal: true,
  bytesDone: true,
  rowsDone: true,
  rowsImported: true,
  rowsRejected: true,
  stageMoves: true,
  error: true,
  cancelRequestedAt: true,
  createdAt: true,
  startedAt: true,
  finishedAt: true,
  files: {
    select: { index: true, name: true, sizeBytes: true, format: true },
    orderBy: { index: "asc" },
  },
} as const;

export async function createImport(organizationId: string, createdById: string) {
  return withTenant(organizationId, (tx) =>
    tx.pipelineImport.create({ data: { organizationId, createdById }, select: { id: true } }),
  );
}

function notFound(): never {
  throw new AppError("NOT_FOUND", "That import was not found.");
}

export async function getImport(organizationId: string, importId: string) {
  const found = await withTenant(organizationId, (tx) =>
    tx.pipelineImport.findFirst({
      where: { organizationId, id: importId },
      select: importSelect,
    }),
  );
  return found ?? notFound();
}

export type ImportView = Awaited<ReturnType<typeof getImport>>;

export async function listImports(organizationId: string, take = 20) {
  return withTenant(organizationId, (tx) =>
    tx.pipelineImport.findMany({
      where: { organizationId, status: { not: "DRAFT" } },
      orderBy: { createdAt: "desc" },
      take,
      select: importSelect,
    }),
  );
}

/**
 * Store one uploaded file of a draft import, chunk by chunk as it arrives, and detect its format
 * from the header. Refuses files over `maxBytes` and files without a header row.
 */
export async function appendImportFile(
  organizationId: string,
  importId: string,
  name: string,
  body: AsyncIterable<Uint8Array>,
  maxBytes: number,
) {
  const draft = await withTenant(organizationId, async (tx) => {
    const found = await tx.pipelineImport.findFirst({
      where: { organizationId, id: importId },
      select: { status: true, _count: { select: { files: true } } },
    });
    if (!found) notFound();
    if (found.status !== "DRAFT")
      throw new AppError("CONFLICT", "This import has started; upload the file to a new import.");
    const file = await tx.pipelineImportFile.create({
      data: {
        organizationId,
        importId,
        index: found._count.files,
        name,
        sizeBytes: 0,
        format: "csv",
      },
      select: { index: true },
    });
    return file;
  });
  const fileIndex = draft.index;
  let seq = 0;
  let size = 0;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  const flush = async () => {
    if (pendingBytes === 0) return;
    const data = Buffer.concat(pending, pendingBytes);
    pending = [];
    pendingBytes = 0;
    await withTenant(organizationId, (tx) =>
      tx.pipelineImportChunk.create({
        data: { organizationId, importId, fileIndex, seq: seq++, data },
        select: { seq: true },
      }),
    );
  };
  try {
    for await (const part of body) {
      size += part.byteLength;
      if (size > maxBytes)
        throw new AppError(
          "INVALID_INPUT",
          `The file is larger than ${Math.round(maxBytes / CHUNK_BYTES)} MB. Split it, or export fewer columns.`,
        );
      pending.push(Buffer.from(part));
      pendingBytes += part.byteLength;
      if (pendingBytes >= CHUNK_BYTES) await flush();
    }
    await flush();
    const head = await csvHead(importFileBytes(organizationId, importId, fileIndex), 0).catch(
      () => ({ header: [] }),
    );
    if (head.header.length < 2)
      throw new AppError(
        "INVALID_INPUT",
        "The file has no header row. Export it as CSV with headers.",
      );
    const format = detectFormat(head.header);
    await withTenant(organizationId, (tx) =>
      tx.pipelineImportFile.update({
        where: { organizationId_importId_index: { organizationId, importId, index: fileIndex } },
        data: { sizeBytes: size, format },
      }),
    );
    await withTenant(organizationId, (tx) =>
      tx.pipelineImport.update({
        where: { organizationId_id: { organizationId, id: importId } },
        data: { bytesTotal: { increment: size } },
      }),
    );
    return { index: fileIndex, name, sizeBytes: size, format };
  } catch (error) {
    await withTenant(organizationId, (tx) =>
      tx.pipelineImportFile.delete({
        where: { organizationId_importId_index: { organizationId, importId, index: fileIndex } },
      }),
    );
    throw error;
  }
}

/** A stored file's bytes in order, one chunk per query, so the reader never holds the file. */
export async function* importFileBytes(
  organizationId: string,
  importId: string,
  fileIndex: number,
  onChunk?: (bytes: number) => void,
): AsyncGenerator<Buffer> {
  for (let seq = 0; ; seq++) {
    const chunk = await withTenant(organizationId, (tx) =>
      tx.pipelineImportChunk.findUnique({
        where: {
          organizationId_importId_fileIndex_seq: { organizationId, importId, fileIndex, seq },
        },
        select: { data: true },
      }),
    );
    if (!chunk) return;
    const data = Buffer.from(chunk.data);
    onChunk?.(data.byteLength);
    yield data;
  }
}

/** The mapping is chosen: queue the import. A failed or cancelled import can be queued again. */
export async function queueImport(
  organizationId: string,
  importId: string,
  options: ImportOptions,
) {
  return withTenant(organizationId, async (tx) => {
    const found = await tx.pipelineImport.findFirst({
      where: { organizationId, id: importId },
      select: { status: true, _count: { select: { files: true } } },
    });
    if (!found) notFound();
    if (found._count.files === 0) throw new AppError("INVALID_INPUT", "Upload a file first.");
    if (!["DRAFT", "FAILED", "CANCELLED"].includes(found.status))
      throw new AppError("CONFLICT", "This import is already queued or done.");
    await tx.pipelineImport.update({
      where: { organizationId_id: { organizationId, id: importId } },
      data: {
        status: "QUEUED",
        options,
        queuedAt: new Date(),
        cancelRequestedAt: null,
        error: null,
        bytesDone: 0,
        rowsDone: 0,
        rowsImported: 0,
        rowsRejected: 0,
        stageMoves: 0,
      },
    });
  });
}

/**
 * Cancel: a queued import stops at once; a running one at its next batch, when the job rolls back
 * its transaction.
 */
export async function cancelImport(organizationId: string, importId: string) {
  return withTenant(organizationId, async (tx) => {
    const found = await tx.pipelineImport.findFirst({
      where: { organizationId, id: importId },
      select: { status: true },
    });
    if (!found) notFound();
    const where = { organizationId_id: { organizationId, id: importId } };
    if (found.status === "DRAFT" || found.status === "QUEUED") {
      await tx.pipelineImport.update({
        where,
        data: { status: "CANCELLED", finishedAt: new Date() },
      });
    } else if (found.status === "RUNNING") {
      await tx.pipelineImport.update({ where, data: { cancelRequestedAt: new Date() } });
    } else {
      throw new AppError("CONFLICT", "This import has already finished.");
    }
  });
}

export async function listImportProblems(organizationId: string, importId: string, take?: number) {
  return withTenant(
    organizationId,
    (tx) =>
      tx.pipelineImportProblem.findMany({
        where: { organizationId, importId },
        orderBy: { seq: "asc" },
        take,
        select: { file: true, line: true, column: true, reason: true },
      }),
    { timeoutMs: 60_000 },
  );
}

/** What the import page polls while a job runs. */
export function importProgress(view: ImportView) {
  return {
    status: view.status,
    bytesDone: view.bytesDone,
    bytesTotal: view.bytesTotal,
    rowsDone: view.rowsDone,
    rowsImported: view.rowsImported,
    rowsRejected: view.rowsRejected,
    cancelRequested: view.cancelRequestedAt !== null,
    error: view.error,
  };
}

export type ImportProgressView = ReturnType<typeof importProgress>;
