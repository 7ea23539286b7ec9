import {
  columnMap,
  csvHead,
  guessDateOrder,
  type DateOrder,
  HISTORY_HEADERS,
  mapStage,
  OPPORTUNITY_FIELDS,
  type ImportFormat,
  type OpportunityField,
} from "@/lib/domain/pipeline/import";
import { getImport } from "@/lib/data/pipeline/get-import";
import { importFileBytes } from "@/lib/data/pipeline/import-file-bytes";
import { listStages } from "@/lib/data/pipeline/list-stages";

/** Header names an unknown CSV often uses for each field: the first guess of the mapping step. */
const USUAL_NAMES: Record<OpportunityField, string[]> = {
  id: ["id", "deal id", "opportunity id", "record id", "external id", "deal"],
  name: ["name", "deal name", "opportunity", "opportunity name", "title"],
  account: ["account", "company", "customer", "account name"],
  owner: ["owner", "rep", "sales rep", "deal owner", "account executive"],
  source: ["source", "lead source", "channel"],
  segment: ["segment", "type", "product", "deal type"],
  amount: ["amount", "value", "deal value", "arr", "acv"],
  currency: ["currency"],
  created: ["created", "created date", "create date", "opened", "created at", "date created"],
  closed: ["closed", "close date", "closed date", "closed at"],
  stage: ["stage", "status", "deal stage", "pipeline stage"],
};

function guessColumn(header: string[], field: OpportunityField): number | undefined {
  const index = header.findIndex((h) => USUAL_NAMES[field].includes(h.trim().toLowerCase()));
  return index >= 0 ? index : undefined;
}

/** Rows shown in the preview table, and rows scanned for stage labels to map. */
const PREVIEW_ROWS = 8;
const LABEL_SCAN_ROWS = 5_000;

export type FilePreview = {
  index: number;
  name: string;
  sizeBytes: number;
  format: ImportFormat;
  header: string[];
  rows: { line: number; cells: string[] }[];
  /** The column each field is read from with no mapping given, by header name. */
  columns: Partial<Record<OpportunityField, string>>;
  /** Day/month order guessed from the date cells near the top. */
  dateOrder: DateOrder;
  /** Stage labels seen in the first rows, with the stage each maps to (null: unknown). */
  stageLabels: { label: string; count: number; stage: string | null }[];
};

/**
 * What the mapping step shows: per file its detected format, header, first rows, the column each
 * field would be read from, and the stage labels found near the top with their mapped stages.
 */
export async function previewImport(organizationId: string, importId: string) {
  const view = await getImport(organizationId, importId);
  const stages = await listStages(organizationId);
  const labels = stages.map((s) => ({ key: s.key, label: s.label, crmLabels: s.crmLabels ?? [] }));
  const files: FilePreview[] = [];
  for (const file of view.files) {
    const format = file.format as ImportFormat;
    const { header, records } = await csvHead(
      importFileBytes(organizationId, importId, file.index),
      LABEL_SCAN_ROWS,
    ).catch(() => ({ header: [] as string[], records: [] }));
    const columns: FilePreview["columns"] = {};
    const found = columnMap(header, format === "salesforce-history" ? "csv" : format);
    for (const field of OPPORTUNITY_FIELDS) {
      const index = found[field] ?? guessColumn(header, field);
      if (index !== undefined) {
        columns[field] = header[index]!;
        found[field] = index;
      }
    }
    const stageColumn =
      format === "salesforce-history"
        ? header.findIndex((h) =>
            (HISTORY_HEADERS.stage as readonly string[]).some(
              (n) => n.toLowerCase() === h.trim().toLowerCase(),
            ),
          )
        : (found.stage ?? -1);
    const counts = new Map<string, number>();
    if (stageColumn >= 0) {
      for (const r of records) {
        const label = (r.cells[stageColumn] ?? "").trim();
        if (label) counts.set(label, (counts.get(label) ?? 0) + 1);
      }
    }
    const dateCells = records.flatMap((r) =>
      [found.created, found.closed].map((i) => (i === undefined ? "" : (r.cells[i] ?? ""))),
    );
    files.push({
      dateOrder: guessDateOrder(dateCells),
      index: file.index,
      name: file.name,
      sizeBytes: file.sizeBytes,
      format,
      header,
      rows: records.slice(0, PREVIEW_ROWS),
      columns,
      stageLabels: [...counts.entries()]
        .sort((a, b) => b[1] - a[1])
        .map(([label, count]) => ({ label, count, stage: mapStage(label, labels) })),
    });
  }
  return { view, stages, files };
}
