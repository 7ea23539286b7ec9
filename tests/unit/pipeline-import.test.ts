import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import {
  columnMap,
  detectFormat,
  mapStage,
  parseAmount,
  parseDate,
} from "../../lib/domain/pipeline/import";

function rows(csv: string): string[][] {
  return Papa.parse<string[]>(csv.replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;
}

const HUBSPOT = `\uFEFFRecord ID,Deal Name,Deal Stage,Amount,Create Date,Close Date,Deal owner,Original Source Type,"Date entered ""Appointment Scheduled (Sales Pipeline)""","Date entered ""Closed Won (Sales Pipeline)"""
9001,"Acme, Inc. — renewal",Closed Won,"$12,500.00",2026-01-05 09:30,2026-03-01 16:00,Dana Ruiz,Organic Search,2026-01-05 09:30,2026-03-01 16:00
9002,"Multi
line name",Appointment Scheduled,,2026-02-01 10:00,,Sam Okafor,Referrals,2026-02-01 10:00,
9003,"=HYPERLINK(""http://x"")",Appointment Scheduled,300,2026-02-03 08:00,,Sam Okafor,Referrals,2026-02-03 08:00,`;

const SALESFORCE_LABELS = `Opportunity ID,Opportunity Name,Account Name,Stage,Amount,Close Date,Created Date,Opportunity Owner,Lead Source
006A1,Big Deal,Globex,Proposal/Price Quote,"1,200,000",3/15/2026,1/2/2026,Lee Park,Web`;

const SALESFORCE_API = `Id,Name,AccountId,StageName,Amount,CloseDate,CreatedDate,OwnerId,LeadSource
006A1,Big Deal,001X,Closed Won,1200000,2026-03-15,2026-01-02T10:00:00.000Z,005Y,Web`;

const HISTORY = `OpportunityId,StageName,CreatedDate
006A1,Prospecting,2026-01-02T10:00:00.000Z
006A1,Proposal/Price Quote,2026-02-10T10:00:00.000Z`;

describe("format detection", () => {
  it.each([
    ["a HubSpot deals export", HUBSPOT, "hubspot"],
    ["a Salesforce Opportunity export with labels", SALESFORCE_LABELS, "salesforce"],
    ["a Salesforce Opportunity export with API names", SALESFORCE_API, "salesforce"],
    ["a Salesforce OpportunityHistory export", HISTORY, "salesforce-history"],
    ["anything else", "Deal,Owner,Value\nA,B,1", "csv"],
  ])("recognises %s from its header", (_name, csv, format) => {
    expect(detectFormat(rows(csv)[0]!)).toBe(format);
  });
});

describe("reading a HubSpot export", () => {
  const [header, ...records] = rows(HUBSPOT);
  const columns = columnMap(header!, "hubspot");

  it("strips the byte-order mark and maps every known column", () => {
    expect(header![0]).toBe("Record ID");
    expect(columns).toMatchObject({
      id: 0,
      name: 1,
      stage: 2,
      amount: 3,
      created: 4,
      closed: 5,
      owner: 6,
      source: 7,
    });
  });

  it("keeps quoted commas and newlines inside one cell", () => {
    expect(records).toHaveLength(3);
    expect(records[0]![columns.name!]).toBe("Acme, Inc. — renewal");
    expect(records[1]![columns.name!]).toBe("Multi\nline name");
  });

  it("keeps a formula-looking cell as plain text", () => {
    expect(records[2]![columns.name!]).toBe('=HYPERLINK("http://x")');
  });

  it("lets an explicit mapping override or add a column", () => {
    expect(columnMap(header!, "hubspot", { segment: "Deal owner" }).segment).toBe(6);
    expect(columnMap(header!, "csv", { id: "record id", stage: "DEAL STAGE" })).toEqual({
      id: 0,
      stage: 2,
    });
  });
});

describe("values", () => {
  it.each([
    ["$12,500.00", 12500],
    ["1,200,000", 1200000],
    ["1.234,56 €", 1234.56],
    ["12 500", 12500],
    ["EUR 99,5", 99.5],
    ["(300)", -300],
    ["", null],
  ])("reads the amount %j", (text, value) => {
    expect(parseAmount(text)).toEqual({ ok: true, value });
  });

  it("refuses text that is not an amount", () => {
    expect(parseAmount("about ten")).toEqual({ ok: false, reason: '"about ten" is not an amount' });
  });

  it.each([
    ["2026-03-01", "ymd", "2026-03-01T00:00:00.000Z"],
    ["2026-03-01 16:00", "ymd", "2026-03-01T16:00:00.000Z"],
    ["2026-01-02T10:00:00.000Z", "ymd", "2026-01-02T10:00:00.000Z"],
    ["2026-01-02T10:00:00+02:00", "ymd", "2026-01-02T08:00:00.000Z"],
    ["3/15/2026", "mdy", "2026-03-15T00:00:00.000Z"],
    ["15/3/2026", "dmy", "2026-03-15T00:00:00.000Z"],
  ] as const)("reads the date %j (%s)", (text, order, iso) => {
    const parsed = parseDate(text, order);
    expect(parsed.ok && parsed.value?.toISOString()).toBe(iso);
  });

  it.each(["2026-02-30", "13/13/2026", "yesterday", "2026-03-01 25:00"])("refuses %j", (text) => {
    expect(parseDate(text, "mdy").ok).toBe(false);
  });
});

describe("stage mapping", () => {
  const stages = [
    { key: "sql", label: "SQL", crmLabels: ["Qualified To Buy", "Qualification"] },
    { key: "proposal", label: "Proposal", crmLabels: ["Proposal/Price Quote"] },
    { key: "won", label: "Won", crmLabels: ["Closed Won"] },
  ];

  it("matches keys, labels and CRM labels without regard to case", () => {
    expect(mapStage("proposal/price quote", stages)).toBe("proposal");
    expect(mapStage("SQL", stages)).toBe("sql");
    expect(mapStage("closed won", stages)).toBe("won");
  });

  it("lets an explicit label=stage mapping win, and says when nothing matches", () => {
    expect(mapStage("Appointment Scheduled", stages, { "appointment scheduled": "sql" })).toBe(
      "sql",
    );
    expect(mapStage("Appointment Scheduled", stages)).toBeNull();
  });
});
