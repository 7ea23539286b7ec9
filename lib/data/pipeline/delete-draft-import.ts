import { withTenant } from "@/lib/db";

/** Remove a draft import that never got a file, so a refused first upload leaves no row. */
export async function deleteDraftImport(organizationId: string, importId: string) {
  await withTenant(organizationId, (tx) =>
    tx.pipelineImport.deleteMany({
      where: { organizationId, id: importId, status: "DRAFT", files: { none: {} } },
    }),
  );
}
