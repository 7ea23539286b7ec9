import { z } from "zod";
import { OPPORTUNITY_FIELDS } from "./fields";

const ZCell = z.string().trim().min(1).max(200);

/** What the mapping step decides for one import: format, columns, stage labels, date order. */
export const ZImportOptions = z.object({
  /** Overrides the detected format of opportunity files; history files are always history. */
  format: z.enum(["hubspot", "salesforce", "csv"]).optional(),
  map: z.partialRecord(z.enum(OPPORTUNITY_FIELDS), ZCell).default({}),
  stageOverrides: z.record(ZCell, z.string().trim().min(1).max(50)).default({}),
  dateOrder: z.enum(["ymd", "mdy", "dmy"]).default("ymd"),
});

export type ImportOptions = z.infer<typeof ZImportOptions>;
