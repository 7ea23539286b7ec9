"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { orgAction } from "@/lib/auth/guard";
import { cancelImport, queueImport } from "@/lib/data/pipeline/imports";
import { listStages } from "@/lib/data/pipeline/stages";
import { AppError } from "@/lib/errors";
import { enqueueImport } from "@/lib/jobs/queue";
import { ZImportOptions } from "@/lib/pipeline/import";

const ZImportTarget = z.object({ orgSlug: z.string().min(1).max(64), importId: z.uuid() });

const start = orgAction(
  "pipeline.start-import",
  "pipeline:import",
  ZImportTarget.extend({ options: ZImportOptions }),
  async (ctx, input) => {
    const organizationId = ctx.organization.id;
    const keys = new Set((await listStages(organizationId)).map((s) => s.key));
    const unknown = Object.values(input.options.stageOverrides).filter((k) => !keys.has(k));
    if (unknown.length > 0)
      throw new AppError("INVALID_INPUT", `Unknown stage: ${unknown.join(", ")}.`);
    await queueImport(organizationId, input.importId, input.options);
    await enqueueImport({ organizationId, importId: input.importId });
    revalidatePath(`/o/${ctx.organization.slug}/pipeline/imports/${input.importId}`);
  },
);

const cancel = orgAction(
  "pipeline.cancel-import",
  "pipeline:import",
  ZImportTarget,
  async (ctx, input) => {
    await cancelImport(ctx.organization.id, input.importId);
    revalidatePath(`/o/${ctx.organization.slug}/pipeline/imports/${input.importId}`);
  },
);

export async function startImportAction(input: unknown) {
  return start(input);
}

export async function cancelImportAction(input: unknown) {
  return cancel(input);
}
