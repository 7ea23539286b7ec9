"use server";

import { revalidatePath } from "next/cache";
import { orgAction } from "@/lib/auth/guard";
import { ZOrganizationProfile } from "@/lib/domain/organization/organization-profile";
import { saveOrganizationProfile } from "@/lib/services/organization/save-organization-profile";

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
