"use server";

import { revalidatePath } from "next/cache";
import { orgAction } from "@/lib/auth/guard";
import { updateOrganizationProfile } from "@/lib/data/organization/update-organization-profile";
import { ZOrganizationProfile } from "@/lib/organizations/organization-profile";

const update = orgAction(
  "organization.update",
  "organization:update",
  ZOrganizationProfile,
  async (ctx, input) => {
    await updateOrganizationProfile(ctx.organization.id, {
      name: input.name,
      logoUrl: input.logoUrl,
      accentColor: input.accentColor,
    });
    revalidatePath(`/o/${ctx.organization.slug}`, "layout");
  },
);

export async function updateOrganizationProfileAction(input: unknown) {
  return update(input);
}
