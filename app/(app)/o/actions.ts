"use server";

import { redirect } from "next/navigation";
import { userAction } from "@/lib/auth/guard";
import {
  createOrganization,
  ZCreateOrganizationRequest,
} from "@/lib/services/organization/create-organization";

const create = userAction(ZCreateOrganizationRequest, (user, input) =>
  createOrganization({ userId: user.id, email: user.email }, input),
);

/** Signed-in users create an organization and become its owner. */
export async function createOrganizationAction(input: unknown) {
  const result = await create(input);
  if (result.ok) redirect(`/o/${result.data.slug}`);
  return result;
}
