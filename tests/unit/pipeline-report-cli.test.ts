import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";

const FIXTURES = "tests/fixtures/crm";

function report(...args: string[]) {
  const out = execFileSync(
    process.execPath,
    ["--import", "tsx", "scripts/pipeline-report.ts", ...args, "--json"],
    {
      encoding: "utf8",
    },
  );
  return JSON.parse(out);
}

describe("npm run pipeline:report", () => {
  it("reads a HubSpot export with its Date entered history, and reports bad rows", () => {
    const r = report(`${FIXTURES}/hubspot-deals.csv`);
    expect(r).toMatchObject({
      rowsImported: 3,
      rowsRejected: 2,
      won: 1,
      lost: 1,
      open: 1,
      winRate: 0.5,
      qualifiedCount: 1,
    });
    expect(r.averageCycleDays).toBe(45);
    expect(r.velocityPerDay).toBeCloseTo((1 * 10000 * 0.5) / 45, 6);
    expect(r.stages.find((s: { key: string }) => s.key === "sql")).toEqual({
      key: "sql",
      entered: 3,
      movedForward: 1,
      dropped: 1,
      conversionRate: 1 / 3,
      medianDays: 22.5,
    });
    expect(r.rejected).toEqual([
      {
        file: "hubspot-deals.csv",
        line: 5,
        column: "Deal Stage",
        reason: 'unknown stage "Mystery Stage"; map it with label=stage',
      },
      { file: "hubspot-deals.csv", line: 6, column: "Amount", reason: '"abc" is not an amount' },
    ]);
  });

  it("maps an unknown stage label when told to", () => {
    const r = report(`${FIXTURES}/hubspot-deals.csv`, "--stage", "Mystery Stage=proposal");
    expect(r.rowsImported).toBe(4);
    expect(r.rowsRejected).toBe(1);
  });

  it("joins a Salesforce Opportunity export with its OpportunityHistory", () => {
    const r = report(
      `${FIXTURES}/salesforce-opportunities.csv`,
      `${FIXTURES}/salesforce-history.csv`,
      "--date-order",
      "mdy",
    );
    expect(r).toMatchObject({
      rowsImported: 3,
      rowsRejected: 0,
      won: 1,
      lost: 1,
      open: 1,
      averageDealValue: 120000,
    });
    const sql = r.stages.find((s: { key: string }) => s.key === "sql");
    // All three were qualified; Northwind and Contoso moved on, Fabrikam was lost there.
    expect(sql).toMatchObject({ entered: 3, movedForward: 2, dropped: 1, medianDays: 30 });
  });

  it("reads any CSV through an explicit mapping", () => {
    const r = report(
      `${FIXTURES}/custom.csv`,
      "--format",
      "csv",
      "--map",
      "id=Deal",
      "--map",
      "owner=Rep",
      "--map",
      "amount=Value",
      "--map",
      "created=Opened",
      "--map",
      "closed=Closed",
      "--map",
      "stage=Status",
      "--stage",
      "Signed=won",
      "--stage",
      "Talking=sql",
      "--date-order",
      "dmy",
    );
    expect(r).toMatchObject({
      rowsImported: 2,
      rowsRejected: 0,
      won: 1,
      open: 1,
      averageDealValue: 1500,
      averageCycleDays: 36,
    });
  });

  it("refuses an unknown field or stage with a clear message", () => {
    expect(() =>
      execFileSync(
        process.execPath,
        [
          "--import",
          "tsx",
          "scripts/pipeline-report.ts",
          `${FIXTURES}/custom.csv`,
          "--map",
          "colour=Deal",
        ],
        {
          encoding: "utf8",
          stdio: "pipe",
        },
      ),
    ).toThrow(/unknown field "colour" in --map/);
  });
});
