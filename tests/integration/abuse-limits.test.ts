/**
 * The abuse limits, counted in Postgres as every instance counts them: sign-in links per address
 * and per client, diagnostic submissions per client, result copies per recipient and per result.
 * Concurrent requests are the point: a check-then-insert limit lets most of them through.
 */
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { enforceSignInRateLimit } from "@/lib/auth/sign-in-rate-limit";
import { diagnostic, scoreDiagnostic } from "@/lib/domain/diagnostic";
import { clientSubject, hitLimits, limitSpec } from "@/lib/limits/rate-limit";
import { sendResultCopy } from "@/lib/services/diagnostic/send-result-copy";
import { submitDiagnosticRequest } from "../support/submit-diagnostic";
import { ensurePlatformOrganization } from "../support/fixtures";
import { query } from "../support/test-database";

let client = "198.51.100.1";
const submitDiagnosticAction = (body: unknown) => submitDiagnosticRequest(body, client);

const ownerUrl = inject("ownerDatabaseUrl");

/** A documentation-range address no other test uses. */
function newClient() {
  const n = Math.floor(Math.random() * 2 ** 16);
  return `203.0.${n >> 8}.${n & 255}`;
}

const answers = Object.fromEntries(diagnostic.questions.map((q) => [q.id, q.options[1]!.id]));

function submission(email?: string) {
  return {
    submissionId: randomUUID(),
    bankVersion: diagnostic.version,
    answers,
    context: email ? { email } : {},
  };
}

async function mailCount(to: string) {
  const rows = await query<{ n: string }>(
    ownerUrl,
    `select count(*)::text as n from "MailMessage" where "to" = $1`,
    [to],
  );
  return Number(rows[0]!.n);
}

beforeAll(async () => {
  await ensurePlatformOrganization();
});

describe("sign-in links", () => {
  const perAddress = limitSpec("signInPerAddress").count;
  const perClient = limitSpec("signInPerClient").count;

  it(`sends at most ${perAddress} links to one address when 40 requests arrive at once`, async () => {
    const email = `race-${randomUUID()}@example.com`;
    const outcomes = await Promise.allSettled(
      Array.from({ length: 40 }, () => enforceSignInRateLimit(email, newClient())),
    );
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(perAddress);
    const refused = outcomes.find((o) => o.status === "rejected");
    expect(refused?.status === "rejected" && refused.reason).toMatchObject({
      code: "RATE_LIMITED",
      message: expect.stringMatching(/^Too many sign-in links were requested\. Try again in /),
      retryAfterSeconds: expect.any(Number),
    });
  });

  it(`lets one client ask for ${perClient} links, even for 60 addresses at once`, async () => {
    const address = newClient();
    const outcomes = await Promise.allSettled(
      Array.from({ length: 60 }, () =>
        enforceSignInRateLimit(`many-${randomUUID()}@example.com`, address),
      ),
    );
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(perClient);
  });

  it("counts an address in any case, and an IPv6 client by its /64", async () => {
    const email = `Case-${randomUUID()}@Example.com`;
    for (let i = 0; i < perAddress; i++) {
      await enforceSignInRateLimit(i % 2 ? email.toLowerCase() : email.toUpperCase(), newClient());
    }
    await expect(enforceSignInRateLimit(email, newClient())).rejects.toMatchObject({
      code: "RATE_LIMITED",
    });

    const prefix = `2001:db8:${Math.floor(Math.random() * 0xffff).toString(16)}:1`;
    for (let i = 0; i < perClient; i++) {
      await enforceSignInRateLimit(
        `v6-${randomUUID()}@example.com`,
        `${prefix}::${i.toString(16)}`,
      );
    }
    await expect(
      enforceSignInRateLimit(`v6-${randomUUID()}@example.com`, `${prefix}:0:0:0:ffff`),
    ).rejects.toMatchObject({ code: "RATE_LIMITED" });
    expect(clientSubject(`${prefix}::1`)).toBe(clientSubject(`${prefix}:0:0:0:ffff`));
  });

  it("opens again when the window ends, and says how long to wait until then", async () => {
    const subject = `window-${randomUUID()}@example.com`;
    const { windowSeconds } = limitSpec("signInPerAddress");
    const windowStart = Math.ceil(Date.now() / (windowSeconds * 1000)) * windowSeconds * 1000;
    const during = new Date(windowStart + 1000);
    for (let i = 0; i < perAddress; i++) {
      expect(await hitLimits([{ limit: "signInPerAddress", subject }], during)).toEqual({
        allowed: true,
      });
    }
    expect(await hitLimits([{ limit: "signInPerAddress", subject }], during)).toEqual({
      allowed: false,
      limit: "signInPerAddress",
      retryAfterSeconds: windowSeconds - 1,
    });
    const next = new Date(windowStart + windowSeconds * 1000);
    expect(await hitLimits([{ limit: "signInPerAddress", subject }], next)).toEqual({
      allowed: true,
    });
  });
});

describe("diagnostic submissions", () => {
  const perClient = limitSpec("diagnosticPerClient").count;

  it(`stores ${perClient} of 200 submissions from one client and refuses the rest with a wait`, async () => {
    client = newClient();
    const results = [];
    for (let i = 0; i < 200; i++) results.push(await submitDiagnosticAction(submission()));
    const stored = results.filter((r) => r.ok);
    expect(stored).toHaveLength(perClient);
    expect(results.slice(0, perClient).every((r) => r.ok)).toBe(true);
    const refused = results[perClient]!;
    expect(refused).toMatchObject({
      ok: false,
      status: 429,
      code: "RATE_LIMITED",
      error: expect.stringContaining("Your answers are kept on this page"),
    });
    expect(!refused.ok && refused.retryAfter).toBeGreaterThan(0);
    // Another client is not held back by this one.
    client = newClient();
    expect((await submitDiagnosticAction(submission())).ok).toBe(true);
  });

  it("emails one recipient at most 3 copies a day, whatever the number of submissions", async () => {
    const email = `inbox-${randomUUID()}@example.com`;
    const copies = [];
    for (let i = 0; i < 6; i++) {
      client = newClient();
      const result = await submitDiagnosticAction(submission(email));
      if (!result.ok) throw new Error(result.error);
      copies.push(result.data.copy);
    }
    expect(copies).toEqual(["sent", "sent", "sent", "limited", "limited", "limited"]);
    expect(await mailCount(email)).toBe(3);
  });
});

describe("copies of one result", () => {
  it("sends a result twice at most, so a mistyped address can be corrected once", async () => {
    const assessmentId = randomUUID();
    const result = scoreDiagnostic(answers);
    const to = () => `copy-${randomUUID()}@example.com`;
    const send = (address: string) =>
      sendResultCopy({
        assessmentId,
        to: address,
        result,
        pricing: null,
        resultUrl: "http://localhost/r",
      });
    const [first, second, third] = [to(), to(), to()];
    expect(await send(first)).toBe("sent");
    expect(await send(second)).toBe("sent");
    expect(await send(third)).toBe("limited");
    expect(await mailCount(third)).toBe(0);
  });
});
