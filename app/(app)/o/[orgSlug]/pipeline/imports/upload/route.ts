import { z } from "zod";
import { orgRoute } from "@/lib/auth/guard";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { uploadImportFile } from "@/lib/services/pipeline/imports";
import { ZFileName } from "@/lib/domain/pipeline/import/file-name";

const ZUpload = z.object({
  name: ZFileName,
  importId: z.uuid().optional(),
});

/**
 * After a refusal, the bytes still in flight are read and dropped (up to this many), so the
 * browser, still sending, receives the refusal's sentence instead of a reset connection.
 */
const DRAIN_BYTES = 8 * 2 ** 20;

async function* bytesOf(body: ReadableStream<Uint8Array>) {
  const reader = body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

async function drain(body: AsyncGenerator<Uint8Array>, limit: number) {
  try {
    for (let read = 0; read < limit;) {
      const next = await body.next();
      if (next.done) return;
      read += next.value.byteLength;
    }
    await body.return(undefined);
  } catch {
    // The connection is gone already: nothing to drain.
  }
}

/**
 * Receive one CRM export as the raw request body, streamed into storage as it arrives (never
 * held whole), and add it to a new draft import or to `?import=<id>`. A file that is not CSV is
 * refused with a sentence saying what it looks like.
 */
export const POST = orgRoute("pipeline.upload", "pipeline:import", async (ctx, request) => {
  const url = new URL(request.url);
  const input = ZUpload.parse({
    name: url.searchParams.get("name") ?? undefined,
    importId: url.searchParams.get("import") ?? undefined,
  });
  if (!request.body) throw new AppError("INVALID_INPUT", "The file was empty.");
  const body = bytesOf(request.body);
  try {
    const { importId, file } = await uploadImportFile(ctx, {
      importId: input.importId,
      name: input.name,
      body,
      maxBytes: env().IMPORT_MAX_MB * 2 ** 20,
    });
    return Response.json({ importId, file }, { status: 201 });
  } catch (error) {
    await drain(body, DRAIN_BYTES);
    throw error;
  }
});
