/** The orders a review's deal list can be read in; open amount, largest first, by default. */
export const REVIEW_SORTS = ["amount", "days", "ratio"] as const;

export type ReviewSort = (typeof REVIEW_SORTS)[number];

export const REVIEW_SORT_LABELS: Record<ReviewSort, string> = {
  amount: "Open amount",
  days: "Days in stage",
  ratio: "× usual stay",
};

type Sortable = {
  /** A number, or a decimal as the database returns it. */
  amount: { toString(): string } | number | null;
  daysInStage: number | null;
  stallRatio: number | null;
  name: string;
};

const valueOf = (d: Sortable, sort: ReviewSort): number | null => {
  if (sort === "amount") return d.amount === null ? null : Number(d.amount);
  return sort === "days" ? d.daysInStage : d.stallRatio;
};

/**
 * The list in the chosen order. Deals without the measure (no amount, an undated stage, an
 * unclear deal with no stall ratio) go last either way, so reversing never puts the blanks first;
 * ties fall back to the name, so a page boundary is the same on every load.
 */
export function sortReviewDeals<T extends Sortable>(
  deals: T[],
  sort: ReviewSort,
  direction: "asc" | "desc",
): T[] {
  const sign = direction === "asc" ? 1 : -1;
  return [...deals].sort((a, b) => {
    const x = valueOf(a, sort);
    const y = valueOf(b, sort);
    if (x === null || y === null) {
      if (x !== y) return x === null ? 1 : -1;
    } else if (x !== y) return (x - y) * sign;
    return a.name.localeCompare(b.name);
  });
}
