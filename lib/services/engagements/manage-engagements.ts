import type { OrgContext } from "@/lib/auth/guard";
import { createClientOrganization } from "@/lib/data/engagement/create-client-organization";
import { endEngagement as endStoredEngagement } from "@/lib/data/engagement/end-engagement";
import { grantConsultancyAccess } from "@/lib/data/engagement/grant-consultancy-access";
import { AppError } from "@/lib/errors";
import { auditActor } from "@/lib/services/members/actor";

/** A consultancy creates a client company and is engaged by it from the start. */
export function createClient(ctx: OrgContext, client: { name: string; slug: string }) {
  if (ctx.organization.kind !== "CONSULTANCY") {
    throw new AppError("FORBIDDEN", "Only a consultancy creates client organizations.");
  }
  return createClientOrganization({
    consultancyId: ctx.organization.id,
    name: client.name,
    slug: client.slug,
    actor: auditActor(ctx.user),
  });
}

/** A company's own members bring a consultancy in; a consultant cannot invite another. */
export function bringInConsultancy(ctx: OrgContext, consultancySlug: string) {
  if (ctx.via)
    throw new AppError("FORBIDDEN", "Only the company's own members bring in consultancies.");
  return grantConsultancyAccess({
    clientId: ctx.organization.id,
    consultancySlug,
    actor: auditActor(ctx.user),
  });
}

export function endEngagement(ctx: OrgContext, engagementId: string) {
  return endStoredEngagement(ctx.organization.id, engagementId, auditActor(ctx.user));
}
