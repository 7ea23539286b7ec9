import { z } from "zod";
import { OPPORTUNITY_FIELDS } from "./fields";

const ZHeader = z.string().trim().min(1).max(1000);
const ZStageKey = z.string().trim().min(1).max(50);
const ZCurrency = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, "Use a three-letter currency code, such as EUR.");

/** How one file of an import is read: a deal file's columns, or a history file's three. */
export const ZFileMapping = z.object({
  index: z.number().int().min(0).max(20),
  role: z.enum(["deals", "history"]),
  /** Deal files: field → the header of its column. */
  columns: z.partialRecord(z.enum(OPPORTUNITY_FIELDS), ZHeader).default({}),
  /** Deal files: stage key → the header of the column dating entry into it. */
  entered: z.record(ZStageKey, ZHeader).default({}),
  /** History files: the id, stage and date columns. */
  history: z.object({ id: ZHeader, stage: ZHeader, at: ZHeader }).optional(),
  dateOrder: z.enum(["ymd", "mdy", "dmy"]).default("ymd"),
});

/**
 * What the mapping step decides for one import: each file's columns, a pipeline stage (or "leave
 * these rows out", null) for every stage label, currency rates, and optionally the export's date.
 */
export const ZImportOptions = z.object({
  files: z.array(ZFileMapping).min(1).max(20),
  stageLabels: z.record(z.string().trim().min(1).max(200), ZStageKey.nullable()).default({}),
  currency: z
    .object({
      /** The currency of files without a currency column; the organization's when unset. */
      fileCurrency: ZCurrency.optional(),
      /** Units of the organization's currency per unit of another. */
      rates: z.record(ZCurrency, z.number().positive().max(1e6)).default({}),
    })
    .default({ rates: {} }),
  /** The day the export was taken, when the user knows it: the data's as-of date. */
  exportDate: z.iso.date().optional(),
});

export type FileMapping = z.infer<typeof ZFileMapping>;
export type ImportOptions = z.infer<typeof ZImportOptions>;
