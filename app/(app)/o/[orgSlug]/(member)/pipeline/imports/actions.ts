"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { orgAction } from "@/lib/auth/guard";
import { ZImportOptions } from "@/lib/domain/pipeline/import";
import { AppError } from "@/lib/errors";
import { cancelImport, deletePipelineData, undoImport } from "@/lib/services/pipeline/imports";
import { startImport } from "@/lib/services/pipeline/start-import";

const ZOrgSlug = z.string().min(1).max(64);
const ZImportTarget = z.object({ orgSlug: ZOrgSlug, importId: z.uuid() });

const pathOf = (slug: string, importId?: string) =>
  `/o/${slug}/pipeline/imports${importId ? `/${importId}` : ""}`;

const start = orgAction(
  "pipeline.start-import",
  "pipeline:import",
  ZImportTarget.extend({ options: ZImportOptions }),
  async (ctx, input) => {
    await startImport(ctx, input.importId, input.options);
    revalidatePath(pathOf(ctx.organization.slug, input.importId));
  },
);

const cancel = orgAction(
  "pipeline.cancel-import",
  "pipeline:import",
  ZImportTarget,
  async (ctx, input) => {
    await cancelImport(ctx, input.importId);
    revalidatePath(pathOf(ctx.organization.slug, input.importId));
  },
);

const undo = orgAction(
  "pipeline.undo-import",
  "pipeline:configure",
  ZImportTarget,
  async (ctx, input) => {
    await undoImport(ctx, input.importId);
    revalidatePath(`/o/${ctx.organization.slug}/pipeline`, "layout");
  },
);

const deleteData = orgAction(
  "pipeline.delete-data",
  "pipeline:configure",
  z.object({ orgSlug: ZOrgSlug, organizationName: z.string().max(200) }),
  async (ctx, input) => {
    // The typed name is checked here too, so nothing but a deliberate request deletes the data.
    if (input.organizationName.trim() !== ctx.organization.name.trim())
      throw new AppError(
        "INVALID_INPUT",
        `Type the organization's name, ${ctx.organization.name}, exactly as shown to confirm.`,
      );
    await deletePipelineData(ctx);
    revalidatePath(`/o/${ctx.organization.slug}/pipeline`, "layout");
  },
);

export async function startImportAction(input: unknown) {
  return start(input);
}

export async function cancelImportAction(input: unknown) {
  return cancel(input);
}

export async function undoImportAction(input: unknown) {
  return undo(input);
}

export async function deletePipelineDataAction(input: unknown) {
  return deleteData(input);
}
