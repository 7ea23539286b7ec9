import type { FigureKey } from "./change-since";

/**
 * Open pipeline worth three times the period's revenue target: the low end of the 3×–4× that
 * B2B teams usually plan for, since roughly a quarter to a third of pipeline closes.
 */
export const COVERAGE_BENCHMARK = 3;

/**
 * Our own pass mark for the handoff protocol, not the standard's: the standard promises an answer
 * within its hours, and a team keeping that promise nine times out of ten is keeping it, while
 * demanding every single lead would fail on holidays and sick days alone.
 */
export const HANDOFF_PASS_MARK = 0.9;

export type TargetVerdict = {
  meets: boolean;
  /** What the figure is held against, for people: "the usual 3× coverage". */
  target: string;
  /** The verdict in words, so it never rests on colour: "Meets the usual 3× coverage". */
  text: string;
};

export type TargetContext = {
  /** The signed standard's response hours; null when none is signed (or not known). */
  responseHours: number | null;
  /** Whether a standard was signed when the figures were computed. */
  standardSigned: boolean;
};

const percent = (share: number) => `${Math.round(share * 100)}%`;

/**
 * Whether a figure meets the target that the signed standard or a set target gives it. Only two
 * figures have one: coverage (which exists only once a revenue target is set) and handoffs
 * answered in time (which exists only once a standard is signed). Every other figure is read by
 * its direction alone, so it gets null rather than an invented goal.
 */
export function figureTarget(
  key: FigureKey,
  value: number | null,
  context: TargetContext,
): TargetVerdict | null {
  if (value === null || !Number.isFinite(value)) return null;
  if (key === "coverageRatio") {
    const target = `the usual ${COVERAGE_BENCHMARK}× coverage`;
    const meets = value >= COVERAGE_BENCHMARK;
    return { meets, target, text: `${meets ? "Meets" : "Below"} ${target}` };
  }
  if (key === "handoffCompliance" && context.standardSigned) {
    const within =
      context.responseHours === null
        ? "within the signed standard's time"
        : `within the signed ${context.responseHours} h`;
    const target = `our ${percent(HANDOFF_PASS_MARK)} mark for answers ${within}`;
    const meets = value >= HANDOFF_PASS_MARK;
    return { meets, target, text: `${meets ? "Meets" : "Below"} ${target}` };
  }
  return null;
}
