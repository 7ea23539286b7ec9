import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";

export type AuditActor = { userId: string; email: string };

export type AuditEventInput = {
  organizationId: string | null;
  actor: AuditActor | null;
  action:
    | "user.signed_in"
    | "organization.created"
    | "organization.benchmarks_changed"
    | "organization.next_step_changed"
    | "organization.logo_uploaded"
    | "organization.logo_removed"
    | "organization.prepared_by_changed"
    | "member.invited"
    | "invitation.revoked"
    | "invitation.accepted"
    | "member.role_changed"
    | "member.removed"
    | "member.left"
    | "engagement.started"
    | "engagement.ended"
    | "snapshot.checkout_started"
    | "snapshot.checkout_resumed"
    | "snapshot.expired_purchase_removed"
    | "snapshot.unlocked"
    | "snapshot.locked"
    | "snapshot.respondent_invited"
    | "snapshot.respondent_reminded"
    | "snapshot.answering_closed"
    | "snapshot.published"
    | "snapshot.section_restored"
    | "snapshot.redrafted"
    | "snapshot.share_link_created"
    | "snapshot.share_link_revoked"
    | "scoreboard.settings_changed"
    | "scoreboard.standard_drafted"
    | "scoreboard.standard_signed"
    | "scoreboard.review_started"
    | "scoreboard.review_closed"
    | "scoreboard.decision_recorded"
    | "pipeline.import_undone"
    | "pipeline.data_deleted"
    | "diagnostic.result_deleted";
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
