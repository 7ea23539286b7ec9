import type { BadgeTone } from "@/components/ui/badge";
import {
  importOutcome as outcomeOf,
  type ImportOutcome,
} from "@/lib/services/pipeline/import-outcome";

export type ImportStatus =
  "DRAFT" | "QUEUED" | "RUNNING" | "SUCCEEDED" | "FAILED" | "CANCELLED" | "UNDONE";

export type ImportCounts = {
  status: ImportStatus;
  dealsImported: number;
  historyRows: number;
  rowsRejected: number;
};

const LOOK: Record<ImportOutcome, { label: string; tone: BadgeTone }> = {
  draft: { label: "Not started", tone: "neutral" },
  queued: { label: "Queued", tone: "brand" },
  running: { label: "Importing", tone: "brand" },
  imported: { label: "Imported", tone: "good" },
  problems: { label: "Imported with problems", tone: "watch" },
  nothing: { label: "Nothing imported", tone: "broken" },
  failed: { label: "Nothing imported", tone: "broken" },
  cancelled: { label: "Cancelled", tone: "neutral" },
  undone: { label: "Undone", tone: "neutral" },
};

/** How an import stands, in one word and colour (docs/pipeline-model.md). */
export function importOutcome(i: ImportCounts): { label: string; tone: BadgeTone } {
  return LOOK[outcomeOf(i)];
}
