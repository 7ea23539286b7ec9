import { hashLinkToken, ZLinkToken } from "@/lib/auth/tokens";
import { getSharedReport } from "@/lib/data/snapshot/get-shared-report";
import { AppError } from "@/lib/errors";

/** The latest published assessment behind a share link; NOT_FOUND when the link is not valid. */
export async function loadSharedReport(token: string) {
  if (!ZLinkToken.safeParse(token).success)
    throw new AppError("NOT_FOUND", "This link is not valid, or it was withdrawn.");
  return getSharedReport(hashLinkToken(token));
}
