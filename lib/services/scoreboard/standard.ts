import { z } from "zod";
import type { OrgContext } from "@/lib/auth/guard";
import { listMembers } from "@/lib/data/membership/list-members";
import { getScoreboardSettings } from "@/lib/data/scoreboard/get-scoreboard-settings";
import { createStandardVersion } from "@/lib/data/scoreboard/create-standard-version";
import { getStandard } from "@/lib/data/scoreboard/get-standard";
import { signStandardVersion } from "@/lib/data/scoreboard/sign-standard-version";
import {
  effectiveVersion,
  latestVersion,
  LEAD_FUNCTIONS,
  leadsProblem,
  versionStatus,
  ZQualificationStandard,
} from "@/lib/domain/scoreboard";

export const ZDraftStandardRequest = z.object({
  orgSlug: z.string(),
  content: ZQualificationStandard,
});

export const ZSignStandardRequest = z.object({
  orgSlug: z.string(),
  version: z.coerce.number().int().min(1),
  function: z.enum(LEAD_FUNCTIONS),
});

const actorOf = (ctx: OrgContext) => ({ userId: ctx.user.id, email: ctx.user.email });

/**
 * The standard as the pages show it: the version in effect (signed by both leads), the latest
 * version and who has signed it, the leads, and names for every user id involved.
 */
export async function loadStandard(organizationId: string) {
  const [{ versions, signatures }, settings, members] = await Promise.all([
    getStandard(organizationId),
    getScoreboardSettings(organizationId),
    listMembers(organizationId),
  ]);
  const names = new Map(members.map((m) => [m.user.id, m.user.name ?? m.user.email]));
  const leads = { MARKETING: settings.marketingLeadId, SALES: settings.salesLeadId };
  const latest = latestVersion(versions);
  return {
    settings,
    leads,
    leadsProblem: leadsProblem(leads),
    members: members.map((m) => ({ id: m.user.id, label: m.user.name ?? m.user.email })),
    nameOf: (userId: string) => names.get(userId) ?? "a former member",
    effective: effectiveVersion(versions, signatures),
    latest,
    latestStatus: latest ? versionStatus(latest.number, signatures) : null,
    versions,
    signatures,
  };
}

export type StandardPageData = Awaited<ReturnType<typeof loadStandard>>;

export function draftStandard(ctx: OrgContext, request: z.infer<typeof ZDraftStandardRequest>) {
  return createStandardVersion({
    organizationId: ctx.organization.id,
    content: request.content,
    actor: actorOf(ctx),
  });
}

export function signStandard(ctx: OrgContext, request: z.infer<typeof ZSignStandardRequest>) {
  return signStandardVersion({
    organizationId: ctx.organization.id,
    version: request.version,
    function: request.function,
    actor: actorOf(ctx),
  });
}
