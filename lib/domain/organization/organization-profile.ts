import { z } from "zod";

/** The currencies the settings offer; figures are shown in the one chosen. */
export const CURRENCIES = [
  "USD",
  "EUR",
  "GBP",
  "CHF",
  "CAD",
  "AUD",
  "SEK",
  "NOK",
  "DKK",
  "PLN",
  "JPY",
] as const;

const blankToNull = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? null : value;

export const ZOrganizationProfile = z.object({
  orgSlug: z.string().min(1).max(64),
  name: z
    .string()
    .trim()
    .min(2, "Give the organization a name.")
    .max(80, "Keep the name under 80 characters."),
  logoUrl: z.preprocess(
    blankToNull,
    z
      .url({ protocol: /^https$/, error: "Use an https:// address of an image." })
      .max(500, "That address is too long.")
      .nullable(),
  ),
  accentColor: z.preprocess(
    blankToNull,
    z
      .string()
      .trim()
      .regex(/^#[0-9a-fA-F]{6}$/, "Use a colour like #4f46e5.")
      .refine(
        (hex) => relativeLuminance(hex) < 0.5,
        "Choose a darker colour: white text must stay readable on it.",
      )
      .nullable(),
  ),
  /** Left unchanged when the form does not send it. */
  currency: z.enum(CURRENCIES, "Choose one of the listed currencies.").optional(),
});

/** WCAG relative luminance of a #rrggbb colour, 0 (black) to 1 (white). */
export function relativeLuminance(hex: string): number {
  const channel = (offset: number) => {
    const c = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

export type OrganizationProfile = z.infer<typeof ZOrganizationProfile>;
