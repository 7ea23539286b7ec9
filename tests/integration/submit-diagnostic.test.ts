import { randomUUID } from "node:crypto";
import { inject } from "vitest";
import { beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/diagnostic/submissions/route";
import { submitDiagnosticRequest } from "../support/submit-diagnostic";

// Each call comes from its own client, so these tests stay clear of the per-client limit
// (tests/integration/abuse-limits.test.ts covers it).
let calls = 0;
const submitDiagnosticAction = (body: unknown) =>
  submitDiagnosticRequest(body, `192.0.2.${++calls % 250}`);
import { getDiagnosticResult } from "@/lib/services/diagnostic/get-diagnostic-result";
import { diagnostic, scoreDiagnostic } from "@/lib/domain/diagnostic";
import { AppError } from "@/lib/errors";
import { ensurePlatformOrganization } from "../support/fixtures";
import { query } from "../support/test-database";

/** Direct checks read the rows as their owner, beneath row-level security. */
const url = inject("ownerDatabaseUrl");

/** Answers choosing option `pick(i)` (0 = healthiest) on question i. */
function answersWith(pick: (i: number) => number): Record<string, string> {
  return Object.fromEntries(
    diagnostic.questions.map((q, i) => [
      q.id,
      q.options[Math.min(pick(i), q.options.length - 1)]!.id,
    ]),
  );
}

const mixed = answersWith((i) => (i * 7) % 5);

function request(overrides: { context?: Record<string, string>; [key: string]: unknown } = {}) {
  return {
    submissionId: randomUUID(),
    bankVersion: diagnostic.version,
    answers: mixed,
    context: {
      role: "ceo",
      revenueBand: "50m-150m",
      vertical: "logistics",
      // Unique per request: tests in other files write to the same database at the same time,
      // so every check below looks only at this request's own rows.
      email: `ceo-${randomUUID()}@example.com`,
    },
    startedAt: new Date(Date.now() - 150_000).toISOString(),
    ...overrides,
  };
}

async function countBySubmission(submissionId: string) {
  const rows = await query<{ n: string }>(
    url,
    `select count(*)::text as n from "DiagnosticAssessment" where "submissionId" = $1`,
    [submissionId],
  );
  return Number(rows[0]!.n);
}

/** Rows stored for this request, found by its submission id or its (unique) email. */
async function storedFor(input: { submissionId?: unknown; context?: { email?: string } }) {
  const rows = await query<{ n: string }>(
    url,
    `select count(*)::text as n from "DiagnosticAssessment" where "submissionId"::text = $1 or email = $2`,
    [String(input.submissionId), input.context?.email ?? ""],
  );
  return Number(rows[0]!.n);
}

beforeAll(async () => {
  await ensurePlatformOrganization();
});

describe("submitting the diagnostic", () => {
  it("stores the answers, scores, version and context, readable back through the private link", async () => {
    const input = request();
    const result = await submitDiagnosticAction(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.accessToken).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const stored = await getDiagnosticResult(result.data.accessToken);
    const expected = scoreDiagnostic(mixed);
    expect(stored.result).toEqual(expected);
    expect(stored.answers).toEqual(mixed);
    expect(stored.bank.version).toBe(diagnostic.version);
    expect(stored.context).toEqual({ role: "ceo", revenueBand: "50m-150m", vertical: "logistics" });
    expect(stored.organization.slug).toBe(process.env.PLATFORM_ORG_SLUG);

    const [row] = await query<{
      email: string;
      bankVersion: string;
      startedAt: Date;
      primary: string | null;
    }>(
      url,
      `select email, "bankVersion", "startedAt", "primary" from "DiagnosticAssessment" where "submissionId" = $1`,
      [input.submissionId],
    );
    expect(row).toMatchObject({
      email: input.context.email,
      bankVersion: "diagnostic-v1",
      primary: expected.primary,
    });
    expect(row!.startedAt.toISOString()).toBe(input.startedAt);
  });

  it("sends one copy of the result to the email given, with the private link, even when retried", async () => {
    const input = request({ context: { email: `copy-${randomUUID()}@example.com` } });
    const first = await submitDiagnosticAction(input);
    await submitDiagnosticAction(input);
    if (!first.ok) throw new Error(first.error);
    const mail = await query<{ subject: string; text: string; transport: string; status: string }>(
      url,
      `select subject, text, transport, status from "MailMessage" where "to" = $1`,
      [input.context.email],
    );
    expect(mail).toHaveLength(1);
    expect(mail[0]).toMatchObject({ transport: "OUTBOX", status: "SENT" });
    expect(mail[0]!.subject).toMatch(/^Your Revenue Leak Diagnostic: /);
    expect(mail[0]!.text).toContain(`${process.env.APP_URL}/results/${first.data.accessToken}`);
  });

  it("sends no email when none was given", async () => {
    const result = await submitDiagnosticAction(request({ context: { role: "ceo" } }));
    if (!result.ok) throw new Error(result.error);
    const mail = await query(url, `select 1 from "MailMessage" where text like '%' || $1 || '%'`, [
      result.data.accessToken,
    ]);
    expect(mail).toEqual([]);
  });

  it("stores one assessment for a retried submission and returns the same link", async () => {
    const input = request();
    const first = await submitDiagnosticAction(input);
    const retry = await submitDiagnosticAction(input);
    if (!first.ok || !retry.ok) throw new Error("submission refused");
    expect(retry.data.accessToken).toBe(first.data.accessToken);
    // The copy went out with the first delivery; the retry sends none.
    expect([first.data.copy, retry.data.copy]).toEqual(["sent", null]);
    expect(await countBySubmission(input.submissionId)).toBe(1);
  });

  it("stores one assessment when the same submission arrives ten times at once (double clicks)", async () => {
    const input = request();
    const results = await Promise.all(
      Array.from({ length: 10 }, () => submitDiagnosticAction(input)),
    );
    const tokens = new Set(results.map((r) => (r.ok ? r.data.accessToken : r.error)));
    expect(tokens.size).toBe(1);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await countBySubmission(input.submissionId)).toBe(1);
  });

  it("refuses to overwrite a stored submission with different answers", async () => {
    const input = request();
    const first = await submitDiagnosticAction(input);
    expect(first.ok).toBe(true);
    const changed = await submitDiagnosticAction({ ...input, answers: answersWith(() => 0) });
    expect(changed).toEqual({
      ok: false,
      status: 409,
      error: "This submission was already recorded with different answers.",
      code: "CONFLICT",
      retryAfter: null,
    });
    const [row] = await query<{ answers: Record<string, string> }>(
      url,
      `select answers from "DiagnosticAssessment" where "submissionId" = $1`,
      [input.submissionId],
    );
    expect(row!.answers).toEqual(mixed);
  });

  const invalid: [string, Record<string, unknown>, string][] = [
    [
      "a missing answer",
      { answers: Object.fromEntries(Object.entries(mixed).slice(1)) },
      diagnostic.questions[0]!.id,
    ],
    [
      "an unknown option",
      { answers: { ...mixed, [diagnostic.questions[3]!.id]: "zz" } },
      diagnostic.questions[3]!.id,
    ],
    ["an unknown question", { answers: { ...mixed, "q99-made-up": "a" } }, ""],
    ["a malformed email", { context: { email: "not-an-email" } }, "context.email"],
    ["a submission id that is not a UUID", { submissionId: "123" }, "submissionId"],
  ];

  it.each(invalid)(
    "rejects %s with a clear message and stores nothing",
    async (_name, overrides, field) => {
      const input = request(overrides);
      const result = await submitDiagnosticAction(input);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.length).toBeGreaterThan(10);
      if (field) expect(Object.keys(result.fieldErrors ?? {}).join(" ")).toContain(field);
      expect(await storedFor(input)).toBe(0);
    },
  );

  it("asks for a reload when the page was answered on an older question bank", async () => {
    const input = request({ bankVersion: "diagnostic-v0" });
    const result = await submitDiagnosticAction(input);
    expect(result).toEqual({
      ok: false,
      status: 409,
      error: "The questions were updated while you were answering. Reload the page to continue.",
      code: "CONFLICT",
      retryAfter: null,
    });
    expect(await storedFor(input)).toBe(0);
  });

  it("answers not found for a token that was never issued", async () => {
    await expect(getDiagnosticResult("x".repeat(43))).rejects.toThrow(AppError);
  });

  it("re-renders a stored result from what was stored, not from today's scoring", async () => {
    const input = request();
    const submitted = await submitDiagnosticAction(input);
    if (!submitted.ok) throw new Error(submitted.error);
    // Simulate a result stored under different scoring rules than today's.
    const frozen = [
      { key: "POSITIONING", score: 11 },
      { key: "MARKETING", score: 22 },
      { key: "MESSAGING", score: 33 },
      { key: "RELATIONSHIPS", score: 44 },
      { key: "SILOS", score: 55 },
    ];
    await query(
      url,
      `update "DiagnosticAssessment" set scores = $1, "primary" = 'SILOS' where "submissionId" = $2`,
      [JSON.stringify(frozen), input.submissionId],
    );
    const stored = await getDiagnosticResult(submitted.data.accessToken);
    expect(stored.result.fractures).toEqual(frozen);
    expect(stored.result.primary).toBe("SILOS");
  });
});

describe("the start time a browser reports", () => {
  it.each([
    ["in the future", "9999-12-31T23:59:59.000Z"],
    ["a month back", new Date(Date.now() - 30 * 86_400_000).toISOString()],
  ])("is not stored when it is %s, and the answers still count", async (_name, startedAt) => {
    const input = request({ startedAt });
    const result = await submitDiagnosticAction(input);
    expect(result.ok).toBe(true);
    const [row] = await query<{ startedAt: Date | null }>(
      url,
      `select "startedAt" from "DiagnosticAssessment" where "submissionId" = $1`,
      [input.submissionId],
    );
    expect(row).toEqual({ startedAt: null });
  });
});

describe("the public submissions route", () => {
  const post = (body: BodyInit, headers: Record<string, string> = {}) =>
    POST(
      new Request("http://localhost:3000/api/diagnostic/submissions", {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "x-forwarded-for": "192.0.2.200",
          ...headers,
        },
        body,
      }),
    );

  it("answers a body that is not JSON with 400 and a sentence", async () => {
    const response = await post('{"answers": ');
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: "The request body is not valid JSON." });
  });

  it("refuses answers not labelled JSON (a form or plain-text post) with 415 and stores nothing", async () => {
    for (const contentType of ["text/plain", "application/x-www-form-urlencoded", ""]) {
      const input = request();
      const response = await post(JSON.stringify(input), { "content-type": contentType });
      expect(response.status).toBe(415);
      expect(await response.json()).toMatchObject({ error: expect.stringMatching(/as JSON/) });
      expect(await countBySubmission(input.submissionId)).toBe(0);
    }
  });

  it("refuses a body over 64 KB with 413", async () => {
    const response = await post(JSON.stringify({ ...request(), padding: "x".repeat(70_000) }));
    expect(response.status).toBe(413);
  });

  it("refuses a submission posted from another site with 403 and stores nothing", async () => {
    const input = request();
    const response = await post(JSON.stringify(input), { origin: "https://evil.example" });
    expect(response.status).toBe(403);
    expect(await countBySubmission(input.submissionId)).toBe(0);
  });

  it("refuses a submission a browser marks cross-site even when its Origin names this site", async () => {
    const input = request();
    const response = await post(JSON.stringify(input), {
      origin: new URL(process.env.APP_URL!).origin,
      "sec-fetch-site": "cross-site",
    });
    expect(response.status).toBe(403);
    expect(await countBySubmission(input.submissionId)).toBe(0);
  });
});
