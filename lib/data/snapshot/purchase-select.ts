export const purchaseSelect = {
  id: true,
  clientOrganizationId: true,
  snapshotId: true,
  checkoutSessionId: true,
  testMode: true,
  status: true,
  amountTotal: true,
  currency: true,
  receiptUrl: true,
  paidAt: true,
  refundedAt: true,
  createdAt: true,
} as const;
