import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  AUDIT_ACTIONS,
  auditActorFallback,
  describeAuditEvent,
} from "../../lib/domain/organization/audit-wording";

/** Every "area.verb_phrase" literal in a file under lib/data that records audit events. */
function actionKeysRecordedInLib() {
  const keys = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(".ts")) {
        const source = readFileSync(path, "utf8");
        if (!source.includes("recordAuditEvent(")) continue;
        for (const [, key] of source.matchAll(/"([a-z]+\.[a-z]+(?:_[a-z]+)*)"/g)) keys.add(key!);
      }
    }
  };
  walk(join(__dirname, "../../lib/data"));
  return [...keys];
}

describe("the audit log in words", () => {
  it("has wording for every action recorded anywhere in lib/", () => {
    const recorded = actionKeysRecordedInLib();
    // The scan itself must find the calls, or this test could not fail.
    expect(recorded).toEqual(
      expect.arrayContaining(["scoreboard.decision_recorded", "snapshot.share_link_revoked"]),
    );
    expect(recorded.filter((key) => !(AUDIT_ACTIONS as readonly string[]).includes(key))).toEqual(
      [],
    );
  });

  it("words every known action without its raw key", () => {
    for (const action of AUDIT_ACTIONS) {
      const sentence = describeAuditEvent({ action, details: {} });
      expect(sentence).not.toContain(action);
      expect(sentence).not.toMatch(/[a-z]\.[a-z]/);
    }
  });

  it("names the deal, the review, the next step and its due day of an advance", () => {
    expect(
      describeAuditEvent({
        action: "scoreboard.decision_recorded",
        details: {
          number: 2,
          externalId: "D-17",
          kind: "ADVANCE",
          nextStep: "Send the proposal",
          owner: "Dana",
          dueDate: "2026-12-15T00:00:00.000Z",
          dealName: "Acme renewal",
        },
      }),
    ).toBe(
      "advanced Acme renewal in review 2 — next step: Send the proposal, owner Dana, due Dec 15",
    );
  });

  it("gives an elimination its reason, and a deal without a name reads as a deal", () => {
    expect(
      describeAuditEvent({
        action: "scoreboard.decision_recorded",
        details: { number: 2, externalId: "D-17", kind: "ELIMINATE", reason: "no budget" },
      }),
    ).toBe("eliminated a deal in review 2: no budget");
  });

  it("numbers reviews and standard versions", () => {
    expect(
      describeAuditEvent({
        action: "scoreboard.review_started",
        details: { number: 3, deals: 12 },
      }),
    ).toBe("started review 3 with 12 deals");
    expect(describeAuditEvent({ action: "scoreboard.review_closed", details: { number: 2 } })).toBe(
      "closed review 2",
    );
    expect(
      describeAuditEvent({
        action: "scoreboard.review_started",
        details: { number: 4, deals: 9, followUps: 2, dueOn: "2026-12-15", early: true },
      }),
    ).toBe(
      "started review 4 early, before its due day (Dec 15), with 9 deals and 2 next steps to check",
    );
    expect(
      describeAuditEvent({
        action: "scoreboard.review_closed",
        details: { number: 4, undecided: 3 },
      }),
    ).toBe("closed review 4 with 3 deals undecided");
    expect(
      describeAuditEvent({
        action: "scoreboard.standard_signed",
        details: { version: 4, function: "MARKETING" },
      }),
    ).toBe("signed version 4 of the scoreboard standard for marketing");
  });

  it("counts what a pipeline deletion removed, and names an import's file when it is known", () => {
    expect(
      describeAuditEvent({ action: "pipeline.data_deleted", details: { deals: 1, imports: 3 } }),
    ).toBe("deleted the pipeline data: 1 deal from 3 imports");
    expect(
      describeAuditEvent({
        action: "pipeline.import_undone",
        details: { fileName: "q3.csv", deals: 240 },
      }),
    ).toBe("undid the latest pipeline import (q3.csv, 240 deals)");
    expect(describeAuditEvent({ action: "pipeline.import_undone", details: null })).toBe(
      "undid the latest pipeline import",
    );
  });

  it("names members, roles and Snapshot respondents", () => {
    expect(
      describeAuditEvent({
        action: "member.invited",
        details: { email: "ana@acme.com", role: "ADMIN" },
      }),
    ).toBe("invited ana@acme.com as admin");
    expect(
      describeAuditEvent({
        action: "member.role_changed",
        details: { from: "MEMBER", to: "ADMIN" },
      }),
    ).toBe("changed a member's role from member to admin");
    expect(
      describeAuditEvent({
        action: "snapshot.respondent_reminded",
        details: { email: "ana@acme.com", automatic: true, linkReplaced: true },
      }),
    ).toBe("reminded ana@acme.com to answer a Snapshot, with a new link");
  });

  it("names Stripe and the product when no person acted", () => {
    expect(auditActorFallback({ action: "snapshot.unlocked", details: {} })).toBe("Stripe");
    expect(auditActorFallback({ action: "snapshot.respondent_reminded", details: {} })).toBe(
      "Revenue Chain",
    );
    expect(auditActorFallback({ action: "diagnostic.result_deleted", details: {} })).toBe(
      "Someone",
    );
  });

  it("words an action it does not know in plain words, never its dotted key", () => {
    expect(describeAuditEvent({ action: "billing.plan_changed", details: {} })).toBe(
      "billing plan changed",
    );
  });
});
