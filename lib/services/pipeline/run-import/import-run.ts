import type { ClaimedImport } from "@/lib/data/pipeline/claim-import";
import type { ImportTransaction } from "@/lib/data/pipeline/in-import-transaction";
import type { StageDefinition } from "@/lib/domain/pipeline";
import {
  DuplicateIds,
  emptyFindings,
  importStageSet,
  type CsvDialect,
  type DealFileMapping,
  type FileMapping,
  type HistoryRow,
  type ImportFindings,
  type ImportOptions,
  type ReadContext,
} from "@/lib/domain/pipeline/import";
import type { ProgressReporter } from "./progress-reporter";

/** One stored file of the import with how it is read. */
export type RunFile = {
  index: number;
  name: string;
  dialect: Partial<CsvDialect> & { decimalMark?: "." | "," };
  mapping: FileMapping;
};

/** What every step of one running import shares. */
export type ImportRun = {
  organizationId: string;
  importId: string;
  options: ImportOptions;
  ctx: ReadContext;
  stages: ReadonlyMap<string, StageDefinition>;
  dealFiles: RunFile[];
  historyFiles: RunFile[];
  batchRows: number;
  reporter: ProgressReporter;
  /** First pass: where each id last appears, the latest date seen, the history rows by deal. */
  duplicates: DuplicateIds;
  latest: number;
  history: Map<string, (HistoryRow & { file: string })[]>;
  findings: ImportFindings;
  /** Set after the first pass: the export date, or the latest date the files hold. */
  asOf: Date | null;
  tx?: ImportTransaction;
};

/** The file's dialect as stored at upload, read defensively (older rows hold none). */
function dialectOf(stored: unknown): RunFile["dialect"] {
  if (!stored || typeof stored !== "object") return {};
  return stored as RunFile["dialect"];
}

/** A deal file's mapping in the reader's terms. */
export function dealMapping(file: RunFile): DealFileMapping {
  return {
    columns: file.mapping.columns,
    entered: file.mapping.entered,
    dateOrder: file.mapping.dateOrder,
    decimalMark: file.dialect.decimalMark,
  };
}

/** Everything one import's steps read against, from the claimed row and its parsed options. */
export function importRun(
  job: { organizationId: string; importId: string },
  claimed: ClaimedImport,
  options: ImportOptions,
  stages: StageDefinition[],
  reporter: ProgressReporter,
  batchRows: number,
): ImportRun {
  const files: RunFile[] = claimed.files.flatMap((f) => {
    const mapping = options.files.find((m) => m.index === f.index);
    return mapping
      ? [{ index: f.index, name: f.name, dialect: dialectOf(f.dialect), mapping }]
      : [];
  });
  const dealFiles = files.filter((f) => f.mapping.role === "deals");
  return {
    ...job,
    options,
    ctx: {
      stages,
      labels: options.stageLabels,
      set: importStageSet(
        stages,
        options.stageLabels,
        dealFiles.map((f) => f.mapping),
      ),
      currency: {
        base: claimed.currency,
        rates: options.currency.rates,
        fileCurrency: options.currency.fileCurrency,
      },
    },
    stages: new Map(stages.map((s) => [s.key, s])),
    dealFiles,
    historyFiles: files.filter((f) => f.mapping.role === "history"),
    batchRows,
    reporter,
    duplicates: new DuplicateIds(),
    latest: -Infinity,
    history: new Map(),
    findings: emptyFindings(),
    // An export taken on a day holds that whole day.
    asOf: options.exportDate ? new Date(`${options.exportDate}T23:59:59.999Z`) : null,
  };
}
