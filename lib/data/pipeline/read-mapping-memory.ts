import { createHash } from "node:crypto";
import { withTenant } from "@/lib/db";

/** A header's signature as stored: hashed, so any header makes a short key. */
export function headerHash(signature: string) {
  return createHash("sha256").update(signature).digest("base64url");
}

/** The mappings this organization chose before for files with these headers, by signature. */
export async function readMappingMemory(
  organizationId: string,
  signatures: string[],
): Promise<Map<string, unknown>> {
  if (signatures.length === 0) return new Map();
  const byHash = new Map(signatures.map((s) => [headerHash(s), s]));
  const rows = await withTenant(organizationId, (tx) =>
    tx.pipelineMapping.findMany({
      where: { organizationId, headerKey: { in: [...byHash.keys()] } },
      select: { headerKey: true, mapping: true },
    }),
  );
  return new Map(rows.map((r) => [byHash.get(r.headerKey)!, r.mapping]));
}
