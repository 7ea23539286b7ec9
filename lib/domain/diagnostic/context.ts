import { z } from "zod";

/**
 * Optional context a taker may give with a diagnostic. Stored beside the answers so results can
 * later be compared by revenue band and vertical, and priced in money (the revenue band, and the
 * average deal size and win rate when given); none of it changes the score.
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

type OptionId<T extends readonly { id: string }[]> = T[number]["id"];

const ids = <T extends readonly { id: string }[]>(options: T) =>
  options.map((o) => o.id) as [OptionId<T>, ...OptionId<T>[]];

/** Empty strings come from untouched form fields; they mean "not given". */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" || value === null ? undefined : value), schema.optional());

/** A figure typed into a form field ("$85,000", "22%") or sent as a JSON number. */
const figure = (message: string) =>
  z.preprocess(
    (value) => (typeof value === "string" ? value.replace(/[\s$,%]/g, "") : value),
    z
      .union(
        [
          z.number(),
          z
            .string()
            .max(32)
            .regex(/^\d+(\.\d+)?$/, message),
        ],
        { error: message },
      )
      .pipe(z.coerce.number({ error: message })),
  );

export const ZRevenueBand = z.enum(ids(REVENUE_BAND_OPTIONS), {
  error: "Choose one of the revenue bands.",
});

export const ZDiagnosticContext = z.object({
  role: optional(z.enum(ids(ROLE_OPTIONS))),
  revenueBand: optional(ZRevenueBand),
  /** Average won deal in dollars. */
  averageDealSize: optional(
    figure("Enter the average deal size in dollars, or leave it empty.").pipe(
      z
        .number()
        .min(100, "An average deal under $100 is not one we can price.")
        .max(100_000_000, "An average deal over $100M is not one we can price.")
        .transform(Math.round),
    ),
  ),
  /** Share of closed deals won, in percent. */
  winRatePercent: optional(
    figure("Enter the win rate as a percentage, or leave it empty.").pipe(
      z
        .number()
        .min(1, "A win rate under 1% is not one we can price.")
        .max(100, "A win rate is at most 100%."),
    ),
  ),
  vertical: optional(z.enum(ids(VERTICAL_OPTIONS))),
  email: optional(
    z
      .string()
      .trim()
      .max(254, "That email address is too long.")
      .pipe(z.email("Enter a valid email address, or leave it empty.")),
  ),
});

export type TDiagnosticContext = z.infer<typeof ZDiagnosticContext>;

export function labelFor(
  options: readonly { id: string; label: string }[],
  id: string | null | undefined,
): string | undefined {
  return options.find((o) => o.id === id)?.label;
}
