import { DEFAULT_STAGES } from "./default-stages";
import { DAY_MS } from "./statistics";
import type { Opportunity, PipelineData, StageEvent } from "./types";

/** mulberry32: small, fast and seedable, so a generated pipeline is the same on every run. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;

function pick<T>(random: Random, items: readonly { value: T; weight: number }[]): T {
  const total = items.reduce((s, i) => s + i.weight, 0);
  let r = random() * total;
  for (const item of items) {
    r -= item.weight;
    if (r <= 0) return item.value;
  }
  return items[items.length - 1]!.value;
}

/** A log-normal draw around `median` (spread is the sigma of the underlying normal). */
function logNormal(random: Random, median: number, spread: number): number {
  const u = Math.max(random(), 1e-12);
  const v = random();
  const normal = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  return median * Math.exp(spread * normal);
}

const OWNERS = [
  "Dana Ruiz",
  "Sam Okafor",
  "Priya Nair",
  "Lee Park",
  "Jordan Blake",
  "Ana Costa",
  "Mia Weber",
  "Tom Reyes",
];
const SOURCES = [
  { value: "Website", weight: 30, lift: 0.95 },
  { value: "Referral", weight: 15, lift: 1.35 },
  { value: "Trade show", weight: 20, lift: 0.9 },
  { value: "Outbound", weight: 25, lift: 0.8 },
  { value: "Partner", weight: 10, lift: 1.15 },
] as const;
const SEGMENTS = [
  { value: "SMB", weight: 45, amount: 18_000 },
  { value: "Mid-market", weight: 40, amount: 65_000 },
  { value: "Enterprise", weight: 15, amount: 240_000 },
] as const;
/** Per open stage: chance to move forward, and median days spent there. */
const FLOW: Record<string, { forward: number; medianDays: number }> = {
  awareness: { forward: 0.55, medianDays: 12 },
  engagement: { forward: 0.6, medianDays: 10 },
  mql: { forward: 0.45, medianDays: 8 },
  sql: { forward: 0.75, medianDays: 14 },
  proposal: { forward: 0.7, medianDays: 21 },
  negotiation: { forward: 0.65, medianDays: 18 },
};

export type GenerateOptions = {
  seed: number;
  opportunities: number;
  /** Opportunities are created between these instants; the pipeline is seen as of `until`. */
  from: Date;
  until: Date;
};

/**
 * A realistic B2B pipeline of any size: skewed owner load, sources that differ in quality,
 * segment-dependent deal sizes, stage-by-stage progression and drop-out, and deals still open
 * (some long parked) at the end. Same options, same pipeline.
 */
export function generatePipeline(options: GenerateOptions): PipelineData {
  const random = prng(options.seed);
  const openStages = DEFAULT_STAGES.filter((s) => s.kind === "open").map((s) => s.key);
  const ownerWeights = OWNERS.map((value, i) => ({ value, weight: 1 / (i + 1) }));
  const span = options.until.getTime() - options.from.getTime();
  const opportunities: Opportunity[] = [];
  const events: StageEvent[] = [];

  for (let n = 1; n <= options.opportunities; n++) {
    const id = `OPP-${String(n).padStart(7, "0")}`;
    const source = pick(
      random,
      SOURCES.map((s) => ({ value: s, weight: s.weight })),
    );
    const segment = pick(
      random,
      SEGMENTS.map((s) => ({ value: s, weight: s.weight })),
    );
    const owner = pick(random, ownerWeights);
    const createdAt = new Date(options.from.getTime() + Math.floor(random() * span));
    // Most CRM records start at MQL; some come in earlier or straight at SQL.
    let stageIndex = pick(random, [
      { value: 0, weight: 10 },
      { value: 1, weight: 10 },
      { value: 2, weight: 60 },
      { value: 3, weight: 20 },
    ]);
    let at = createdAt.getTime();
    let status: Opportunity["status"] = "open";
    let closedAt: Date | null = null;
    let seq = 0;

    for (;;) {
      const stage = openStages[stageIndex]!;
      events.push({ opportunityId: id, stage, enteredAt: new Date(at), seq: seq++ });
      const flow = FLOW[stage]!;
      // Some deals get parked: they sit far longer than usual and never move.
      const parked = random() < 0.04;
      const leaveAt = at + logNormal(random, flow.medianDays * (parked ? 12 : 1), 0.6) * DAY_MS;
      if (leaveAt > options.until.getTime()) break;
      const forward = Math.min(0.95, flow.forward * source.lift);
      if (parked || random() >= forward) {
        status = "lost";
        closedAt = new Date(leaveAt);
        break;
      }
      at = leaveAt;
      if (stageIndex === openStages.length - 1) {
        status = "won";
        closedAt = new Date(at);
        break;
      }
      stageIndex++;
    }
    // A closed deal's path ends at its close.
    if (closedAt)
      events.push({ opportunityId: id, stage: status, enteredAt: closedAt, seq: seq++ });

    opportunities.push({
      id,
      name: `${segment.value} deal ${n}`,
      account: `Account ${1 + Math.floor(random() * Math.max(1, options.opportunities / 3))}`,
      owner,
      source: source.value,
      segment: segment.value,
      amount: Math.round(logNormal(random, segment.amount, 0.5)),
      currency: "USD",
      createdAt,
      closedAt,
      status,
    });
  }
  return { stages: DEFAULT_STAGES, opportunities, events };
}
