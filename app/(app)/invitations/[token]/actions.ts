"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { userAction } from "@/lib/auth/guard";
import { ZLinkToken } from "@/lib/auth/tokens";
import { acceptInvitation } from "@/lib/services/members/accept-invitation";

const accept = userAction(z.object({ token: ZLinkToken }), (user, input) =>
  acceptInvitation(user, input.token),
);

/** Signed in as the invited address: join the organization. */
export async function acceptInvitationAction(input: unknown) {
  const result = await accept(input);
  if (result.ok) redirect(`/o/${result.data.slug}`);
  return result;
}
