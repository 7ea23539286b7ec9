/**
 * The platform's diagnostic result carried to the Snapshot its taker buys next: "Get the
 * Snapshot" posts the token and gets a sealed cookie back; buying as a company for itself copies
 * the result onto the new Snapshot and names it on the purchase. A reference that is forged,
 * expired or names a deleted result attaches nothing and says why; no other organization sees
 * what was attached.
 */
import { createHash, randomUUID } from "node:crypto";
import { beforeAll, describe, expect, inject, it, vi } from "vitest";
import { POST as referResult } from "@/app/api/diagnostic/snapshot-attachment/route";
import type { OrgContext } from "@/lib/auth/guard";
import { hashLinkToken } from "@/lib/auth/tokens";
import { applyPaymentEvent } from "@/lib/data/snapshot/apply-payment-event";
import { diagnostic, FRACTURE_INFO } from "@/lib/domain/diagnostic";
import { snapshot as bank } from "@/lib/domain/snapshot";
import { DIAGNOSTIC_REFERENCE_COOKIE } from "@/lib/http/diagnostic-reference-cookie";
import { deleteDiagnosticResult } from "@/lib/services/diagnostic/delete-diagnostic-result";
import { sealDiagnosticReference } from "@/lib/services/diagnostic/diagnostic-reference";
import { submitDiagnostic } from "@/lib/services/diagnostic/submit-diagnostic";
import { buySnapshot } from "@/lib/services/snapshot/buy-snapshot";
import { diagnosticAttachmentNotice } from "@/lib/services/snapshot/diagnostic-attachment";
import { getSnapshot } from "@/lib/services/snapshot/load-snapshots";
import { closeSnapshot } from "@/lib/services/snapshot/manage-snapshot";
import {
  addMembership,
  createOrg,
  createSession,
  createUser,
  ensurePlatformOrganization,
  sessionCookie,
} from "../support/fixtures";
import { query } from "../support/test-database";

/** The request scope the buy action runs in: a signed-in browser and its cookie jar. */
const browser = { session: "", jar: new Map<string, string>() };
vi.mock("next/headers", () => ({
  headers: async () =>
    new Headers({ cookie: browser.session, host: "localhost:3000", "x-forwarded-proto": "http" }),
  cookies: async () => ({
    get: (name: string) =>
      browser.jar.has(name) ? { name, value: browser.jar.get(name)! } : undefined,
    set: (name: string, value: string) => browser.jar.set(name, value),
    delete: (name: string) => browser.jar.delete(name),
  }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

const ownerUrl = inject("ownerDatabaseUrl");
const APP = process.env.APP_URL!;
const BASE = "https://app.example.test";

/** A documentation-range address no other test uses, so the per-client limit stays clear. */
function newClient() {
  const n = Math.floor(Math.random() * 2 ** 16);
  return `198.19.${n >> 8}.${n & 255}`;
}

/** Messaging broken, the rest healthy: a result that names a fracture. */
const answers = Object.fromEntries(
  diagnostic.questions.map((q) => [
    q.id,
    (q.weights.MESSAGING ?? 0) > 0 ? q.options.at(-1)!.id : q.options[0]!.id,
  ]),
);

async function takeDiagnostic(organizationSlug = process.env.PLATFORM_ORG_SLUG!) {
  const submissionId = randomUUID();
  const { accessToken } = await submitDiagnostic({
    organizationSlug,
    request: {
      submissionId,
      bankVersion: diagnostic.version,
      answers,
      context: { role: "ceo", revenueBand: "20m-50m" },
    },
    baseUrl: APP,
  });
  const [row] = await query<{
    id: string;
    scores: { key: string; score: number }[];
    primary: string;
    createdAt: Date;
  }>(
    ownerUrl,
    `select id, scores, "primary", "createdAt" from "DiagnosticAssessment" where "submissionId" = $1`,
    [submissionId],
  );
  return { token: accessToken, ...row! };
}

function post(body: string, headers: Record<string, string> = {}) {
  return referResult(
    new Request(`${APP}/api/diagnostic/snapshot-attachment`, {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        origin: APP,
        "sec-fetch-site": "same-origin",
        "x-forwarded-for": newClient(),
        ...headers,
      },
      body,
    }),
  );
}

/** "Get the Snapshot" on the result page: the cookie value the browser would keep. */
async function bring(token: string): Promise<string> {
  const response = await post(new URLSearchParams({ token }).toString());
  expect(response.status).toBe(303);
  const cookie = response.headers.get("set-cookie")!;
  return cookie.split(";")[0]!.split("=").slice(1).join("=");
}

async function companyOwner(label: string): Promise<OrgContext & { session: string }> {
  const org = await createOrg(label);
  const user = await createUser(`${label}-owner`);
  await addMembership(org.id, user.id, "OWNER");
  return {
    user: { id: user.id, email: user.email, name: null },
    role: "OWNER",
    organization: {
      id: org.id,
      slug: org.slug,
      name: `Org ${label} ${org.id.slice(0, 4)}`,
      kind: "COMPANY",
      accentColor: null,
      logoUrl: null,
      currency: "USD",
    },
    session: await createSession(user.id),
  };
}

async function snapshotRowOf(organizationId: string) {
  const rows = await query<Record<string, unknown>>(
    ownerUrl,
    `select s.*, p."diagnosticAssessmentId", p.id as "purchaseId"
       from "Snapshot" s join "SnapshotPurchase" p on p."snapshotId" = s.id
      where s."organizationId" = $1`,
    [organizationId],
  );
  expect(rows).toHaveLength(1);
  return rows[0]!;
}

async function pay(organizationId: string, purchaseId: string) {
  await applyPaymentEvent({
    id: `evt_${randomUUID()}`,
    type: "checkout.session.completed",
    createdAt: new Date(),
    purchase: { organizationId, purchaseId },
    facts: { paidAt: new Date(), amountTotal: 250000, currency: "usd" },
  });
}

beforeAll(async () => {
  await ensurePlatformOrganization();
});

describe("Get the Snapshot on a result", () => {
  it("answers 303 to /get-snapshot with a short-lived, HttpOnly, Lax, Secure cookie that holds neither the token nor its hash", async () => {
    const { token } = await takeDiagnostic();
    const response = await post(new URLSearchParams({ token }).toString());
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`${APP}/get-snapshot`);
    const cookie = response.headers.get("set-cookie")!;
    expect(cookie.startsWith(`${DIAGNOSTIC_REFERENCE_COOKIE}=`)).toBe(true);
    expect(cookie).toMatch(/; Max-Age=3600;/);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Lax/);
    expect(cookie).toMatch(/; Secure/);
    expect(cookie).not.toContain(token);
    expect(cookie).not.toContain(createHash("sha256").update(token).digest("hex"));
  });

  it("takes the post of the result page itself, whose no-referrer policy hides its origin", async () => {
    const { token } = await takeDiagnostic();
    // What Chromium sends for a form on a no-referrer page: Origin null, Sec-Fetch-Site same-origin.
    const response = await post(new URLSearchParams({ token }).toString(), { origin: "null" });
    expect(response.status).toBe(303);
  });

  it("refuses, with a sentence and never a 5xx, what a result page would not send", async () => {
    const { token } = await takeDiagnostic();
    const form = new URLSearchParams({ token }).toString();
    const cases: [Response, number, RegExp][] = [
      [await post(form, { origin: "https://evil.example" }), 403, /another site/],
      [await post(form, { "sec-fetch-site": "cross-site" }), 403, /another site/],
      [await post(form, { origin: "null", "sec-fetch-site": "cross-site" }), 403, /another site/],
      [await post(form, { origin: "null", "sec-fetch-site": "" }), 403, /another site/],
      [await post("token=not-a-token"), 400, /missing or not recognised/],
      [await post(""), 400, /missing or not recognised/],
      [
        await post(new URLSearchParams({ token: "A".repeat(43) }).toString()),
        404,
        /does not exist or the link is incomplete/,
      ],
      [await post(form, { "content-type": "application/json" }), 415, /form/],
      [await post("x".repeat(5000)), 413, /larger than/],
    ];
    for (const [response, status, sentence] of cases) {
      expect(response.status).toBe(status);
      expect(response.headers.get("set-cookie")).toBeNull();
      expect(((await response.json()) as { error: string }).error).toMatch(sentence);
    }
  });

  it("answers a browser's form post for a result that is gone with a page, not JSON", async () => {
    const response = await post(new URLSearchParams({ token: "A".repeat(43) }).toString(), {
      "sec-fetch-mode": "navigate",
    });
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
    const page = await response.text();
    expect(page).toContain("That did not go through");
    expect(page).toContain("This result does not exist or the link is incomplete.");
    expect(page).toContain('href="/diagnostic"');
  });

  it("brings only a result of the platform's own diagnostic, not one of an organization's link", async () => {
    const branded = await createOrg("branded-link");
    const { token } = await takeDiagnostic(branded.slug);
    const response = await post(new URLSearchParams({ token }).toString());
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toMatch(
      /Only a result of the diagnostic on Revenue Chain's own page/,
    );
  });
});

describe("buying the Snapshot with the result brought along", () => {
  it("copies the result onto the new Snapshot, names it on the purchase, clears the cookie, and keeps the copy after the result is deleted", async () => {
    const result = await takeDiagnostic();
    const reference = await bring(result.token);
    const ctx = await companyOwner("ceo-co");

    const notice = await diagnosticAttachmentNotice(ctx, reference);
    expect(notice).toEqual({ status: "ready", takenAt: result.createdAt, primary: "MESSAGING" });

    // Through the buy action itself, as the Snapshots page calls it.
    browser.session = sessionCookie(ctx.session);
    browser.jar = new Map([[DIAGNOSTIC_REFERENCE_COOKIE, reference]]);
    const { buySnapshotAction } =
      await import("@/app/(app)/o/[orgSlug]/(member)/snapshots/actions");
    const bought = await buySnapshotAction({ orgSlug: ctx.organization.slug });
    expect(bought).toMatchObject({
      ok: true,
      data: { url: expect.stringContaining("/test-checkout/") },
    });
    expect(browser.jar.has(DIAGNOSTIC_REFERENCE_COOKIE)).toBe(false);

    const row = await snapshotRowOf(ctx.organization.id);
    expect(row.diagnosticAssessmentId).toBe(result.id);
    expect(row).toMatchObject({
      diagnosticTakenAt: result.createdAt,
      diagnosticBankVersion: diagnostic.version,
      diagnosticPricingVersion: "pricing-v1",
      diagnosticRevenueBand: "20m-50m",
      diagnosticRole: "ceo",
      diagnosticPrimary: "MESSAGING",
      unlocked: false,
    });
    expect(row.diagnosticScores).toEqual(result.scores);
    // The token opens the result; the buyer's rows never hold it, nor its hash.
    const stored = JSON.stringify(row);
    expect(stored).not.toContain(result.token);
    expect(stored).not.toContain(createHash("sha256").update(result.token).digest("hex"));

    await pay(ctx.organization.id, row.purchaseId as string);
    await deleteDiagnosticResult(
      { token: result.token, confirm: "delete" },
      { clientAddress: newClient() },
    );
    const view = await getSnapshot(ctx, row.id as string);
    expect(view.unlocked).toBe(true);
    expect(view.diagnostic).toEqual({
      takenAt: result.createdAt,
      bankVersion: diagnostic.version,
      pricingVersion: "pricing-v1",
      revenueBand: "20m-50m",
      role: "ceo",
      primary: "MESSAGING",
      scores: result.scores,
    });

    // The first draft quotes it beside the leaders' answers.
    await query(
      ownerUrl,
      `insert into "SnapshotRespondent" ("organizationId", id, "snapshotId", email, role, "tokenHash", answers, "answeredCount", "submittedAt", "updatedAt")
       values ($1, $2, $3, $4, 'CEO', $5, $6, $7, now(), now())`,
      [
        ctx.organization.id,
        randomUUID(),
        row.id,
        `ceo-${randomUUID().slice(0, 6)}@attach.test`,
        randomUUID(),
        JSON.stringify(Object.fromEntries(bank.questions.map((q) => [q.id, q.options[3]!.id]))),
        bank.questions.length,
      ],
    );
    await closeSnapshot(ctx, row.id as string, { confirmNoPipeline: true });
    const [closed] = await query<{ draftSections: { key: string; body: string }[] }>(
      ownerUrl,
      `select "draftSections" from "Snapshot" where id = $1`,
      [row.id],
    );
    const perception = closed!.draftSections.find((s) => s.key === "perception")!.body;
    expect(perception).toContain("before this Snapshot, the CEO answered the free diagnostic");
    expect(perception).toContain(`“${FRACTURE_INFO.MESSAGING.name}”`);
  });

  it("attaches nothing from a forged, expired or deleted result's reference, says why, and still sells the Snapshot", async () => {
    const result = await takeDiagnostic();
    const good = await bring(result.token);
    const gone = await takeDiagnostic();
    const goneReference = await bring(gone.token);
    await deleteDiagnosticResult(
      { token: gone.token, confirm: "delete" },
      { clientAddress: newClient() },
    );
    const tampered = `${good.slice(0, 20)}${good[20] === "A" ? "B" : "A"}${good.slice(21)}`;
    const expired = sealDiagnosticReference(
      hashLinkToken(result.token),
      new Date(Date.now() - 2 * 3600 * 1000),
    );
    const cases: [string, RegExp][] = [
      ["not even base64url!", /could not be read/],
      [tampered, /could not be read/],
      [good.slice(0, 30), /could not be read/],
      [expired, /more than an hour ago/],
      [goneReference, /no longer exists/],
    ];
    for (const [reference, why] of cases) {
      const ctx = await companyOwner("unlucky");
      const notice = await diagnosticAttachmentNotice(ctx, reference);
      expect(notice).toMatchObject({ status: "unusable", message: expect.stringMatching(why) });
      const bought = await buySnapshot(ctx, { orgSlug: ctx.organization.slug }, BASE, {
        diagnosticReference: reference,
      });
      expect(bought.diagnostic).toBe("unusable");
      const row = await snapshotRowOf(ctx.organization.id);
      expect(row.diagnosticAssessmentId).toBeNull();
      expect(row.diagnosticTakenAt).toBeNull();
      expect(row.diagnosticScores).toBeNull();
    }
  });

  it("attaches nothing when a consultancy buys for a client, and another organization never sees an attached result", async () => {
    const result = await takeDiagnostic();
    const reference = await bring(result.token);

    const consultancy = await companyOwner("advisers");
    consultancy.organization.kind = "CONSULTANCY";
    await query(ownerUrl, `update "Organization" set kind = 'CONSULTANCY' where id = $1`, [
      consultancy.organization.id,
    ]);
    const client = await createOrg("their-client");
    await query(
      ownerUrl,
      `insert into "Engagement" (id, "organizationId", "consultancyId", status) values ($1, $2, $3, 'ACTIVE')`,
      [randomUUID(), client.id, consultancy.organization.id],
    );
    expect(await diagnosticAttachmentNotice(consultancy, reference)).toBeNull();
    const forClient = await buySnapshot(
      consultancy,
      { orgSlug: consultancy.organization.slug, clientSlug: client.slug },
      BASE,
      { diagnosticReference: reference },
    );
    expect(forClient.diagnostic).toBe("none");
    expect((await snapshotRowOf(client.id)).diagnosticTakenAt).toBeNull();

    // The company buys with it; a stranger's organization tries the Snapshot's id.
    const company = await companyOwner("owner-co");
    const bought = await buySnapshot(company, { orgSlug: company.organization.slug }, BASE, {
      diagnosticReference: reference,
    });
    expect(bought.diagnostic).toBe("attached");
    const row = await snapshotRowOf(company.organization.id);
    const stranger = await companyOwner("stranger-co");
    await expect(getSnapshot(stranger, row.id as string)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    // The stranger holds no reference of their own, so their Snapshots page says nothing.
    expect(await diagnosticAttachmentNotice(stranger, undefined)).toBeNull();
    const theirs = await buySnapshot(stranger, { orgSlug: stranger.organization.slug }, BASE);
    expect(theirs.diagnostic).toBe("none");
    expect((await snapshotRowOf(stranger.organization.id)).diagnosticTakenAt).toBeNull();
  });

  it("forgets the result when asked not to attach it", async () => {
    const result = await takeDiagnostic();
    const ctx = await companyOwner("changed-mind");
    browser.session = sessionCookie(ctx.session);
    browser.jar = new Map([[DIAGNOSTIC_REFERENCE_COOKIE, await bring(result.token)]]);
    const { buySnapshotAction, leaveOutDiagnosticAction } =
      await import("@/app/(app)/o/[orgSlug]/(member)/snapshots/actions");
    expect(await leaveOutDiagnosticAction({ orgSlug: ctx.organization.slug })).toMatchObject({
      ok: true,
    });
    expect(browser.jar.size).toBe(0);
    await buySnapshotAction({ orgSlug: ctx.organization.slug });
    expect((await snapshotRowOf(ctx.organization.id)).diagnosticTakenAt).toBeNull();
  });
});
