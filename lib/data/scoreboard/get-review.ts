import { withTenant } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { reviewSelect } from "./review-select";

/** One review with its deals and decisions, and the review before it; NOT_FOUND otherwise. */
export async function getReview(organizationId: string, number: number) {
  return withTenant(organizationId, async (tx) => {
    const review = await tx.scoreboardReview.findFirst({
      where: { organizationId, number },
      select: {
        ...reviewSelect,
        // Largest open amount first: the deals that move the figures most are decided first.
        deals: { orderBy: [{ amount: { sort: "desc", nulls: "last" } }, { name: "asc" }] },
        followUps: {
          orderBy: [{ amount: { sort: "desc", nulls: "last" } }, { name: "asc" }],
        },
      },
    });
    if (!review) throw new AppError("NOT_FOUND", "That review was not found.");
    const previous = await tx.scoreboardReview.findFirst({
      where: { organizationId, number: { lt: number } },
      orderBy: { number: "desc" },
      select: { number: true, figures: true, reviewDate: true },
    });
    return { review, previous };
  });
}

export type ReviewView = Awaited<ReturnType<typeof getReview>>;
