import type { SessionUser } from "@/lib/auth/guard";
import { hashLinkToken } from "@/lib/auth/tokens";
import { acceptInvitation as acceptStoredInvitation } from "@/lib/data/invitation/accept-invitation";
import { auditActor } from "./actor";

/** The signed-in user joins the organization that invited their address. Returns its slug. */
export function acceptInvitation(user: SessionUser, token: string) {
  return acceptStoredInvitation(hashLinkToken(token), auditActor(user));
}
