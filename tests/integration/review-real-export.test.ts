/**
 * Decisions carried between reviews on a real export's shape (a Salesforce opportunity report,
 * day-first dates, some stages without a date), not on generated data: importing the same report
 * again must not read as the deals moving, and a changed stage must.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  closeScoreboardReview,
  decideReviewDeal,
  loadReview,
  startScoreboardReview,
} from "@/lib/services/scoreboard/reviews";
import { fromText, importAll, orgContext } from "../support/import-flow";
import { SHAPES, SHAPES_DIR, importOptions } from "../support/shape-fixtures";

const fixture = SHAPES["salesforce-report-dmy"]!;
const report = readFileSync(path.join(SHAPES_DIR, "salesforce-report-dmy.csv"), "utf8");
const history = readFileSync(path.join(SHAPES_DIR, "salesforce-history.csv"), "utf8");
/** Undated in its stage: judged stale by its age. */
const ADVANCED = "0065g00000gN5vQ";
/** Dated by the history file: judged stale by its stay. */
const ELIMINATED = "0065g00000Vb1Je";

describe("decisions across reviews on a Salesforce report", () => {
  it(
    "hold when the same report is imported again, and follow the deal when its stage changes",
    { timeout: 120_000 },
    async () => {
      const ctx = await orgContext("review-real-export");
      const options = importOptions(fixture);
      const reportOnly = { ...options, files: [options.files[0]!] };
      await importAll(
        ctx,
        [fromText("report.csv", report), fromText("history.csv", history)],
        options,
      );
      await startScoreboardReview(ctx);
      const one = await loadReview(ctx.organization.id, 1);
      const listed = one.review.deals.map((d) => d.externalId);
      expect(listed).toEqual(expect.arrayContaining([ADVANCED, ELIMINATED]));
      const due = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
      const decide = (externalId: string, decision: unknown) =>
        decideReviewDeal(ctx, { orgSlug: ctx.organization.slug, number: 1, externalId, decision });
      await decide(ADVANCED, {
        kind: "ADVANCE",
        nextStep: "Send the revised quote",
        owner: "Osric",
        dueDate: due,
      });
      await decide(ELIMINATED, { kind: "ELIMINATE", reason: "Trial budget withdrawn" });
      await closeScoreboardReview(ctx, 1, { confirmUndecided: true });

      // The next export of the same report: nothing moved, so nothing is done or reopened.
      await importAll(ctx, [fromText("report-again.csv", report)], reportOnly);
      await startScoreboardReview(ctx, { confirmEarly: true });
      const two = await loadReview(ctx.organization.id, 2);
      expect(two.review.followUps.map((f) => [f.externalId, f.status])).toEqual([
        [ADVANCED, "PENDING"],
      ]);
      expect(two.review.deals.map((d) => d.externalId)).not.toContain(ELIMINATED);
      expect(two.review.heldOut).toBe(1);
      await closeScoreboardReview(ctx, 2, { confirmUndecided: true });

      // The CRM moves both on a stage; the report has no date for either move.
      const moved = report
        .split("\n")
        .map((line) =>
          line.startsWith(`"${ELIMINATED}"`)
            ? line.replace('"Needs Analysis"', '"Proposal/Price Quote"')
            : line.startsWith(`"${ADVANCED}"`)
              ? line.replace('"Proposal/Price Quote"', '"Negotiation/Review"')
              : line,
        )
        .join("\n");
      expect(moved).not.toBe(report);
      await importAll(ctx, [fromText("report-moved.csv", moved)], reportOnly);
      await startScoreboardReview(ctx, { confirmEarly: true });
      const three = await loadReview(ctx.organization.id, 3);
      expect(three.review.followUps.map((f) => [f.externalId, f.status, f.stageNow])).toEqual([
        [ADVANCED, "DONE", "negotiation"],
      ]);
      expect(three.review.deals.find((d) => d.externalId === ELIMINATED)).toMatchObject({
        reason: "REOPENED",
        stageKey: "proposal",
        reasonText: expect.stringMatching(
          /^Eliminated in review 1 \(Trial budget withdrawn\); the CRM has since moved it from SQL to Proposal/,
        ),
      });
    },
  );
});
