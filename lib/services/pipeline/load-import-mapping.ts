import type { OrgContext } from "@/lib/auth/guard";
import { getImport } from "@/lib/data/pipeline/get-import";
import { importFileBytes } from "@/lib/data/pipeline/import-file-bytes";
import { listStages } from "@/lib/data/pipeline/list-stages";
import { readMappingMemory } from "@/lib/data/pipeline/read-mapping-memory";
import {
  csvHead,
  headerSignature,
  suggestFileMapping,
  suggestStageLabels,
  ZFileMapping,
  type CsvDialect,
  type FileMapping,
  type FileScan,
  type ImportFormat,
  type StageLabelMap,
} from "@/lib/domain/pipeline/import";
import { z } from "zod";
import { readTogether } from "@/lib/data/tenant/read-together";

/** Rows shown under each file's mapping, so a person can see what the columns hold. */
const PREVIEW_ROWS = 5;

const ZRemembered = z.object({
  file: ZFileMapping.omit({ index: true }),
  stageLabels: z.record(z.string(), z.string().nullable()).default({}),
});

export type MappingFile = {
  index: number;
  name: string;
  sizeBytes: number;
  format: ImportFormat;
  /** The file's header row, known from upload on. */
  header: string[];
  /** The whole file read once; null while the scan job runs (see scannedBytes). */
  scan: FileScan | null;
  scannedBytes: number;
  scanError: string | null;
  preview: { line: number; cells: string[] }[];
  /** What the form starts with: this organization's earlier choice for the header, or a guess. */
  mapping: FileMapping;
  remembered: boolean;
};

/**
 * What the mapping step shows: the pipeline's stages, and per file its header, first rows, every
 * column's values (from the scan), and the mapping to start from, remembered for this header when
 * the organization mapped the same shape before. Stage labels start from earlier choices.
 */
async function readImportMapping(ctx: OrgContext, importId: string) {
  const organizationId = ctx.organization.id;
  const [view, stages] = await Promise.all([
    getImport(organizationId, importId),
    listStages(organizationId),
  ]);
  const heads = await Promise.all(
    view.files.map((f) =>
      csvHead(
        importFileBytes(organizationId, importId, f.index),
        PREVIEW_ROWS,
        (f.dialect ?? {}) as Partial<CsvDialect>,
      ).catch(() => ({ header: [] as string[], records: [] })),
    ),
  );
  const memory = await readMappingMemory(
    organizationId,
    heads.map((h) => headerSignature(h.header)),
  );
  let remembered: StageLabelMap = {};
  const files: MappingFile[] = view.files.map((f, i) => {
    const { header, records } = heads[i]!;
    const scan = (f.scan as FileScan | null) ?? null;
    const suggested = suggestFileMapping(f.index, header, stages, scan?.dateOrder ?? "ymd");
    const earlier = ZRemembered.safeParse(memory.get(headerSignature(header)));
    if (earlier.success) remembered = { ...remembered, ...earlier.data.stageLabels };
    return {
      index: f.index,
      name: f.name,
      sizeBytes: f.sizeBytes,
      format: suggested.format,
      header,
      scan,
      scannedBytes: f.scannedBytes,
      scanError: f.scanError,
      preview: records,
      mapping: earlier.success ? { ...earlier.data.file, index: f.index } : suggested,
      remembered: earlier.success,
    };
  });
  const labels = new Set<string>();
  for (const file of files) {
    const column =
      file.mapping.role === "history" ? file.mapping.history?.stage : file.mapping.columns.stage;
    const values = file.scan?.columns.find((c) => c.name === column)?.values ?? [];
    for (const v of values) labels.add(v.value);
  }
  return {
    view,
    stages,
    currency: ctx.organization.currency,
    files,
    stageLabels: suggestStageLabels([...labels], stages, remembered),
    /** Stage labels chosen before, for any label the user picks a new stage column for. */
    rememberedLabels: remembered,
  };
}

/** The same, every read in one transaction (readTogether): one pooled connection per page. */
export function loadImportMapping(ctx: OrgContext, importId: string) {
  return readTogether(ctx.organization.id, () => readImportMapping(ctx, importId));
}

export type ImportMapping = Awaited<ReturnType<typeof loadImportMapping>>;
