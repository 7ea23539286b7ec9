import { listOrganizationAssessments } from "@/lib/services/diagnostic/list-organization-assessments";
import { staleDealsOf } from "@/lib/services/pipeline/stale-deals-of";
import { listReviews } from "@/lib/data/scoreboard/list-reviews";
import { listLatestPublishedVersions } from "@/lib/data/snapshot/list-latest-published-versions";
import { FRACTURES, type FractureKey } from "@/lib/domain/diagnostic";
import {
  figureTiles,
  reviewTiming,
  SCOREBOARD_TILES,
  startOfUtcDay,
  ZScoreboardFigures,
} from "@/lib/domain/scoreboard";
import { viewPipelineSummary } from "@/lib/services/pipeline/pipeline-summary";
import { currentScoreboardFigures } from "./current-figures";
import type { PublishedFigures } from "@/lib/services/snapshot/published-figures";
import { loadStandard } from "./standard";
import { readTogether } from "@/lib/data/tenant/read-together";

export type FracturePoint = {
  date: Date;
  source: "Diagnostic" | "Snapshot";
  scores: Record<FractureKey, number>;
};

/** Fracture scores over time: every diagnostic retake and every published Snapshot. */
async function fractureHistory(organizationId: string): Promise<FracturePoint[]> {
  const [diagnostics, snapshots] = await Promise.all([
    listOrganizationAssessments(organizationId),
    listLatestPublishedVersions(organizationId),
  ]);
  const points: FracturePoint[] = [
    ...diagnostics.map((d) => ({
      date: d.createdAt,
      source: "Diagnostic" as const,
      scores: d.scores,
    })),
    ...snapshots.map((v) => {
      const figures = v.figures as PublishedFigures;
      const scores = Object.fromEntries(FRACTURES.map((k) => [k, 0])) as Record<
        FractureKey,
        number
      >;
      for (const f of figures.combined) scores[f.key] = Math.round(f.score);
      return { date: v.publishedAt, source: "Snapshot" as const, scores };
    }),
  ];
  return points.sort((a, b) => a.date.getTime() - b.date.getTime());
}

/**
 * Everything the scoreboard page shows: figures as of the data's own date, from the stored
 * summary (never computed while the page waits), reviews and their cadence as of `now`.
 */
async function readScoreboard(organizationId: string, now = new Date()) {
  const standard = await loadStandard(organizationId);
  const responseHours = standard.effective?.content.handoff.responseHours ?? null;
  const [view, reviews, history] = await Promise.all([
    viewPipelineSummary(organizationId),
    listReviews(organizationId),
    fractureHistory(organizationId),
  ]);
  const stored = view.state === "current" || view.state === "stale" ? view.data : null;
  const hasPipeline =
    stored !== null && stored.deals.won + stored.deals.lost + stored.deals.open > 0;
  const current = hasPipeline
    ? await currentScoreboardFigures(organizationId, { responseHours, summary: stored })
    : null;
  const stale = current
    ? await staleDealsOf(organizationId, current.summary, {
        asOf: new Date(current.figures.asOf),
        limit: 8,
      })
    : { deals: [], total: 0, unjudged: 0 };
  const { settings } = standard;
  const frozen = reviews.map((r) => {
    const parsed = ZScoreboardFigures.safeParse(r.figures);
    return { ...r, figures: parsed.success ? parsed.data : null };
  });
  // Change since the latest review, open or closed: the figures the teams last agreed on.
  const latest = frozen[0]?.figures
    ? { number: frozen[0].number, figures: frozen[0].figures }
    : null;
  return {
    standard,
    figures: current?.figures ?? null,
    /** Each figure as its tile tells it: change since the latest review, target, why it is empty. */
    tiles: current
      ? figureTiles(SCOREBOARD_TILES, current.figures, latest, {
          responseHours,
          standardSigned: standard.effective !== null,
          handoff: current.handoff,
        })
      : [],
    hasPipeline,
    /** Every deal the figures cover: the scoreboard is never filtered. */
    dealCount: stored ? stored.deals.won + stored.deals.lost + stored.deals.open : 0,
    /** Whether the figures are being computed (after an import), rather than missing. */
    computing: view.state === "computing",
    trend: current?.summary.trend ?? [],
    owners: current?.summary.owners.slice(0, 5) ?? [],
    stale,
    history,
    reviews: frozen,
    openReview: reviews.find((r) => r.status === "OPEN") ?? null,
    /** The next review: its number, its due day, and whether starting it today is early. */
    next: nextOf(
      reviewTiming({
        cadence: settings.cadence,
        anchor: settings.anchorDate,
        last: reviews[0] ?? null,
        now,
      }),
      now,
    ),
  };
}

/** A review's timing with whether its due day has passed. */
function nextOf(timing: ReturnType<typeof reviewTiming>, now: Date) {
  return { ...timing, overdue: timing.dueOn.getTime() < startOfUtcDay(now).getTime() };
}

/** The same, every read in one transaction (readTogether): one pooled connection per page. */
export function loadScoreboard(organizationId: string, now = new Date()) {
  return readTogether(organizationId, () => readScoreboard(organizationId, now));
}
