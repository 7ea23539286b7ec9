import { describe, expect, it } from "vitest";
import {
  DEFAULT_STAGES,
  historyPath,
  movesSince,
  pathFromRow,
  pipelineFigures,
  stageIndex,
  stageSet,
  type PathInput,
  type PipelineData,
} from "@/lib/domain/pipeline";
import {
  emptyFindings,
  importStageSet,
  noteDeal,
  readDeals,
  type DealFileMapping,
  type ReadContext,
} from "@/lib/domain/pipeline/import";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const stages = stageIndex(DEFAULT_STAGES);
/** A file whose labels and dates name MQL, SQL and proposal. */
const set = stageSet(DEFAULT_STAGES, ["mql", "sql", "proposal"]);

const row = (r: Partial<PathInput> & Pick<PathInput, "status" | "stage">): PathInput => ({
  createdAt: null,
  closedAt: null,
  entered: new Map(),
  lostStage: null,
  ...r,
});

/** A path as "stage date" strings ("?" for an unknown time), with its marks. */
const show = (events: ReturnType<typeof pathFromRow>) =>
  events.map(
    (e) =>
      `${e.seq} ${e.stage} ${e.enteredAt ? e.enteredAt.toISOString().slice(0, 10) : "?"}` +
      (e.estimated ? " estimated" : "") +
      (e.back ? " back" : ""),
  );

describe("the stage set", () => {
  it("is the open stages the mapping names, in pipeline order, without won and lost", () => {
    expect(stageSet(DEFAULT_STAGES, ["won", "sql", "lost", "mql"]).map((s) => s.key)).toEqual([
      "mql",
      "sql",
    ]);
  });
});

describe("the path one row shows", () => {
  it("takes an open deal through every stage of the set up to its own", () => {
    // MQL is the first stage: dated by the creation. SQL has no date: an unknown time.
    expect(
      show(
        pathFromRow(
          "a",
          row({ status: "open", stage: "proposal", createdAt: d("2024-01-01") }),
          set,
          stages,
        ),
      ),
    ).toEqual(["0 mql 2024-01-01", "1 sql ?", "2 proposal ?"]);
    expect(
      show(
        pathFromRow(
          "a",
          row({
            status: "open",
            stage: "sql",
            createdAt: d("2024-01-01"),
            entered: new Map([["sql", d("2024-01-10")]]),
          }),
          set,
          stages,
        ),
      ),
    ).toEqual(["0 mql 2024-01-01", "1 sql 2024-01-10"]);
  });

  it("dates the first stage by its own column when it has one, not by the creation", () => {
    expect(
      show(
        pathFromRow(
          "a",
          row({
            status: "open",
            stage: "mql",
            createdAt: d("2024-01-01"),
            entered: new Map([["mql", d("2024-01-05")]]),
          }),
          set,
          stages,
        ),
      ),
    ).toEqual(["0 mql 2024-01-05"]);
  });

  it("takes a won deal through the whole set, then won at its close", () => {
    expect(
      show(
        pathFromRow(
          "w",
          row({
            status: "won",
            stage: "won",
            createdAt: d("2024-01-01"),
            closedAt: d("2024-03-01"),
            entered: new Map([["proposal", d("2024-02-01")]]),
          }),
          set,
          stages,
        ),
      ),
    ).toEqual(["0 mql 2024-01-01", "1 sql ?", "2 proposal 2024-02-01", "3 won 2024-03-01"]);
  });

  it("takes a lost deal as far as its stage when lost, and no further", () => {
    expect(
      show(
        pathFromRow(
          "l",
          row({
            status: "lost",
            stage: "lost",
            createdAt: d("2024-01-01"),
            closedAt: d("2024-02-01"),
            lostStage: "sql",
          }),
          set,
          stages,
        ),
      ),
    ).toEqual(["0 mql 2024-01-01", "1 sql ?", "2 lost 2024-02-01"]);
  });

  it("takes a lost deal as far as its dates show", () => {
    expect(
      show(
        pathFromRow(
          "l",
          row({
            status: "lost",
            stage: "lost",
            createdAt: d("2024-01-01"),
            closedAt: d("2024-03-01"),
            entered: new Map([["proposal", d("2024-02-01")]]),
          }),
          set,
          stages,
        ),
      ),
    ).toEqual(["0 mql 2024-01-01", "1 sql ?", "2 proposal 2024-02-01", "3 lost 2024-03-01"]);
  });

  it("has a lost deal with no evidence lost from the first stage of the set", () => {
    expect(
      show(
        pathFromRow(
          "l",
          row({
            status: "lost",
            stage: "lost",
            createdAt: d("2024-01-01"),
            closedAt: d("2024-01-20"),
          }),
          set,
          stages,
        ),
      ),
    ).toEqual(["0 mql 2024-01-01", "1 lost 2024-01-20"]);
  });
});

describe("the worked example of docs/pipeline-model.md", () => {
  const header = ["Deal", "Stage", "Rep", "Created", "Qualified on", "Closed", "Amount"];
  const cells = [
    ["D1", "Won", "Ana", "2024-01-01", "2024-01-11", "2024-02-10", "10,000"],
    ["D2", "Won", "Ben", "2024-01-05", "2024-01-25", "2024-03-05", "20,000"],
    ["D3", "Lost", "Ana", "2024-01-10", "2024-01-20", "2024-02-19", "5,000"],
    ["D4", "Lost", "Ben", "2024-02-01", "", "2024-02-11", "8,000"],
    ["D5", "Qualified", "Ana", "2024-02-15", "2024-03-01", "", "12,000"],
    ["D6", "Lead", "Ben", "2024-03-01", "", "", ""],
  ];
  const mapping: DealFileMapping = {
    columns: {
      id: "Deal",
      stage: "Stage",
      owner: "Rep",
      created: "Created",
      closed: "Closed",
      amount: "Amount",
    },
    entered: { sql: "Qualified on" },
    dateOrder: "ymd",
  };
  // "Lead" is awareness by default; the mapping's choice wins.
  const labels = { Lead: "mql", Qualified: "sql", Won: "won", Lost: "lost" };
  const ctx: ReadContext = {
    stages: DEFAULT_STAGES,
    labels,
    set: importStageSet(DEFAULT_STAGES, labels, [mapping]),
    currency: { base: "USD", rates: {} },
  };
  const read = readDeals(
    header,
    cells.map((c, i) => ({ line: i + 2, cells: c })),
    mapping,
    ctx,
  );
  const data: PipelineData = {
    stages: DEFAULT_STAGES,
    opportunities: read.deals.map((r) => r.opportunity),
    events: read.deals.flatMap((r) => r.path),
  };
  const figures = pipelineFigures(data);
  const stage = (key: string) => figures.stages.find((s) => s.key === key)!;

  it("has the stage set {MQL, SQL} and the paths the doc lists", () => {
    expect(ctx.set.map((s) => s.key)).toEqual(["mql", "sql"]);
    expect(read.refused).toEqual([]);
    expect(Object.fromEntries(read.deals.map((r) => [r.opportunity.id, show(r.path)]))).toEqual({
      D1: ["0 mql 2024-01-01", "1 sql 2024-01-11", "2 won 2024-02-10"],
      D2: ["0 mql 2024-01-05", "1 sql 2024-01-25", "2 won 2024-03-05"],
      D3: ["0 mql 2024-01-10", "1 sql 2024-01-20", "2 lost 2024-02-19"],
      D4: ["0 mql 2024-02-01", "1 lost 2024-02-11"],
      D5: ["0 mql 2024-02-15", "1 sql 2024-03-01"],
      D6: ["0 mql 2024-03-01"],
    });
    expect(figures.asOf).toEqual(d("2024-03-05"));
  });

  it("gives the MQL and SQL figures", () => {
    expect(stage("mql")).toMatchObject({
      entered: 6,
      movedForward: 4,
      dropped: 1,
      current: 1,
      medianDays: 10,
      meanDays: 13,
    });
    expect(stage("mql").conversionRate).toBeCloseTo(4 / 6, 10);
    expect(stage("sql")).toMatchObject({
      entered: 4,
      movedForward: 2,
      dropped: 1,
      current: 1,
      conversionRate: 0.5,
      medianDays: 30,
    });
    expect(stage("sql").meanDays).toBeCloseTo(100 / 3, 10);
    expect(figures.findings).toMatchObject({ undatedStays: 0, outOfOrderStays: 0 });
  });

  it("gives win rate, average won value, cycle, qualified and velocity", () => {
    expect(figures.deals).toMatchObject({
      winRate: 0.5,
      averageDealValue: 15_000,
      averageCycleDays: 50,
      qualifiedCount: 1,
      velocityPerDay: 150,
    });
  });

  it("finds nothing stale at 2×, and every open deal judged", () => {
    expect(figures.stale).toEqual({ deals: [], unjudged: 0 });
  });

  it("names Ben by won revenue and Ana by open value", () => {
    expect(figures.topByWonRevenue?.owner).toBe("Ben");
    expect(figures.topByWonRevenue?.wonRevenueShare).toBeCloseTo(2 / 3, 10);
    expect(figures.topByOpenValue).toMatchObject({ owner: "Ana", openValueShare: 1 });
  });

  it("counts one blank amount, on an open deal", () => {
    expect(figures.deals).toMatchObject({ openWithoutAmount: 1, wonWithoutAmount: 0 });
    const findings = emptyFindings();
    for (const r of read.deals) noteDeal(findings, r, null);
    expect(findings.blankAmounts).toEqual({ won: 0, lost: 0, open: 1 });
  });
});

describe("a path from history rows", () => {
  // Given out of order: the path follows the dates.
  const rows = [
    { stage: "sql", at: d("2024-01-10") },
    { stage: "mql", at: d("2024-01-01") },
    { stage: "mql", at: d("2024-01-05") },
    { stage: "sql", at: d("2024-02-01") },
    { stage: "mql", at: d("2024-01-20") },
  ];

  it("folds a row repeating the stage before it and marks a move back", () => {
    // The second MQL row (an amount changed) is the same stay; 20 January goes back to MQL.
    expect(show(historyPath("h", rows, stages, null))).toEqual([
      "0 mql 2024-01-01",
      "1 sql 2024-01-10",
      "2 mql 2024-01-20 back",
      "3 sql 2024-02-01",
    ]);
  });

  it("ends a closed deal whose history stops short at its close", () => {
    const deal = { status: "won" as const, stage: "won", closedAt: d("2024-03-01") };
    expect(show(historyPath("h", rows, stages, deal)).at(-1)).toBe("4 won 2024-03-01");
  });
});

describe("what a later import adds to a stored deal", () => {
  const asOf = d("2024-04-01");
  const incoming = (r: Partial<PathInput> & Pick<PathInput, "status" | "stage">) =>
    pathFromRow("m", row({ createdAt: d("2024-01-01"), ...r }), set, stages);

  it("adds nothing when it stands where it stood", () => {
    expect(
      movesSince(
        { stage: "sql", lastSeq: 1 },
        incoming({ status: "open", stage: "sql" }),
        asOf,
        stages,
      ),
    ).toEqual([]);
  });

  it("adds the stages passed since, the new one estimated at the as-of date when undated", () => {
    expect(
      show(
        movesSince(
          { stage: "mql", lastSeq: 0 },
          incoming({ status: "open", stage: "proposal" }),
          asOf,
          stages,
        ),
      ),
    ).toEqual(["1 sql ?", "2 proposal 2024-04-01 estimated"]);
    // Dated by the file, the new stage is no estimate.
    expect(
      show(
        movesSince(
          { stage: "mql", lastSeq: 0 },
          incoming({
            status: "open",
            stage: "proposal",
            entered: new Map([["proposal", d("2024-03-10")]]),
          }),
          asOf,
          stages,
        ),
      ),
    ).toEqual(["1 sql ?", "2 proposal 2024-03-10"]);
  });

  it("adds one entry marked as a move back when it went back", () => {
    expect(
      show(
        movesSince(
          { stage: "proposal", lastSeq: 2 },
          incoming({ status: "open", stage: "sql" }),
          asOf,
          stages,
        ),
      ),
    ).toEqual(["3 sql 2024-04-01 estimated back"]);
    // A closed deal that is open again went back too.
    expect(
      show(
        movesSince(
          { stage: "won", lastSeq: 3 },
          incoming({ status: "open", stage: "proposal" }),
          asOf,
          stages,
        ),
      ),
    ).toEqual(["4 proposal 2024-04-01 estimated back"]);
  });
});
