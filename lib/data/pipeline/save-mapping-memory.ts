import { withTenant } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { headerHash } from "./read-mapping-memory";

/** Remember how files with these headers were mapped, for the next export of the same shape. */
export async function saveMappingMemory(
  organizationId: string,
  entries: { signature: string; mapping: Prisma.InputJsonValue }[],
) {
  await withTenant(organizationId, async (tx) => {
    for (const { signature, mapping } of entries) {
      const headerKey = headerHash(signature);
      await tx.pipelineMapping.upsert({
        where: { organizationId_headerKey: { organizationId, headerKey } },
        create: { organizationId, headerKey, mapping },
        update: { mapping },
      });
    }
  });
}
