import { openSealedValue, sealValue, type OpenedValue } from "@/lib/auth/sealed-value";

const PURPOSE = "diagnostic-result-for-snapshot";

/** Long enough to sign in through an emailed link and pay; short enough to be forgotten soon. */
export const DIAGNOSTIC_REFERENCE_MAX_AGE_SECONDS = 60 * 60;

/**
 * What the browser carries from a result to the Snapshot it buys next: the hash the database
 * already holds (never the link's token), sealed so it can be neither read, forged nor extended.
 */
export function sealDiagnosticReference(tokenHash: string, now = new Date()): string {
  return sealValue(
    PURPOSE,
    tokenHash,
    new Date(now.getTime() + DIAGNOSTIC_REFERENCE_MAX_AGE_SECONDS * 1000),
  );
}

/** The result's token hash, or why the reference cannot be used. */
export function openDiagnosticReference(reference: string, now = new Date()): OpenedValue {
  const opened = openSealedValue(PURPOSE, reference, now);
  if (opened.ok && !/^[0-9a-f]{64}$/.test(opened.value)) return { ok: false, problem: "forged" };
  return opened;
}
