import { withTenant } from "@/lib/db";

export async function listMembers(organizationId: string) {
  return withTenant(organizationId, (tx) =>
    tx.membership.findMany({
      where: { organizationId },
      orderBy: [{ role: "asc" }, { createdAt: "asc" }],
      select: {
        role: true,
        createdAt: true,
        user: { select: { id: true, name: true, email: true } },
      },
    }),
  );
}
