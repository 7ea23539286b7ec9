import { describe, expect, it } from "vitest";
import {
  draftNeedsSignatures,
  effectiveVersion,
  leadsProblem,
  signingProblem,
  versionStatus,
  type FunctionLeads,
  type LeadFunction,
  type StandardSignature,
  type StandardVersion,
} from "../../lib/domain/scoreboard";

const at = (iso: string) => new Date(`${iso}T09:00:00Z`);
const leads: FunctionLeads = { MARKETING: "mia", SALES: "sam" };
const v1: StandardVersion = { number: 1, createdAt: at("2026-03-01") };
const v2: StandardVersion = { number: 2, createdAt: at("2026-04-01") };

const sign = (
  version: number,
  fn: LeadFunction,
  userId: string,
  day: string,
): StandardSignature => ({
  version,
  function: fn,
  userId,
  signedAt: at(day),
});

/** Tries to sign the way the sign button would: against the latest version and current leads. */
function attempt(
  fn: LeadFunction,
  userId: string,
  signatures: StandardSignature[],
  version = 2,
  latestVersion = 2,
) {
  return signingProblem({ version, latestVersion, function: fn, userId, leads, signatures });
}

describe("signing the standard", () => {
  it("does not put a version in effect on one signature", () => {
    const signatures = [sign(1, "MARKETING", "mia", "2026-03-02")];
    expect(versionStatus(1, signatures)).toEqual({
      signedBy: { MARKETING: { userId: "mia", signedAt: at("2026-03-02") } },
      missing: ["SALES"],
      complete: false,
    });
    expect(effectiveVersion([v1], signatures)).toBeNull();
    expect(draftNeedsSignatures([v1], signatures)).toBe(true);
  });

  it("puts a version in effect once both leads have signed it", () => {
    const signatures = [
      sign(1, "MARKETING", "mia", "2026-03-02"),
      sign(1, "SALES", "sam", "2026-03-03"),
    ];
    expect(versionStatus(1, signatures)).toMatchObject({ missing: [], complete: true });
    expect(effectiveVersion([v1], signatures)).toBe(v1);
    expect(draftNeedsSignatures([v1], signatures)).toBe(false);
  });

  it("starts an edited version unsigned and keeps the old one in force until both sign it", () => {
    const signedV1 = [
      sign(1, "MARKETING", "mia", "2026-03-02"),
      sign(1, "SALES", "sam", "2026-03-03"),
    ];
    // The edit makes version 2: neither earlier signature carries over.
    expect(versionStatus(2, signedV1)).toMatchObject({
      signedBy: {},
      missing: ["MARKETING", "SALES"],
    });
    expect(effectiveVersion([v1, v2], signedV1)).toBe(v1);
    expect(draftNeedsSignatures([v1, v2], signedV1)).toBe(true);

    const halfway = [...signedV1, sign(2, "SALES", "sam", "2026-04-02")];
    expect(effectiveVersion([v1, v2], halfway)).toBe(v1);

    const both = [...halfway, sign(2, "MARKETING", "mia", "2026-04-03")];
    expect(effectiveVersion([v1, v2], both)).toBe(v2);
    // Whatever order the versions arrive in, the newer signed one wins.
    expect(effectiveVersion([v2, v1], both)).toBe(v2);
    expect(draftNeedsSignatures([v1, v2], both)).toBe(false);
  });

  it("has no standard in effect when nothing was ever signed by both", () => {
    expect(effectiveVersion([v1, v2], [sign(2, "SALES", "sam", "2026-04-02")])).toBeNull();
    expect(draftNeedsSignatures([], [])).toBe(false);
  });

  it("does not let one person sign for both functions", () => {
    const signatures = [sign(2, "MARKETING", "mia", "2026-04-02")];
    // Mia holds both roles for a moment: her second signature is refused...
    expect(
      signingProblem({
        version: 2,
        latestVersion: 2,
        function: "SALES",
        userId: "mia",
        leads: { MARKETING: "mia", SALES: "mia" },
        signatures,
      }),
    ).toBe(
      "You signed version 2 for the other function; the sales lead signature must come from a different person.",
    );
    // ...and, if stored anyway, does not count.
    const stored = [...signatures, sign(2, "SALES", "mia", "2026-04-03")];
    expect(versionStatus(2, stored)).toMatchObject({ missing: ["SALES"], complete: false });
    expect(effectiveVersion([v2], stored)).toBeNull();
    expect(leadsProblem({ MARKETING: "mia", SALES: "mia" })).toBe(
      "One person holds both lead roles; the standard needs two different people to sign it.",
    );
  });

  it("lets only the member holding the function sign for it", () => {
    expect(attempt("SALES", "mia", [])).toBe(
      "Only the member who holds the sales lead role can sign for it.",
    );
    expect(attempt("MARKETING", "intern", [])).toBe(
      "Only the member who holds the marketing lead role can sign for it.",
    );
    expect(
      signingProblem({
        version: 1,
        latestVersion: 1,
        function: "SALES",
        userId: "sam",
        leads: { MARKETING: "mia", SALES: null },
        signatures: [],
      }),
    ).toBe("Nobody holds the sales lead role yet; name one before signing.");
    expect(attempt("SALES", "sam", [])).toBeNull();
    expect(attempt("MARKETING", "mia", [])).toBeNull();
  });

  it("refuses a signature on a version that has been replaced", () => {
    expect(attempt("MARKETING", "mia", [], 1, 2)).toBe(
      "Only the latest version of the standard can be signed; version 1 has been replaced by version 2.",
    );
  });

  it("refuses signing the same version twice", () => {
    expect(attempt("MARKETING", "mia", [sign(2, "MARKETING", "mia", "2026-04-02")])).toBe(
      "You have already signed version 2 as marketing lead.",
    );
    // A signature from the previous holder still stands; the new holder cannot add a second.
    expect(attempt("MARKETING", "mia", [sign(2, "MARKETING", "max", "2026-04-02")])).toBe(
      "Version 2 already carries a signature from the marketing lead.",
    );
  });

  it("says which lead is missing before anyone can sign", () => {
    expect(leadsProblem({ MARKETING: null, SALES: null })).toBe(
      "Name a marketing lead and a sales lead before signing.",
    );
    expect(leadsProblem({ MARKETING: "mia", SALES: null })).toBe(
      "Name a sales lead before signing.",
    );
    expect(leadsProblem(leads)).toBeNull();
  });
});
