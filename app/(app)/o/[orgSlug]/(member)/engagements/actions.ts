"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { orgAction } from "@/lib/auth/guard";
import { createClientOrganization } from "@/lib/data/engagement/create-client-organization";
import { endEngagement } from "@/lib/data/engagement/end-engagement";
import { grantConsultancyAccess } from "@/lib/data/engagement/grant-consultancy-access";
import { AppError } from "@/lib/errors";
import { ZCreateOrganizationRequest } from "@/lib/organizations/create-organization";

const ZOrg = z.object({ orgSlug: z.string().min(1).max(64) });

const createClient = orgAction(
  "engagements.create-client",
  "engagements:manage",
  ZOrg.extend({
    name: ZCreateOrganizationRequest.shape.name,
    slug: ZCreateOrganizationRequest.shape.slug,
  }),
  async (ctx, input) => {
    if (ctx.organization.kind !== "CONSULTANCY") {
      throw new AppError("FORBIDDEN", "Only a consultancy creates client organizations.");
    }
    const result = await createClientOrganization({
      consultancyId: ctx.organization.id,
      name: input.name,
      slug: input.slug,
      actor: { userId: ctx.user.id, email: ctx.user.email },
    });
    revalidatePath(`/o/${ctx.organization.slug}/engagements`);
    return result;
  },
);

const grant = orgAction(
  "engagements.grant",
  "engagements:manage",
  ZOrg.extend({
    consultancySlug: z
      .string()
      .trim()
      .toLowerCase()
      .min(1, "Enter the consultancy's address.")
      .max(64),
  }),
  async (ctx, input) => {
    if (ctx.via)
      throw new AppError("FORBIDDEN", "Only the company's own members bring in consultancies.");
    const result = await grantConsultancyAccess({
      clientId: ctx.organization.id,
      consultancySlug: input.consultancySlug,
      actor: { userId: ctx.user.id, email: ctx.user.email },
    });
    revalidatePath(`/o/${ctx.organization.slug}/engagements`);
    return result;
  },
);

const end = orgAction(
  "engagements.end",
  "engagements:manage",
  ZOrg.extend({ engagementId: z.uuid() }),
  async (ctx, input) => {
    await endEngagement(ctx.organization.id, input.engagementId, {
      userId: ctx.user.id,
      email: ctx.user.email,
    });
    revalidatePath(`/o/${ctx.organization.slug}/engagements`);
  },
);

export async function createClientAction(input: unknown) {
  return createClient(input);
}

export async function grantConsultancyAccessAction(input: unknown) {
  return grant(input);
}

export async function endEngagementAction(input: unknown) {
  return end(input);
}
