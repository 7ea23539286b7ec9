import { withTenant } from "@/lib/db";

/**
 * The names of deals on the organization's reviews, keyed `${reviewId}:${externalId}`: decision
 * events recorded before they carried the deal's name are worded with it all the same.
 */
export async function listReviewDealNames(
  organizationId: string,
  deals: { reviewId: string; externalId: string }[],
) {
  if (deals.length === 0) return new Map<string, string>();
  const rows = await withTenant(organizationId, (tx) =>
    tx.reviewDeal.findMany({
      where: {
        organizationId,
        OR: deals.map(({ reviewId, externalId }) => ({ reviewId, externalId })),
      },
      select: { reviewId: true, externalId: true, name: true },
    }),
  );
  return new Map(rows.map((r) => [`${r.reviewId}:${r.externalId}`, r.name]));
}
