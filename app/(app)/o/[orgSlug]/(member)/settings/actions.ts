"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { orgAction } from "@/lib/auth/guard";
import { ZBenchmarkSharing } from "@/lib/domain/organization/benchmark-sharing";
import { ZNextStepSetting } from "@/lib/domain/organization/next-step-setting";
import { ZOrganizationProfile } from "@/lib/domain/organization/organization-profile";
import { ZPreparedBySetting } from "@/lib/domain/organization/prepared-by";
import { removeLogo } from "@/lib/services/organization/organization-logo";
import { savePreparedBy } from "@/lib/services/organization/save-prepared-by";
import { saveBenchmarkSharing } from "@/lib/services/organization/save-benchmark-sharing";
import { saveNextStep } from "@/lib/services/organization/save-next-step";
import { saveOrganizationProfile } from "@/lib/services/organization/save-organization-profile";

const ZOrgSlugRequest = z.object({ orgSlug: z.string().min(1).max(64) });

const update = orgAction(
  "organization.update",
  "organization:update",
  ZOrganizationProfile,
  async (ctx, input) => {
    await saveOrganizationProfile(ctx, input);
    revalidatePath(`/o/${ctx.organization.slug}`, "layout");
  },
);

export async function updateOrganizationProfileAction(input: unknown) {
  return update(input);
}

const updateBenchmarks = orgAction(
  "organization.benchmarks",
  "organization:update",
  ZBenchmarkSharing,
  async (ctx, input) => {
    await saveBenchmarkSharing(ctx, input);
    revalidatePath(`/o/${ctx.organization.slug}`, "layout");
  },
);

export async function updateBenchmarkSharingAction(input: unknown) {
  return updateBenchmarks(input);
}

const updateNextStep = orgAction(
  "organization.next-step",
  "organization:update",
  ZNextStepSetting,
  async (ctx, input) => {
    await saveNextStep(ctx, input);
    revalidatePath(`/o/${ctx.organization.slug}`, "layout");
  },
);

export async function updateNextStepAction(input: unknown) {
  return updateNextStep(input);
}

const updatePreparedBy = orgAction(
  "organization.prepared-by",
  "organization:update",
  ZPreparedBySetting,
  async (ctx, input) => {
    await savePreparedBy(ctx, input);
    revalidatePath(`/o/${ctx.organization.slug}`, "layout");
  },
);

export async function updatePreparedByAction(input: unknown) {
  return updatePreparedBy(input);
}

const removeLogoOfOrganization = orgAction(
  "organization.logo-remove",
  "organization:update",
  ZOrgSlugRequest,
  async (ctx) => {
    await removeLogo(ctx);
    revalidatePath(`/o/${ctx.organization.slug}`, "layout");
  },
);

export async function removeLogoAction(input: unknown) {
  return removeLogoOfOrganization(input);
}
