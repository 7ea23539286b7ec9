import { z } from "zod";
import { REVENUE_BAND_OPTIONS, ROLE_OPTIONS, VERTICAL_OPTIONS } from "./context-options";

/** The options live apart from their schema so the browser can have them without zod. */
export { labelFor, REVENUE_BAND_OPTIONS, ROLE_OPTIONS, VERTICAL_OPTIONS } from "./context-options";

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
