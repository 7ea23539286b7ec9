import { FRACTURES, PRIMARY_THRESHOLD, type FractureKey } from "@/lib/domain/diagnostic";
import { PRICING_BENCHMARKS, type FigureSource } from "./benchmarks";
import { formatMoney, formatPercent } from "./format-figures";
import { FRACTURE_LEVERS } from "./levers";
import { annualToQuarter, QUARTER_DAYS, YEAR_DAYS } from "./units";

/** The method new results are priced with. A result stores it and is always re-priced with it. */
export const PRICING_VERSION = "pricing-v1";
export const PRICING_VERSIONS = [PRICING_VERSION] as const;
export type PricingVersion = (typeof PRICING_VERSIONS)[number];

export function isPricingVersion(value: string | null | undefined): value is PricingVersion {
  return (PRICING_VERSIONS as readonly string[]).includes(value ?? "");
}

/** Annual revenue each band is priced between, in dollars. */
export const REVENUE_BAND_RANGES: Record<
  string,
  { low: number; high: number; source: FigureSource; note: string }
> = {
  "under-20m": {
    low: 5_000_000,
    high: 20_000_000,
    source: "ours",
    note: "Under $20M is priced between $5M and $20M a year; the $5M floor is ours, since the band has none.",
  },
  "20m-50m": {
    low: 20_000_000,
    high: 50_000_000,
    source: "ours",
    note: "$20M–$50M is priced at its two ends, $20M and $50M a year.",
  },
  "50m-150m": {
    low: 50_000_000,
    high: 150_000_000,
    source: "ours",
    note: "$50M–$150M is priced at its two ends, $50M and $150M a year.",
  },
  "over-150m": {
    low: 150_000_000,
    high: 300_000_000,
    source: "ours",
    note: "Over $150M is priced between $150M and $300M a year; the $300M ceiling is ours, since the band has none.",
  },
};

export type PricingInputs = {
  revenueBand: string | null;
  /** Average won deal, in dollars, when the taker gave it. */
  averageDealSize: number | null;
  /** Win rate in percent (0–100), when the taker gave it. */
  winRatePercent: number | null;
};

export type PricingAssumption = { text: string; source: FigureSource };

export type DiagnosticFracturePrice = {
  key: FractureKey;
  score: number;
  lever: string;
  /** What the whole repair would lift the lever by, as a velocity multiple (1.1 = +10%). */
  fullLift: number;
  /** The share of quarterly revenue priced: (fullLift − 1) × score ÷ 100. */
  share: number;
  lowPerQuarter: number;
  highPerQuarter: number;
  /** The lift for this fracture, in one sentence with its numbers. */
  working: string;
};

export type DiagnosticPricing =
  | { version: PricingVersion; status: "needs-revenue" }
  | {
      version: PricingVersion;
      status: "priced";
      revenue: { low: number; high: number; lowPerQuarter: number; highPerQuarter: number };
      /** Fractures at or above the threshold, most expensive first; empty when none is. */
      prices: DiagnosticFracturePrice[];
      assumptions: PricingAssumption[];
    };

type FullLift = { lift: number; working: string; assumption: PricingAssumption };

/** Assumed starting coverage for a pipeline marketing does not feed: ours, against the 3× benchmark. */
const ASSUMED_WEAK_COVERAGE = 2;
/** The case where MQLs rose 41% in a quarter while won deals fell 12%. */
const SILO_WON_DEALS_FALL = 0.12;
/** The case where a win rate slid from 28% to 19%. */
const SLID_WIN_RATE = 0.19;

function fullLiftFor(key: FractureKey, inputs: PricingInputs): FullLift {
  const b = PRICING_BENCHMARKS;
  switch (key) {
    case "POSITIONING": {
      const lift = 1 + b.positioningDealValueLift.value;
      const deal = inputs.averageDealSize;
      return {
        lift,
        working:
          deal === null
            ? `average deal value ${formatPercent(b.positioningDealValueLift.value)} higher`
            : `average deal value ${formatPercent(b.positioningDealValueLift.value)} higher, from ${formatMoney(deal)} to ${formatMoney(deal * lift)}`,
        assumption: { text: `Positioning: ${b.positioningDealValueLift.note}`, source: "ours" },
      };
    }
    case "MARKETING": {
      const lift = b.coverageRatio.value / ASSUMED_WEAK_COVERAGE;
      return {
        lift,
        working: `pipeline coverage up from ${ASSUMED_WEAK_COVERAGE}× to ${b.coverageRatio.value}×, with qualified opportunities growing in step`,
        assumption: {
          text: `Marketing: a pipeline marketing does not feed is taken to cover ${ASSUMED_WEAK_COVERAGE}× its target, lifted to the ${b.coverageRatio.value}× that is the usual low end for B2B (3–4×).`,
          source: "ours",
        },
      };
    }
    case "MESSAGING": {
      const given = inputs.winRatePercent === null ? null : inputs.winRatePercent / 100;
      const from = given ?? SLID_WIN_RATE;
      const to = Math.max(from, b.winRate.value);
      return {
        lift: to / from,
        working: `win rate up from ${formatPercent(from)} to ${formatPercent(to)}`,
        assumption:
          given === null
            ? {
                text: `Message system: the win rate is taken to have slid from ${formatPercent(b.winRate.value)} to ${formatPercent(SLID_WIN_RATE)}, as one distributor's did over 18 months once each rep told a different story; the repair wins it back.`,
                source: "published",
              }
            : {
                text: `Message system: your win rate of ${formatPercent(given)} is lifted to ${formatPercent(b.winRate.value)}, the rate one distributor held before its story fragmented (it slid to ${formatPercent(SLID_WIN_RATE)}).`,
                source: "published",
              },
      };
    }
    case "RELATIONSHIPS": {
      const lift = 1 / (1 - b.relationshipCycleCut.value);
      return {
        lift,
        working: `average sales cycle ${formatPercent(b.relationshipCycleCut.value)} shorter`,
        assumption: { text: `Relationships: ${b.relationshipCycleCut.note}`, source: "ours" },
      };
    }
    case "SILOS": {
      const lift = 1 / (1 - SILO_WON_DEALS_FALL);
      return {
        lift,
        working: `won deals back up by the ${formatPercent(SILO_WON_DEALS_FALL)} they lost, with qualified opportunities growing in step`,
        assumption: {
          text: `Silos: won deals are taken to have fallen ${formatPercent(SILO_WON_DEALS_FALL)}, as in the case where MQLs rose 41% in a quarter while won deals fell ${formatPercent(SILO_WON_DEALS_FALL)}; one shared scoreboard wins them back.`,
          source: "published",
        },
      };
    }
  }
}

/**
 * The diagnostic's leak in money, method pricing-v1. Each fracture at or above the threshold is
 * priced like the Snapshot prices it: its velocity factor lifted to a benchmark with the others
 * held still. Twelve answers cannot measure the factor, so the full lift is scaled by the
 * fracture's score (100 = the whole lift), and the quarter's revenue comes from the revenue
 * band's two ends, which gives a low–high range. Without a band there is nothing to price.
 */
export function priceDiagnostic(
  fractures: { key: FractureKey; score: number }[],
  inputs: PricingInputs,
  version: PricingVersion = PRICING_VERSION,
): DiagnosticPricing {
  const band = inputs.revenueBand ? REVENUE_BAND_RANGES[inputs.revenueBand] : undefined;
  if (!band) return { version, status: "needs-revenue" };
  const lowPerQuarter = annualToQuarter(band.low);
  const highPerQuarter = annualToQuarter(band.high);

  const assumptions: PricingAssumption[] = [
    { text: `Revenue: ${band.note}`, source: band.source },
    {
      text: `A quarter is ${QUARTER_DAYS} days of revenue at ${YEAR_DAYS} days a year, the same quarter the Snapshot prices in.`,
      source: "ours",
    },
    {
      text: "Pipeline velocity is qualified opportunities × average deal value × win rate ÷ days in the sales cycle; revenue moves in proportion to each factor.",
      source: "published",
    },
    {
      text: `A score of 100 is priced as the whole lift below, and lower scores in proportion; a fracture under ${PRIMARY_THRESHOLD} is not priced.`,
      source: "ours",
    },
  ];

  const prices: DiagnosticFracturePrice[] = [];
  for (const key of FRACTURES) {
    const entry = fractures.find((f) => f.key === key);
    if (!entry || entry.score < PRIMARY_THRESHOLD) continue;
    const full = fullLiftFor(key, inputs);
    assumptions.push(full.assumption);
    const share = (full.lift - 1) * (entry.score / 100);
    prices.push({
      key,
      score: entry.score,
      lever: FRACTURE_LEVERS[key].lever,
      fullLift: full.lift,
      share,
      lowPerQuarter: lowPerQuarter * share,
      highPerQuarter: highPerQuarter * share,
      working: `The whole repair means ${full.working}, adding ${formatPercent(full.lift - 1)} to velocity; at a score of ${entry.score} we price ${formatPercent(share)} of a quarter's revenue.`,
    });
  }
  prices.sort((a, b) => b.highPerQuarter - a.highPerQuarter);
  return {
    version,
    status: "priced",
    revenue: { low: band.low, high: band.high, lowPerQuarter, highPerQuarter },
    prices,
    assumptions,
  };
}
