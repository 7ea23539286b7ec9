import type { OpportunityField } from "@/lib/domain/pipeline/import";
import type { FileScan } from "@/lib/domain/pipeline/import/scan-file";
import { columnScan, type FileState } from "./mapping-state";
import { ColumnOptions, SelectField } from "./select-field";

export const FREE_TEXT =
  "This column has more than 500 different values; it looks like free text, not stages. Choose the column that holds the stage.";

const FIELDS: { field: OpportunityField; label: string; hint?: string; required?: true }[] = [
  { field: "id", label: "Deal id", required: true },
  { field: "stage", label: "Stage", required: true },
  { field: "name", label: "Deal name" },
  { field: "account", label: "Account" },
  { field: "owner", label: "Owner" },
  { field: "source", label: "Source" },
  { field: "segment", label: "Segment" },
  { field: "amount", label: "Amount" },
  { field: "currency", label: "Currency" },
  { field: "created", label: "Created", hint: "When the deal was opened." },
  { field: "closed", label: "Closed", hint: "When a won or lost deal closed." },
  { field: "lostStage", label: "Stage when lost", hint: "The last stage a lost deal reached." },
];

/** Which column of a deal file holds each field. */
export function DealColumns({
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
  const stageValues = columnScan(scan, state.columns.stage);
  return (
    <fieldset className="min-w-0">
      <legend className="text-ink font-semibold">Columns</legend>
      <p className="text-muted mt-1 text-sm">
        Which column holds each field. The deal id and stage are needed; the rest makes the figures
        richer.
      </p>
      <div className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {FIELDS.map((f) => (
          <SelectField
            key={f.field}
            label={f.label}
            required={f.required}
            hint={f.hint}
            error={
              f.field === "stage" && stageValues && stageValues.values === null
                ? FREE_TEXT
                : undefined
            }
            value={state.columns[f.field] ?? ""}
            onChange={(v) =>
              onChange({ ...state, columns: { ...state.columns, [f.field]: v || undefined } })
            }
            testId={`map-${index}-${f.field}`}
          >
            <ColumnOptions header={scan.header} />
          </SelectField>
        ))}
      </div>
    </fieldset>
  );
}
