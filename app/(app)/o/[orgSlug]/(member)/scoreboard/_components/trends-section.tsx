import { VelocityTrendChart } from "@/components/charts/pipeline/velocity-trend-chart";
import { ScoreTrendChart } from "@/components/charts/score-trend-chart";
import { Card, CardTitle } from "@/components/ui/card";
import { FRACTURE_INFO, FRACTURES } from "@/lib/domain/diagnostic";
import { dayFormat, type ScoreboardData } from "./shared";

/** Velocity by month and the fracture scores of every diagnostic and Snapshot, side by side. */
export function TrendsSection({
  trend,
  history,
}: {
  trend: ScoreboardData["trend"];
  history: ScoreboardData["history"];
}) {
  const fractureData = history.map((p) => ({
    period: `${dayFormat.format(p.date)} · ${p.source}`,
    ...Object.fromEntries(FRACTURES.map((k) => [k, p.scores[k]])),
  }));
  return (
    <div className="mt-6 grid gap-6 lg:grid-cols-2 print:grid-cols-2">
      <Card className="break-inside-avoid">
        <CardTitle>Velocity, month by month</CardTitle>
        <div className="mt-4">
          <VelocityTrendChart months={trend} />
        </div>
      </Card>
      <Card className="break-inside-avoid">
        <CardTitle>Fracture scores over time</CardTitle>
        {fractureData.length === 0 ? (
          <p className="text-muted mt-2 text-sm">
            Appears with the first diagnostic taken through this organization&apos;s link or the
            first published Snapshot.
          </p>
        ) : (
          <div className="mt-4">
            <ScoreTrendChart
              data={fractureData}
              series={FRACTURES.map((k) => ({ key: k, name: FRACTURE_INFO[k].shortName }))}
            />
          </div>
        )}
      </Card>
    </div>
  );
}
