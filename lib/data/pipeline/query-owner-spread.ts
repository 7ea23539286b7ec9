import { withTenant } from "@/lib/db";
import type { ConversionSpread } from "@/lib/domain/pipeline";
import { stageVisitCtes } from "./stage-visit-ctes";

/** Stage conversion per owner in SQL, and the gap between the best and the worst owner. */
export async function queryOwnerConversionSpread(
  organizationId: string,
): Promise<ConversionSpread[]> {
  const rows = await withTenant(
    organizationId,
    (tx) => tx.$queryRaw<{ stage: string; owner: string | null; entered: bigint; moved: bigint }[]>`
      with ${stageVisitCtes(organizationId)}
      select s.key as stage, v.owner,
             count(v."opportunityId") as entered,
             count(*) filter (where v.later > v.position) as moved
        from stages s
        left join visits v on v."stageKey" = s.key and v.nth = 1
       where s.kind = 'OPEN'
       group by s.key, s.position, v.owner
       order by s.position, v.owner collate "C"`,
    { timeoutMs: 120_000 },
  );
  const byStage = new Map<string, ConversionSpread>();
  for (const row of rows) {
    const entry = byStage.get(row.stage) ?? { stage: row.stage, byOwner: [], spread: null };
    byStage.set(row.stage, entry);
    if (row.owner === null || Number(row.entered) === 0) continue;
    entry.byOwner.push({
      owner: row.owner,
      conversionRate: Number(row.moved) / Number(row.entered),
    });
  }
  return [...byStage.values()].map((entry) => {
    const rates = entry.byOwner.map((b) => b.conversionRate).filter((r): r is number => r !== null);
    return { ...entry, spread: rates.length > 1 ? Math.max(...rates) - Math.min(...rates) : null };
  });
}
