import { db } from "@/lib/db";

export async function listMembershipsForUser(userId: string) {
  return db.membership.findMany({
    where: { userId },
    orderBy: { organization: { name: "asc" } },
    select: {
      role: true,
      organization: { select: { id: true, slug: true, name: true, kind: true } },
    },
  });
}
