import { describe, expect, it } from "vitest";
import {
  DEFAULT_STAGES,
  generatePipeline,
  hubspotDealsCsv,
  salesforceCsv,
  stageMetrics,
  type Opportunity,
  type StageEvent,
} from "@/lib/domain/pipeline";
import {
  batches,
  csvHead,
  CsvFileError,
  csvRecords,
  guessDateOrder,
  importInMemory,
  importStageSet,
  readDeals,
  readHistory,
  suggestFileMapping,
  suggestStageLabels,
  type ReadContext,
} from "@/lib/domain/pipeline/import";

const bytes = (text: string, split = 7) => {
  // Deliver the text in small pieces, as a network or a database chunk would.
  const buffer = Buffer.from(text);
  const parts: Buffer[] = [];
  for (let i = 0; i < buffer.length; i += split) parts.push(buffer.subarray(i, i + split));
  return parts;
};

async function all<T>(items: AsyncIterable<T>) {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

describe("reading a CSV stream", () => {
  it("drops a byte-order mark, keeps quoted newlines and numbers lines as the file does", async () => {
    const records = await all(
      csvRecords(bytes('\uFEFFid,name\n1,"two\nlines"\n\n2,=1+1\n3,say "hi" there\n')),
    );
    expect(records).toEqual([
      { line: 1, cells: ["id", "name"] },
      { line: 3, cells: ["1", "two\nlines"] },
      { line: 5, cells: ["2", "=1+1"] },
      { line: 6, cells: ["3", 'say "hi" there'] },
    ]);
  });

  it("reads Windows line endings the same, wherever the chunks split", async () => {
    const text = 'id,name\r\n1,"two\r\nlines"\r\n\r\n2,"a ""quoted"" word"\r\n3,last';
    for (const split of [1, 2, 3, 5, 64]) {
      expect(await all(csvRecords(bytes(text, split)))).toEqual([
        { line: 1, cells: ["id", "name"] },
        { line: 3, cells: ["1", "two\r\nlines"] },
        { line: 5, cells: ["2", 'a "quoted" word'] },
        { line: 6, cells: ["3", "last"] },
      ]);
    }
  });

  it("keeps a character whose bytes are split between chunks", async () => {
    const records = await all(csvRecords(bytes("id,name\n1,Müller Straße €\n", 1)));
    expect(records[1]!.cells).toEqual(["1", "Müller Straße €"]);
  });

  it("names the line where a file stops being CSV", async () => {
    await expect(all(csvRecords(bytes('id,name\n1,ok\n2,"never closed\n')))).rejects.toThrow(
      "line 3 cannot be read as CSV",
    );
    await expect(all(csvRecords(bytes('id,name\n1,"open\n')))).rejects.toBeInstanceOf(CsvFileError);
  });

  it("reads only as far as the preview needs", async () => {
    let pulled = 0;
    async function* endless() {
      yield Buffer.from("id,name\n");
      for (;;) {
        pulled++;
        // 64 KB of rows per chunk, like a stored chunk of an upload
        yield Buffer.from(`${pulled},row\n`.repeat(8_000));
      }
    }
    const head = await csvHead(endless(), 3);
    expect(head.header).toEqual(["id", "name"]);
    expect(head.records).toHaveLength(3);
    expect(pulled).toBeLessThanOrEqual(3);
  });

  it("groups records into batches of the given size", async () => {
    async function* numbers() {
      for (let i = 0; i < 7; i++) yield i;
    }
    expect(await all(batches(numbers(), 3))).toEqual([[0, 1, 2], [3, 4, 5], [6]]);
  });
});

describe("guessing how dates are written", () => {
  it.each([
    [["15/01/2026", "02/03/2026"], "dmy"],
    [["3/31/2026"], "mdy"],
    [["2026-01-15", ""], "ymd"],
    [["01/02/2026"], "mdy"],
  ] as const)("%j → %s", (samples, order) => {
    expect(guessDateOrder([...samples])).toBe(order);
  });
});

describe("writing a pipeline as CRM exports", () => {
  const data = generatePipeline({
    seed: 4,
    opportunities: 200,
    from: new Date("2025-01-01T00:00:00Z"),
    until: new Date("2026-01-01T00:00:00Z"),
  });
  const generated = new Map<string, StageEvent[]>();
  for (const e of data.events)
    generated.set(e.opportunityId, [...(generated.get(e.opportunityId) ?? []), e]);
  const kind = new Map(DEFAULT_STAGES.map((s) => [s.key, s.kind]));
  const open = DEFAULT_STAGES.filter((s) => s.kind === "open");

  /** A file's records, header first, as the CSV reader gives them. */
  const recordsOf = async (text: Iterable<string>) =>
    all(csvRecords([Buffer.from([...text].join(""))]));

  /** How the import reads a file's stage column, and the stage set that follows from it. */
  const contextFor = (stageLabels: string[], entered: Record<string, string>): ReadContext => {
    const labels = suggestStageLabels(stageLabels, DEFAULT_STAGES);
    return {
      stages: DEFAULT_STAGES,
      labels,
      set: importStageSet(DEFAULT_STAGES, labels, [{ entered }]),
      currency: { base: "USD", rates: {} },
    };
  };

  /**
   * The path docs/pipeline-model.md says one export row shows, worked from the generated deal:
   * every stage of the set up to the one it stands in (all of them once won; up to the last one
   * its dates show once lost), each dated by its "Date entered" column, the first by the created
   * date, the others the deal skipped at an unknown time; then the close.
   */
  const rowPath = (o: Opportunity): StageEvent[] => {
    const path = generated.get(o.id)!;
    const dated = new Map(path.map((e) => [e.stage, e.enteredAt]));
    const lastOpen = path.filter((e) => kind.get(e.stage) === "open").at(-1)!;
    const upTo = open.findIndex((s) => s.key === lastOpen.stage);
    const through = o.status === "won" ? open : open.slice(0, upTo + 1);
    const events: StageEvent[] = through.map((s, seq) => ({
      opportunityId: o.id,
      stage: s.key,
      enteredAt: dated.get(s.key) ?? (seq === 0 ? o.createdAt : null),
      seq,
    }));
    if (o.status !== "open")
      events.push({
        opportunityId: o.id,
        stage: o.status,
        enteredAt: o.closedAt,
        seq: events.length,
      });
    return events;
  };

  it("reads back a HubSpot export: every deal, with the path its row shows", async () => {
    const [header, ...rows] = await recordsOf(hubspotDealsCsv(data));
    const mapping = suggestFileMapping(0, header!.cells, DEFAULT_STAGES, "ymd");
    const stageColumn = header!.cells.indexOf("Deal Stage");
    const ctx = contextFor([...new Set(rows.map((r) => r.cells[stageColumn]!))], mapping.entered);
    // A "Date entered" column for every stage: the set is the whole pipeline.
    expect(ctx.set.map((s) => s.key)).toEqual(open.map((s) => s.key));
    const read = readDeals(header!.cells, rows, mapping, ctx);
    expect(read.refused).toEqual([]);
    expect(read.deals).toHaveLength(200);
    expect(read.deals.map((d) => d.opportunity.status)).toEqual(
      data.opportunities.map((o) => o.status),
    );
    // A deal that came in at MQL passed awareness and engagement too (at its creation, and at an
    // unknown time): the row's path, not the generator's, is what the import can know.
    expect(read.deals.map((d) => d.path)).toEqual(data.opportunities.map(rowPath));
  });

  it("reads back a Salesforce export and its history export: the same deals and paths", async () => {
    const files = salesforceCsv(data);
    const [oh, ...opps] = await recordsOf(files.opportunities);
    const history = await recordsOf(files.history);
    const mapping = suggestFileMapping(0, oh!.cells, DEFAULT_STAGES, "ymd");
    const historyMapping = suggestFileMapping(1, history[0]!.cells, DEFAULT_STAGES, "ymd");
    expect(historyMapping.role).toBe("history");
    const stageColumn = oh!.cells.indexOf("StageName");
    const ctx = contextFor([...new Set(opps.map((r) => r.cells[stageColumn]!))], {});

    const historyRows = readHistory(
      history[0]!.cells,
      history.slice(1),
      { id: 0, stage: 1, at: 2, dateOrder: "ymd" },
      ctx,
    );
    expect(historyRows.refused).toEqual([]);
    // Every entry of the generated pipeline is dated, so each is one history row.
    expect(historyRows.rows).toHaveLength(data.events.length);

    async function* replay(records: { line: number; cells: string[] }[]) {
      yield* records;
    }
    const imported = await importInMemory(
      [
        {
          name: "opportunities.csv",
          role: "deals",
          mapping,
          records: () => replay([oh!, ...opps]),
        },
        {
          name: "history.csv",
          role: "history",
          columns: historyMapping.history!,
          dateOrder: "ymd",
          records: () => replay(history),
        },
      ],
      ctx,
    );
    expect(imported.refused).toEqual([]);
    expect(imported.counts).toMatchObject({ deals: 200, historyRows: data.events.length });
    expect(imported.data.opportunities).toEqual(data.opportunities);
    const order = (events: StageEvent[]) =>
      [...events].sort((a, b) => a.opportunityId.localeCompare(b.opportunityId) || a.seq - b.seq);
    expect(order(imported.data.events)).toEqual(order(data.events));
    expect(stageMetrics(imported.data)).toEqual(stageMetrics(data));
  });
});
