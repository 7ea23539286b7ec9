import type { Tx } from "@/lib/db";
import { type QualificationStandard } from "@/lib/domain/scoreboard";

export async function readStandard(tx: Tx, organizationId: string) {
  const versions = await tx.qualificationStandardVersion.findMany({
    where: { organizationId },
    orderBy: { number: "asc" },
    select: { number: true, content: true, createdAt: true, createdById: true },
  });
  const signatures = await tx.standardSignature.findMany({
    where: { organizationId },
    orderBy: { signedAt: "asc" },
    select: { version: true, function: true, userId: true, signedAt: true },
  });
  return {
    versions: versions.map((v) => ({ ...v, content: v.content as QualificationStandard })),
    signatures,
  };
}
