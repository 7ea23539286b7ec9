import type { FractureKey } from "@/lib/domain/diagnostic";
import { SNAPSHOT_BENCHMARKS, type BenchmarkKey } from "./benchmarks";
import { formatMultiple, formatPercent } from "./format-figures";
import { measuredFigures, type MeasuredFigures } from "./measured-figures";
import { answerLeaks } from "./score-respondent";
import type { PipelineFigures, SnapshotBank, SnapshotRespondent, SnapshotTopic } from "./types";

/** Answers on a topic averaging under this leak claim that part of the chain works. */
export const CLAIM_HEALTHY_BELOW = 0.5;

export type ClaimCheck =
  | "handoff-conversion"
  | "message-win-rate"
  | "owner-share"
  | "revenue-attribution"
  | "pipeline-coverage"
  | "stale-pipeline";

export type ClaimFinding = {
  check: ClaimCheck;
  fracture: FractureKey;
  claimed: {
    text: string;
    /** Mean leak of every respondent's answers on the topic, 0–1. */
    leak: number;
    healthy: boolean;
    questionIds: string[];
  };
  measured: {
    text: string;
    value: number;
    benchmark: number;
    benchmarkNote: string;
    healthy: boolean;
  };
  verdict: "contradicted" | "consistent";
  /** One sentence setting the claim against the figure. */
  text: string;
};

export type ClaimedVsMeasured = {
  findings: ClaimFinding[];
  /** Figures that could not be checked, said in words, e.g. "pipeline coverage (no revenue target)". */
  unavailable: string[];
};

type CheckDefinition = {
  check: ClaimCheck;
  fracture: FractureKey;
  topics: SnapshotTopic[];
  healthyClaim: string;
  weakClaim: string;
  figure: string;
  benchmark: BenchmarkKey;
  /** Whether a healthy figure sits at or above the benchmark, or at or below it. */
  direction: "at-least" | "at-most";
  format: (value: number) => string;
  read: (m: MeasuredFigures) => { value: number; figure?: string } | null;
  missing: string;
};

const CHECKS: CheckDefinition[] = [
  {
    check: "handoff-conversion",
    fracture: "SILOS",
    topics: ["handoff", "qualified-definition"],
    healthyClaim: "a working handoff, with a written standard for a qualified lead",
    weakClaim: "a loose handoff without an agreed standard for a qualified lead",
    figure: "MQL to SQL conversion",
    benchmark: "mqlToSqlConversion",
    direction: "at-least",
    format: formatPercent,
    read: (m) =>
      m.handoff && {
        value: m.handoff.conversionRate,
        figure: `conversion from ${m.handoff.label} onwards`,
      },
    missing: "handoff conversion (no opportunities recorded at the stage before qualified)",
  },
  {
    check: "message-win-rate",
    fracture: "MESSAGING",
    topics: ["message-system"],
    healthyClaim: "one documented sales message that every rep delivers",
    weakClaim: "reps improvising their own versions of the story",
    figure: "win rate",
    benchmark: "winRate",
    direction: "at-least",
    format: formatPercent,
    read: (m) => (m.winRate === null ? null : { value: m.winRate }),
    missing: "win rate (no closed opportunities)",
  },
  {
    check: "owner-share",
    fracture: "RELATIONSHIPS",
    topics: ["relationship-spread"],
    healthyClaim: "a pipeline that does not hang on any one person",
    weakClaim: "a pipeline leaning on a few individuals",
    figure: "the largest owner's share",
    benchmark: "topOwnerShare",
    direction: "at-most",
    format: formatPercent,
    read: (m) =>
      m.topOwner && {
        value: m.topOwner.share,
        figure: `${m.topOwner.owner}'s share of ${m.topOwner.of}`,
      },
    missing: "owner concentration (no owners recorded)",
  },
  {
    check: "revenue-attribution",
    fracture: "MARKETING",
    topics: ["marketing-accountability"],
    healthyClaim: "marketing answerable for the revenue it sources",
    weakClaim: "marketing measured on activity rather than revenue",
    figure: "the share of won revenue with a recorded lead source",
    benchmark: "attributedRevenueShare",
    direction: "at-least",
    format: formatPercent,
    read: (m) => (m.attributedRevenueShare === null ? null : { value: m.attributedRevenueShare }),
    missing: "revenue by lead source (no source figures or no won revenue)",
  },
  {
    check: "pipeline-coverage",
    fracture: "MARKETING",
    topics: ["marketing-accountability"],
    healthyClaim: "marketing answerable for the pipeline it feeds",
    weakClaim: "marketing measured on activity rather than pipeline",
    figure: "pipeline coverage",
    benchmark: "coverageRatio",
    direction: "at-least",
    format: formatMultiple,
    read: (m) => (m.coverageRatio === null ? null : { value: m.coverageRatio }),
    missing: "pipeline coverage (no revenue target for the period)",
  },
  {
    check: "stale-pipeline",
    fracture: "SILOS",
    topics: ["joint-review"],
    healthyClaim: "a pipeline reviewed jointly, where unclear deals are advanced or closed",
    weakClaim: "no joint review that prunes the pipeline",
    figure: "the share of open deals gone stale",
    benchmark: "staleShare",
    direction: "at-most",
    format: formatPercent,
    read: (m) => (m.staleShare === null ? null : { value: m.staleShare }),
    missing: "stale deals (no stale-deal count given)",
  },
];

function sentence(claimHealthy: boolean, measuredHealthy: boolean, claim: string, figure: string) {
  if (claimHealthy && !measuredHealthy) return `The answers describe ${claim}, but ${figure}.`;
  if (!claimHealthy && measuredHealthy)
    return `The answers describe ${claim}, yet ${figure}: the data is kinder than the answers.`;
  return `The answers describe ${claim}; ${figure}, which bears that out.`;
}

/**
 * What the leaders' answers claim, set against what the pipeline shows. A claim is the mean
 * answer of every respondent on the questions of a topic; a figure that is missing gives no
 * finding, and says why in `unavailable` rather than guessing.
 */
export function claimedVsMeasured(
  bank: SnapshotBank,
  respondents: SnapshotRespondent[],
  pipeline: PipelineFigures,
): ClaimedVsMeasured {
  const leaks = respondents.map((r) => answerLeaks(bank, r));
  const measured = measuredFigures(pipeline);
  const findings: ClaimFinding[] = [];
  const unavailable: string[] = [];

  for (const c of CHECKS) {
    const questions = bank.questions.filter((q) => q.topics?.some((t) => c.topics.includes(t)));
    if (questions.length === 0 || leaks.length === 0) continue;
    const reading = c.read(measured);
    if (!reading) {
      unavailable.push(c.missing);
      continue;
    }
    const all = leaks.flatMap((l) => questions.map((q) => l.get(q.id)!));
    const leak = all.reduce((s, v) => s + v, 0) / all.length;
    const claimHealthy = leak < CLAIM_HEALTHY_BELOW;
    const { value: benchmark, note } = SNAPSHOT_BENCHMARKS[c.benchmark];
    const measuredHealthy =
      c.direction === "at-least" ? reading.value >= benchmark : reading.value <= benchmark;
    const figure = reading.figure ?? c.figure;
    const measuredText = `${figure} is ${c.format(reading.value)}, against a benchmark of ${c.direction === "at-least" ? "at least" : "at most"} ${c.format(benchmark)}`;
    const claim = claimHealthy ? c.healthyClaim : c.weakClaim;
    findings.push({
      check: c.check,
      fracture: c.fracture,
      claimed: {
        text: claim,
        leak,
        healthy: claimHealthy,
        questionIds: questions.map((q) => q.id),
      },
      measured: {
        text: measuredText,
        value: reading.value,
        benchmark,
        benchmarkNote: note,
        healthy: measuredHealthy,
      },
      verdict: claimHealthy === measuredHealthy ? "consistent" : "contradicted",
      text: sentence(claimHealthy, measuredHealthy, claim, measuredText),
    });
  }
  return { findings, unavailable };
}
