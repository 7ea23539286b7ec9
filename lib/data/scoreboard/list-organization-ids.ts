import { db } from "@/lib/db";

/** Every organization's id: the reminder job looks at each in its own tenant. */
export async function listOrganizationIds() {
  const rows = await db.organization.findMany({ select: { id: true, name: true, slug: true } });
  return rows;
}
