import type { FileScan } from "@/lib/domain/pipeline/import/scan-file";
import { FREE_TEXT } from "./deal-columns";
import { columnScan, type FileState } from "./mapping-state";
import { ColumnOptions, SelectField } from "./select-field";

const FIELDS = [
  { key: "id", label: "Deal id", hint: "The id of the deal the row belongs to." },
  { key: "stage", label: "Stage", hint: "The stage the deal moved to." },
  { key: "at", label: "Date", hint: "When it moved." },
] as const;

/** A stage history file's three columns: which deal, which stage, when. */
export function HistoryColumns({
  index,
  scan,
  state,
  onChange,
}: {
  index: number;
  scan: FileScan;
  state: FileState;
  onChange: (next: FileState) => void;
}) {
  const stageValues = columnScan(scan, state.history.stage);
  return (
    <fieldset className="min-w-0">
      <legend className="text-ink font-semibold">Columns</legend>
      <p className="text-muted mt-1 text-sm">
        One row per stage change: the deal, the stage it moved to and the date. All three are
        needed.
      </p>
      <div className="mt-4 grid gap-4 sm:grid-cols-3">
        {FIELDS.map((f) => (
          <SelectField
            key={f.key}
            label={f.label}
            required
            hint={f.hint}
            error={
              f.key === "stage" && stageValues && stageValues.values === null
                ? FREE_TEXT
                : undefined
            }
            value={state.history[f.key] ?? ""}
            onChange={(v) =>
              onChange({ ...state, history: { ...state.history, [f.key]: v || undefined } })
            }
            testId={`map-${index}-${f.key}`}
          >
            <ColumnOptions header={scan.header} />
          </SelectField>
        ))}
      </div>
    </fieldset>
  );
}
