import { describe, expect, it } from "vitest";
import {
  DEFAULT_STAGES,
  generatePipeline,
  hubspotDealsCsv,
  salesforceCsv,
} from "@/lib/domain/pipeline";
import {
  batches,
  csvHead,
  CsvFileError,
  csvRecords,
  guessDateOrder,
  readHistory,
  readOpportunities,
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

  it("reads back a HubSpot export with every deal and its open-stage history", async () => {
    const [header, ...rows] = await all(
      csvRecords([Buffer.from([...hubspotDealsCsv(data)].join(""))]),
    );
    const read = readOpportunities(header!.cells, rows, {
      format: "hubspot",
      stages: DEFAULT_STAGES,
    });
    expect(read.rejected).toEqual([]);
    expect(read.opportunities).toHaveLength(200);
    expect(read.opportunities.map((o) => o.status)).toEqual(
      data.opportunities.map((o) => o.status),
    );
    const openEvents = (events: { opportunityId: string; stage: string; enteredAt: Date }[]) =>
      events
        .filter((e) => DEFAULT_STAGES.find((s) => s.key === e.stage)?.kind === "open")
        .map((e) => `${e.opportunityId} ${e.stage} ${e.enteredAt.toISOString()}`)
        .sort();
    expect(openEvents(read.events)).toEqual(openEvents(data.events));
  });

  it("reads back a Salesforce export and its history export", async () => {
    const files = salesforceCsv(data);
    const [oh, ...opps] = await all(csvRecords([Buffer.from([...files.opportunities].join(""))]));
    const [hh, ...history] = await all(csvRecords([Buffer.from([...files.history].join(""))]));
    const read = readOpportunities(oh!.cells, opps, {
      format: "salesforce",
      stages: DEFAULT_STAGES,
    });
    expect(read.rejected).toEqual([]);
    expect(read.opportunities).toHaveLength(200);
    const events = readHistory(hh!.cells, history, { stages: DEFAULT_STAGES });
    expect(events.rejected).toEqual([]);
    expect(events.events).toHaveLength(data.events.length);
  });
});
