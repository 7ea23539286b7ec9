import { FunnelChart } from "@/components/charts/pipeline/funnel-chart";
import { TimeInStageChart } from "@/components/charts/pipeline/time-in-stage-chart";
import { Card, CardTitle } from "@/components/ui/card";
import { Definition } from "@/components/ui/definition";
import { DEFINITIONS } from "@/lib/domain/pipeline/definitions";
import { Covers, type CoversView } from "./covers";
import { usedStages, type PipelineDashboard } from "./pipeline-view";

/** The conversion funnel beside time in stage, over the stages the data uses. */
export function StageChartsSection({
  stages: all,
  covers,
}: {
  stages: PipelineDashboard["stages"];
  covers: CoversView;
}) {
  const stages = usedStages(all);
  return (
    <div className="mt-6 grid gap-6 lg:grid-cols-2">
      <Card className="break-inside-avoid">
        <CardTitle>
          <Definition term="Conversion funnel" definition={DEFINITIONS.conversion}>
            Conversion funnel
          </Definition>
        </CardTitle>
        <p className="text-muted mt-1 text-sm">
          Opportunities that entered each stage, and the share that moved on.
        </p>
        <Covers view={covers} testId="covers-funnel" />
        <div className="mt-4">
          <FunnelChart stages={stages} />
        </div>
      </Card>
      <Card className="break-inside-avoid">
        <CardTitle>
          <Definition term="Time in stage" definition={DEFINITIONS.timeInStage}>
            Time in stage
          </Definition>
        </CardTitle>
        <p className="text-muted mt-1 text-sm">Days, over stays that have ended.</p>
        <Covers view={covers} testId="covers-time-in-stage" />
        <div className="mt-4">
          <TimeInStageChart stages={stages} />
        </div>
      </Card>
    </div>
  );
}
