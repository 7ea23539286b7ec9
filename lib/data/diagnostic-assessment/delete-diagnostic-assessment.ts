import { recordAuditEvent } from "@/lib/data/audit/record-audit-event";
import { scoped, setTenant } from "@/lib/db";
import { AppError } from "@/lib/errors";

/**
 * Erase a result, which is also the organization's lead, at the request of whoever holds its
 * private link. The row holds the answers, the scores and the address given; the only other
 * record of it is the mail log's entry for each copy sent, which goes with it. A Snapshot bought
 * after it keeps the copy it took of the date and scores, and its purchase the id, which then
 * opens nothing. The organization's audit log keeps that a result was deleted on request, and
 * its id, but nothing that was in it.
 */
export async function deleteDiagnosticAssessment(accessTokenHash: string): Promise<void> {
  await scoped({ accessToken: accessTokenHash }, async (tx) => {
    const row = await tx.diagnosticAssessment.findUnique({
      where: { accessTokenHash },
      select: { id: true, organizationId: true },
    });
    if (!row) throw new AppError("NOT_FOUND", "This result does not exist or was already deleted.");
    await setTenant(tx, row.organizationId);
    const { count } = await tx.diagnosticAssessment.deleteMany({
      where: { id: row.id, organizationId: row.organizationId },
    });
    // Two requests at once: the other one deleted it.
    if (count === 0) {
      throw new AppError("NOT_FOUND", "This result does not exist or was already deleted.");
    }
    await tx.mailMessage.deleteMany({ where: { diagnosticAssessmentId: row.id } });
    await recordAuditEvent(tx, {
      organizationId: row.organizationId,
      actor: null,
      action: "diagnostic.result_deleted",
      targetType: "diagnostic_result",
      targetId: row.id,
    });
  });
}
