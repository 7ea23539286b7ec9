import { withTenant } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { RespondentRole } from "@/lib/domain/snapshot";
import { isUniqueViolation } from "@/lib/errors";
import { recordAuditEvent, type AuditActor } from "../audit/record-audit-event";
import { requireOpenSnapshot } from "./require-open-snapshot";

/** Invite a leader to answer; the same address twice is refused. */
export async function inviteRespondent(options: {
  organizationId: string;
  snapshotId: string;
  email: string;
  name: string | null;
  role: RespondentRole;
  tokenHash: string;
  tokenSealed: string;
  actor: AuditActor;
}) {
  const { organizationId, snapshotId, actor, ...respondent } = options;
  try {
    return await withTenant(organizationId, async (tx) => {
      await requireOpenSnapshot(tx, organizationId, snapshotId);
      const created = await tx.snapshotRespondent.create({
        data: { organizationId, snapshotId, ...respondent },
        select: { id: true },
      });
      await recordAuditEvent(tx, {
        organizationId,
        actor,
        action: "snapshot.respondent_invited",
        targetType: "snapshot",
        targetId: snapshotId,
        details: { email: respondent.email, role: respondent.role },
      });
      return created;
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new AppError("CONFLICT", `${options.email} is already invited to this Snapshot.`);
    throw error;
  }
}
