import { withTenant } from "@/lib/db";

/** Stripe keeps a Checkout Session open for at most a day; an older one cannot be resumed. */
const CHECKOUT_LIFETIME_MS = 24 * 60 * 60 * 1000;

/**
 * The payer's latest purchase for this company that is still waiting for payment, with a
 * checkout already made for it, the same diagnostic attached (or none) and in the same mode:
 * a buyer who left checkout and buys again resumes it rather than starting a second Snapshot.
 */
export async function findResumablePurchase(options: {
  payerId: string;
  clientOrganizationId: string;
  testMode: boolean;
  diagnosticAssessmentId: string | null;
  now?: Date;
}) {
  const { payerId, clientOrganizationId, testMode, diagnosticAssessmentId } = options;
  const since = new Date((options.now ?? new Date()).getTime() - CHECKOUT_LIFETIME_MS);
  return withTenant(payerId, (tx) =>
    tx.snapshotPurchase.findFirst({
      where: {
        organizationId: payerId,
        clientOrganizationId,
        status: "PENDING",
        testMode,
        diagnosticAssessmentId,
        checkoutSessionId: { not: null },
        createdAt: { gte: since },
      },
      orderBy: { createdAt: "desc" },
      select: { id: true, snapshotId: true, checkoutSessionId: true },
    }),
  );
}
