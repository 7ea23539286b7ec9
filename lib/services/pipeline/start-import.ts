import type { OrgContext } from "@/lib/auth/guard";
import { getImport } from "@/lib/data/pipeline/get-import";
import { listStages } from "@/lib/data/pipeline/list-stages";
import { queueImport } from "@/lib/data/pipeline/queue-import";
import { saveMappingMemory } from "@/lib/data/pipeline/save-mapping-memory";
import {
  headerSignature,
  unmappedLabels,
  type FileScan,
  type ImportOptions,
} from "@/lib/domain/pipeline/import";
import { AppError } from "@/lib/errors";
import { enqueueImport } from "@/lib/jobs/queue";

/** The labels a file's stage column holds, from its scan: null for free text, undefined if absent. */
function labelsOf(scan: FileScan, column: string): string[] | null | undefined {
  const at = scan.columns.find((c) => c.name.trim() === column.trim());
  return at ? (at.values?.map((v) => v.value) ?? null) : undefined;
}

/**
 * Check what the mapping chose, in words a person can act on, then remember it for the next export
 * of the same shape and queue the import. Every file needs its columns; every label of every stage
 * column needs a stage or "leave these rows out".
 */
export async function startImport(ctx: OrgContext, importId: string, options: ImportOptions) {
  const organizationId = ctx.organization.id;
  const [view, stages] = await Promise.all([
    getImport(organizationId, importId),
    listStages(organizationId),
  ]);
  const keys = new Set(stages.map((s) => s.key));
  const problems: string[] = [];
  const remember: { signature: string; mapping: object }[] = [];
  for (const file of view.files) {
    const mapping = options.files.find((f) => f.index === file.index);
    const scan = file.scan as FileScan | null;
    if (!mapping) {
      problems.push(`${file.name} has no mapping yet.`);
      continue;
    }
    if (file.scanError) {
      problems.push(`${file.name}: ${file.scanError}`);
      continue;
    }
    if (!scan) {
      problems.push(`${file.name} is still being read; wait until its values are listed.`);
      continue;
    }
    if (mapping.role === "history") {
      if (!mapping.history)
        problems.push(
          `${file.name}: choose the columns for the deal's id, the stage and the date.`,
        );
    } else {
      if (!mapping.columns.id)
        problems.push(`${file.name}: choose the column that holds each deal's id.`);
      if (!mapping.columns.stage)
        problems.push(`${file.name}: choose the column that holds the stage.`);
      for (const stage of Object.keys(mapping.entered))
        if (!keys.has(stage)) problems.push(`${file.name}: there is no stage "${stage}".`);
    }
    const column = mapping.role === "history" ? mapping.history?.stage : mapping.columns.stage;
    const labels = column ? labelsOf(scan, column) : undefined;
    const named = [
      ...Object.values(mapping.columns),
      ...Object.values(mapping.entered),
      ...Object.values(mapping.history ?? {}),
    ];
    for (const header of named)
      if (!scan.columns.some((c) => c.name.trim() === header.trim()))
        problems.push(`${file.name} has no column “${header}”.`);
    if (column && labels === null)
      problems.push(
        `${file.name}: the column "${column}" has more than 500 different values, so it looks like free text rather than stages. Choose the column that holds the stage.`,
      );
    const missing = labels ? unmappedLabels(labels, options.stageLabels) : [];
    if (missing.length > 0)
      problems.push(
        `${file.name}: choose a stage, or "leave these rows out", for ${missing.length === 1 ? "the label" : `${missing.length} labels:`} ${missing
          .slice(0, 8)
          .map((l) => `“${l}”`)
          .join(", ")}${missing.length > 8 ? " and more" : ""}.`,
      );
    const chosen = labels
      ? Object.fromEntries(labels.map((l) => [l, options.stageLabels[l] ?? null]))
      : {};
    remember.push({
      signature: headerSignature(scan.header),
      mapping: { file: { ...mapping, index: undefined }, stageLabels: chosen },
    });
  }
  for (const key of Object.values(options.stageLabels))
    if (key !== null && !keys.has(key)) problems.push(`There is no stage "${key}".`);
  if (problems.length > 0) throw new AppError("INVALID_INPUT", problems.join(" "));
  await saveMappingMemory(organizationId, remember);
  await queueImport(organizationId, importId, options);
  await enqueueImport({ organizationId, importId });
}
