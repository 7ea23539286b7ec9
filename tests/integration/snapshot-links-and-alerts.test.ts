/**
 * Links kept encrypted so they can be shown and sent again, the consultant's alerts when leaders
 * answer, the automatic reminders, and the unsubscribe link every reminder and alert carries:
 * through the use cases, routes and job the app runs, on a real Postgres.
 */
import { createHash, randomUUID } from "node:crypto";
import { afterAll, describe, expect, inject, it } from "vitest";
import {
  GET as unsubscribeGet,
  POST as unsubscribePost,
} from "@/app/api/unsubscribe/[token]/route";
import type { OrgContext } from "@/lib/auth/guard";
import { snapshot as bank } from "@/lib/domain/snapshot";
import {
  createSnapshotShareLink,
  getSnapshotShareLink,
  inviteSnapshotRespondent,
  remindSnapshotRespondent,
} from "@/lib/services/snapshot/manage-snapshot";
import {
  loadAnsweringPage,
  saveAnswers,
  submitAnswers,
  ZSaveAnswersRequest,
} from "@/lib/services/snapshot/respondent-answers";
import { sendDueSnapshotReminders } from "@/lib/services/snapshot/respondent-reminders";
import { loadSharedReport } from "@/lib/services/snapshot/shared-report";
import { addMembership, createOrg, createUser } from "../support/fixtures";
import { query } from "../support/test-database";

const ownerUrl = inject("ownerDatabaseUrl");
const BASE = "https://app.example.test";
/** Where the app's own links point (APP_URL): alerts are sent from a submission, not a page. */
const APP = process.env.APP_URL!;
const DAY = 24 * 60 * 60 * 1000;
const sha256 = (value: string) => createHash("sha256").update(value).digest("hex");
const organizations: string[] = [];

afterAll(async () => {
  await query(ownerUrl, `delete from "Organization" where id = any($1::uuid[])`, [organizations]);
});

/**
 * A consultancy whose owner bought a paid Snapshot for a client company: the owner's context on
 * the company (as an engagement gives it) and the Snapshot's id.
 */
async function boughtSnapshot(label: string, options: { published?: boolean } = {}) {
  const consultancy = await createOrg(`${label}-consultancy`, "CONSULTANCY");
  const company = await createOrg(`${label}-company`);
  organizations.push(consultancy.id, company.id);
  const consultant = await createUser(`${label}-consultant`);
  await addMembership(consultancy.id, consultant.id, "OWNER");
  const id = randomUUID();
  await query(
    ownerUrl,
    `insert into "Snapshot" ("organizationId", id, "purchasedByOrganizationId", "bankVersion", unlocked,
       "paymentStatus", "createdById", "updatedAt")
     values ($1, $2, $3, $4, true, 'PAID', $5, now())`,
    [company.id, id, consultancy.id, bank.version, consultant.id],
  );
  if (options.published)
    await query(
      ownerUrl,
      `insert into "SnapshotReportVersion" ("organizationId", id, "snapshotId", number, sections, figures, "publishedAt")
       values ($1, $2, $3, 1, '[]', '{}', now())`,
      [company.id, randomUUID(), id],
    );
  const ctx: OrgContext = {
    user: { id: consultant.id, email: consultant.email, name: "Casey Consultant" },
    role: "OWNER",
    organization: {
      id: company.id,
      slug: company.slug,
      name: `Org ${label}-company ${company.id.slice(0, 4)}`,
      kind: "COMPANY",
      accentColor: null,
      logoUrl: null,
      currency: "USD",
    },
  };
  return { ctx, id, consultant, consultancy, company };
}

async function mailsTo(to: string) {
  return query<{ subject: string; text: string }>(
    ownerUrl,
    `select subject, text from "MailMessage" where "to" = $1 order by "createdAt", id`,
    [to],
  );
}

const tokenIn = (text: string) => text.match(/\/s\/([A-Za-z0-9_-]{43})/)![1]!;

/** Invite a leader through the use case; their address and the token their mail carries. */
async function invite(ctx: OrgContext, snapshotId: string, role: "CEO" | "SALES" | "MARKETING") {
  const email = `${role.toLowerCase()}-${randomUUID().slice(0, 8)}@leaders.test`;
  await inviteSnapshotRespondent(
    ctx,
    { orgSlug: ctx.organization.slug, snapshotId, email, name: null, role },
    BASE,
  );
  const [mail] = await mailsTo(email);
  const [row] = await query<{ id: string }>(
    ownerUrl,
    `select id from "SnapshotRespondent" where email = $1`,
    [email],
  );
  return { email, token: tokenIn(mail!.text), id: row!.id };
}

async function answerAll(token: string) {
  const answers = Object.fromEntries(bank.questions.map((q) => [q.id, q.options[1]!.id]));
  await saveAnswers(ZSaveAnswersRequest.parse({ token, answers }));
  await submitAnswers(token);
}

describe("links kept encrypted", () => {
  it("shows the same share link again, stores no plaintext token, and the link opens the report", async () => {
    const { ctx, id } = await boughtSnapshot("share", { published: true });
    expect(await getSnapshotShareLink(ctx, id, BASE)).toEqual({ state: "none" });
    const { url } = await createSnapshotShareLink(ctx, id, BASE);
    const token = url.split("/r/")[1]!;
    // Shown twice, the same link, and it still opens the published version.
    expect(await getSnapshotShareLink(ctx, id, BASE)).toEqual({ state: "shown", url });
    expect(await getSnapshotShareLink(ctx, id, BASE)).toEqual({ state: "shown", url });
    expect((await loadSharedReport(token)).version.number).toBe(1);

    const [row] = await query<{ row: string; shareTokenHash: string; shareTokenSealed: string }>(
      ownerUrl,
      `select row_to_json(s)::text as row, "shareTokenHash", "shareTokenSealed" from "Snapshot" s where id = $1`,
      [id],
    );
    expect(row!.shareTokenHash).toBe(sha256(token));
    expect(row!.shareTokenSealed).toMatch(/^v1\./);
    expect(row!.row).not.toContain(token);
  });

  it("keeps a link made before links were kept working, and says it cannot be shown", async () => {
    const { ctx, id } = await boughtSnapshot("legacy-share", { published: true });
    const { url } = await createSnapshotShareLink(ctx, id, BASE);
    await query(ownerUrl, `update "Snapshot" set "shareTokenSealed" = null where id = $1`, [id]);
    expect(await getSnapshotShareLink(ctx, id, BASE)).toEqual({ state: "hidden" });
    expect((await loadSharedReport(url.split("/r/")[1]!)).version.number).toBe(1);
  });

  it("stores a leader's link encrypted; a reminder of an older hash-only link replaces it", async () => {
    const { ctx, id } = await boughtSnapshot("respondent-link");
    const leader = await invite(ctx, id, "CEO");
    const [row] = await query<{ row: string; tokenHash: string }>(
      ownerUrl,
      `select row_to_json(r)::text as row, "tokenHash" from "SnapshotRespondent" r where id = $1`,
      [leader.id],
    );
    expect(row!.tokenHash).toBe(sha256(leader.token));
    expect(row!.row).not.toContain(leader.token);

    await query(ownerUrl, `update "SnapshotRespondent" set "tokenSealed" = null where id = $1`, [
      leader.id,
    ]);
    await remindSnapshotRespondent(
      ctx,
      { orgSlug: ctx.organization.slug, snapshotId: id, respondentId: leader.id },
      BASE,
    );
    const reminder = (await mailsTo(leader.email)).at(-1)!;
    expect(reminder.text).toContain("this link replaces the one sent before");
    const fresh = tokenIn(reminder.text);
    expect(fresh).not.toBe(leader.token);
    expect((await loadAnsweringPage(fresh)).respondent.role).toBe("CEO");
  });
});

describe("alerts when leaders answer", () => {
  it("emails the consultant at each submission and once when everyone invited has answered", async () => {
    const { ctx, id, consultant } = await boughtSnapshot("alerts");
    const ceo = await invite(ctx, id, "CEO");
    const sales = await invite(ctx, id, "SALES");

    await answerAll(ceo.token);
    let mails = await mailsTo(consultant.email);
    expect(mails.map((m) => m.subject)).toEqual([
      `${ctx.organization.name}'s Snapshot: ${ceo.email} sent their answers`,
    ]);
    expect(mails[0]!.text).toContain("1 of 2 invited leaders have answered");
    expect(mails[0]!.text).toContain(`${APP}/o/${ctx.organization.slug}/snapshots/${id}`);

    // Sending again alerts no one.
    await submitAnswers(ceo.token);
    expect(await mailsTo(consultant.email)).toHaveLength(1);

    await answerAll(sales.token);
    mails = await mailsTo(consultant.email);
    expect(mails.map((m) => m.subject)).toEqual([
      `${ctx.organization.name}'s Snapshot: ${ceo.email} sent their answers`,
      `${ctx.organization.name}'s Snapshot: ${sales.email} sent their answers`,
      `${ctx.organization.name}'s Snapshot: every leader has answered`,
    ]);
  });

  it("goes to the buying organization's owners and admins when the creator has left", async () => {
    const { ctx, id, consultant, consultancy } = await boughtSnapshot("creator-left");
    const admin = await createUser("creator-left-admin");
    await addMembership(consultancy.id, admin.id, "ADMIN");
    const member = await createUser("creator-left-member");
    await addMembership(consultancy.id, member.id, "MEMBER");
    const ceo = await invite(ctx, id, "CEO");
    await query(ownerUrl, `delete from "Membership" where "userId" = $1`, [consultant.id]);
    await answerAll(ceo.token);
    expect(await mailsTo(consultant.email)).toHaveLength(0);
    expect(await mailsTo(member.email)).toHaveLength(0);
    expect((await mailsTo(admin.email)).map((m) => m.subject)).toEqual([
      `${ctx.organization.name}'s Snapshot: ${ceo.email} sent their answers`,
      `${ctx.organization.name}'s Snapshot: every leader has answered`,
    ]);
  });
});

describe("automatic reminders", () => {
  async function invitedDaysAgo(label: string, days: number) {
    const bought = await boughtSnapshot(label);
    const leader = await invite(bought.ctx, bought.id, "MARKETING");
    await query(
      ownerUrl,
      `update "SnapshotRespondent" set "invitedAt" = now() - make_interval(days => $2) where id = $1`,
      [leader.id, days],
    );
    return { ...bought, leader };
  }

  it("sends a leader due one a single reminder with the link they already have", async () => {
    const { leader } = await invitedDaysAgo("due", 4);
    await sendDueSnapshotReminders(new Date(), BASE);
    await sendDueSnapshotReminders(new Date(), BASE);
    const mails = await mailsTo(leader.email);
    expect(mails).toHaveLength(2);
    expect(mails[1]!.subject).toMatch(/^Reminder:/);
    expect(tokenIn(mails[1]!.text)).toBe(leader.token);
    expect(mails[1]!.text).toContain("the link is the same as before");
    expect(mails[1]!.text).toMatch(/No more reminders about this Snapshot: \S+\/unsubscribe\//);
    expect((await loadAnsweringPage(leader.token)).respondent.role).toBe("MARKETING");
    // Three days after that reminder, the next one.
    await sendDueSnapshotReminders(new Date(Date.now() + 3 * DAY + 60_000), BASE);
    expect(await mailsTo(leader.email)).toHaveLength(3);
  });

  it("sends nothing to a leader not yet due, who answered, or whose Snapshot is closed", async () => {
    const early = await invitedDaysAgo("not-due", 1);
    const answered = await invitedDaysAgo("answered", 5);
    await answerAll(answered.leader.token);
    const closed = await invitedDaysAgo("closed", 5);
    await query(ownerUrl, `update "Snapshot" set "answeringClosedAt" = now() where id = $1`, [
      closed.id,
    ]);
    await sendDueSnapshotReminders(new Date(), BASE);
    for (const { leader } of [early, answered, closed])
      expect(await mailsTo(leader.email)).toHaveLength(1);
  });

  it("stops after the most reminders allowed", async () => {
    const { leader } = await invitedDaysAgo("max", 30);
    await query(ownerUrl, `update "SnapshotRespondent" set "reminderCount" = 3 where id = $1`, [
      leader.id,
    ]);
    await sendDueSnapshotReminders(new Date(), BASE);
    expect(await mailsTo(leader.email)).toHaveLength(1);
  });
});

describe("unsubscribing", () => {
  const route = { params: (token: string) => ({ params: Promise.resolve({ token }) }) };
  const post = (token: string) =>
    unsubscribePost(
      new Request(`${BASE}/api/unsubscribe/${token}`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: "List-Unsubscribe=One-Click",
      }),
      route.params(token),
    );
  const linkIn = (text: string) => text.match(/\/unsubscribe\/([A-Za-z0-9_-]+)/)![1]!;

  it("refuses a forged or changed token with a 400 and a sentence", async () => {
    for (const token of ["forged", "A".repeat(80), "<script>alert(1)</script>"]) {
      const response = await post(encodeURIComponent(token));
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: string }).error).toMatch(
        /unsubscribe link is (incomplete|not one we sent)/,
      );
    }
  });

  it("stops an alert by one-click POST, and the next submission respects it", async () => {
    const { ctx, id, consultant } = await boughtSnapshot("unsubscribe-alert");
    const ceo = await invite(ctx, id, "CEO");
    const sales = await invite(ctx, id, "SALES");
    await answerAll(ceo.token);
    const [alert] = await mailsTo(consultant.email);
    const token = linkIn(alert!.text);

    // Following the link changes nothing: it leads to the page that asks.
    const followed = await unsubscribeGet(
      new Request(`${BASE}/api/unsubscribe/${token}`),
      route.params(token),
    );
    expect(followed.status).toBe(303);
    expect(followed.headers.get("location")).toBe(`${APP}/unsubscribe/${token}`);

    const response = await post(token);
    expect(response.status).toBe(200);
    expect(((await response.json()) as { stopped: string }).stopped).toMatch(
      /no more emails telling you that a leader sent/,
    );
    // Twice is the same as once.
    expect((await post(token)).status).toBe(200);

    await answerAll(sales.token);
    // No second "sent their answers"; the "everyone has answered" alert is a separate choice.
    expect((await mailsTo(consultant.email)).map((m) => m.subject)).toEqual([
      `${ctx.organization.name}'s Snapshot: ${ceo.email} sent their answers`,
      `${ctx.organization.name}'s Snapshot: every leader has answered`,
    ]);
  });

  it("stops a leader's automatic reminders", async () => {
    const { ctx, id } = await boughtSnapshot("unsubscribe-reminders");
    const leader = await invite(ctx, id, "SALES");
    await query(
      ownerUrl,
      `update "SnapshotRespondent" set "invitedAt" = now() - interval '4 days' where id = $1`,
      [leader.id],
    );
    await sendDueSnapshotReminders(new Date(), BASE);
    const reminder = (await mailsTo(leader.email)).at(-1)!;
    expect((await post(linkIn(reminder.text))).status).toBe(200);
    await sendDueSnapshotReminders(new Date(Date.now() + 4 * DAY), BASE);
    expect(await mailsTo(leader.email)).toHaveLength(2);
  });
});
