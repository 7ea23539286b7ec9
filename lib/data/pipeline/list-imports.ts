import { withTenant } from "@/lib/db";
import { importSelect } from "./import-select";

export async function listImports(organizationId: string, take = 20) {
  return withTenant(organizationId, (tx) =>
    tx.pipelineImport.findMany({
      where: { organizationId, status: { not: "DRAFT" } },
      orderBy: { createdAt: "desc" },
      take,
      select: importSelect,
    }),
  );
}
