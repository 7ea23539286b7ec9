import { severityOf } from "@/components/diagnostic/severity";
import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import { FRACTURE_INFO, FRACTURES } from "@/lib/domain/diagnostic";
import { ROLE_TITLES, type SnapshotAnalysis } from "@/lib/domain/snapshot";
import type { loadSnapshotAnalysis } from "@/lib/services/snapshot/manage-snapshot";

type Responses = Awaited<ReturnType<typeof loadSnapshotAnalysis>>["responses"];

/** One row per leader: who answered, in which role, and their score on each fracture. */
export function RespondentScoresSection({
  respondents,
  responses,
}: {
  /** Scores in the same order as `responses`. */
  respondents: SnapshotAnalysis["respondents"];
  responses: Responses;
}) {
  return (
    <Card className="mt-6">
      <CardTitle>Each leader&apos;s scores</CardTitle>
      <div className="mt-4 overflow-x-auto">
        <table className="min-w-full text-sm" data-testid="respondent-scores">
          <thead>
            <tr className="text-muted border-b border-slate-200 text-left">
              <th className="py-2 pr-4 font-medium">Leader</th>
              {FRACTURES.map((k) => (
                <th key={k} className="py-2 pr-4 text-right font-medium">
                  {FRACTURE_INFO[k].shortName}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="tabular-nums">
            {respondents.map((r, i) => (
              <tr key={responses[i]!.id} className="border-b border-slate-100 last:border-0">
                <th scope="row" className="text-ink py-2 pr-4 text-left font-medium">
                  {responses[i]!.name ?? responses[i]!.email}
                  <span className="text-muted block text-xs font-normal">
                    {ROLE_TITLES[r.role]}
                  </span>
                </th>
                {r.fractures.map((f) => (
                  <td key={f.key} className="py-2 pr-4 text-right">
                    <Badge tone={severityOf(f.score).tone}>{f.score}</Badge>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Card>
  );
}
