"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { orgAction } from "@/lib/auth/guard";
import { setTarget as setRevenueTarget } from "@/lib/services/pipeline/set-target";

const ZDate = z.iso.date().transform((d) => new Date(`${d}T00:00:00Z`));

const setTarget = orgAction(
  "pipeline.set-target",
  "pipeline:configure",
  z
    .object({
      orgSlug: z.string().min(1).max(64),
      periodStart: ZDate,
      periodEnd: ZDate,
      amount: z.preprocess(
        (v) => (typeof v === "string" ? v.replace(/[\s,$]/g, "") : v),
        z.coerce
          .number({ error: "Enter the target as a number." })
          .positive("Enter a target above zero.")
          .max(1e15),
      ),
    })
    .refine((t) => t.periodEnd > t.periodStart, {
      message: "The period must end after it starts.",
      path: ["periodEnd"],
    }),
  async (ctx, input) => {
    await setRevenueTarget(ctx, {
      periodStart: input.periodStart,
      periodEnd: input.periodEnd,
      amount: input.amount,
    });
    revalidatePath(`/o/${ctx.organization.slug}/pipeline`);
  },
);

export async function setRevenueTargetAction(input: unknown) {
  return setTarget(input);
}
