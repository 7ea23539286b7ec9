import { createHash } from "node:crypto";

/**
 * What the Session table holds instead of a session token: its SHA-256 in hex, the same as
 * `encode(sha256(convert_to(token, 'UTF8')), 'hex')` in SQL (the migration that hashed the rows
 * stored before).
 */
export function hashSessionToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}
