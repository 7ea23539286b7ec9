"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { userAction } from "@/lib/auth/guard";
import { hashLinkToken, ZLinkToken } from "@/lib/auth/tokens";
import { acceptInvitation } from "@/lib/data/invitation/accept-invitation";

const accept = userAction(z.object({ token: ZLinkToken }), (user, input) =>
  acceptInvitation(hashLinkToken(input.token), { userId: user.id, email: user.email }),
);

/** Signed in as the invited address: join the organization. */
export async function acceptInvitationAction(input: unknown) {
  const result = await accept(input);
  if (result.ok) redirect(`/o/${result.data.slug}`);
  return result;
}
