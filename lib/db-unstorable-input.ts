import { AppError } from "@/lib/errors";

/**
 * Postgres refuses text it cannot store: a NUL byte (22021) or a character the database's
 * encoding lacks (22P05). Prisma reports these as a generic database error (P2039) naming the
 * code in its message.
 */
const UNSTORABLE = /\b(22021|22P05)\b/;

function isUnstorableInput(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code === "string" && UNSTORABLE.test(code)) return true;
  return code === "P2039" && typeof message === "string" && UNSTORABLE.test(message);
}

/**
 * Text from a request that Postgres cannot hold as the person's mistake (400 with a sentence),
 * not the server's: whatever validated the input let a NUL byte through.
 */
export function asUnstorableInput(error: unknown): unknown {
  if (error instanceof AppError || !isUnstorableInput(error)) return error;
  return new AppError(
    "INVALID_INPUT",
    "Some of the text sent contains a character that cannot be stored (such as a NUL byte). Remove it and try again.",
    { cause: error },
  );
}
