import { Card, CardTitle } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { ProgressBar } from "@/components/ui/progress-bar";
import type { StageDefinition } from "@/lib/domain/pipeline/types";
import type { MappingFile } from "@/lib/services/pipeline/load-import-mapping";
import { DealColumns } from "./deal-columns";
import { DateOrderSelect, EnteredDates } from "./entered-dates";
import { HistoryColumns } from "./history-columns";
import type { FileState } from "./mapping-state";
import { PreviewTable } from "./preview-table";
import { megabytes } from "./sizes";
import type { ScanProgress } from "./use-import-status";

const FORMAT_LABELS: Record<MappingFile["format"], string> = {
  hubspot: "HubSpot deals export",
  salesforce: "Salesforce Opportunity export",
  "salesforce-history": "Salesforce OpportunityHistory export",
  csv: "Other CSV",
};

const ROLES = [
  { value: "deals", label: "Deals", hint: "one row per deal" },
  { value: "history", label: "Stage history", hint: "one row per stage change" },
] as const;

/** One file of the import: what it holds, which column is which, and its first rows. */
export function FileMappingCard({
  file,
  state,
  progress,
  stages,
  onChange,
}: {
  file: MappingFile;
  state: FileState;
  progress: ScanProgress | undefined;
  stages: StageDefinition[];
  onChange: (next: FileState) => void;
}) {
  const scan = file.scan;
  const dateOrder = state.dateOrder ?? file.mapping.dateOrder;
  return (
    <Card className="min-w-0" data-testid={`file-mapping-${file.index}`}>
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <CardTitle className="min-w-0 wrap-anywhere">{file.name}</CardTitle>
        <p className="text-muted text-sm">
          {megabytes(file.sizeBytes)} · Detected:{" "}
          <span className="text-ink font-medium">{FORMAT_LABELS[file.format]}</span>
        </p>
      </div>
      {file.remembered ? (
        <p className="bg-brand-50 text-brand-700 mt-3 rounded-lg px-3 py-2 text-sm">
          Filled in from your last import of a file with these columns.
        </p>
      ) : null}

      {file.scanError ? (
        <p role="alert" className="mt-4 text-sm text-rose-700">
          {file.scanError}
        </p>
      ) : !scan ? (
        <div className="mt-4" aria-live="polite">
          <p className="text-ink text-sm font-medium">Reading the whole file…</p>
          <ProgressBar
            className="mt-2"
            value={Math.min(progress?.scannedBytes ?? file.scannedBytes, file.sizeBytes)}
            max={Math.max(file.sizeBytes, 1)}
            label={`Reading ${file.name}`}
          />
          <p className="text-muted mt-1.5 text-sm">
            Every stage label and column value is counted before you choose, so nothing near the end
            of the file is missed.
          </p>
          {progress?.error ? (
            <p role="alert" className="mt-2 text-sm text-rose-700">
              {progress.error}
            </p>
          ) : null}
        </div>
      ) : (
        <div className="mt-5 grid gap-6">
          <fieldset className="min-w-0">
            <legend className="text-ink font-semibold">This file holds</legend>
            <div className="mt-2 grid grid-cols-2 gap-2 sm:inline-grid">
              {ROLES.map((r) => (
                <label
                  key={r.value}
                  className={cn(
                    "has-[:focus-visible]:outline-brand-600 cursor-pointer rounded-lg border px-3 py-2 text-sm has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2",
                    state.role === r.value
                      ? "border-brand-600 bg-brand-50 text-brand-700"
                      : "text-ink border-slate-300 bg-white hover:bg-slate-50",
                  )}
                >
                  <input
                    type="radio"
                    name={`role-${file.index}`}
                    value={r.value}
                    checked={state.role === r.value}
                    onChange={() => onChange({ ...state, role: r.value })}
                    className="sr-only"
                    data-testid={`role-${file.index}-${r.value}`}
                  />
                  <span className="block font-semibold">{r.label}</span>
                  <span className="text-muted block text-xs">{r.hint}</span>
                </label>
              ))}
            </div>
          </fieldset>
          {state.role === "deals" ? (
            <>
              <DealColumns index={file.index} scan={scan} state={state} onChange={onChange} />
              <EnteredDates
                index={file.index}
                scan={scan}
                state={state}
                stages={stages}
                onChange={onChange}
              />
            </>
          ) : (
            <HistoryColumns index={file.index} scan={scan} state={state} onChange={onChange} />
          )}
          <DateOrderSelect
            index={file.index}
            value={dateOrder}
            onChange={(value) => onChange({ ...state, dateOrder: value })}
          />
        </div>
      )}
      <PreviewTable header={scan?.header ?? file.header} rows={file.preview} />
    </Card>
  );
}
