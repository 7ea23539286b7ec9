import { withTenant } from "@/lib/db";

export async function listAuditEvents(organizationId: string, limit = 100) {
  return withTenant(organizationId, (tx) =>
    tx.auditEvent.findMany({
      where: { organizationId },
      orderBy: { createdAt: "desc" },
      take: limit,
      select: {
        id: true,
        actorEmail: true,
        action: true,
        targetType: true,
        targetId: true,
        details: true,
        createdAt: true,
      },
    }),
  );
}
