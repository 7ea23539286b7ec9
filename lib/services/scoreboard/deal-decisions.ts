import { listPriorDecisions } from "@/lib/data/scoreboard/list-prior-decisions";
import { queryDealsNow } from "@/lib/data/scoreboard/query-deals-now";
import { movedSince } from "@/lib/domain/scoreboard";

/**
 * Of the named deals, those a review eliminated and the CRM has not moved since, with the
 * number of that review. They still count in the pipeline's figures until the CRM closes them;
 * the pipeline page marks them so nobody chases a deal the team has given up.
 */
export async function eliminatedMarks(
  organizationId: string,
  externalIds: string[],
  asOf: Date,
): Promise<Map<string, number>> {
  if (externalIds.length === 0) return new Map();
  const eliminated = (await listPriorDecisions(organizationId, { externalIds })).filter(
    (p) => p.decision === "ELIMINATE",
  );
  const now = await queryDealsNow(
    organizationId,
    eliminated.map((p) => p.externalId),
    asOf,
  );
  return new Map(
    eliminated
      .filter((p) => !movedSince(p, now.get(p.externalId)))
      .map((p) => [p.externalId, p.reviewNumber]),
  );
}
