import { z } from "zod";
import type { OrgContext } from "@/lib/auth/guard";
import { startSnapshotCheckout } from "@/lib/services/billing/start-snapshot-checkout";
import { listEngagements } from "@/lib/data/engagement/list-engagements";
import { getOrganizationBySlugOrThrow } from "@/lib/data/organization/get-organization-by-slug";
import { AppError } from "@/lib/errors";
import { ZOrgSlug } from "@/lib/domain/organization/org-slug";
import { resolveDiagnosticAttachment, takesDiagnostic } from "./diagnostic-attachment";

export const ZBuySnapshotRequest = z.object({
  orgSlug: z.string(),
  /** A consultancy buying for one of its clients names the client; a company buys for itself. */
  clientSlug: ZOrgSlug.optional(),
});

/**
 * Buy a Snapshot: for the organization itself, or, for a consultancy, for a client it has an
 * active engagement with. Returns the checkout address, and what became of the diagnostic the
 * buyer brought along (`diagnosticReference`): attached to the new Snapshot when a company buys
 * for itself, "unusable" when the reference no longer opens a result (the purchase goes on
 * without it), "none" when there was none or this purchase does not take one.
 */
export async function buySnapshot(
  ctx: OrgContext,
  request: z.infer<typeof ZBuySnapshotRequest>,
  baseUrl: string,
  options: { diagnosticReference?: string } = {},
): Promise<{ url: string; diagnostic: "attached" | "unusable" | "none" }> {
  if (ctx.via)
    throw new AppError("FORBIDDEN", "Buy through your own consultancy's Snapshots page.");
  let clientOrganizationId = ctx.organization.id;
  if (request.clientSlug && request.clientSlug !== ctx.organization.slug) {
    const engagements = await listEngagements(ctx.organization.id);
    const active = engagements.find(
      (e) => e.status === "ACTIVE" && e.client.slug === request.clientSlug,
    );
    if (!active) throw new AppError("NOT_FOUND", "That client was not found.");
    const client = await getOrganizationBySlugOrThrow(request.clientSlug);
    clientOrganizationId = client.id;
  } else if (ctx.organization.kind === "CONSULTANCY") {
    throw new AppError("INVALID_INPUT", "Choose the client the Snapshot is for.");
  }
  const forItself = clientOrganizationId === ctx.organization.id && takesDiagnostic(ctx);
  const attachment =
    forItself && options.diagnosticReference
      ? await resolveDiagnosticAttachment(options.diagnosticReference)
      : null;
  const ready = attachment?.status === "ready" ? attachment : null;
  const { url } = await startSnapshotCheckout({
    payer: { id: ctx.organization.id, slug: ctx.organization.slug },
    clientOrganizationId,
    actor: { userId: ctx.user.id, email: ctx.user.email },
    baseUrl,
    diagnostic: ready ? { assessmentId: ready.assessmentId, facts: ready.diagnostic } : undefined,
  });
  return { url, diagnostic: ready ? "attached" : attachment ? "unusable" : "none" };
}
