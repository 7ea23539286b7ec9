import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

export async function getOrganizationBySlugOrThrow(slug: string) {
  const organization = await db.organization.findUnique({
    where: { slug },
    select: { id: true, slug: true, name: true, kind: true },
  });
  if (!organization) throw new AppError("NOT_FOUND", `Organization "${slug}" was not found.`);
  return organization;
}
