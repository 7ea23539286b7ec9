import { z } from "zod";
import { orgRoute } from "@/lib/auth/guard";
import { pdfResponse, versionPdf } from "@/lib/services/snapshot/assessment-pdf";

const ZParams = z.object({
  snapshotId: z.uuid(),
  version: z.coerce.number().int().min(1).max(100_000),
});

/** A published version of the written assessment as a PDF, made on the server. */
export const GET = orgRoute<{ snapshotId: string; version: string }>(
  "snapshots.version-pdf",
  "snapshots:read",
  async (ctx, _request, params) => {
    const { snapshotId, version } = ZParams.parse(params);
    return pdfResponse(await versionPdf(ctx.organization, snapshotId, version));
  },
);
