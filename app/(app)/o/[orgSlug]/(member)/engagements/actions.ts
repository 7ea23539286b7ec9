"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { orgAction } from "@/lib/auth/guard";
import {
  bringInConsultancy,
  createClient as createClientOrganization,
  endEngagement,
} from "@/lib/services/engagements/manage-engagements";
import { ZCreateOrganizationRequest } from "@/lib/services/organization/create-organization";

const ZOrg = z.object({ orgSlug: z.string().min(1).max(64) });

const createClient = orgAction(
  "engagements.create-client",
  "engagements:manage",
  ZOrg.extend({
    name: ZCreateOrganizationRequest.shape.name,
    slug: ZCreateOrganizationRequest.shape.slug,
  }),
  async (ctx, input) => {
    const result = await createClientOrganization(ctx, input);
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
    const result = await bringInConsultancy(ctx, input.consultancySlug);
    revalidatePath(`/o/${ctx.organization.slug}/engagements`);
    return result;
  },
);

const end = orgAction(
  "engagements.end",
  "engagements:manage",
  ZOrg.extend({ engagementId: z.uuid() }),
  async (ctx, input) => {
    await endEngagement(ctx, input.engagementId);
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
