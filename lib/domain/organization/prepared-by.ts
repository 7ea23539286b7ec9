import { z } from "zod";

const blankToNull = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? null : value;

const optionalText = (max: number, tooLong: string) =>
  z.preprocess(blankToNull, z.string().trim().max(max, tooLong).nullable());

/** The settings form's "Prepared by" block, as it sends it: every field may be left blank. */
export const ZPreparedBySetting = z.object({
  orgSlug: z.string().min(1).max(64),
  name: optionalText(80, "Keep the name under 80 characters."),
  title: optionalText(80, "Keep the title under 80 characters."),
  email: z.preprocess(
    blankToNull,
    z
      .string()
      .trim()
      .toLowerCase()
      .max(254, "That address is too long.")
      .pipe(z.email("Enter a valid email address."))
      .nullable(),
  ),
  phone: z.preprocess(
    blankToNull,
    z
      .string()
      .trim()
      .max(40, "Keep the phone number under 40 characters.")
      .regex(/^\+?[0-9 ().\-/]{5,}$/, "Use digits, spaces and + ( ) - only.")
      .nullable(),
  ),
});

export type TPreparedBySetting = z.infer<typeof ZPreparedBySetting>;
export type PreparedBy = Omit<TPreparedBySetting, "orgSlug">;
