"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { inputClasses } from "@/components/ui/field";
import { useAction } from "@/components/ui/use-action";
import type { FilePreview } from "@/lib/services/pipeline/preview-import";
import type { DateOrder, ImportOptions, OpportunityField } from "@/lib/domain/pipeline/import";
import { startImportAction } from "../actions";

const FIELDS: { field: OpportunityField; label: string; required?: boolean }[] = [
  { field: "id", label: "Deal ID", required: true },
  { field: "stage", label: "Stage", required: true },
  { field: "created", label: "Created date", required: true },
  { field: "closed", label: "Close date" },
  { field: "amount", label: "Amount" },
  { field: "name", label: "Deal name" },
  { field: "account", label: "Account" },
  { field: "owner", label: "Owner" },
  { field: "source", label: "Lead source" },
  { field: "segment", label: "Segment or product" },
  { field: "currency", label: "Currency" },
];

const FORMAT_LABELS = {
  hubspot: "HubSpot deals export",
  salesforce: "Salesforce Opportunity export",
  "salesforce-history": "Salesforce OpportunityHistory export",
  csv: "Other CSV",
} as const;

const DATE_ORDERS: { value: DateOrder; label: string }[] = [
  { value: "ymd", label: "2026-03-31 (year first)" },
  { value: "mdy", label: "03/31/2026 (month first)" },
  { value: "dmy", label: "31/03/2026 (day first)" },
];

function Select({
  label,
  value,
  onChange,
  children,
  hint,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  children: React.ReactNode;
  hint?: string;
}) {
  const id = useId();
  return (
    <div>
      <label htmlFor={id} className="text-ink text-sm font-medium">
        {label}
      </label>
      <select
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        className={inputClasses}
      >
        {children}
      </select>
      {hint ? <p className="mt-1 text-xs text-rose-700">{hint}</p> : null}
    </div>
  );
}

/**
 * The mapping step: which column is which field, which CRM stage label is which of our stages,
 * and how dates are written, with the first rows of each file to check against.
 */
export function MappingForm({
  orgSlug,
  importId,
  files,
  stages,
}: {
  orgSlug: string;
  importId: string;
  files: FilePreview[];
  stages: { key: string; label: string }[];
}) {
  const router = useRouter();
  const { run, pending, error } = useAction(startImportAction);
  const deals = files.find((f) => f.format !== "salesforce-history") ?? files[0]!;
  const [format, setFormat] = useState(
    deals.format === "salesforce-history" ? "csv" : deals.format,
  );
  const [map, setMap] = useState<Partial<Record<OpportunityField, string>>>(deals.columns);
  const [dateOrder, setDateOrder] = useState<DateOrder>(deals.dateOrder);
  const labels = files.flatMap((f) => f.stageLabels);
  const uniqueLabels = [...new Map(labels.map((l) => [l.label, l])).values()];
  const [stageOf, setStageOf] = useState<Record<string, string>>(
    Object.fromEntries(uniqueLabels.map((l) => [l.label, l.stage ?? ""])),
  );
  const missing = FIELDS.filter((f) => f.required && !map[f.field]);
  const unmapped = uniqueLabels.filter((l) => !stageOf[l.label]);

  function submit() {
    const options: ImportOptions = {
      format: format as ImportOptions["format"],
      map: Object.fromEntries(Object.entries(map).filter(([, column]) => column)),
      // Only what differs from the automatic mapping is sent, so labels stay learnable.
      stageOverrides: Object.fromEntries(
        uniqueLabels
          .filter((l) => stageOf[l.label] && stageOf[l.label] !== l.stage)
          .map((l) => [l.label, stageOf[l.label]!]),
      ),
      dateOrder,
    };
    run({ orgSlug, importId, options }, () => router.refresh());
  }

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
      className="mt-6 grid gap-6"
    >
      {files.map((file) => (
        <Card key={file.index} className="overflow-hidden">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <CardTitle>{file.name}</CardTitle>
            <p className="text-muted text-sm">
              Detected: <span className="text-ink font-medium">{FORMAT_LABELS[file.format]}</span>
            </p>
          </div>
          <div className="-mx-5 mt-4 overflow-x-auto px-5 sm:-mx-7 sm:px-7">
            <table className="min-w-full text-left text-sm" data-testid="preview-table">
              <caption className="text-muted mb-2 text-left text-xs">
                The first {file.rows.length} rows, as read
              </caption>
              <thead>
                <tr className="border-b border-slate-200">
                  <th className="text-muted py-2 pr-4 font-medium">Line</th>
                  {file.header.map((h, i) => (
                    <th key={i} className="text-ink py-2 pr-4 font-semibold whitespace-nowrap">
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {file.rows.map((row) => (
                  <tr key={row.line} className="border-b border-slate-100 last:border-0">
                    <td className="text-muted py-2 pr-4 tabular-nums">{row.line}</td>
                    {file.header.map((_, i) => (
                      <td
                        key={i}
                        className="text-ink max-w-56 truncate py-2 pr-4 whitespace-nowrap"
                      >
                        {row.cells[i] ?? ""}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </Card>
      ))}

      <Card>
        <CardTitle>Columns</CardTitle>
        <p className="text-muted mt-1 text-sm">
          Which column of {deals.name} holds each field. Deal ID, stage and created date are needed;
          the rest makes the dashboards richer.
        </p>
        <div className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          <Select label="Format" value={format} onChange={(v) => setFormat(v as typeof format)}>
            <option value="hubspot">{FORMAT_LABELS.hubspot}</option>
            <option value="salesforce">{FORMAT_LABELS.salesforce}</option>
            <option value="csv">{FORMAT_LABELS.csv}</option>
          </Select>
          <Select
            label="Dates are written"
            value={dateOrder}
            onChange={(v) => setDateOrder(v as DateOrder)}
          >
            {DATE_ORDERS.map((d) => (
              <option key={d.value} value={d.value}>
                {d.label}
              </option>
            ))}
          </Select>
          {FIELDS.map((f) => (
            <Select
              key={f.field}
              label={f.required ? `${f.label} (needed)` : f.label}
              value={map[f.field] ?? ""}
              onChange={(v) => setMap((m) => ({ ...m, [f.field]: v }))}
              hint={f.required && !map[f.field] ? "Choose the column." : undefined}
            >
              <option value="">Not in this file</option>
              {deals.header.map((h) => (
                <option key={h} value={h}>
                  {h}
                </option>
              ))}
            </Select>
          ))}
        </div>
      </Card>

      {uniqueLabels.length > 0 ? (
        <Card>
          <CardTitle>Stages</CardTitle>
          <p className="text-muted mt-1 text-sm">
            Each stage label found near the top of the file, and the pipeline stage it means.
            Choices are remembered for the next import.
          </p>
          <div className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {uniqueLabels.map((l) => (
              <Select
                key={l.label}
                label={`“${l.label}” (${l.count} row${l.count === 1 ? "" : "s"})`}
                value={stageOf[l.label] ?? ""}
                onChange={(v) => setStageOf((s) => ({ ...s, [l.label]: v }))}
                hint={stageOf[l.label] ? undefined : "Unmapped: these rows will be refused."}
              >
                <option value="">Not a stage</option>
                {stages.map((s) => (
                  <option key={s.key} value={s.key}>
                    {s.label}
                  </option>
                ))}
              </Select>
            ))}
          </div>
        </Card>
      ) : null}

      <div className="flex flex-col items-stretch gap-3 sm:flex-row sm:items-center sm:justify-end">
        {missing.length > 0 ? (
          <p className="text-sm text-rose-700">
            Choose a column for {missing.map((f) => f.label.toLowerCase()).join(", ")}.
          </p>
        ) : unmapped.length > 0 ? (
          <p className="text-muted text-sm">
            {unmapped.length} stage label{unmapped.length === 1 ? "" : "s"} unmapped.
          </p>
        ) : null}
        {error ? (
          <p role="alert" className="text-sm text-rose-700">
            {error}
          </p>
        ) : null}
        <Button type="submit" disabled={pending || missing.length > 0}>
          {pending ? "Starting…" : "Start import"}
        </Button>
      </div>
    </form>
  );
}
