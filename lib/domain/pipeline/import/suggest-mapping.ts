import type { StageDefinition } from "../types";
import { columnMap, detectFormat, historyColumns } from "./detect-format";
import { HUBSPOT_DATE_ENTERED, OPPORTUNITY_FIELDS, type ImportFormat } from "./fields";
import type { FileMapping } from "./options";
import type { DateOrder } from "./parse-values";
import { labelReader, type StageLabelMap } from "./read-deals";
import { suggestColumns } from "./suggest-columns";

/** HubSpot names a stage "Closed Won (Sales Pipeline)" in history headers; the label is the first part. */
function withoutPipeline(label: string) {
  return label.replace(/\s*\([^)]*\)\s*$/, "");
}

/**
 * The mapping a file starts with, before anyone chooses: a history file's three columns, or a deal
 * file's columns from the CRM's known names (or usual names for any CSV), with HubSpot's "Date
 * entered" columns dating the stages their labels mean. The file's own date order.
 */
export function suggestFileMapping(
  index: number,
  header: string[],
  stages: StageDefinition[],
  dateOrder: DateOrder,
): FileMapping & { format: ImportFormat } {
  const format = detectFormat(header);
  if (format === "salesforce-history") {
    const cols = historyColumns(header);
    const name = (i: number) => (i >= 0 ? header[i] : undefined);
    const [id, stage, at] = [name(cols.id), name(cols.stage), name(cols.at)];
    return {
      index,
      format,
      role: "history",
      columns: {},
      entered: {},
      history: id && stage && at ? { id, stage, at } : undefined,
      dateOrder,
    };
  }
  const known = columnMap(header, format);
  const usual = suggestColumns(header);
  const columns: FileMapping["columns"] = {};
  for (const field of OPPORTUNITY_FIELDS) {
    const at = known[field] ?? usual[field];
    if (at !== undefined && header[at]) columns[field] = header[at];
  }
  const stageOf = labelReader({ stages, labels: {} });
  const entered: Record<string, string> = {};
  for (const h of header) {
    const match = h.trim().match(HUBSPOT_DATE_ENTERED);
    const key = match ? stageOf(withoutPipeline(match[1]!)) : undefined;
    if (key) entered[key] = h;
  }
  return { index, format, role: "deals", columns, entered, dateOrder };
}

/**
 * The stage each label starts with: what this organization chose for it before, else the stage
 * whose CRM labels (HubSpot's and Salesforce's defaults among them) name it; unknown labels are
 * left for the user.
 */
export function suggestStageLabels(
  labels: string[],
  stages: StageDefinition[],
  remembered: StageLabelMap = {},
): StageLabelMap {
  const stageOf = labelReader({ stages, labels: remembered });
  const out: StageLabelMap = {};
  for (const label of labels) {
    const key = stageOf(label);
    if (key !== undefined) out[label] = key;
  }
  return out;
}

/** Labels of a stage column that have no stage and are not left out: the import cannot start. */
export function unmappedLabels(labels: string[], chosen: StageLabelMap): string[] {
  const lower = new Map(Object.entries(chosen).map(([l, k]) => [l.trim().toLowerCase(), k]));
  return labels.filter((l) => lower.get(l.trim().toLowerCase()) === undefined);
}
