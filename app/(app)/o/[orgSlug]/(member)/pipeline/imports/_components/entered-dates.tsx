import type { DateOrder } from "@/lib/domain/pipeline/import";
import type { FileScan } from "@/lib/domain/pipeline/import/scan-file";
import type { StageDefinition } from "@/lib/domain/pipeline/types";
import { dateColumns, orderedStages, type FileState } from "./mapping-state";
import { SelectField } from "./select-field";

const DATE_ORDERS: { value: DateOrder; label: string }[] = [
  { value: "ymd", label: "Year-month-day" },
  { value: "mdy", label: "Month-day-year" },
  { value: "dmy", label: "Day-month-year" },
];

export function DateOrderSelect({
  index,
  value,
  onChange,
}: {
  index: number;
  value: DateOrder;
  onChange: (value: DateOrder) => void;
}) {
  return (
    <SelectField
      label="Dates are written"
      hint="As in 2026-03-31, 03/31/2026 or 31/03/2026."
      value={value}
      onChange={(v) => onChange(v as DateOrder)}
      testId={`date-order-${index}`}
      className="sm:max-w-xs"
    >
      {DATE_ORDERS.map((d) => (
        <option key={d.value} value={d.value}>
          {d.label}
        </option>
      ))}
    </SelectField>
  );
}

/**
 * The deal file's other date columns, each either the day deals entered a stage (HubSpot's
 * "Date entered …", a qualified date) or not a stage date.
 */
export function EnteredDates({
  index,
  scan,
  state,
  stages,
  onChange,
}: {
  index: number;
  scan: FileScan;
  state: FileState;
  stages: StageDefinition[];
  onChange: (next: FileState) => void;
}) {
  const columns = dateColumns(scan, state);
  if (columns.length === 0) return null;
  const stageOf = (header: string) =>
    Object.entries(state.entered).find(([, h]) => h.trim() === header.trim())?.[0] ?? "";
  function choose(header: string, stage: string) {
    // One column per stage: choosing a stage for this column takes it from any other.
    const entered = Object.fromEntries(
      Object.entries(state.entered).filter(([s, h]) => h.trim() !== header.trim() && s !== stage),
    );
    if (stage) entered[stage] = header;
    onChange({ ...state, entered });
  }
  return (
    <fieldset className="min-w-0">
      <legend className="text-ink font-semibold">Stage dates</legend>
      <p className="text-muted mt-1 text-sm">
        Other columns that hold dates. When one records the day a deal entered a stage, say which,
        so time in stage can be measured.
      </p>
      <div className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {columns.map((header) => (
          <SelectField
            key={header}
            label={header}
            value={stageOf(header)}
            onChange={(v) => choose(header, v)}
            testId={`entered-${index}-${header}`}
          >
            <option value="">Not a stage date</option>
            {orderedStages(stages).map((s) => (
              <option key={s.key} value={s.key}>
                Entered {s.label}
              </option>
            ))}
          </SelectField>
        ))}
      </div>
    </fieldset>
  );
}
