import { withTenant } from "@/lib/db";
import { reviewSelect } from "./review-select";

/** Every review, newest first, with its frozen figures (for the history charts). */
export async function listReviews(organizationId: string) {
  return withTenant(organizationId, (tx) =>
    tx.scoreboardReview.findMany({
      where: { organizationId },
      orderBy: { number: "desc" },
      select: {
        ...reviewSelect,
        _count: { select: { deals: true } },
      },
    }),
  );
}
