import { describe, expect, it } from "vitest";
import {
  DEFAULT_STAGES,
  pathFromRow,
  planDealBatch,
  stageIndex,
  stageSet,
  type Opportunity,
  type PathInput,
  type StageEvent,
  type StoredDeal,
} from "@/lib/domain/pipeline";
import { opp } from "../support/opportunity";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const stages = stageIndex(DEFAULT_STAGES);
const set = stageSet(DEFAULT_STAGES, ["mql", "sql", "proposal"]);
const asOf = d("2024-04-01");

/** A read deal row: the opportunity and the path its row shows. */
function deal(
  id: string,
  r: Pick<PathInput, "status" | "stage"> & Partial<PathInput>,
): { opportunity: Opportunity; path: StageEvent[] } {
  const input: PathInput = {
    createdAt: d("2024-01-01"),
    closedAt: null,
    entered: new Map(),
    lostStage: null,
    ...r,
  };
  return {
    opportunity: opp({
      id,
      status: input.status,
      createdAt: input.createdAt,
      closedAt: input.closedAt,
      amount: 1000,
    }),
    path: pathFromRow(id, input, set, stages),
  };
}

/** What is stored of a deal written with `events` as its last entries. */
function stored(opportunity: Opportunity, events: StageEvent[]): StoredDeal {
  const last = events.at(-1)!;
  return { opportunity, stage: last.stage, stageEnteredAt: last.enteredAt, lastSeq: last.seq };
}

describe("planning an import against what is stored", () => {
  const rows = [
    deal("A", { status: "open", stage: "sql" }),
    deal("B", {
      status: "won",
      stage: "won",
      closedAt: d("2024-03-01"),
      entered: new Map([["proposal", d("2024-02-01")]]),
    }),
  ];

  it("writes a new deal with its whole path", () => {
    const { writes, stageMoves } = planDealBatch(rows, new Map(), asOf, stages);
    expect(writes.map((w) => [w.opportunity.id, w.before, w.events])).toEqual([
      ["A", null, rows[0]!.path],
      ["B", null, rows[1]!.path],
    ]);
    expect(writes[1]).toMatchObject({ stage: "won", stageEnteredAt: d("2024-03-01") });
    // Moves are counted for deals already stored, not for new ones.
    expect(stageMoves).toBe(0);
  });

  it("writes nothing when the same rows are planned against what they produced", () => {
    const first = planDealBatch(rows, new Map(), asOf, stages).writes;
    const after = new Map(first.map((w) => [w.opportunity.id, stored(w.opportunity, w.events)]));
    expect(planDealBatch(rows, after, asOf, stages)).toEqual({ writes: [], stageMoves: 0 });
  });

  it("gives a deal that moved only the new entries, numbered after its stored last entry", () => {
    // Stored at MQL with five entries (seq 0–4: it went back and forth before). The file now
    // shows it in proposal, undated: SQL passed at an unknown time, then proposal at the as-of
    // date as an estimate. MQL, already stored, is not written again.
    const before: StoredDeal = {
      opportunity: rows[0]!.opportunity,
      stage: "mql",
      stageEnteredAt: d("2024-02-10"),
      lastSeq: 4,
    };
    const moved = deal("A", { status: "open", stage: "proposal" });
    const { writes, stageMoves } = planDealBatch([moved], new Map([["A", before]]), asOf, stages);
    expect(stageMoves).toBe(1);
    expect(writes).toHaveLength(1);
    expect(writes[0]).toMatchObject({ stage: "proposal", stageEnteredAt: asOf, before });
    expect(writes[0]!.events).toEqual([
      { opportunityId: "A", stage: "sql", enteredAt: null, seq: 5 },
      { opportunityId: "A", stage: "proposal", enteredAt: asOf, seq: 6, estimated: true },
    ]);
  });
});
