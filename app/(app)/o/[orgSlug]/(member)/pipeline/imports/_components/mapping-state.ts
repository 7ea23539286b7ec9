import type { ColumnScan, FileScan } from "@/lib/domain/pipeline/import/scan-file";
import type {
  DateOrder,
  FileMapping,
  OpportunityField,
  StageLabelMap,
} from "@/lib/domain/pipeline/import";
import { suggestStageLabels } from "@/lib/domain/pipeline/import/suggest-mapping";
import type { StageDefinition } from "@/lib/domain/pipeline/types";
import type { MappingFile } from "@/lib/services/pipeline/load-import-mapping";

/** What the form keeps for one file while the user chooses. */
export type FileState = {
  role: "deals" | "history";
  columns: Partial<Record<OpportunityField, string>>;
  /** Stage key → the header of the column dating entry into it. */
  entered: Record<string, string>;
  history: { id?: string; stage?: string; at?: string };
  /** null: the order the scan found (or the remembered one). */
  dateOrder: DateOrder | null;
};

export type StageLabel = { label: string; count: number };

/** Labels compare without case or surrounding spaces, as the import reads them. */
export const labelKey = (label: string) => label.trim().toLowerCase();

export function fileState(mapping: FileMapping, explicitDateOrder = false): FileState {
  return {
    role: mapping.role,
    columns: { ...mapping.columns },
    entered: { ...mapping.entered },
    history: { ...mapping.history },
    dateOrder: explicitDateOrder ? mapping.dateOrder : null,
  };
}

export function columnScan(scan: FileScan | null, header: string | undefined): ColumnScan | null {
  if (!scan || !header) return null;
  return scan.columns.find((c) => c.name.trim() === header.trim()) ?? null;
}

export const stageColumnOf = (s: FileState) =>
  s.role === "history" ? s.history.stage : s.columns.stage;

/** The pipeline's stages as the selects list them: open stages in order, then won, then lost. */
export function orderedStages(stages: StageDefinition[]): StageDefinition[] {
  const rank = { open: 0, won: 1, lost: 2 } as const;
  return [...stages].sort((a, b) => rank[a.kind] - rank[b.kind] || a.order - b.order);
}

/** Every distinct label of the chosen stage columns, with its rows, most frequent first. */
export function stageLabelsOf(files: MappingFile[], states: Record<number, FileState>) {
  const labels = new Map<string, StageLabel>();
  for (const file of files) {
    const values = columnScan(file.scan, stageColumnOf(states[file.index]!))?.values ?? [];
    for (const v of values) {
      const seen = labels.get(labelKey(v.value));
      if (seen) seen.count += v.count;
      else labels.set(labelKey(v.value), { label: v.value, count: v.count });
    }
  }
  return [...labels.values()].sort((a, b) => b.count - a.count);
}

/** Each label's stage: the user's choice, else a suggestion from earlier imports and the CRM's defaults. */
export function effectiveLabels(
  labels: StageLabel[],
  chosen: StageLabelMap,
  stages: StageDefinition[],
  remembered: StageLabelMap,
): StageLabelMap {
  const open = labels.filter((l) => chosen[labelKey(l.label)] === undefined).map((l) => l.label);
  const suggested = suggestStageLabels(open, stages, remembered);
  const out: StageLabelMap = {};
  for (const { label } of labels) {
    const key = labelKey(label) in chosen ? chosen[labelKey(label)] : suggested[label];
    if (key !== undefined && (key === null || stages.some((s) => s.key === key))) out[label] = key;
  }
  return out;
}

/** The currencies other than the organization's that deal files' currency columns hold. */
export function foreignCurrencies(
  files: MappingFile[],
  states: Record<number, FileState>,
  base: string,
) {
  const codes = new Set<string>();
  let withoutColumn = false;
  for (const file of files) {
    const state = states[file.index]!;
    if (state.role !== "deals" || !file.scan) continue;
    if (!state.columns.currency) {
      withoutColumn = true;
      continue;
    }
    for (const v of columnScan(file.scan, state.columns.currency)?.values ?? []) {
      const code = v.value.trim().toUpperCase();
      if (/^[A-Z]{3}$/.test(code) && code !== base.toUpperCase()) codes.add(code);
    }
  }
  return { codes: [...codes].sort(), withoutColumn };
}

/** A rate as typed: a number above zero (a decimal comma is fine), null when empty. */
export function parseRate(text: string | undefined): number | null | "invalid" {
  const t = (text ?? "").trim().replace(/\s/g, "");
  if (t === "") return null;
  const n = Number(t.includes(".") ? t.replace(/,/g, "") : t.replace(",", "."));
  return Number.isFinite(n) && n > 0 && n <= 1e6 ? n : "invalid";
}

/** Headers that look like dates and are not a field's column, and those already dating a stage. */
export function dateColumns(scan: FileScan, state: FileState): string[] {
  const used = new Set(Object.values(state.columns).map((h) => h.trim()));
  const entered = new Set(Object.values(state.entered).map((h) => h.trim()));
  return scan.columns
    .filter(
      (c) =>
        c.name.trim() &&
        (entered.has(c.name.trim()) || (c.dateShare > 0.5 && !used.has(c.name.trim()))),
    )
    .map((c) => c.name);
}

/** “A”, “B” and “C”, at most `max` of them. */
export function quoted(labels: string[], max = 8): string {
  const shown = labels.slice(0, max).map((l) => `“${l}”`);
  const more = labels.length - shown.length;
  return more > 0 ? `${shown.join(", ")} and ${more} more` : shown.join(", ");
}

/** "a, b and c" */
export function listed(parts: string[]): string {
  return parts.length <= 1
    ? (parts[0] ?? "")
    : `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
}

export function toFileMapping(file: MappingFile, s: FileState): FileMapping {
  const dateOrder = s.dateOrder ?? file.mapping.dateOrder;
  if (s.role === "history") {
    const { id, stage, at } = s.history;
    return {
      index: file.index,
      role: "history",
      columns: {},
      entered: {},
      history: id && stage && at ? { id, stage, at } : undefined,
      dateOrder,
    };
  }
  const columns = Object.fromEntries(Object.entries(s.columns).filter(([, h]) => h));
  return { index: file.index, role: "deals", columns, entered: s.entered, dateOrder };
}
