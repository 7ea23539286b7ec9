import { describe, expect, it } from "vitest";
import { FileScanner, MAX_DISTINCT } from "@/lib/domain/pipeline/import";

describe("scanning a whole file before mapping", () => {
  // 6,000 rows: "Lead" on the first 5,000, "Renewal" only after them; a free-text note per row;
  // dates that could be read either way until row 5,500, whose day is 25.
  const scanner = new FileScanner(["Id", "Stage", "Notes", "Created"]);
  for (let i = 1; i <= 6_000; i++) {
    scanner.add([
      `D${i}`,
      i <= 5_000 ? "Lead" : "Renewal",
      `Called on day ${i}`,
      i === 5_500 ? "25/02/2024" : "01/02/2024",
    ]);
  }
  const scan = scanner.result();
  const column = (name: string) => scan.columns.find((c) => c.name === name)!;

  it("lists a label that first appears after row 5,000, with its count", () => {
    expect(scan.rows).toBe(6_000);
    expect(column("Stage").values).toEqual([
      { value: "Lead", count: 5_000 },
      { value: "Renewal", count: 1_000 },
    ]);
  });

  it("gives up listing a column with more than 500 distinct values", () => {
    expect(MAX_DISTINCT).toBe(500);
    expect(column("Notes")).toMatchObject({ values: null, blank: 0, dateShare: 0 });
  });

  it("reads the dates day-first from a date whose day is over 12", () => {
    expect(scan.dateOrder).toBe("dmy");
    expect(column("Created").dateShare).toBe(1);
  });
});
