import { withTenant } from "@/lib/db";

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
