import type { Prisma } from "@/lib/generated/prisma/client";
import { scoped, setTenant } from "@/lib/db";
import {
  attachedDiagnosticColumns,
  CURRENT_SNAPSHOT_VERSION,
  type AttachedDiagnostic,
} from "@/lib/domain/snapshot";
import { recordAuditEvent, type AuditActor } from "../audit/record-audit-event";

/**
 * A Snapshot waiting for payment, and the purchase that will pay for it. The Snapshot belongs to
 * the company assessed; the purchase to the payer (the same company, or its consultancy). Both
 * are written in one transaction, switching tenant between them. A diagnostic the buyer brought
 * is copied onto the Snapshot, and the purchase names the result it came from.
 */
export async function createSnapshotPurchase(options: {
  payerId: string;
  clientOrganizationId: string;
  actor: AuditActor;
  testMode: boolean;
  diagnostic?: { assessmentId: string; facts: AttachedDiagnostic };
}) {
  const { payerId, clientOrganizationId, actor, testMode, diagnostic } = options;
  const copy = diagnostic ? attachedDiagnosticColumns(diagnostic.facts) : null;
  return scoped({ organizationId: clientOrganizationId }, async (tx) => {
    const snapshot = await tx.snapshot.create({
      data: {
        organizationId: clientOrganizationId,
        purchasedByOrganizationId: payerId,
        bankVersion: CURRENT_SNAPSHOT_VERSION,
        createdById: actor.userId,
        ...(copy
          ? {
              ...copy,
              diagnosticScores: copy.diagnosticScores as unknown as Prisma.InputJsonValue,
            }
          : {}),
      },
      select: { id: true },
    });
    await setTenant(tx, payerId);
    const purchase = await tx.snapshotPurchase.create({
      data: {
        organizationId: payerId,
        clientOrganizationId,
        snapshotId: snapshot.id,
        createdById: actor.userId,
        testMode,
        diagnosticAssessmentId: diagnostic?.assessmentId ?? null,
      },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      organizationId: payerId,
      actor,
      action: "snapshot.checkout_started",
      targetType: "purchase",
      targetId: purchase.id,
      details: {
        clientOrganizationId,
        snapshotId: snapshot.id,
        testMode,
        ...(diagnostic ? { diagnosticAssessmentId: diagnostic.assessmentId } : {}),
      },
    });
    return { purchaseId: purchase.id, snapshotId: snapshot.id };
  });
}
