/**
 * Optional context a taker may give with a diagnostic. Stored beside the answers so results can
 * later be compared by revenue band and vertical, and priced in money (the revenue band, and the
 * average deal size and win rate when given); none of it changes the score. The schema that
 * checks them is in context.ts: the questionnaire imports these in the browser, without zod.
 */
export const ROLE_OPTIONS = [
  { id: "ceo", label: "CEO or founder" },
  { id: "sales", label: "Head of sales / CRO" },
  { id: "marketing", label: "Head of marketing / CMO" },
  { id: "operations", label: "COO or operations leader" },
  { id: "board", label: "Board member or investor" },
  { id: "other", label: "Something else" },
] as const;

export const REVENUE_BAND_OPTIONS = [
  { id: "under-20m", label: "Under $20M" },
  { id: "20m-50m", label: "$20M–$50M" },
  { id: "50m-150m", label: "$50M–$150M" },
  { id: "over-150m", label: "Over $150M" },
] as const;

export const VERTICAL_OPTIONS = [
  { id: "logistics", label: "Logistics and freight" },
  { id: "distribution", label: "Wholesale and distribution" },
  { id: "industrial", label: "Industrial and manufacturing" },
  { id: "technology", label: "Technology and software" },
  { id: "services", label: "Professional services" },
  { id: "other", label: "Another industry" },
] as const;

export function labelFor(
  options: readonly { id: string; label: string }[],
  id: string | null | undefined,
): string | undefined {
  return options.find((o) => o.id === id)?.label;
}
