import { PRICING_BENCHMARKS } from "@/lib/domain/pricing";

export type Benchmark = {
  value: number;
  /** Where the figure comes from, said plainly: these are working assumptions, not norms. */
  note: string;
};

/**
 * The figures the Snapshot compares a pipeline with and prices repairs against. Every one is an
 * assumption to state in the assessment, not a fact about the client's market; change them here,
 * and every finding and price moves with them.
 */
export const SNAPSHOT_BENCHMARKS = {
  /** Open pipeline value ÷ the period's revenue target. */
  coverageRatio: PRICING_BENCHMARKS.coverageRatio,
  /** Won ÷ (won + lost). */
  winRate: PRICING_BENCHMARKS.winRate,
  /** Of the opportunities entering the stage before "qualified", the share that move on. */
  mqlToSqlConversion: {
    value: 0.25,
    note: "Roughly one MQL in four reaching SQL, within the range published B2B averages usually give; a handoff losing more than that deserves a look.",
  },
  /** The largest single owner's share of open pipeline value or of won revenue. */
  topOwnerShare: {
    value: 0.3,
    note: "Our threshold for one person carrying too much: above 30% of open pipeline or won revenue, a single resignation moves the quarter.",
  },
  /** Share of won revenue whose lead source is recorded. */
  attributedRevenueShare: {
    value: 0.8,
    note: "Our threshold for marketing being answerable for revenue: at least four dollars in five of won revenue traceable to a recorded source.",
  },
  /** Share of open opportunities sitting in their stage well past its usual time. */
  staleShare: {
    value: 0.2,
    note: "Our threshold for a pipeline that is reviewed: no more than one open deal in five stuck well past its stage's usual time.",
  },
  /** Deal value gained when buyers see a specialist rather than a generalist. */
  positioningDealValueLift: PRICING_BENCHMARKS.positioningDealValueLift,
  /** Cycle time saved when deals have several contacts at the buyer. */
  relationshipCycleCut: PRICING_BENCHMARKS.relationshipCycleCut,
} as const satisfies Record<string, Benchmark>;

export type BenchmarkKey = keyof typeof SNAPSHOT_BENCHMARKS;

/** Velocity is revenue per day; a quarter is priced as 91 days, the unit every price shares. */
export { QUARTER_DAYS } from "@/lib/domain/pricing";
