import { AppError } from "@/lib/errors";

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
): AppError | null {
  if (!invitation || invitation.revokedAt) {
    return new AppError("NOT_FOUND", "This invitation does not exist or was withdrawn.");
  }
  if (invitation.acceptedAt)
    return new AppError("CONFLICT", "This invitation was already accepted.");
  if (invitation.expiresAt <= now) {
    return new AppError("CONFLICT", "This invitation has expired. Ask for a new one.");
  }
  if (invitation.email.toLowerCase() !== email.toLowerCase()) {
    return new AppError(
      "FORBIDDEN",
      `This invitation is for ${invitation.email}, and you are signed in as ${email}. Sign out and sign in with the invited address.`,
    );
  }
  return null;
}
