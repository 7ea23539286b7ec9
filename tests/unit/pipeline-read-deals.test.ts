import { describe, expect, it } from "vitest";
import { DEFAULT_STAGES } from "@/lib/domain/pipeline";
import {
  importStageSet,
  readDeals,
  type CurrencyRule,
  type DealFileMapping,
  type ReadContext,
  type StageLabelMap,
} from "@/lib/domain/pipeline/import";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

const header = ["Id", "Stage", "Amount", "Currency", "Created", "Closed", "MQL on", "Lost at"];
const mapping: DealFileMapping = {
  columns: {
    id: "Id",
    stage: "Stage",
    amount: "Amount",
    currency: "Currency",
    created: "Created",
    closed: "Closed",
    lostStage: "Lost at",
  },
  entered: { mql: "MQL on" },
  dateOrder: "ymd",
};
const LABELS: StageLabelMap = { Lead: "mql", Qualified: "sql", Won: "won", Lost: "lost" };

function context(
  labels: StageLabelMap = LABELS,
  currency: CurrencyRule = { base: "USD", rates: {} },
): ReadContext {
  return {
    stages: DEFAULT_STAGES,
    labels,
    set: importStageSet(DEFAULT_STAGES, labels, [mapping]),
    currency,
  };
}

/** Rows of the file above, from line 2, each given as the cells that differ from a plain deal. */
function read(
  rows: Partial<Record<(typeof header)[number], string>>[],
  ctx: ReadContext = context(),
) {
  const plain = { Id: "D1", Stage: "Lead", Amount: "1000", Created: "2024-01-01" };
  const records = rows.map((r, i) => ({
    line: i + 2,
    cells: header.map((h) => (({ ...plain, ...r }) as Record<string, string>)[h] ?? ""),
  }));
  return readDeals(header, records, mapping, ctx);
}

describe("reading deal rows", () => {
  it("refuses a negative amount with its line and reason", () => {
    const result = read([{ Id: "D1" }, { Id: "D2", Amount: "-500" }]);
    expect(result.deals.map((r) => r.opportunity.id)).toEqual(["D1"]);
    expect(result.refused).toEqual([
      { line: 3, column: "Amount", reason: 'the amount "-500" is negative' },
    ]);
  });

  it("keeps a blank amount as unknown, not zero", () => {
    const result = read([{ Amount: "" }]);
    expect(result.refused).toEqual([]);
    expect(result.deals[0]!.opportunity.amount).toBeNull();
  });

  it("leaves out the rows of a label mapped to no stage, and counts them", () => {
    const result = read(
      [{ Id: "D1" }, { Id: "D2", Stage: "Test deal" }],
      context({
        ...LABELS,
        "Test deal": null,
      }),
    );
    expect(result.deals.map((r) => r.opportunity.id)).toEqual(["D1"]);
    expect(result.leftOut).toBe(1);
    expect(result.refused).toEqual([]);
  });

  it("refuses a label with no stage in words a browser user can act on", () => {
    const result = read([{ Stage: "Mystery stage" }]);
    expect(result.deals).toEqual([]);
    expect(result.refused).toHaveLength(1);
    const { line, column, reason } = result.refused[0]!;
    expect({ line, column }).toEqual({ line: 2, column: "Stage" });
    expect(reason).toContain('"Mystery stage"');
    // Nothing from the command line: the browser's mapping has no such syntax.
    expect(reason).not.toContain("label=stage");
    expect(reason).not.toContain("--");
  });

  it("leaves an amount in a currency without a rate unknown and counts it", () => {
    const result = read([{ Amount: "1000", Currency: "EUR" }]);
    expect(result.deals[0]!.opportunity).toMatchObject({ amount: null, currency: "EUR" });
    expect(result.noRate).toBe(1);
  });

  it("converts an amount in a currency with a rate into the organization's", () => {
    const result = read(
      [{ Amount: "1000", Currency: "EUR" }],
      context(LABELS, { base: "USD", rates: { EUR: 1.1 } }),
    );
    expect(result.deals[0]!.opportunity).toMatchObject({ amount: 1100, currency: "EUR" });
    expect(result.noRate).toBe(0);
  });

  it("reads an 18-character Salesforce id as its 15-character form", () => {
    // "ABCDE" is all capitals: its chunk's checksum is the 32nd character, "5"; the two chunks
    // without capitals give "A".
    const result = read([{ Id: "0065g00000ABCDEAA5" }]);
    expect(result.deals[0]!.opportunity.id).toBe("0065g00000ABCDE");
    expect(result.deals[0]!.path.every((e) => e.opportunityId === "0065g00000ABCDE")).toBe(true);
  });

  it("opens a deal with no created date at its earliest dated entry", () => {
    const result = read([
      { Stage: "Won", Created: "", "MQL on": "2024-02-01", Closed: "2024-03-01" },
    ]);
    const [deal] = result.deals;
    expect(deal!.opportunity.createdAt).toEqual(d("2024-02-01"));
    expect(deal!.path.map((e) => [e.stage, e.enteredAt])).toEqual([
      ["mql", d("2024-02-01")],
      ["sql", null],
      ["won", d("2024-03-01")],
    ]);
  });

  it("takes a lost deal as far as the label of its stage when lost", () => {
    const result = read([{ Stage: "Lost", "Lost at": "Qualified", Closed: "2024-02-01" }]);
    expect(result.deals[0]!.path.map((e) => e.stage)).toEqual(["mql", "sql", "lost"]);
  });
});
