import { withSharedScope } from "@/lib/db";

/**
 * Run a page loader so that all its reads of one organization share one transaction, and so one
 * pooled connection, however many queries it makes. See withSharedScope.
 */
export function readTogether<T>(organizationId: string, load: () => Promise<T>): Promise<T> {
  return withSharedScope({ organizationId }, load);
}
