import { describe, expect, it } from "vitest";
import { FRACTURES, PRIMARY_THRESHOLD, type FractureKey } from "../../lib/domain/diagnostic";
import { REVENUE_BAND_OPTIONS } from "../../lib/domain/diagnostic/context";
import {
  PRICING_VERSION,
  annualToQuarter,
  formatMoney,
  priceDiagnostic,
  type DiagnosticPricing,
  type PricingInputs,
} from "../../lib/domain/pricing";
import { priceFractures, type PipelineFigures } from "../../lib/domain/snapshot";

const withBand = (revenueBand: string | null): PricingInputs => ({
  revenueBand,
  averageDealSize: null,
  winRatePercent: null,
});

function scores(score: number, only?: FractureKey) {
  return FRACTURES.map((key) => ({ key, score: only === undefined || key === only ? score : 0 }));
}

function priced(pricing: DiagnosticPricing) {
  if (pricing.status !== "priced") throw new Error("expected a priced result");
  return pricing;
}

function priceOf(pricing: DiagnosticPricing, key: FractureKey) {
  return priced(pricing).prices.find((p) => p.key === key);
}

describe("diagnostic pricing, pricing-v1", () => {
  it("reproduces the published win-rate slide from 28% to 19% on a $20M–$50M company", () => {
    // Recovering a slide from 28% to 19% lifts velocity by 28/19 − 1 = 47.4%; a quarter of
    // $20M a year is $4.99M and of $50M is $12.47M.
    const full = priceOf(
      priceDiagnostic(scores(100, "MESSAGING"), withBand("20m-50m")),
      "MESSAGING",
    )!;
    expect(full.lowPerQuarter).toBeCloseTo(((20_000_000 * 91) / 365) * (9 / 19), 0);
    expect(full.highPerQuarter).toBeCloseTo(((50_000_000 * 91) / 365) * (9 / 19), 0);
    expect([formatMoney(full.lowPerQuarter), formatMoney(full.highPerQuarter)]).toEqual([
      "$2.4M",
      "$5.9M",
    ]);
    // The worked example in the pricing notes: a message-system score of 60.
    const sixty = priceOf(
      priceDiagnostic(scores(60, "MESSAGING"), withBand("20m-50m")),
      "MESSAGING",
    )!;
    expect([formatMoney(sixty.lowPerQuarter), formatMoney(sixty.highPerQuarter)]).toEqual([
      "$1.4M",
      "$3.5M",
    ]);
  });

  it("prices a stated win rate against the 28% benchmark, and nothing once it is reached", () => {
    const at19 = priceDiagnostic(scores(100, "MESSAGING"), {
      ...withBand("20m-50m"),
      winRatePercent: 19,
    });
    expect(formatMoney(priceOf(at19, "MESSAGING")!.highPerQuarter)).toBe("$5.9M");
    const at14 = priceDiagnostic(scores(100, "MESSAGING"), {
      ...withBand("20m-50m"),
      winRatePercent: 14,
    });
    // 14% → 28% doubles velocity: the whole quarter again.
    expect(priceOf(at14, "MESSAGING")!.highPerQuarter).toBeCloseTo(annualToQuarter(50_000_000), 0);
    const at30 = priceDiagnostic(scores(100, "MESSAGING"), {
      ...withBand("20m-50m"),
      winRatePercent: 30,
    });
    expect(priceOf(at30, "MESSAGING")!.highPerQuarter).toBe(0);
  });

  it("prices nothing below the threshold and something from it upwards", () => {
    for (const key of FRACTURES) {
      const below = priceDiagnostic(scores(PRIMARY_THRESHOLD - 1, key), withBand("50m-150m"));
      expect(priced(below).prices).toEqual([]);
      const at = priceOf(
        priceDiagnostic(scores(PRIMARY_THRESHOLD, key), withBand("50m-150m")),
        key,
      );
      expect(at?.lowPerQuarter).toBeGreaterThan(0);
    }
  });

  it("never falls as a score rises", () => {
    for (const key of FRACTURES) {
      let previous = { low: 0, high: 0 };
      for (let score = 0; score <= 100; score += 1) {
        const price = priceOf(priceDiagnostic(scores(score, key), withBand("20m-50m")), key);
        const now = { low: price?.lowPerQuarter ?? 0, high: price?.highPerQuarter ?? 0 };
        expect(now.low).toBeGreaterThanOrEqual(previous.low);
        expect(now.high).toBeGreaterThanOrEqual(previous.high);
        expect(now.high).toBeGreaterThanOrEqual(now.low);
        previous = now;
      }
    }
  });

  it("never falls as the revenue band rises", () => {
    for (const key of FRACTURES) {
      let previous = { low: 0, high: 0 };
      for (const band of REVENUE_BAND_OPTIONS) {
        const price = priceOf(priceDiagnostic(scores(70, key), withBand(band.id)), key)!;
        expect(price.lowPerQuarter).toBeGreaterThanOrEqual(previous.low);
        expect(price.highPerQuarter).toBeGreaterThan(previous.high);
        expect(price.highPerQuarter).toBeGreaterThan(price.lowPerQuarter);
        previous = { low: price.lowPerQuarter, high: price.highPerQuarter };
      }
    }
  });

  it("asks for the revenue band when it is missing or unknown", () => {
    expect(priceDiagnostic(scores(80), withBand(null))).toEqual({
      version: PRICING_VERSION,
      status: "needs-revenue",
    });
    expect(priceDiagnostic(scores(80), withBand("a-lot")).status).toBe("needs-revenue");
  });

  it("lists an assumption with its source for the band, the method and each priced fracture", () => {
    const pricing = priced(priceDiagnostic(scores(60), withBand("over-150m")));
    expect(pricing.prices.map((p) => p.key).sort()).toEqual([...FRACTURES].sort());
    const texts = pricing.assumptions.map((a) => a.text);
    expect(texts.some((t) => t.includes("$300M"))).toBe(true);
    expect(
      texts.some((t) => t.startsWith("Message system") && t.includes("28%") && t.includes("19%")),
    ).toBe(true);
    expect(texts.some((t) => t.startsWith("Silos") && t.includes("12%"))).toBe(true);
    for (const key of ["Positioning", "Marketing", "Relationships"]) {
      expect(texts.some((t) => t.startsWith(key))).toBe(true);
    }
    expect(new Set(pricing.assumptions.map((a) => a.source))).toEqual(
      new Set(["ours", "published"]),
    );
    // Only what is priced is explained: a lone fracture brings its own assumption, no other.
    const lone = priced(priceDiagnostic(scores(60, "SILOS"), withBand("over-150m")));
    expect(
      lone.assumptions.filter((a) => /^(Positioning|Marketing|Message|Relationships)/.test(a.text)),
    ).toEqual([]);
  });

  it("orders the priced fractures most expensive first", () => {
    const pricing = priced(
      priceDiagnostic(
        FRACTURES.map((key) => ({ key, score: key === "POSITIONING" ? 90 : 40 })),
        withBand("20m-50m"),
      ),
    );
    const highs = pricing.prices.map((p) => p.highPerQuarter);
    expect(highs).toEqual([...highs].sort((a, b) => b - a));
    // Coverage 2× → 3× (+50%) and the win-rate slide (+47%) at 40 outprice positioning's
    // +10% at 90, which still outprices the handoff (+14%) and the cycle (+11%) at 40.
    expect(pricing.prices.map((p) => p.key)).toEqual([
      "MARKETING",
      "MESSAGING",
      "POSITIONING",
      "SILOS",
      "RELATIONSHIPS",
    ]);
  });

  it("prices a whole repair as the Snapshot prices the same lift on a measured pipeline", () => {
    // A pipeline measured at the diagnostic's assumed starting points: a 19% win rate and 2×
    // coverage. The Snapshot's gain as a share of the quarter must equal the diagnostic's share
    // at a score of 100. (Silos differ on purpose: the Snapshot measures the handoff, which
    // twelve answers cannot.)
    const figures: PipelineFigures = {
      deals: {
        won: 19,
        lost: 81,
        open: 60,
        winRate: 0.19,
        averageDealValue: 50_000,
        averageCycleDays: 90,
        medianCycleDays: 90,
        qualifiedCount: 20,
        velocityPerDay: (20 * 50_000 * 0.19) / 90,
        openPipelineValue: 3_000_000,
        wonWithoutAmount: 0,
        openWithoutAmount: 0,
        closedBeforeOpened: 0,
      },
      stages: [],
      owners: [],
      coverageRatio: 2,
    };
    const snapshotPrices = priceFractures(figures);
    for (const key of ["POSITIONING", "MARKETING", "MESSAGING", "RELATIONSHIPS"] as const) {
      const measured = snapshotPrices[key]!;
      const diagnosed = priceOf(priceDiagnostic(scores(100, key), withBand("20m-50m")), key)!;
      expect(diagnosed.share, key).toBeCloseTo(
        measured.addedPerQuarter / measured.currentPerQuarter,
        9,
      );
    }
  });
});
