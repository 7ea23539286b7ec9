import { describe, expect, it } from "vitest";
import { severityOf } from "../../components/diagnostic/severity";
import { SEVERITY_SCALE, severityBandOf, severityRangeOf } from "../../lib/domain/diagnostic";

describe("the severity scale", () => {
  it("names a score by the band it falls in, each line belonging to the band above it", () => {
    const at = (score: number) => severityBandOf(score).label;
    expect([0, 24, 25, 49, 50, 74, 75, 100].map(at)).toEqual([
      "Holding",
      "Holding",
      "Strained",
      "Strained",
      "Leaking",
      "Leaking",
      "Broken",
      "Broken",
    ]);
  });

  it("prints each band's range for a legend, covering 0 to 100 without a gap", () => {
    expect(SEVERITY_SCALE.map((s) => severityRangeOf(s.band))).toEqual([
      "0–24",
      "25–49",
      "50–74",
      "75+",
    ]);
  });

  it("gives the diagnostic's badges the same words", () => {
    expect(severityOf(60).label).toBe("Leaking");
    expect(severityOf(10).tone).toBe("good");
  });
});
