import { withTenant } from "@/lib/db";
import { recordAuditEvent, type AuditActor } from "../audit/record-audit-event";

/** The buyer came back to a checkout they had left: logged, nothing else changes. */
export async function recordCheckoutResumed(options: {
  payerId: string;
  purchaseId: string;
  checkoutSessionId: string;
  actor: AuditActor;
}) {
  await withTenant(options.payerId, (tx) =>
    recordAuditEvent(tx, {
      organizationId: options.payerId,
      actor: options.actor,
      action: "snapshot.checkout_resumed",
      targetType: "purchase",
      targetId: options.purchaseId,
      details: { checkoutSessionId: options.checkoutSessionId },
    }),
  );
}
