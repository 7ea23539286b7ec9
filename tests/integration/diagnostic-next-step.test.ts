/**
 * The call to action an organization sets for its branded link's results: the setting (who may
 * change it, what it accepts, its audit), the clicks counted on the lead, and the Snapshot
 * request that tells the owners and admins once per result.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ZodError } from "zod";
import { POST as nextStepRoute } from "@/app/api/diagnostic/results/[token]/next-step/route";
import type { OrgContext } from "@/lib/auth/guard";
import { diagnostic } from "@/lib/domain/diagnostic";
import { ZNextStepSetting } from "@/lib/domain/organization/next-step-setting";
import { listOrganizationAssessments } from "@/lib/services/diagnostic/list-organization-assessments";
import { loadNextStepActivity } from "@/lib/services/diagnostic/load-next-step-activity";
import { resultNextStep } from "@/lib/services/diagnostic/result-next-step";
import { submitDiagnostic } from "@/lib/services/diagnostic/submit-diagnostic";
import { takeNextStep } from "@/lib/services/diagnostic/take-next-step";
import { loadNextStepSetting } from "@/lib/services/organization/load-next-step-setting";
import { saveNextStep } from "@/lib/services/organization/save-next-step";
import { addMembership, createOrg, createUser } from "../support/fixtures";
import { query } from "../support/test-database";

const ownerUrl = inject("ownerDatabaseUrl");
const APP = "https://app.revenuechain.test";
const answers = Object.fromEntries(diagnostic.questions.map((q) => [q.id, q.options[3]!.id]));

/** A documentation-range address no other test uses, so the per-client limit stays clear. */
function newClient() {
  const n = Math.floor(Math.random() * 2 ** 16);
  return `198.51.${n >> 8}.${n & 255}`;
}

type Org = { id: string; slug: string; name: string };
const organizations: string[] = [];

async function consultancy(label: string) {
  const created = await createOrg(label, "CONSULTANCY");
  organizations.push(created.id);
  const [row] = await query<{ name: string }>(
    ownerUrl,
    `select name from "Organization" where id = $1`,
    [created.id],
  );
  const owner = await createUser(`${label}-owner`);
  const admin = await createUser(`${label}-admin`);
  const member = await createUser(`${label}-member`);
  await addMembership(created.id, owner.id, "OWNER");
  await addMembership(created.id, admin.id, "ADMIN");
  await addMembership(created.id, member.id, "MEMBER");
  const org: Org = { ...created, name: row!.name };
  const ctx: OrgContext = {
    user: { id: owner.id, email: owner.email, name: null },
    role: "OWNER",
    organization: {
      id: org.id,
      slug: org.slug,
      name: org.name,
      kind: "CONSULTANCY",
      accentColor: null,
      logoUrl: null,
      currency: "USD",
    },
  };
  return { org, ctx, owner, admin, member };
}

/** A result from the organization's branded link, with or without an address. */
async function takeDiagnostic(org: Org, email?: string) {
  const submissionId = randomUUID();
  const stored = await submitDiagnostic({
    organizationSlug: org.slug,
    request: {
      submissionId,
      bankVersion: diagnostic.version,
      answers,
      context: email ? { email, role: "ceo" } : {},
    },
    baseUrl: APP,
  });
  const [row] = await query<{ id: string }>(
    ownerUrl,
    `select id from "DiagnosticAssessment" where "submissionId" = $1`,
    [submissionId],
  );
  return { token: stored.accessToken, id: row!.id };
}

const take = (token: string, body: unknown) =>
  takeNextStep(token, body, { clientAddress: newClient(), baseUrl: APP });

async function clicksOf(id: string) {
  const [row] = await query<{
    bookingClicks: number;
    bookingLastClickedAt: Date | null;
    emailClicks: number;
    snapshotRequestedAt: Date | null;
    updatedAt: Date;
    email: string | null;
  }>(
    ownerUrl,
    `select "bookingClicks", "bookingLastClickedAt", "emailClicks", "snapshotRequestedAt", "updatedAt", email
       from "DiagnosticAssessment" where id = $1`,
    [id],
  );
  return row!;
}

async function mailsTo(to: string) {
  return query<{ subject: string; text: string; html: string }>(
    ownerUrl,
    `select subject, text, html from "MailMessage" where "to" = $1 order by "createdAt"`,
    [to],
  );
}

function post(token: string, body: string, headers: Record<string, string> = {}) {
  return nextStepRoute(
    new Request(`${APP}/api/diagnostic/results/${token}/next-step`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": newClient(), ...headers },
      body,
    }),
    { params: Promise.resolve({ token }) },
  );
}

afterAll(async () => {
  await query(ownerUrl, `delete from "Organization" where id = any($1::uuid[])`, [organizations]);
});

describe("the setting's validation", () => {
  const parse = (input: Record<string, unknown>) =>
    ZNextStepSetting.safeParse({ orgSlug: "north", ...input });
  const messageOf = (input: Record<string, unknown>) => {
    const result = parse(input);
    return result.success ? null : result.error.issues.map((i) => i.message).join(" | ");
  };

  it("takes an https booking page, and refuses http, other schemes and non-addresses with a sentence", () => {
    expect(parse({ kind: "booking", bookingUrl: " https://cal.com/north/intro " }).data).toEqual({
      orgSlug: "north",
      kind: "booking",
      bookingUrl: "https://cal.com/north/intro",
    });
    for (const bookingUrl of [
      "http://cal.com/north",
      "javascript:alert(1)",
      "data:text/html,hi",
      "cal.com/north",
      "https://",
      "",
    ]) {
      expect(messageOf({ kind: "booking", bookingUrl }), bookingUrl).toMatch(
        /https:\/\/ address|booking page/,
      );
    }
    expect(messageOf({ kind: "booking", bookingUrl: `https://a.io/${"x".repeat(600)}` })).toBe(
      "That address is too long.",
    );
  });

  it("takes a contact address, an optional wording and line, and drops the other kinds' fields", () => {
    expect(
      parse({
        kind: "email",
        contactEmail: "hello@north.test",
        bookingUrl: "https://left-over.test",
        label: "  ",
        note: "Write to us.",
      }).data,
    ).toEqual({
      orgSlug: "north",
      kind: "email",
      contactEmail: "hello@north.test",
      note: "Write to us.",
    });
    expect(messageOf({ kind: "email", contactEmail: "not an address" })).toBe(
      "Enter an email address such as hello@yourfirm.com.",
    );
    expect(messageOf({ kind: "snapshot", note: "x".repeat(201) })).toMatch(/under 200 characters/);
    expect(
      messageOf({ kind: "booking", bookingUrl: "https://a.io", label: "x".repeat(61) }),
    ).toMatch(/under 60 characters/);
    expect(messageOf({ kind: "payment" })).toBe("Choose one of the listed next steps.");
  });
});

describe("saving the setting", () => {
  let north: Awaited<ReturnType<typeof consultancy>>;
  beforeAll(async () => {
    north = await consultancy("cta-save");
  });

  it("stores the choice, reads back into the form, and audits each change once", async () => {
    expect(await loadNextStepSetting(north.ctx)).toMatchObject({ kind: "none" });
    const booking = ZNextStepSetting.parse({
      orgSlug: north.org.slug,
      kind: "booking",
      bookingUrl: "https://cal.com/north/intro",
      label: "Talk to Anna",
    });
    expect(await saveNextStep(north.ctx, booking)).toEqual({ changed: true });
    expect(await saveNextStep(north.ctx, booking)).toEqual({ changed: false });
    expect(await loadNextStepSetting(north.ctx)).toEqual({
      kind: "booking",
      bookingUrl: "https://cal.com/north/intro",
      contactEmail: "",
      label: "Talk to Anna",
      note: "",
    });
    await saveNextStep(
      north.ctx,
      ZNextStepSetting.parse({ orgSlug: north.org.slug, kind: "none" }),
    );
    const audit = await query<{ action: string; details: unknown; actorEmail: string }>(
      ownerUrl,
      `select action, details, "actorEmail" from "AuditEvent" where "organizationId" = $1 order by "createdAt"`,
      [north.org.id],
    );
    expect(audit).toEqual([
      {
        action: "organization.next_step_changed",
        details: { from: "Default box", to: "Booking link" },
        actorEmail: north.owner.email,
      },
      {
        action: "organization.next_step_changed",
        details: { from: "Booking link", to: "Default box" },
        actorEmail: north.owner.email,
      },
    ]);
  });

  it("is not offered to the platform's own organization, whose results sell its Snapshot", async () => {
    const ctx: OrgContext = {
      ...north.ctx,
      organization: { ...north.ctx.organization, kind: "PLATFORM" },
    };
    await expect(
      saveNextStep(ctx, ZNextStepSetting.parse({ orgSlug: north.org.slug, kind: "snapshot" })),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });
});

describe("clicks on a booking or email link", () => {
  let north: Awaited<ReturnType<typeof consultancy>>;
  beforeAll(async () => {
    north = await consultancy("cta-click");
    await saveNextStep(
      north.ctx,
      ZNextStepSetting.parse({
        orgSlug: north.org.slug,
        kind: "booking",
        bookingUrl: "https://cal.com/north/intro",
      }),
    );
  });

  it("offers the link on the result, worded with the organization's name", async () => {
    const { token } = await takeDiagnostic(north.org);
    expect((await resultNextStep(token)).offer).toEqual({
      kind: "booking",
      href: "https://cal.com/north/intro",
      label: `Book a call with ${north.org.name}`,
      note: null,
    });
  });

  it("counts every click, concurrent ones too, on the lead, without changing the result", async () => {
    const lead = `buyer-${randomUUID().slice(0, 8)}@prospect.test`;
    const { token, id } = await takeDiagnostic(north.org, lead);
    const before = await clicksOf(id);
    const started = Date.now();
    await Promise.all(Array.from({ length: 5 }, () => take(token, { action: "booking" })));
    const after = await clicksOf(id);
    expect(after.bookingClicks).toBe(5);
    expect(after.emailClicks).toBe(0);
    expect(after.bookingLastClickedAt!.getTime()).toBeGreaterThanOrEqual(started - 1000);
    expect(after.bookingLastClickedAt!.getTime()).toBeLessThanOrEqual(Date.now() + 1000);
    // The result's PDF and preview are cached by updatedAt: a click must not renew them.
    expect(after.updatedAt).toEqual(before.updatedAt);

    const row = (await listOrganizationAssessments(north.org.id, { withEmail: true })).find(
      (r) => r.email === lead,
    );
    expect(row?.nextStep).toEqual([
      expect.stringMatching(/^Booking link clicked 5× · last \d{1,2} [A-Z][a-z]{2} \d\d:\d\d UTC$/),
    ]);
  });

  it("refuses a click on a link the organization does not offer (409), and counts nothing", async () => {
    const { token, id } = await takeDiagnostic(north.org);
    await expect(take(token, { action: "email" })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(take(token, { action: "snapshot" })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await clicksOf(id)).toMatchObject({ emailClicks: 0, snapshotRequestedAt: null });
  });

  it("answers a link we did not issue as not found, and an unknown step as invalid", async () => {
    await expect(take("A".repeat(43), { action: "booking" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(take("short", { action: "booking" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const { token } = await takeDiagnostic(north.org);
    await expect(take(token, { action: "booking", extra: 1 })).rejects.toBeInstanceOf(ZodError);
  });

  it("over HTTP: 200, and 4xx with a sentence for hostile or foreign requests", async () => {
    const { token, id } = await takeDiagnostic(north.org);
    const ok = await post(token, JSON.stringify({ action: "booking" }), {
      origin: APP,
      "sec-fetch-site": "same-origin",
    });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ status: "recorded" });

    const refusals: [Response, number][] = [
      [
        await post(token, JSON.stringify({ action: "booking" }), { origin: "https://evil.test" }),
        403,
      ],
      [
        await post(token, JSON.stringify({ action: "booking" }), {
          "sec-fetch-site": "cross-site",
        }),
        403,
      ],
      [
        await post(token, "action=booking", {
          "content-type": "application/x-www-form-urlencoded",
        }),
        415,
      ],
      [await post(token, "{not json"), 400],
      [await post(token, JSON.stringify({ action: "refund" })), 400],
      [await post(token, JSON.stringify({ action: "booking", n: "x".repeat(2000) })), 413],
      [await post("B".repeat(43), JSON.stringify({ action: "booking" })), 404],
    ];
    for (const [response, status] of refusals) {
      expect(response.status).toBe(status);
      const body = (await response.json()) as { error: string };
      expect(body.error).toMatch(/^[A-Z].+\.$/);
    }
    expect((await clicksOf(id)).bookingClicks).toBe(1);
  });

  it("stops counting one result's clicks past its limit (429 with a wait)", async () => {
    const { token, id } = await takeDiagnostic(north.org);
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++)
      statuses.push((await post(token, JSON.stringify({ action: "booking" }))).status);
    expect(statuses.slice(0, 20).every((s) => s === 200)).toBe(true);
    const refused = await post(token, JSON.stringify({ action: "booking" }));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await refused.json()).error).toMatch(/Try again in/);
    expect((await clicksOf(id)).bookingClicks).toBe(20);
  });
});

describe("asking for a Snapshot", () => {
  let north: Awaited<ReturnType<typeof consultancy>>;
  beforeAll(async () => {
    north = await consultancy("cta-snapshot");
    await saveNextStep(
      north.ctx,
      ZNextStepSetting.parse({ orgSlug: north.org.slug, kind: "snapshot", note: "We run these." }),
    );
  });

  it("emails the owners and admins once, naming the lead and linking to it in the app", async () => {
    const lead = `cfo-${randomUUID().slice(0, 8)}@prospect.test`;
    const { token, id } = await takeDiagnostic(north.org, lead);
    expect((await resultNextStep(token)).offer).toEqual({
      kind: "snapshot",
      note: "We run these.",
    });

    const first = await take(token, { action: "snapshot" });
    expect(first).toMatchObject({ status: "sent" });
    expect(first.status !== "recorded" && first.message).toBe(
      `Done: ${north.org.name} has been told you would like a Snapshot, and will be in touch by email.`,
    );

    const leadUrl = `${APP}/o/${north.org.slug}/assessments/${id}`;
    for (const to of [north.owner.email, north.admin.email]) {
      const mails = await mailsTo(to);
      expect(mails).toHaveLength(1);
      expect(mails[0]!.subject).toBe(`Snapshot request from ${lead}`);
      expect(mails[0]!.text).toContain(
        `${lead} (CEO or founder) asked ${north.org.name} for a Snapshot`,
      );
      expect(mails[0]!.text).toContain(leadUrl);
      expect(mails[0]!.text).not.toContain(token);
      expect(mails[0]!.html).not.toContain(token);
    }
    expect(await mailsTo(north.member.email)).toHaveLength(0);

    // Pressing again, or at once from two tabs, sends nothing more and says so.
    const again = await Promise.all([
      take(token, { action: "snapshot" }),
      take(token, { action: "snapshot" }),
    ]);
    for (const answer of again) {
      expect(answer).toMatchObject({ status: "already" });
      expect(answer.status !== "recorded" && answer.message).toMatch(
        /^Already sent: .* was told on /,
      );
    }
    expect(await mailsTo(north.owner.email)).toHaveLength(1);
    expect((await resultNextStep(token)).snapshotRequestedAt).not.toBeNull();
    expect(await loadNextStepActivity(north.ctx, id)).toEqual([
      expect.stringMatching(/^Asked for a Snapshot · \d{1,2} [A-Z][a-z]{2}$/),
    ]);
  });

  it("sends exactly one notification when many presses race", async () => {
    const lead = `race-${randomUUID().slice(0, 8)}@prospect.test`;
    const { token } = await takeDiagnostic(north.org, lead);
    const answers = await Promise.all(
      Array.from({ length: 6 }, () => take(token, { action: "snapshot" })),
    );
    expect(answers.filter((a) => a.status === "sent")).toHaveLength(1);
    const mails = await query<{ to: string }>(
      ownerUrl,
      `select "to" from "MailMessage" where subject = $1`,
      [`Snapshot request from ${lead}`],
    );
    expect(mails.map((m) => m.to).sort()).toEqual([north.admin.email, north.owner.email].sort());
  });

  it("asks a result without an address for one, and keeps it as the lead's", async () => {
    const { token, id } = await takeDiagnostic(north.org);
    expect((await resultNextStep(token)).hasEmail).toBe(false);
    await expect(take(token, { action: "snapshot" })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: `Give an email address, so ${north.org.name} knows where to reach you.`,
    });
    await expect(take(token, { action: "snapshot", email: "nope" })).rejects.toBeInstanceOf(
      ZodError,
    );
    expect(await clicksOf(id)).toMatchObject({ snapshotRequestedAt: null, email: null });

    const given = `given-${randomUUID().slice(0, 8)}@prospect.test`;
    expect(await take(token, { action: "snapshot", email: given })).toMatchObject({
      status: "sent",
    });
    expect(await clicksOf(id)).toMatchObject({ email: given });
    expect((await mailsTo(north.owner.email)).at(-1)!.subject).toBe(
      `Snapshot request from ${given}`,
    );
  });
});

describe("another organization's lead", () => {
  it("is not found: its clicks cannot be read from another organization", async () => {
    const a = await consultancy("cta-a");
    const b = await consultancy("cta-b");
    const { id } = await takeDiagnostic(a.org, `a-${randomUUID().slice(0, 6)}@prospect.test`);
    await expect(loadNextStepActivity(b.ctx, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(loadNextStepActivity(b.ctx, "not-a-uuid")).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await loadNextStepActivity(a.ctx, id)).toEqual([]);
    expect((await listOrganizationAssessments(b.org.id)).map((r) => r.id)).not.toContain(id);
  });
});
