import { z } from "zod";

/** Only same-site paths: a sign-in link must never send someone to another site. */
export const ZCallbackPath = z
  .string()
  .max(500)
  .refine((value) => value.startsWith("/") && !value.startsWith("//") && !value.includes("\\"), {
    message: "Not a path on this site.",
  });

export function safeCallbackPath(value: unknown, fallback = "/o"): string {
  const parsed = ZCallbackPath.safeParse(value);
  return parsed.success ? parsed.data : fallback;
}
