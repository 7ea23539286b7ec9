import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";
import type { AuditAction } from "@/lib/domain/organization/audit-wording";

export type AuditActor = { userId: string; email: string };

export type AuditEventInput = {
  organizationId: string | null;
  actor: AuditActor | null;
  action: AuditAction;
  targetType?:
    | "user"
    | "invitation"
    | "organization"
    | "engagement"
    | "snapshot"
    | "purchase"
    | "standard"
    | "review"
    | "import"
    | "diagnostic_result";
  targetId?: string;
  details?: Prisma.InputJsonValue;
};

/** Written inside the transaction that makes the change, so the log and the change agree. */
export async function recordAuditEvent(tx: Tx, event: AuditEventInput) {
  await tx.auditEvent.create({
    data: {
      organizationId: event.organizationId,
      actorUserId: event.actor?.userId ?? null,
      actorEmail: event.actor?.email ?? null,
      action: event.action,
      targetType: event.targetType ?? null,
      targetId: event.targetId ?? null,
      details: event.details,
    },
    select: { id: true },
  });
}
