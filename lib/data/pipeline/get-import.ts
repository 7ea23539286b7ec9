import { withTenant } from "@/lib/db";
import { importSelect } from "./import-select";
import { importNotFound } from "./import-not-found";

export async function getImport(organizationId: string, importId: string) {
  const found = await withTenant(organizationId, (tx) =>
    tx.pipelineImport.findFirst({
      where: { organizationId, id: importId },
      select: importSelect,
    }),
  );
  return found ?? importNotFound();
}

export type ImportView = Awaited<ReturnType<typeof getImport>>;
