import type { PipelineData, StageEvent } from "@/lib/domain/pipeline";

/** mulberry32, so a roughened pipeline is the same on every run. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A generated pipeline made as untidy as real exports are: some entries undated (passed at an
 * unknown time), some amounts blank, some deals with no known opening, a few closing before they
 * opened, and a few moves back to an earlier stage. The SQL must still agree with the reference.
 */
export function roughen(data: PipelineData, seed: number): PipelineData {
  const random = prng(seed);
  const byDeal = new Map<string, StageEvent[]>();
  for (const e of data.events)
    byDeal.set(e.opportunityId, [...(byDeal.get(e.opportunityId) ?? []), { ...e }]);
  const opportunities = data.opportunities.map((o) => {
    const copy = { ...o };
    const r = random();
    if (r < 0.05) copy.amount = null;
    else if (r < 0.08) copy.createdAt = null;
    else if (r < 0.1 && copy.closedAt && copy.createdAt)
      copy.closedAt = new Date(copy.createdAt.getTime() - 5 * 86_400_000);
    const path = byDeal.get(o.id) ?? [];
    for (let i = 1; i < path.length - 1; i++) if (random() < 0.15) path[i]!.enteredAt = null;
    // An open deal whose current stage the export does not date: judged by its age instead.
    const current = path.at(-1);
    if (copy.status === "open" && path.length >= 2 && current && random() < 0.2)
      current.enteredAt = null;
    // A move back: an open deal past its first stage returns to it, a few days later.
    const last = path.at(-1);
    if (copy.status === "open" && path.length >= 2 && last?.enteredAt && random() < 0.1) {
      path.push({
        opportunityId: o.id,
        stage: path[0]!.stage,
        enteredAt: new Date(last.enteredAt.getTime() + 3 * 86_400_000),
        seq: last.seq + 1,
        back: true,
      });
    }
    return copy;
  });
  return { stages: data.stages, opportunities, events: [...byDeal.values()].flat() };
}
