import { withTenant } from "@/lib/db";

/**
 * Coverage for the target period containing `on`: open pipeline value over the revenue target.
 * Null when the organization has set no target for that period.
 */
export async function queryCoverage(organizationId: string, on: Date) {
  const [row] = await withTenant(
    organizationId,
    (tx) =>
      tx.$queryRaw<
        { target: unknown; period_start: Date; period_end: Date; open_value: unknown }[]
      >`
      select t.amount as target, t."periodStart" as period_start, t."periodEnd" as period_end,
             (select coalesce(sum(amount), 0) from "Opportunity"
               where "organizationId" = ${organizationId}::uuid and status = 'OPEN') as open_value
        from "RevenueTarget" t
       where t."organizationId" = ${organizationId}::uuid
         and t."periodStart" <= ${on}::date and t."periodEnd" >= ${on}::date
       order by t."periodStart" desc
       limit 1`,
  );
  if (!row) return null;
  const target = Number(row.target);
  const openValue = Number(row.open_value);
  return {
    periodStart: row.period_start,
    periodEnd: row.period_end,
    target,
    openPipelineValue: openValue,
    ratio: target > 0 ? openValue / target : null,
  };
}
