import { Card, CardTitle } from "@/components/ui/card";
import type { StageLabelMap } from "@/lib/domain/pipeline/import";
import type { StageDefinition } from "@/lib/domain/pipeline/types";
import { orderedStages, type StageLabel } from "./mapping-state";
import { SelectField } from "./select-field";

const LEAVE_OUT = "__leave-out__";
const count = new Intl.NumberFormat("en-US");

/** Every label of the stage columns, each given a pipeline stage or left out. */
export function StageLabelsCard({
  labels,
  chosen,
  stages,
  onChoose,
}: {
  labels: StageLabel[];
  /** Each label's stage as it stands (chosen or suggested); absent: not chosen yet. */
  chosen: StageLabelMap;
  stages: StageDefinition[];
  onChoose: (label: string, stage: string | null) => void;
}) {
  const ordered = orderedStages(stages);
  return (
    <Card className="min-w-0">
      <CardTitle>Stages</CardTitle>
      <p className="text-muted mt-1 text-sm">
        Every label in the stage column, with its rows, and the stage of your pipeline it means.
        Rows left out are not imported. Your choices are remembered for the next import.
      </p>
      {labels.length === 0 ? (
        <p className="text-muted mt-4 text-sm">
          Choose the column that holds the stage, and its labels are listed here.
        </p>
      ) : (
        <div className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {labels.map(({ label, count: rows }) => {
            const stage = chosen[label];
            return (
              <SelectField
                key={label}
                label={
                  <>
                    “{label}”{" "}
                    <span className="text-muted font-normal">
                      · {count.format(rows)} row{rows === 1 ? "" : "s"}
                    </span>
                  </>
                }
                value={stage === undefined ? "" : stage === null ? LEAVE_OUT : stage}
                onChange={(v) => onChoose(label, v === LEAVE_OUT ? null : v)}
                error={stage === undefined ? "Choose a stage, or leave these rows out." : undefined}
                testId={`label-${label}`}
              >
                {stage === undefined ? <option value="">Choose a stage…</option> : null}
                {ordered.map((s) => (
                  <option key={s.key} value={s.key}>
                    {s.label}
                  </option>
                ))}
                <option value={LEAVE_OUT}>Leave these rows out</option>
              </SelectField>
            );
          })}
        </div>
      )}
    </Card>
  );
}
