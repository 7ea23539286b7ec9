/**
 * The scoreboard's rhythm on a real Postgres: the standard takes effect only with both
 * signatures, a review freezes its figures against later imports, decisions are validated and
 * end with the review, and each review is announced once.
 */
import { describe, expect, inject, it } from "vitest";
import type { OrgContext } from "@/lib/auth/guard";
import { replacePipeline } from "@/lib/data/pipeline/replace-pipeline";
import { generatePipeline } from "@/lib/domain/pipeline";
import { DEFAULT_STANDARD } from "@/lib/domain/scoreboard";
import { sendDueReviewReminders } from "@/lib/services/scoreboard/review-reminders";
import {
  closeScoreboardReview,
  decideReviewDeal,
  loadReview,
  standardInEffect,
  startScoreboardReview,
} from "@/lib/services/scoreboard/reviews";
import { saveScoreboardSettings } from "@/lib/services/scoreboard/settings";
import { eliminatedMarks } from "@/lib/services/scoreboard/deal-decisions";
import {
  REVIEW_DECISIONS_HEADER,
  reviewDecisionsCsv,
} from "@/lib/services/scoreboard/review-decisions-csv";
import { moveDeal } from "../support/move-deal";
import { draftStandard, signStandard } from "@/lib/services/scoreboard/standard";
import { addMembership, createOrg, createUser } from "../support/fixtures";
import { query } from "../support/test-database";

const ownerUrl = inject("ownerDatabaseUrl");

/** An organization with an owner, a marketing lead and a sales lead; a context for each. */
async function team(label: string) {
  const org = await createOrg(label);
  const people = {} as Record<"owner" | "marketing" | "sales", OrgContext>;
  for (const [who, role] of [
    ["owner", "OWNER"],
    ["marketing", "MEMBER"],
    ["sales", "MEMBER"],
  ] as const) {
    const user = await createUser(`${label}-${who}`);
    await addMembership(org.id, user.id, role);
    people[who] = {
      user: { id: user.id, email: user.email, name: null },
      role,
      organization: {
        id: org.id,
        slug: org.slug,
        name: `Org ${label}`,
        kind: "COMPANY",
        accentColor: null,
        logoUrl: null,
        currency: "USD",
      },
    };
  }
  await saveScoreboardSettings(people.owner, {
    orgSlug: org.slug,
    marketingLeadId: people.marketing.user.id,
    salesLeadId: people.sales.user.id,
    cadence: "BIWEEKLY",
    anchorDate: "2026-06-01",
  });
  return { org, ...people };
}

const sign = (ctx: OrgContext, version: number, fn: "MARKETING" | "SALES") =>
  signStandard(ctx, { orgSlug: ctx.organization.slug, version, function: fn });

describe("the qualification standard", () => {
  it("takes effect only with both leads' signatures, and an edit needs both again", async () => {
    const t = await team("standard");
    await draftStandard(t.marketing, { orgSlug: t.org.slug, content: DEFAULT_STANDARD });
    await sign(t.marketing, 1, "MARKETING");
    expect(await standardInEffect(t.org.id)).toBeNull();
    await expect(sign(t.owner, 1, "SALES")).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(sign(t.marketing, 1, "SALES")).rejects.toMatchObject({ code: "CONFLICT" });
    await sign(t.sales, 1, "SALES");
    expect(await standardInEffect(t.org.id)).toEqual({
      number: 1,
      responseHours: DEFAULT_STANDARD.handoff.responseHours,
    });

    const edited = {
      ...DEFAULT_STANDARD,
      handoff: { ...DEFAULT_STANDARD.handoff, responseHours: 72 },
    };
    await draftStandard(t.sales, { orgSlug: t.org.slug, content: edited });
    await sign(t.sales, 2, "SALES");
    // Version 1 stays in effect until version 2 has both signatures; version 1 cannot be re-signed.
    expect(await standardInEffect(t.org.id)).toEqual({
      number: 1,
      responseHours: DEFAULT_STANDARD.handoff.responseHours,
    });
    await expect(sign(t.marketing, 1, "MARKETING")).rejects.toMatchObject({ code: "CONFLICT" });
    await sign(t.marketing, 2, "MARKETING");
    expect(await standardInEffect(t.org.id)).toEqual({ number: 2, responseHours: 72 });
  });

  it("refuses one person as both leads, and a lead who is not a member", async () => {
    const t = await team("leads");
    const stranger = await createUser("leads-stranger");
    const settings = (marketing: string, sales: string) =>
      saveScoreboardSettings(t.owner, {
        orgSlug: t.org.slug,
        marketingLeadId: marketing,
        salesLeadId: sales,
        cadence: "WEEKLY",
        anchorDate: "2026-06-01",
      });
    await expect(settings(t.sales.user.id, t.sales.user.id)).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    await expect(settings(stranger.id, t.sales.user.id)).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
  });
});

describe("a review", () => {
  // Two generated pipelines of 500 deals, their figures computed for each review: budgeted for
  // that work on a machine busy with other processes, not for an idle one.
  it(
    "freezes its figures, takes validated decisions while open, and shows the change at the next",
    {
      timeout: 120_000,
    },
    async () => {
      const t = await team("review");
      const until = new Date();
      const first = generatePipeline({
        seed: 8,
        opportunities: 500,
        from: new Date(until.getTime() - 400 * 86_400_000),
        until,
      });
      await replacePipeline(t.org.id, first);
      const one = await startScoreboardReview(t.owner);
      expect(one.number).toBe(1);
      const before = await loadReview(t.org.id, 1);
      expect(before.review.deals.length).toBeGreaterThan(0);
      await expect(startScoreboardReview(t.owner)).rejects.toMatchObject({ code: "CONFLICT" });

      const [deal, other] = before.review.deals;
      const decide = (externalId: string, decision: unknown) =>
        decideReviewDeal(t.sales, { orgSlug: t.org.slug, number: 1, externalId, decision });
      await expect(
        decide(deal!.externalId, {
          kind: "ADVANCE",
          nextStep: "Call the sponsor",
          owner: "Sam",
          dueDate: "2020-01-01",
        }),
      ).rejects.toThrow(/must be after the review day/);
      await decide(deal!.externalId, {
        kind: "ADVANCE",
        nextStep: "Call the sponsor",
        owner: "Sam",
        dueDate: "2099-01-01",
      });
      await decide(other!.externalId, { kind: "ELIMINATE", reason: "No budget this year" });

      // A new import changes the pipeline; the review does not change.
      const second = generatePipeline({
        seed: 9,
        opportunities: 300,
        from: new Date(until.getTime() - 400 * 86_400_000),
        until,
      });
      await replacePipeline(t.org.id, second);
      const after = await loadReview(t.org.id, 1);
      expect(after.figures).toEqual(before.figures);
      expect(after.review.deals.map((d) => d.externalId)).toEqual(
        before.review.deals.map((d) => d.externalId),
      );
      expect(after.review.deals.find((d) => d.externalId === deal!.externalId)).toMatchObject({
        decision: "ADVANCE",
        nextStep: "Call the sponsor",
      });

      // Deals are left undecided: closing lists them and needs a confirmation.
      await expect(closeScoreboardReview(t.owner, 1)).rejects.toThrow(/no decision: .+ Confirm/);
      await closeScoreboardReview(t.owner, 1, { confirmUndecided: true });
      await expect(
        decide(other!.externalId, { kind: "ELIMINATE", reason: "Changed my mind" }),
      ).rejects.toMatchObject({ code: "CONFLICT" });

      // Review 2 is due two weeks after review 1: starting it today needs a confirmation.
      await expect(startScoreboardReview(t.owner)).rejects.toThrow(/Review 2 is due on .+ early/);
      await startScoreboardReview(t.owner, { confirmEarly: true });
      const two = await loadReview(t.org.id, 2);
      expect(two.review.startedEarly).toBe(true);
      expect(two.review.dueOn).not.toBeNull();
      expect(two.review.dueOn!.getTime()).toBeGreaterThan(two.review.reviewDate.getTime());
      expect(two.previous?.number).toBe(1);
      expect(two.previous?.figures).toEqual(before.figures);
      expect(two.figures.qualifiedCount).not.toBe(before.figures.qualifiedCount);
    },
  );
});

describe("decisions across reviews", () => {
  it(
    "carry an advance into the next review, keep an elimination out until the CRM moves it, and export",
    { timeout: 120_000 },
    async () => {
      const t = await team("carry");
      const until = new Date();
      const data = generatePipeline({
        seed: 12,
        opportunities: 400,
        from: new Date(until.getTime() - 400 * 86_400_000),
        until,
      });
      await replacePipeline(t.org.id, data);
      await startScoreboardReview(t.owner);
      const one = await loadReview(t.org.id, 1);
      // Largest open amount first.
      const amounts = one.review.deals.map((d) => (d.amount === null ? -1 : Number(d.amount)));
      expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
      const stale = one.review.deals.filter((d) => d.reason === "STALE");
      const [x, y] = stale;
      const due = new Date(until.getTime() + 7 * 86_400_000).toISOString().slice(0, 10);
      const decide = (externalId: string, decision: unknown, number = 1) =>
        decideReviewDeal(t.sales, { orgSlug: t.org.slug, number, externalId, decision });
      await decide(x!.externalId, {
        kind: "ADVANCE",
        nextStep: "Book the pricing call",
        owner: "Sam",
        dueDate: due,
      });
      await decide(y!.externalId, { kind: "ELIMINATE", reason: "No budget until 2028" });
      await closeScoreboardReview(t.owner, 1, { confirmUndecided: true });
      expect(
        (await eliminatedMarks(t.org.id, [y!.externalId, x!.externalId], until)).get(y!.externalId),
      ).toBe(1);

      // The CRM moves X; Y stays where it was.
      const movedX = moveDeal(data, x!.externalId, until);
      await replacePipeline(t.org.id, movedX);
      await startScoreboardReview(t.owner, { confirmEarly: true });
      const two = await loadReview(t.org.id, 2);
      expect(two.review.followUps.map((f) => [f.externalId, f.status])).toEqual([
        [x!.externalId, "DONE"],
      ]);
      expect(two.review.followUps[0]).toMatchObject({
        nextStep: "Book the pricing call",
        decisionOwner: "Sam",
        fromReviewNumber: 1,
      });
      expect(two.review.deals.map((d) => d.externalId)).not.toContain(y!.externalId);
      const csv = await reviewDecisionsCsv(t.owner, 1);
      const lines = csv
        .replace(/^\uFEFF/, "")
        .trim()
        .split("\n");
      expect(lines[0]).toBe(REVIEW_DECISIONS_HEADER.join(","));
      expect(lines).toHaveLength(3);
      expect(lines.find((l) => l.startsWith(`${x!.externalId},`))).toContain(
        `Advance,Book the pricing call,Sam,${due}`,
      );
      expect(lines.find((l) => l.startsWith(`${y!.externalId},`))).toContain(
        "Eliminate,,,,No budget until 2028",
      );
      await closeScoreboardReview(t.owner, 2, { confirmUndecided: true });

      // Now the CRM moves Y: it comes back, reopened; X's step, already seen done, does not.
      await replacePipeline(t.org.id, moveDeal(movedX, y!.externalId, until));
      expect((await eliminatedMarks(t.org.id, [y!.externalId], until)).size).toBe(0);
      await startScoreboardReview(t.owner, { confirmEarly: true });
      const three = await loadReview(t.org.id, 3);
      expect(three.review.deals.find((d) => d.externalId === y!.externalId)).toMatchObject({
        reason: "REOPENED",
        reasonText: expect.stringMatching(/^Eliminated in review 1 \(No budget until 2028\)/),
      });
      expect(three.review.followUps).toEqual([]);
    },
  );
});

describe("review reminders", () => {
  it("announce the next review once, to the leads and the owners", async () => {
    const t = await team("reminder");
    // The next review is tomorrow; the reminder window has opened.
    const now = new Date();
    const tomorrow = new Date(now.getTime() + 86_400_000).toISOString().slice(0, 10);
    await saveScoreboardSettings(t.owner, {
      orgSlug: t.org.slug,
      marketingLeadId: t.marketing.user.id,
      salesLeadId: t.sales.user.id,
      cadence: "BIWEEKLY",
      anchorDate: tomorrow,
    });
    const countFor = async () =>
      query<{ to: string }>(
        ownerUrl,
        `select "to" from "MailMessage" where "to" = any($1) and subject like 'Pipeline review%'`,
        [[t.owner.user.email, t.marketing.user.email, t.sales.user.email]],
      );
    expect(await sendDueReviewReminders(now, "https://app.example.test")).toBeGreaterThanOrEqual(1);
    expect((await countFor()).map((m) => m.to).sort()).toEqual(
      [t.owner.user.email, t.marketing.user.email, t.sales.user.email].sort(),
    );
    await sendDueReviewReminders(now, "https://app.example.test");
    expect(await countFor()).toHaveLength(3);
  });
});
