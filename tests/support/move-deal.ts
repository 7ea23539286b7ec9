import type { PipelineData } from "../../lib/domain/pipeline/types";

/**
 * The same pipeline with one open deal moved on by one stage (back one when it is in the last
 * open stage), entered at `at`: what the next CRM export shows after a deal changed stage.
 */
export function moveDeal(data: PipelineData, externalId: string, at: Date): PipelineData {
  const open = data.stages.filter((s) => s.kind === "open").sort((a, b) => a.order - b.order);
  const events = data.events.filter((e) => e.opportunityId === externalId);
  if (events.length === 0) throw new Error(`deal ${externalId} has no stage to move from`);
  const latest = events.reduce((a, b) => (b.seq > a.seq ? b : a));
  const index = open.findIndex((s) => s.key === latest.stage);
  const to = open[index + 1] ?? open[index - 1];
  if (!to) throw new Error(`deal ${externalId} has nowhere to move`);
  return {
    ...data,
    events: [
      ...data.events,
      {
        opportunityId: externalId,
        stage: to.key,
        enteredAt: at,
        seq: latest.seq + 1,
        back: to.order < (open[index]?.order ?? 0),
      },
    ],
  };
}
