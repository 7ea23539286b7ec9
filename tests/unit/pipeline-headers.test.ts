import { describe, expect, it } from "vitest";
import {
  canonicalRecordId,
  columnMap,
  detectFormat,
  historyColumns,
  suggestColumns,
} from "@/lib/domain/pipeline/import";

const split = (line: string) => line.split(",");

describe("Salesforce API names and their snake_case forms", () => {
  it("recognises a snake_case Opportunity export and reads every column", () => {
    const header = split(
      "id,name,account_id,stage_name,amount,close_date,created_date,owner_id,lead_source,type,currency_iso_code,is_won",
    );
    expect(detectFormat(header)).toBe("salesforce");
    expect(columnMap(header, "salesforce")).toEqual({
      id: 0,
      name: 1,
      account: 2,
      stage: 3,
      amount: 4,
      closed: 5,
      created: 6,
      owner: 7,
      source: 8,
      segment: 9,
      currency: 10,
    });
  });

  it("recognises stage_name, close_date and is_won alone as Salesforce", () => {
    const header = ["stage_name", "close_date", "is_won"];
    expect(detectFormat(header)).toBe("salesforce");
    expect(columnMap(header, "salesforce")).toEqual({ stage: 0, closed: 1 });
  });

  it("treats StageName, stage_name, Stage Name and STAGE-NAME as one name", () => {
    for (const stage of ["StageName", "stage_name", "Stage Name", "STAGE-NAME"]) {
      const header = ["Id", "Name", stage, "CloseDate", "CreatedDate"];
      expect(detectFormat(header)).toBe("salesforce");
      expect(columnMap(header, "salesforce").stage).toBe(2);
    }
  });

  it("keeps a generic CSV with id, name, amount and type columns a plain CSV", () => {
    expect(detectFormat(["id", "name", "amount", "type", "stage", "close_date"])).toBe("csv");
    expect(detectFormat(["Deal", "Owner", "Amount"])).toBe("csv");
  });

  it("reads HubSpot's internal property names", () => {
    const header = split(
      "hs_object_id,dealname,dealstage,amount,createdate,closedate,hubspot_owner_id,deal_currency_code",
    );
    expect(detectFormat(header)).toBe("hubspot");
    expect(columnMap(header, "hubspot")).toEqual({
      id: 0,
      name: 1,
      stage: 2,
      amount: 3,
      created: 4,
      closed: 5,
      owner: 6,
      currency: 7,
    });
  });

  it("matches a mapping the user typed to a column spelled another way", () => {
    const header = ["opp_id", "close_date", "Deal Stage"];
    expect(
      columnMap(header, "csv", { id: "Opp ID", closed: "Close Date", stage: "deal stage" }),
    ).toEqual({ id: 0, closed: 1, stage: 2 });
  });
});

describe("stage history exports", () => {
  it.each([
    ["OppID,CreatedDate,StageName", { id: 0, stage: 2, at: 1 }],
    ["Opportunity ID,Stage,Created Date", { id: 0, stage: 1, at: 2 }],
    ["opportunity_id,stage_name,created_date", { id: 0, stage: 1, at: 2 }],
    ["Id,OpportunityId,StageName,Amount,CreatedDate", { id: 1, stage: 2, at: 4 }],
  ])("recognises %j and finds its id, stage and date", (line, columns) => {
    expect(detectFormat(split(line))).toBe("salesforce-history");
    expect(historyColumns(split(line))).toEqual(columns);
  });

  it("recognises a stage history report by its To Stage column, opportunity name or not", () => {
    const header = split("Opportunity Name,Opportunity ID,From Stage,To Stage,Stage,Edit Date");
    expect(detectFormat(header)).toBe("salesforce-history");
    expect(historyColumns(header)).toEqual({ id: 1, stage: 3, at: 5 });
  });

  it("says which history column is missing", () => {
    expect(historyColumns(split("OppID,StageName"))).toEqual({ id: 0, stage: 1, at: -1 });
  });
});

describe("guessing the columns of a CSV from anywhere", () => {
  it("guesses a sales data set's snake_case columns", () => {
    const header = split(
      "opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value",
    );
    expect(detectFormat(header)).toBe("csv");
    expect(suggestColumns(header)).toEqual({
      id: 0,
      owner: 1,
      segment: 2,
      account: 3,
      stage: 4,
      closed: 6,
      amount: 7,
    });
  });

  it("guesses a German export's columns", () => {
    const header = [
      "Nummer",
      "Bezeichnung",
      "Kunde",
      "Phase",
      "Betrag",
      "Währung",
      "Erstellt am",
      "Abschluss am",
      "Verantwortlich",
      "Quelle",
    ];
    expect(suggestColumns(header)).toEqual({
      id: 0,
      name: 1,
      account: 2,
      stage: 3,
      amount: 4,
      currency: 5,
      created: 6,
      closed: 7,
      owner: 8,
      source: 9,
    });
  });

  it("reads past a unit in brackets and prefers the clearer of two candidates", () => {
    const header = ["Status", "Deal Stage", "Amount (EUR)", "Create Date", "Opened", "Rep"];
    expect(suggestColumns(header)).toEqual({
      stage: 1,
      amount: 2,
      created: 3,
      owner: 5,
    });
  });

  it("takes a Deal column as the id when nothing else is, and as the name otherwise", () => {
    expect(suggestColumns(["Deal", "Status", "Value"])).toEqual({ id: 0, stage: 1, amount: 2 });
    expect(suggestColumns(["Deal ID", "Deal", "Status"])).toEqual({ id: 0, name: 1, stage: 2 });
  });

  it("suggests nothing for columns it does not know", () => {
    expect(suggestColumns(["foo", "bar"])).toEqual({});
  });
});

describe("Salesforce record ids", () => {
  it.each([
    ["00D000000000062EAA", "00D000000000062"],
    ["001A0000006Vm9rIAC", "001A0000006Vm9r"],
    ["  0065g00000DLa1BAAT ", "0065g00000DLa1B"],
  ])("shortens %j, whose suffix checks out, to %j", (long, short) => {
    expect(canonicalRecordId(long)).toBe(short);
  });

  it("leaves an 18-character id whose suffix is wrong as it is", () => {
    expect(canonicalRecordId("001A0000006Vm9rIAD")).toBe("001A0000006Vm9rIAD");
    expect(canonicalRecordId("001a0000006vm9riac")).toBe("001a0000006vm9riac");
  });

  it("returns other ids trimmed and otherwise unchanged", () => {
    expect(canonicalRecordId(" 001A0000006Vm9r ")).toBe("001A0000006Vm9r");
    expect(canonicalRecordId("GD1K8Q2A")).toBe("GD1K8Q2A");
    expect(canonicalRecordId("9001-ABCDEFGHIJKLM")).toBe("9001-ABCDEFGHIJKLM");
  });
});
