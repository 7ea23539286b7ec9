import { describe, expect, it } from "vitest";
import { DEFAULT_STAGES, pipelineFigures, type PipelineData } from "@/lib/domain/pipeline";
import {
  DuplicateIds,
  importInMemory,
  importStageSet,
  type DealFileMapping,
  type MemoryFile,
  type ReadContext,
} from "@/lib/domain/pipeline/import";
import { opp, paths } from "../support/opportunity";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("the data's own as-of date", () => {
  // W closed on 1 March; O, still open, expects to close at the end of the year.
  const data: PipelineData = {
    stages: DEFAULT_STAGES,
    opportunities: [
      opp({ id: "W", status: "won", createdAt: d("2024-01-01"), closedAt: d("2024-03-01") }),
      opp({ id: "O", status: "open", createdAt: d("2024-02-01"), closedAt: d("2024-12-31") }),
    ],
    events: paths([
      ["W", "mql", d("2024-01-01")],
      ["W", "won", d("2024-03-01")],
      ["O", "mql", d("2024-02-01")],
    ]),
  };

  it("is the latest thing that happened; an open deal's expected close never counts", () => {
    expect(pipelineFigures(data).asOf).toEqual(d("2024-03-01"));
  });

  it("ends the velocity trend with the as-of month, twelve months in all", () => {
    const trend = pipelineFigures(data).trend.map((m) => m.month);
    expect(trend).toHaveLength(12);
    expect([trend[0], trend.at(-1)]).toEqual(["2023-04", "2024-03"]);
  });

  it("is the export date when the user gives one", () => {
    expect(pipelineFigures(data, { asOf: d("2024-02-15") }).asOf).toEqual(d("2024-02-15"));
  });

  it("counts the entries dated after a given export date", () => {
    const figures = pipelineFigures(data, { asOf: d("2024-02-15") });
    // One entry is dated after 15 February: W's won entry on 1 March (docs/pipeline-model.md,
    // "entries dated after the as-of date"). W's close is that same entry, not a second one.
    expect(figures.findings.datesAfterAsOf).toBe(1);
  });
});

describe("stale deals", () => {
  // Won deals: W1 in 30 days (MQL 10, SQL 20), W2 in 50 (MQL 20, SQL 30). Median stays: MQL 15,
  // SQL 25; median won cycle 40.
  // X: open since 1 January, in SQL since an unknown time. Y: open, no date at all.
  // Z: open since 1 March, in MQL since then.
  const data: PipelineData = {
    stages: DEFAULT_STAGES,
    opportunities: [
      opp({ id: "W1", status: "won", createdAt: d("2024-01-01"), closedAt: d("2024-01-31") }),
      opp({ id: "W2", status: "won", createdAt: d("2024-01-01"), closedAt: d("2024-02-20") }),
      opp({ id: "X", status: "open", createdAt: d("2024-01-01") }),
      opp({ id: "Y", status: "open", createdAt: null }),
      opp({ id: "Z", status: "open", createdAt: d("2024-03-01") }),
    ],
    events: paths([
      ["W1", "mql", d("2024-01-01")],
      ["W1", "sql", d("2024-01-11")],
      ["W1", "won", d("2024-01-31")],
      ["W2", "mql", d("2024-01-01")],
      ["W2", "sql", d("2024-01-21")],
      ["W2", "won", d("2024-02-20")],
      ["X", "mql", d("2024-01-01")],
      ["X", "sql", null],
      ["Y", "mql", null],
      ["Z", "mql", d("2024-03-01")],
    ]),
  };

  it("judges a deal whose stay is undated by its age against the median won cycle", () => {
    // On 1 April: X is 91 days old, over 2 × 40; Z has been 31 days in MQL, over 2 × 15.
    const { stale } = pipelineFigures(data, { asOf: d("2024-04-01") });
    expect(stale.deals.map((s) => s.opportunityId)).toEqual(["X", "Z"]);
    expect(stale.deals[0]).toMatchObject({
      stage: "sql",
      basis: "age",
      daysInStage: null,
      ageDays: 91,
      medianDays: 40,
    });
    expect(stale.deals[0]!.stallRatio).toBeCloseTo(91 / 40, 10);
    expect(stale.deals[1]).toMatchObject({ basis: "stage", daysInStage: 31, medianDays: 15 });
  });

  it("does not flag a deal younger than the multiple of the median cycle", () => {
    // On 15 March X is 74 days old, under 80; Z 14 days in MQL, under 30.
    expect(pipelineFigures(data, { asOf: d("2024-03-15") }).stale.deals).toEqual([]);
  });

  it("counts an open deal with no dates at all as not judged", () => {
    expect(pipelineFigures(data, { asOf: d("2024-04-01") }).stale.unjudged).toBe(1);
  });
});

describe("key-person dependence", () => {
  // Ana brought in all the won revenue; Ben carries most of the open pipeline.
  const data: PipelineData = {
    stages: DEFAULT_STAGES,
    opportunities: [
      opp({
        id: "A1",
        status: "won",
        owner: "Ana",
        amount: 30_000,
        createdAt: d("2024-01-01"),
        closedAt: d("2024-02-01"),
      }),
      opp({ id: "A2", status: "open", owner: "Ana", amount: 10_000, createdAt: d("2024-01-01") }),
      opp({ id: "B1", status: "open", owner: "Ben", amount: 50_000, createdAt: d("2024-01-01") }),
    ],
    events: paths([
      ["A1", "mql", d("2024-01-01")],
      ["A1", "won", d("2024-02-01")],
      ["A2", "mql", d("2024-01-01")],
      ["B1", "mql", d("2024-01-01")],
    ]),
  };

  it("names a different top owner for won revenue and for open value", () => {
    const figures = pipelineFigures(data);
    expect(figures.topByWonRevenue).toMatchObject({ owner: "Ana", wonRevenueShare: 1 });
    expect(figures.topByOpenValue?.owner).toBe("Ben");
    expect(figures.topByOpenValue?.openValueShare).toBeCloseTo(50 / 60, 10);
    // Listed by won revenue.
    expect(figures.owners.map((o) => o.owner)).toEqual(["Ana", "Ben"]);
  });
});

describe("duplicate ids", () => {
  it("keep the last row of each id and list the rows set aside", () => {
    const ids = new DuplicateIds();
    ids.see("D1", 0, 2);
    ids.see("D2", 0, 3);
    ids.see("D1", 0, 4);
    ids.see("D1", 1, 2);
    expect(ids.keeps("D1", 1, 2)).toBe(true);
    expect(ids.keeps("D1", 0, 4)).toBe(false);
    expect(ids.keeps("D2", 0, 3)).toBe(true);
    expect(ids.duplicates()).toEqual([
      {
        id: "D1",
        setAside: [
          { file: 0, line: 2 },
          { file: 0, line: 4 },
        ],
      },
    ]);
    expect(ids.setAsideCount).toBe(2);
  });

  it("leave one deal per id when two files of an import are read", async () => {
    const mapping: DealFileMapping = {
      columns: { id: "Id", stage: "Stage", amount: "Amount", created: "Created" },
      entered: {},
      dateOrder: "ymd",
    };
    const labels = { Lead: "mql" };
    const ctx: ReadContext = {
      stages: DEFAULT_STAGES,
      labels,
      set: importStageSet(DEFAULT_STAGES, labels, [mapping]),
      currency: { base: "USD", rates: {} },
    };
    const file = (name: string, rows: string[][]): MemoryFile => ({
      name,
      role: "deals",
      mapping,
      async *records() {
        const lines = [["Id", "Stage", "Amount", "Created"], ...rows];
        for (const [i, cells] of lines.entries()) yield { line: i + 1, cells };
      },
    });
    const result = await importInMemory(
      [
        file("a.csv", [
          ["D1", "Lead", "100", "2024-01-01"],
          ["D2", "Lead", "200", "2024-01-02"],
          ["D1", "Lead", "150", "2024-01-01"],
        ]),
        file("b.csv", [
          ["D2", "Lead", "250", "2024-01-02"],
          ["D3", "Lead", "300", "2024-01-03"],
        ]),
      ],
      ctx,
    );
    expect(result.counts).toMatchObject({ rows: 5, deals: 3, refusedRows: 0 });
    // The last row of each id: D1 from a.csv line 4, D2 from b.csv.
    expect(Object.fromEntries(result.data.opportunities.map((o) => [o.id, o.amount]))).toEqual({
      D1: 150,
      D2: 250,
      D3: 300,
    });
    // One path per deal, not one per row.
    expect(result.data.events).toHaveLength(3);
    expect(result.findings.duplicateIds).toEqual({
      ids: 2,
      rowsSetAside: 2,
      examples: [
        { id: "D1", lines: [2] },
        { id: "D2", lines: [3] },
      ],
    });
  });
});

describe("import findings on amounts", () => {
  it("count a blank amount as blank even when the row names another currency", async () => {
    // A rate for EUR is given; B1's amount is blank, B2's is 100 EUR, B3's is blank in USD.
    const mapping: DealFileMapping = {
      columns: { id: "Id", stage: "Stage", amount: "Amount", currency: "Currency" },
      entered: {},
      dateOrder: "ymd",
    };
    const labels = { Lead: "mql" };
    const result = await importInMemory(
      [
        {
          name: "deals.csv",
          role: "deals",
          mapping,
          async *records() {
            yield { line: 1, cells: ["Id", "Stage", "Amount", "Currency"] };
            yield { line: 2, cells: ["B1", "Lead", "", "EUR"] };
            yield { line: 3, cells: ["B2", "Lead", "100", "EUR"] };
            yield { line: 4, cells: ["B3", "Lead", "", "USD"] };
          },
        },
      ],
      {
        stages: DEFAULT_STAGES,
        labels,
        set: importStageSet(DEFAULT_STAGES, labels, [mapping]),
        currency: { base: "USD", rates: { EUR: 1.1 } },
      },
    );
    expect(result.data.opportunities.map((o) => o.amount)).toEqual([null, 110, null]);
    // Blank amounts: unknown, not zero, counted (docs/pipeline-model.md). No amount lacked a rate.
    expect(result.findings.blankAmounts).toEqual({ won: 0, lost: 0, open: 2 });
    expect(result.findings.noRate).toEqual({ deals: 0, currencies: [] });
  });
});
