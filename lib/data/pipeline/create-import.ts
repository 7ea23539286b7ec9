import { withTenant } from "@/lib/db";

export async function createImport(organizationId: string, createdById: string) {
  return withTenant(organizationId, (tx) =>
    tx.pipelineImport.create({ data: { organizationId, createdById }, select: { id: true } }),
  );
}
