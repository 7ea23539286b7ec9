import { z } from "zod";

/**
 * Control characters (NUL included, which Postgres refuses in text) and the Unicode marks that
 * reorder how text is displayed: a file name keeps neither.
 */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** An uploaded file's name as shown on the import page: printable, trimmed, not empty. */
export const ZFileName = z
  .string()
  .max(1000)
  .transform((name) => name.replace(UNPRINTABLE, "").trim())
  .pipe(z.string().min(1, "The file needs a name.").max(200, "The file name is too long."));
