import { z } from "zod";
import { orgRoute } from "@/lib/auth/guard";
import { getImport, importProgress } from "@/lib/data/pipeline/imports";

/** Progress of one import, polled by its page while the job runs. */
export const GET = orgRoute<{ importId: string }>(
  "pipeline.import-status",
  "pipeline:read",
  async (ctx, _request, params) => {
    const importId = z.uuid().parse(params.importId);
    const view = await getImport(ctx.organization.id, importId);
    return Response.json(importProgress(view), { headers: { "Cache-Control": "no-store" } });
  },
);
