"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { orgAction } from "@/lib/auth/guard";
import { ZImportOptions } from "@/lib/domain/pipeline/import";
import { cancelImport, startImport } from "@/lib/services/pipeline/imports";

const ZImportTarget = z.object({ orgSlug: z.string().min(1).max(64), importId: z.uuid() });

const start = orgAction(
  "pipeline.start-import",
  "pipeline:import",
  ZImportTarget.extend({ options: ZImportOptions }),
  async (ctx, input) => {
    await startImport(ctx, input.importId, input.options);
    revalidatePath(`/o/${ctx.organization.slug}/pipeline/imports/${input.importId}`);
  },
);

const cancel = orgAction(
  "pipeline.cancel-import",
  "pipeline:import",
  ZImportTarget,
  async (ctx, input) => {
    await cancelImport(ctx, input.importId);
    revalidatePath(`/o/${ctx.organization.slug}/pipeline/imports/${input.importId}`);
  },
);

export async function startImportAction(input: unknown) {
  return start(input);
}

export async function cancelImportAction(input: unknown) {
  return cancel(input);
}
