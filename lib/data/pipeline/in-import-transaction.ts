import { withTenant, type Tx } from "@/lib/db";
import { lockPipeline } from "./lock-pipeline";

/** The one transaction an import writes in; passed to the data functions that take part. */
export type ImportTransaction = Tx;

/** Long enough for a million-row file on a small machine. */
const IMPORT_TIMEOUT_MS = 2 * 60 * 60 * 1000;

/**
 * Run an import's writes in one tenant transaction: they commit whole or leave nothing. A second
 * import of the same organization waits for the first; other organizations' run alongside.
 */
export function inImportTransaction<T>(
  organizationId: string,
  fn: (tx: ImportTransaction) => Promise<T>,
): Promise<T> {
  return withTenant(
    organizationId,
    async (tx) => {
      await lockPipeline(tx, organizationId);
      return fn(tx);
    },
    { timeoutMs: IMPORT_TIMEOUT_MS },
  );
}
