import { FractureScoreChart } from "@/components/charts/fracture-score-chart";
import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import { FRACTURE_INFO, type DiagnosticResult } from "@/lib/domain/diagnostic";
import { severityOf } from "./severity";

/** The five leak scores as a chart, and the same figures as a list for every reader. */
export function FractureComparison({
  result,
  className,
}: {
  result: DiagnosticResult;
  className?: string;
}) {
  const chartData = result.fractures.map((f) => ({
    key: f.key,
    name: FRACTURE_INFO[f.key].shortName,
    score: f.score,
    color: severityOf(f.score).color,
    primary: f.key === result.primary,
  }));
  return (
    <Card className={className}>
      <CardTitle>How the five fractures compare</CardTitle>
      <p className="text-muted mt-1 text-sm">
        Leak score from 0 (holding) to 100 (broken), in chain order.
      </p>
      <div className="mt-4">
        <FractureScoreChart data={chartData} />
      </div>
      <ul data-testid="score-list" className="mt-4 divide-y divide-slate-100 text-sm">
        {result.fractures.map((f) => (
          <li key={f.key} className="flex items-center justify-between gap-3 py-2">
            <span className="text-ink">{FRACTURE_INFO[f.key].name}</span>
            <span className="flex items-center gap-2">
              <Badge tone={severityOf(f.score).tone}>{severityOf(f.score).label}</Badge>
              <span className="text-ink w-8 text-right font-semibold tabular-nums">{f.score}</span>
            </span>
          </li>
        ))}
      </ul>
    </Card>
  );
}
