import type { Tx } from "@/lib/db";
import { withTenant } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { signingProblem, type LeadFunction, type QualificationStandard } from "@/lib/scoreboard";
import { recordAuditEvent, type AuditActor } from "../audit/record-audit-event";

/**
 * Writes to one organization's standard queue up behind each other (a new version and a
 * signature arriving together must not both see the old latest version).
 */
async function lockStandard(tx: Tx, organizationId: string) {
  await tx.$executeRaw`select pg_advisory_xact_lock(hashtext(${`standard:${organizationId}`}))`;
}

async function readStandard(tx: Tx, organizationId: string) {
  const versions = await tx.qualificationStandardVersion.findMany({
    where: { organizationId },
    orderBy: { number: "asc" },
    select: { number: true, content: true, createdAt: true, createdById: true },
  });
  const signatures = await tx.standardSignature.findMany({
    where: { organizationId },
    orderBy: { signedAt: "asc" },
    select: { version: true, function: true, userId: true, signedAt: true },
  });
  return {
    versions: versions.map((v) => ({ ...v, content: v.content as QualificationStandard })),
    signatures,
  };
}

/** Every version of the organization's standard and every signature on them. */
export async function getStandard(organizationId: string) {
  return withTenant(organizationId, (tx) => readStandard(tx, organizationId));
}

export type StandardView = Awaited<ReturnType<typeof getStandard>>;

/** A new version of the standard; it has no signatures, so the last signed one stays in effect. */
export async function createStandardVersion(options: {
  organizationId: string;
  content: QualificationStandard;
  actor: AuditActor;
}) {
  const { organizationId, content, actor } = options;
  return withTenant(organizationId, async (tx) => {
    await lockStandard(tx, organizationId);
    const last = await tx.qualificationStandardVersion.findFirst({
      where: { organizationId },
      orderBy: { number: "desc" },
      select: { number: true },
    });
    const number = (last?.number ?? 0) + 1;
    await tx.qualificationStandardVersion.create({
      data: {
        organizationId,
        number,
        content: content as unknown as Prisma.InputJsonValue,
        createdById: actor.userId,
      },
      select: { number: true },
    });
    await recordAuditEvent(tx, {
      organizationId,
      actor,
      action: "scoreboard.standard_drafted",
      targetType: "standard",
      details: { version: number },
    });
    return { number };
  });
}

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
