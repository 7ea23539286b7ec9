import { z } from "zod";
import { orgRoute } from "@/lib/auth/guard";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { uploadImportFile } from "@/lib/services/pipeline/imports";

const ZUpload = z.object({
  name: z.string().trim().min(1).max(200),
  importId: z.uuid().optional(),
});

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

/**
 * Receive one CRM export as the raw request body, streamed into storage as it arrives (never
 * held whole), and add it to a new draft import or to `?import=<id>`.
 */
export const POST = orgRoute("pipeline.upload", "pipeline:import", async (ctx, request) => {
  const url = new URL(request.url);
  const input = ZUpload.parse({
    name: url.searchParams.get("name") ?? undefined,
    importId: url.searchParams.get("import") ?? undefined,
  });
  if (!request.body) throw new AppError("INVALID_INPUT", "The file was empty.");
  const { importId, file } = await uploadImportFile(ctx, {
    importId: input.importId,
    name: input.name,
    body: bytesOf(request.body),
    maxBytes: env().IMPORT_MAX_MB * 2 ** 20,
  });
  return Response.json({ importId, file }, { status: 201 });
});
