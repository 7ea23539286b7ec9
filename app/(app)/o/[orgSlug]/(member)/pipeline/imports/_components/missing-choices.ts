import type { StageLabelMap } from "@/lib/domain/pipeline/import";
import type { MappingFile } from "@/lib/services/pipeline/load-import-mapping";
import {
  columnScan,
  listed,
  parseRate,
  quoted,
  stageColumnOf,
  type FileState,
  type StageLabel,
} from "./mapping-state";

export type MappingChoices = {
  files: MappingFile[];
  states: Record<number, FileState>;
  labels: StageLabel[];
  stageLabels: StageLabelMap;
  rateCodes: string[];
  rates: Record<string, string>;
};

/** What still stops the import from starting, in sentences a person can act on. */
export function missingChoices(c: MappingChoices): string[] {
  const out: string[] = [];
  for (const file of c.files) {
    const s = c.states[file.index]!;
    if (file.scanError) {
      out.push(`${file.name} could not be read; upload a corrected file as a new import.`);
      continue;
    }
    if (!file.scan) {
      out.push(`${file.name} is still being read.`);
      continue;
    }
    const needed =
      s.role === "history"
        ? [
            !s.history.id && "the deal's id",
            !s.history.stage && "the stage",
            !s.history.at && "the date",
          ]
        : [!s.columns.id && "each deal's id", !s.columns.stage && "the stage"];
    const parts = needed.filter((p): p is string => Boolean(p));
    if (parts.length > 0)
      out.push(
        `In ${file.name}, choose the column${parts.length > 1 ? "s" : ""} for ${listed(parts)}.`,
      );
    const column = stageColumnOf(s);
    if (column && columnScan(file.scan, column)?.values === null)
      out.push(
        `In ${file.name}, “${column}” looks like free text, not stages; choose the column that holds the stage.`,
      );
  }
  const open = c.labels.filter((l) => c.stageLabels[l.label] === undefined).map((l) => l.label);
  if (open.length > 0)
    out.push(
      `Choose a stage, or leave the rows out, for ${
        open.length === 1 ? "the label" : `${open.length} labels:`
      } ${quoted(open)}.`,
    );
  const badRates = c.rateCodes.filter((code) => parseRate(c.rates[code]) === "invalid");
  if (badRates.length > 0)
    out.push(
      `Write the rate for ${listed(badRates)} as a number above zero, such as 1.08, or leave it empty.`,
    );
  return out;
}
