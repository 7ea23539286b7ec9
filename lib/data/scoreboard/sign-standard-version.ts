import { withTenant } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { signingProblem, type LeadFunction } from "@/lib/domain/scoreboard";
import { recordAuditEvent, type AuditActor } from "../audit/record-audit-event";
import { lockStandard } from "./lock-standard";
import { readStandard } from "./read-standard";

/** Sign a version for a function, under the signing rules of lib/scoreboard. */
export async function signStandardVersion(options: {
  organizationId: string;
  version: number;
  function: LeadFunction;
  actor: AuditActor;
}) {
  const { organizationId, version, actor } = options;
  return withTenant(organizationId, async (tx) => {
    await lockStandard(tx, organizationId);
    const { versions, signatures } = await readStandard(tx, organizationId);
    const latest = versions.at(-1);
    if (!versions.some((v) => v.number === version))
      throw new AppError("NOT_FOUND", "That version of the standard was not found.");
    const settings = await tx.scoreboardSettings.findUnique({
      where: { organizationId },
      select: { marketingLeadId: true, salesLeadId: true },
    });
    const problem = signingProblem({
      version,
      latestVersion: latest!.number,
      function: options.function,
      userId: actor.userId,
      leads: {
        MARKETING: settings?.marketingLeadId ?? null,
        SALES: settings?.salesLeadId ?? null,
      },
      signatures,
    });
    if (problem) throw new AppError("CONFLICT", problem);
    await tx.standardSignature.create({
      data: { organizationId, version, function: options.function, userId: actor.userId },
      select: { version: true },
    });
    await recordAuditEvent(tx, {
      organizationId,
      actor,
      action: "scoreboard.standard_signed",
      targetType: "standard",
      details: { version, function: options.function },
    });
  });
}
