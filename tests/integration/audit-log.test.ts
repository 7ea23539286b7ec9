/**
 * The audit log as the owner reads it: decision events recorded with only the deal's id are
 * worded with the deal's name from the review, and none of another organization's rows appear.
 */
import { describe, expect, it } from "vitest";
import type { OrgContext } from "@/lib/auth/guard";
import { replacePipeline } from "@/lib/data/pipeline/replace-pipeline";
import { generatePipeline } from "@/lib/domain/pipeline";
import { loadAuditLog } from "@/lib/services/organization/load-audit-log";
import {
  decideReviewDeal,
  loadReview,
  startScoreboardReview,
} from "@/lib/services/scoreboard/reviews";
import { addMembership, createOrg, createUser } from "../support/fixtures";

async function owner(label: string): Promise<OrgContext> {
  const org = await createOrg(label);
  const user = await createUser(`${label}-owner`);
  await addMembership(org.id, user.id, "OWNER");
  return {
    user: { id: user.id, email: user.email, name: null },
    role: "OWNER",
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

describe("the audit log in words", () => {
  it("names the deal and the review of each decision", { timeout: 60_000 }, async () => {
    const ctx = await owner("audit-words");
    const other = await owner("audit-other");
    const until = new Date();
    const from = new Date(until.getTime() - 300 * 86_400_000);
    await replacePipeline(
      ctx.organization.id,
      generatePipeline({ seed: 3, opportunities: 150, from, until }),
    );
    await startScoreboardReview(ctx);
    const { review } = await loadReview(ctx.organization.id, 1);
    const [advanced, eliminated] = review.deals;
    const decide = (externalId: string, decision: unknown) =>
      decideReviewDeal(ctx, { orgSlug: ctx.organization.slug, number: 1, externalId, decision });
    await decide(advanced!.externalId, {
      kind: "ADVANCE",
      nextStep: "Call the sponsor",
      owner: "Sam",
      dueDate: "2099-01-15",
    });
    await decide(eliminated!.externalId, { kind: "ELIMINATE", reason: "No budget this year" });

    const log = await loadAuditLog(ctx);
    const sentences = log.map((e) => `${e.actor} ${e.sentence}`);
    expect(sentences.slice(0, 3)).toEqual([
      `${ctx.user.email} eliminated ${eliminated!.name} in review 1: No budget this year`,
      `${ctx.user.email} advanced ${advanced!.name} in review 1 — next step: Call the sponsor, owner Sam, due Jan 15`,
      `${ctx.user.email} started review 1 with ${review.deals.length} deals`,
    ]);
    expect(await loadAuditLog(other)).toEqual([]);
  });
});
