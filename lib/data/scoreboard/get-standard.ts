import { withTenant } from "@/lib/db";
import { readStandard } from "./read-standard";

/** Every version of the organization's standard and every signature on them. */
export async function getStandard(organizationId: string) {
  return withTenant(organizationId, (tx) => readStandard(tx, organizationId));
}

export type StandardView = Awaited<ReturnType<typeof getStandard>>;
