import type { OrgContext } from "@/lib/auth/guard";
import { listAuditEvents } from "@/lib/data/audit/list-audit-events";
import { listReviewDealNames } from "@/lib/data/audit/list-review-deal-names";
import { readTogether } from "@/lib/data/tenant/read-together";
import { auditActorFallback, describeAuditEvent } from "@/lib/domain/organization/audit-wording";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type DealLookup = { reviewId: string; externalId: string };

/** A decision event that names its deal only by id (recorded before it carried the name). */
function dealToLookUp(event: {
  action: string;
  targetId: string | null;
  details: unknown;
}): DealLookup | null {
  if (event.action !== "scoreboard.decision_recorded" || !event.targetId) return null;
  if (!UUID.test(event.targetId)) return null;
  const details = event.details as Record<string, unknown> | null;
  if (!details || typeof details !== "object" || typeof details.dealName === "string") return null;
  if (typeof details.externalId !== "string") return null;
  return { reviewId: event.targetId, externalId: details.externalId };
}

/** The organization's audit log, newest first, each event worded as a sentence. */
export function loadAuditLog(ctx: OrgContext) {
  const organizationId = ctx.organization.id;
  return readTogether(organizationId, async () => {
    const events = await listAuditEvents(organizationId);
    const lookups = events.map(dealToLookUp);
    const names = await listReviewDealNames(
      organizationId,
      lookups.filter((l): l is DealLookup => l !== null),
    );
    return events.map((event, i) => {
      const lookup = lookups[i];
      const dealName = lookup ? names.get(`${lookup.reviewId}:${lookup.externalId}`) : undefined;
      const facts = {
        action: event.action,
        details: dealName ? { ...(event.details as object), dealName } : event.details,
      };
      return {
        id: event.id,
        createdAt: event.createdAt,
        actor: event.actorEmail ?? auditActorFallback(facts),
        sentence: describeAuditEvent(facts),
      };
    });
  });
}
