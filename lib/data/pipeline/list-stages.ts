import { withTenant } from "@/lib/db";
import { stagesIn } from "./stages-in";

export function listStages(organizationId: string) {
  return withTenant(organizationId, (tx) => stagesIn(tx, organizationId));
}
