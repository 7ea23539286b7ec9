import type { RuleViolation } from "./rule-violation";

type InvitationState = {
  email: string;
  expiresAt: Date;
  acceptedAt: Date | null;
  revokedAt: Date | null;
};

/**
 * Why this person cannot accept this invitation now, or null when they can. One rule for the
 * invitation page and for the accept action.
 */
export function invitationProblem(
  invitation: InvitationState | null,
  email: string,
  now = new Date(),
): RuleViolation | null {
  if (!invitation || invitation.revokedAt) {
    return { code: "NOT_FOUND", message: "This invitation does not exist or was withdrawn." };
  }
  if (invitation.acceptedAt)
    return { code: "CONFLICT", message: "This invitation was already accepted." };
  if (invitation.expiresAt <= now) {
    return { code: "CONFLICT", message: "This invitation has expired. Ask for a new one." };
  }
  if (invitation.email.toLowerCase() !== email.toLowerCase()) {
    return {
      code: "FORBIDDEN",
      message: `This invitation is for ${invitation.email}, and you are signed in as ${email}. Sign out and sign in with the invited address.`,
    };
  }
  return null;
}
