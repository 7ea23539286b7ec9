import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";

/** What a link token from newLinkToken (or a result link) looks like: 32 bytes in base64url. */
export const ZLinkToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

/** A 256-bit secret for a link, and the hash we store instead of it. */
export function newLinkToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashLinkToken(token) };
}

export function hashLinkToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
