import { scoped } from "@/lib/db";

/** Every organization the user belongs to: row-level security shows a user their own rows. */
export async function listMembershipsForUser(userId: string) {
  return scoped({ userId }, (tx) =>
    tx.membership.findMany({
      where: { userId },
      orderBy: { organization: { name: "asc" } },
      select: {
        role: true,
        organization: { select: { id: true, slug: true, name: true, kind: true } },
      },
    }),
  );
}
