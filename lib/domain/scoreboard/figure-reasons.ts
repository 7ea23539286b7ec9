import type { FigureKey } from "./change-since";
import type { ScoreboardFigures } from "./scoreboard-figures";

export type ReasonContext = {
  /** The signed standard's response hours; null when none is signed (or not known). */
  responseHours: number | null;
  /** Whether a standard was signed when the figures were computed. */
  standardSigned: boolean;
  /**
   * The handoffs behind the compliance figure, when known (the live scoreboard knows them; a
   * review's frozen figures keep only the share).
   */
  handoff?: { considered: number; inTime: number; medianAnswerHours?: number | null } | null;
  /** Handoffs from this many days before the figures' date count towards compliance. */
  handoffWindowDays?: number;
};

const count = new Intl.NumberFormat("en-US");

/** 30 → "30 h", 190 → "7.9 days": hours while they are few, days once they are not. */
function duration(hours: number): string {
  return hours < 48 ? `${Math.round(hours)} h` : `${(hours / 24).toFixed(1)} days`;
}

function handoffReason(value: number | null, context: ReasonContext): string | null {
  const days = context.handoffWindowDays ?? 91;
  if (!context.standardSigned)
    return "No signed standard yet: it sets the hours sales has to answer";
  const within = context.responseHours === null ? "in time" : `within ${context.responseHours} h`;
  if (value === null) return `No MQL handoff came due in the last ${days} days`;
  if (value > 0) return null;
  const known = context.handoff;
  if (!known || known.considered === 0)
    return `No MQL handoff in the last ${days} days was answered ${within}`;
  const none = `None of the ${count.format(known.considered)} MQL handoffs in the last ${days} days was answered ${within}`;
  // How late is the real reason: a team a few hours over the line and one days over it differ.
  const wait = known.medianAnswerHours;
  return wait === null || wait === undefined
    ? `${none}, and none was answered at all`
    : `${none}; the median answer took ${duration(wait)}`;
}

/**
 * Why a figure is empty or zero, in words a reader can act on, or null when it is neither (or a
 * zero is simply good news, like no stale deals). Each reason follows from how the figure is
 * defined in scoreboardFigures, so it is the real cause rather than a guess.
 */
export function figureReason(
  key: FigureKey,
  figures: ScoreboardFigures,
  context: ReasonContext,
): string | null {
  const value = figures[key];
  switch (key) {
    case "handoffCompliance":
      return handoffReason(figures.handoffCompliance, context);
    case "coverageRatio":
      return value === null ? "No revenue target set for this period" : null;
    case "mqlToSql":
      if (value === null) return "No deal has entered MQL";
      return value === 0 ? "No deal that entered MQL has moved on to SQL" : null;
    case "sqlToWon":
      if (value === null) return "No deal that reached SQL has closed yet";
      return value === 0 ? "Every deal that reached SQL and closed was lost" : null;
    case "winRate":
      if (value === null) return "No deal has closed yet";
      return value === 0 ? "Every closed deal was lost" : null;
    case "averageDealValue":
      return value === null ? "No won deal with an amount yet" : null;
    case "averageCycleDays":
      return value === null ? "No won deal with both dates yet" : null;
    case "velocityPerDay":
      if (value === null) {
        if (figures.winRate === null) return "Needs a closed deal: none has closed yet";
        return "Needs a won deal with an amount and dates";
      }
      return value === 0 ? "No open deal has reached SQL" : null;
    case "qualifiedCount":
      return value === 0 ? "No open deal has reached SQL" : null;
    case "openPipelineValue":
      return value === 0 ? "No open deal with an amount" : null;
    case "marketingSourcedPipeline":
      return value === 0 ? "No open deal came through MQL" : null;
    case "topOwnerShare":
      return value === null ? "No named owner holds open pipeline" : null;
    case "staleCount":
      // No stale deal is the goal, not a gap to explain.
      return null;
  }
}
