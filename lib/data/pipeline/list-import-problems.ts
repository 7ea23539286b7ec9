import { withTenant } from "@/lib/db";

export async function listImportProblems(organizationId: string, importId: string, take?: number) {
  return withTenant(
    organizationId,
    (tx) =>
      tx.pipelineImportProblem.findMany({
        where: { organizationId, importId },
        orderBy: { seq: "asc" },
        take,
        select: { file: true, line: true, column: true, reason: true },
      }),
    { timeoutMs: 60_000 },
  );
}
