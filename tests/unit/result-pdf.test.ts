import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { describe, expect, it } from "vitest";
import {
  FRACTURES,
  FRACTURE_INFO,
  REPAIR_ORDER,
  type FractureKey,
} from "../../lib/domain/diagnostic";
import {
  formatMoneyRange,
  priceDiagnostic,
  type DiagnosticPricing,
} from "../../lib/domain/pricing";
import { RenderCache } from "../../lib/reports/render-cache";
import { renderResultPdf, resultPdfFileName } from "../../lib/reports/render-result-pdf";

async function pages(pdf: Buffer): Promise<string[]> {
  const doc = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false }).promise;
  const texts: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    texts.push(content.items.map((item) => ("str" in item ? item.str : "")).join(" "));
  }
  await doc.destroy();
  return texts;
}

/**
 * Every fracture leaking hard, the primary worst, priced at the top revenue band: the longest
 * page there can be.
 */
function input(
  primary: FractureKey | null,
  via: string | null = null,
  revenueBand: string | null = "over-150m",
) {
  const fractures = FRACTURES.map((key) => ({
    key,
    score: primary === null ? 10 : key === primary ? 92 : 70,
  }));
  const pricing: DiagnosticPricing = priceDiagnostic(fractures, {
    revenueBand,
    averageDealSize: null,
    winRatePercent: null,
  });
  return {
    pricing,
    takenAt: new Date("2026-12-01T09:00:00Z"),
    bankVersion: "diagnostic-v1",
    via,
    fractures,
    primary,
    repairPlan:
      primary === null ? [] : REPAIR_ORDER.map((key) => fractures.find((f) => f.key === key)!),
  };
}

describe("the result PDF", () => {
  it.each(FRACTURES)("fits one page with %s costing most and all five to repair", async (key) => {
    const text = await pages(
      await renderResultPdf(input(key, "Fjord Revenue Advisors ".repeat(12))),
    );
    expect(text).toHaveLength(1);
    expect(text[0]).toContain(FRACTURE_INFO[key].name);
    expect(text[0]).toContain("Repair order");
  });

  it("prices each repair in the order, and says the figures are not added up", async () => {
    const sample = input("MESSAGING");
    if (sample.pricing.status !== "priced") throw new Error("expected a priced input");
    const [text] = await pages(await renderResultPdf(sample));
    const squash = (t: string) => t.replace(/\s+/g, " ");
    expect(sample.pricing.prices).toHaveLength(5);
    for (const price of sample.pricing.prices) {
      expect(squash(text!)).toContain(
        `${formatMoneyRange(price.lowPerQuarter, price.highPerQuarter)} a quarter`,
      );
    }
    expect(squash(text!)).toContain("not added up");
  });

  it("asks for the revenue band when the result has none, and prices nothing", async () => {
    const [text] = await pages(await renderResultPdf(input("MESSAGING", null, null)));
    expect(text).toContain("Give your revenue band on the result page");
    expect(text).not.toMatch(/a quarter/);
  });

  it("starts the repair where the result page does: the first fracture of the order, not the costliest", async () => {
    const [text] = await pages(await renderResultPdf(input("SILOS")));
    const squash = (t: string) => t.replace(/\s+/g, " ");
    expect(squash(text!)).toContain("Start with positioning.");
    expect(squash(text!)).toContain(squash(FRACTURE_INFO.POSITIONING.firstRepairStep));
    expect(squash(text!)).not.toContain(squash(FRACTURE_INFO.SILOS.firstRepairStep));
  });

  it("says the chain is holding when no fracture reaches the line", async () => {
    const text = await pages(await renderResultPdf(input(null)));
    expect(text).toHaveLength(1);
    expect(text[0]).toContain("The revenue chain is holding");
    expect(text[0]).not.toContain("Repair order");
  });

  it("is named for the fracture and the day it was taken", () => {
    const day = new Date("2026-12-01T23:30:00Z");
    expect(resultPdfFileName("SILOS", day)).toBe("revenue-leak-diagnostic-silos-2026-12-01.pdf");
    expect(resultPdfFileName(null, day)).toBe("revenue-leak-diagnostic-2026-12-01.pdf");
  });
});

describe("the render cache", () => {
  it("draws a key once, even when asked twice at the same time", async () => {
    const cache = new RenderCache(1000);
    let renders = 0;
    const render = async () => {
      renders++;
      return Buffer.alloc(10);
    };
    await Promise.all([cache.get("a", render), cache.get("a", render)]);
    await cache.get("a", render);
    expect(renders).toBe(1);
  });

  it("lets the least recently used go when it is full", async () => {
    const cache = new RenderCache(25);
    const drawn: string[] = [];
    const render = (key: string) => async () => {
      drawn.push(key);
      return Buffer.alloc(10);
    };
    await cache.get("a", render("a"));
    await cache.get("b", render("b"));
    await cache.get("a", render("a"));
    await cache.get("c", render("c"));
    await cache.get("a", render("a"));
    await cache.get("b", render("b"));
    expect(drawn).toEqual(["a", "b", "c", "b"]);
  });
});
