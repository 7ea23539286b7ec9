import { withTenant } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { csvHead, detectFormat, type CsvDialect } from "@/lib/domain/pipeline/import";
import { importNotFound } from "./import-not-found";
import { CHUNK_BYTES } from "./import-select";
import { importFileBytes } from "./import-file-bytes";

/**
 * Store one uploaded file of a draft import, chunk by chunk as it arrives, in the dialect sniffed
 * from its first bytes, and detect its format from the header. Refuses files over `maxBytes` and
 * files without a delimited header row; a refused file leaves nothing stored.
 */
export async function appendImportFile(
  organizationId: string,
  importId: string,
  name: string,
  body: AsyncIterable<Uint8Array>,
  maxBytes: number,
  dialect: CsvDialect & { decimalMark: "." | "," },
) {
  const draft = await withTenant(organizationId, async (tx) => {
    const found = await tx.pipelineImport.findFirst({
      where: { organizationId, id: importId },
      select: { status: true, _count: { select: { files: true } } },
    });
    if (!found) importNotFound();
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
        dialect,
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
    const head = await csvHead(
      importFileBytes(organizationId, importId, fileIndex),
      0,
      dialect,
    ).catch(() => ({ header: [] }));
    if (head.header.length < 2)
      throw new AppError(
        "INVALID_INPUT",
        "The first line of the file is not a header of several columns. Export the deals as CSV with a header row.",
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
