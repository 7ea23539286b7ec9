import { withTenant } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { type QualificationStandard } from "@/lib/domain/scoreboard";
import { recordAuditEvent, type AuditActor } from "../audit/record-audit-event";
import { lockStandard } from "./lock-standard";

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
