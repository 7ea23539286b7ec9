import { z } from "zod";

/** An organization's address in URLs (/o/<slug>): 1–48 lowercase letters, digits or inner dashes. */
export const ZOrgSlug = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9](?:[a-z0-9-]{0,46}[a-z0-9])?$/, "Use 2–48 lowercase letters, digits or dashes.");
