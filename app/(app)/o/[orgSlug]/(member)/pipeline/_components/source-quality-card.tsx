import { SourceQualityChart } from "@/components/charts/pipeline/source-quality-chart";
import { Card, CardTitle } from "@/components/ui/card";
import { Definition } from "@/components/ui/definition";
import { DEFINITIONS } from "@/lib/domain/pipeline/definitions";
import { Covers, type CoversView } from "./covers";
import { WHOLE_PIPELINE, type PipelineDashboard } from "./pipeline-view";

/** Win rate and won revenue by lead source. */
export function SourceQualityCard({
  sources,
  currency,
  covers,
}: {
  sources: PipelineDashboard["sources"];
  currency: string;
  covers: CoversView;
}) {
  return (
    <Card className="break-inside-avoid">
      <CardTitle>
        <Definition term="Lead-source quality" definition={DEFINITIONS.sourceQuality}>
          Lead-source quality
        </Definition>
      </CardTitle>
      <Covers view={covers} wholePipeline={WHOLE_PIPELINE.sources} testId="covers-sources" />
      <div className="mt-4">
        {sources.some((s) => s.won + s.lost > 0) ? (
          <SourceQualityChart sources={sources} currency={currency} />
        ) : (
          <p className="text-muted text-sm">No closed deals with a source yet.</p>
        )}
      </div>
    </Card>
  );
}
