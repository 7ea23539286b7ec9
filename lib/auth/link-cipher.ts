import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { env } from "@/lib/env";
import { newLinkToken } from "./tokens";

const IV_BYTES = 12;
const TAG_BYTES = 16;
/** Stored values start with their format, so a later key or scheme can be told apart. */
const PREFIX = "v1.";

/** What a kept link opens: the purpose is sealed in, so a share token never opens as another. */
export type LinkPurpose = "snapshot-share" | "snapshot-respondent";

function key(): Buffer {
  return Buffer.from(env().LINK_ENCRYPTION_KEY, "base64");
}

/** A link token encrypted and authenticated with AES-256-GCM under LINK_ENCRYPTION_KEY. */
export function sealLinkToken(purpose: LinkPurpose, token: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  cipher.setAAD(Buffer.from(purpose));
  const sealed = Buffer.concat([
    iv,
    cipher.update(token, "utf8"),
    cipher.final(),
    cipher.getAuthTag(),
  ]);
  return PREFIX + sealed.toString("base64url");
}

/**
 * The token sealed by sealLinkToken, or null when the value was sealed under another key or for
 * another purpose (or changed): the link then still works by its hash, but cannot be shown.
 */
export function openLinkToken(purpose: LinkPurpose, sealed: string | null): string | null {
  if (!sealed?.startsWith(PREFIX)) return null;
  const bytes = Buffer.from(sealed.slice(PREFIX.length), "base64url");
  if (bytes.length <= IV_BYTES + TAG_BYTES) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", key(), bytes.subarray(0, IV_BYTES));
    decipher.setAAD(Buffer.from(purpose));
    decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
    return Buffer.concat([
      decipher.update(bytes.subarray(IV_BYTES, bytes.length - TAG_BYTES)),
      decipher.final(),
    ]).toString("utf8");
  } catch {
    return null;
  }
}

/** A new link: the token to put in the URL, its hash for lookups and its sealed copy to keep. */
export function newKeptLinkToken(purpose: LinkPurpose) {
  const { token, tokenHash } = newLinkToken();
  return { token, tokenHash, tokenSealed: sealLinkToken(purpose, token) };
}
