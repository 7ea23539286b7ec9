import { z } from "zod";
import { orgRoute } from "@/lib/auth/guard";
import { importStatus } from "@/lib/services/pipeline/imports";

/** Progress of one import, polled by its page while the job runs. */
export const GET = orgRoute<{ importId: string }>(
  "pipeline.import-status",
  "pipeline:read",
  async (ctx, _request, params) => {
    const importId = z.uuid().parse(params.importId);
    return Response.json(await importStatus(ctx, importId), {
      headers: { "Cache-Control": "no-store" },
    });
  },
);
