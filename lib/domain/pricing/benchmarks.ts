/**
 * Where a figure comes from. "published" figures are the cases and benchmarks in our source
 * material on revenue chains; "ours" are working assumptions we chose and say so.
 */
export type FigureSource = "published" | "ours";

export type PricingBenchmark = {
  value: number;
  source: FigureSource;
  /** Where the figure comes from, said plainly: these are working assumptions, not norms. */
  note: string;
};

/**
 * The benchmarks both the Snapshot and the diagnostic price a repair against. Change one here and
 * both products move together; a change that alters a stored result's figures needs a new
 * pricing version.
 */
export const PRICING_BENCHMARKS = {
  /** Open pipeline value ÷ the period's revenue target. */
  coverageRatio: {
    value: 3,
    source: "published",
    note: "The low end of the 3–4× coverage commonly quoted for B2B pipelines; the right level depends on the company's own history.",
  },
  /** Won ÷ (won + lost). */
  winRate: {
    value: 0.28,
    source: "published",
    note: "The win rate a distributor held before its sales story fragmented (it later slid to 19%); used as a reachable level, not an industry average.",
  },
  /** Deal value gained when buyers see a specialist rather than a generalist. */
  positioningDealValueLift: {
    value: 0.1,
    source: "ours",
    note: "An assumed 10% rise in average deal value once buyers can tell the company from its rivals and stop pushing on price.",
  },
  /** Cycle time saved when deals have several contacts at the buyer. */
  relationshipCycleCut: {
    value: 0.1,
    source: "ours",
    note: "An assumed 10% shorter sales cycle once deals have several engaged contacts, so fewer stall when one person is away or moves on.",
  },
} as const satisfies Record<string, PricingBenchmark>;
