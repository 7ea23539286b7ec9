import { withTenant } from "@/lib/db";

export async function queryFilterChoices(organizationId: string) {
  const rows = await withTenant(
    organizationId,
    (tx) =>
      tx.$queryRaw<{ kind: string; value: string }[]>`
      select distinct 'owner' as kind, owner as value from "Opportunity"
       where "organizationId" = ${organizationId}::uuid and owner is not null
      union
      select distinct 'source', source from "Opportunity"
       where "organizationId" = ${organizationId}::uuid and source is not null
      union
      select distinct 'segment', segment from "Opportunity"
       where "organizationId" = ${organizationId}::uuid and segment is not null
      order by 1, 2`,
  );
  const of = (kind: string) => rows.filter((r) => r.kind === kind).map((r) => r.value);
  return { owners: of("owner"), sources: of("source"), segments: of("segment") };
}
