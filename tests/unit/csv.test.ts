import { describe, expect, it } from "vitest";
import { neutralizeFormula, toCsv } from "../../lib/csv/to-csv";

describe("CSV export", () => {
  it.each(['=HYPERLINK("http://x")', "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"])(
    "never lets a spreadsheet run %j",
    (value) => {
      expect(neutralizeFormula(value)).toBe(`'${value}`);
    },
  );

  it("leaves ordinary text alone", () => {
    expect(neutralizeFormula("ceo@acme.test")).toBe("ceo@acme.test");
  });

  it("quotes commas, quotes and newlines, and starts with a BOM for spreadsheet apps", () => {
    const csv = toCsv(
      ["a", "b"],
      [
        ["x, y", 'say "hi"'],
        ["line\nbreak", 3],
        [null, "=1"],
      ],
    );
    expect(csv).toBe('\uFEFFa,b\n"x, y","say ""hi"""\n"line\nbreak",3\n,\'=1\n');
  });
});
