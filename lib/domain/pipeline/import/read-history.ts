import { labelReader, type ReadContext, type RowProblem } from "./read-deals";
import { parseDate, type DateOrder } from "./parse-values";
import { canonicalRecordId } from "./record-id";

/** The columns of a stage history file: which holds the deal's id, the stage and the date. */
export type HistoryFileMapping = { id: number; stage: number; at: number; dateOrder: DateOrder };

export type HistoryRow = { id: string; stage: string; at: Date; line: number };

/**
 * Stage changes from a history file's rows, one per row, keyed by the deal's id (Salesforce's 15-
 * and 18-character forms alike). Rows whose stage the mapping leaves out are skipped.
 */
export function readHistory(
  header: string[],
  records: { line: number; cells: string[] }[],
  mapping: HistoryFileMapping,
  ctx: Pick<ReadContext, "stages" | "labels">,
): { rows: HistoryRow[]; refused: RowProblem[]; leftOut: number } {
  const stageOf = labelReader(ctx);
  const known = new Set(ctx.stages.map((s) => s.key));
  const rows: HistoryRow[] = [];
  const refused: RowProblem[] = [];
  let leftOut = 0;
  const name = (i: number) => header[i] ?? "";
  for (const { line, cells } of records) {
    const id = canonicalRecordId((cells[mapping.id] ?? "").trim());
    const label = (cells[mapping.stage] ?? "").trim();
    const stage = label ? stageOf(label) : undefined;
    const at = parseDate(cells[mapping.at] ?? "", mapping.dateOrder);
    if (stage === null) leftOut++;
    else if (!id) refused.push({ line, column: name(mapping.id), reason: "no id" });
    else if (!label) refused.push({ line, column: name(mapping.stage), reason: "no stage" });
    else if (stage === undefined || !known.has(stage))
      refused.push({
        line,
        column: name(mapping.stage),
        reason: `the stage "${label}" is not matched to a pipeline stage`,
      });
    else if (!at.ok) refused.push({ line, column: name(mapping.at), reason: at.reason });
    else if (!at.value) refused.push({ line, column: name(mapping.at), reason: "no date" });
    else rows.push({ id, stage, at: at.value, line });
  }
  return { rows, refused, leftOut };
}
