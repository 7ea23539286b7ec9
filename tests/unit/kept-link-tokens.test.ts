import { beforeAll, describe, expect, it } from "vitest";

beforeAll(() => {
  process.env.DATABASE_URL ??= "postgresql://unused@127.0.0.1/unused";
  process.env.AUTH_SECRET ??= "unit-secret-unit-secret-unit-secret-01";
  process.env.LINK_ENCRYPTION_KEY ??= Buffer.alloc(32, 9).toString("base64");
});

describe("link tokens kept encrypted", () => {
  it("opens what it sealed, for the same purpose only, and nothing changed", async () => {
    const { newKeptLinkToken, openLinkToken } = await import("../../lib/auth/link-cipher");
    const link = newKeptLinkToken("snapshot-share");
    expect(link.tokenSealed).not.toContain(link.token);
    expect(openLinkToken("snapshot-share", link.tokenSealed)).toBe(link.token);
    expect(openLinkToken("snapshot-respondent", link.tokenSealed)).toBeNull();
    const flipped = link.tokenSealed.slice(0, -2) + (link.tokenSealed.endsWith("A") ? "BB" : "AA");
    expect(openLinkToken("snapshot-share", flipped)).toBeNull();
    expect(openLinkToken("snapshot-share", null)).toBeNull();
  });
});

describe("the environment's link key", () => {
  it("refuses a key that is not 32 bytes of base64, with a sentence", async () => {
    const { parseServerEnv } = await import("../../lib/env");
    const base = {
      DATABASE_URL: "postgresql://u@h/d",
      AUTH_SECRET: "x".repeat(32),
    };
    expect(() => parseServerEnv(base)).toThrow(/LINK_ENCRYPTION_KEY is required/);
    expect(() => parseServerEnv({ ...base, LINK_ENCRYPTION_KEY: "short" })).toThrow(
      /LINK_ENCRYPTION_KEY must be 32 bytes in base64/,
    );
    expect(
      parseServerEnv({ ...base, LINK_ENCRYPTION_KEY: Buffer.alloc(32, 1).toString("base64") })
        .SNAPSHOT_REMINDER_DAYS,
    ).toBe(3);
  });
});

describe("unsubscribe tokens", () => {
  it("name what they stop, and anything we did not seal is refused with a sentence", async () => {
    const { openUnsubscribeToken, unsubscribeToken } =
      await import("../../lib/auth/unsubscribe-token");
    const subject = {
      kind: "alert",
      userId: "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b",
      alert: "submitted",
    } as const;
    const token = unsubscribeToken(subject);
    expect(openUnsubscribeToken(token)).toEqual({ ok: true, subject });
    expect(openUnsubscribeToken(`${token.slice(0, -1)}x`)).toMatchObject({ ok: false });
    expect(openUnsubscribeToken("../../etc/passwd")).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/incomplete or was changed/),
    });
    const later = new Date(Date.now() + 400 * 24 * 60 * 60 * 1000);
    expect(openUnsubscribeToken(token, later)).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/expired/),
    });
  });
});
