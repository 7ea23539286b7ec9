import { Prisma } from "@/lib/generated/prisma/client";
import type { PipelineFilters } from "@/lib/domain/pipeline";

/** The dashboard filters as conditions on the opportunity aliased `o`. */
export function opportunityFilter(filters: PipelineFilters): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (filters.from) parts.push(Prisma.sql`and o."openedAt" >= ${filters.from}`);
  if (filters.to) parts.push(Prisma.sql`and o."openedAt" < ${filters.to}`);
  if (filters.owner) parts.push(Prisma.sql`and o.owner = ${filters.owner}`);
  if (filters.source) parts.push(Prisma.sql`and o.source = ${filters.source}`);
  if (filters.segment) parts.push(Prisma.sql`and o.segment = ${filters.segment}`);
  return parts.length ? Prisma.join(parts, " ") : Prisma.empty;
}
