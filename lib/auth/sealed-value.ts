import { createCipheriv, createDecipheriv, createHmac, randomBytes } from "node:crypto";
import { env } from "@/lib/env";

const IV_BYTES = 12;
const TAG_BYTES = 16;

/** One key per purpose, derived from the server's secret: a value sealed for one use opens for no other. */
function keyFor(purpose: string): Buffer {
  return createHmac("sha256", env().AUTH_SECRET).update(`sealed-value\0${purpose}`).digest();
}

/**
 * A short value for the browser to carry and give back (in a cookie): encrypted and
 * authenticated with AES-256-GCM, its expiry sealed inside, so whoever holds it can neither read
 * it, change it, nor make it last longer.
 */
export function sealValue(purpose: string, value: string, expiresAt: Date): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", keyFor(purpose), iv);
  cipher.setAAD(Buffer.from(purpose));
  const plain = Buffer.from(JSON.stringify({ v: value, e: expiresAt.getTime() }));
  const sealed = Buffer.concat([iv, cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
  return sealed.toString("base64url");
}

export type OpenedValue =
  { ok: true; value: string } | { ok: false; problem: "forged" | "expired" };

/** The value sealed by sealValue for `purpose`; "forged" for anything else we did not seal. */
export function openSealedValue(purpose: string, sealed: string, now = new Date()): OpenedValue {
  if (!/^[A-Za-z0-9_-]{1,2048}$/.test(sealed)) return { ok: false, problem: "forged" };
  const bytes = Buffer.from(sealed, "base64url");
  if (bytes.length <= IV_BYTES + TAG_BYTES) return { ok: false, problem: "forged" };
  let payload: unknown;
  try {
    const decipher = createDecipheriv("aes-256-gcm", keyFor(purpose), bytes.subarray(0, IV_BYTES));
    decipher.setAAD(Buffer.from(purpose));
    decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
    const plain = Buffer.concat([
      decipher.update(bytes.subarray(IV_BYTES, bytes.length - TAG_BYTES)),
      decipher.final(),
    ]);
    payload = JSON.parse(plain.toString("utf8"));
  } catch {
    return { ok: false, problem: "forged" };
  }
  if (
    typeof payload !== "object" ||
    payload === null ||
    !("v" in payload) ||
    !("e" in payload) ||
    typeof payload.v !== "string" ||
    typeof payload.e !== "number"
  )
    return { ok: false, problem: "forged" };
  if (payload.e <= now.getTime()) return { ok: false, problem: "expired" };
  return { ok: true, value: payload.v };
}
