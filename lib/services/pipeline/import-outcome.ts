import type { ImportView } from "@/lib/data/pipeline/get-import";

export type ImportOutcome =
  | "draft"
  | "queued"
  | "running"
  | "imported"
  | "problems"
  | "nothing"
  | "failed"
  | "cancelled"
  | "undone";

/**
 * Where an import stands, as its badge says it: imported; imported with problems (rows were
 * refused); nothing imported (no deal and no history row got in); failed, cancelled or undone.
 */
export function importOutcome(
  view: Pick<ImportView, "status" | "rowsRejected" | "dealsImported" | "historyRows">,
): ImportOutcome {
  switch (view.status) {
    case "SUCCEEDED":
      if (view.dealsImported === 0 && view.historyRows === 0) return "nothing";
      return view.rowsRejected > 0 ? "problems" : "imported";
    case "FAILED":
      return "failed";
    case "CANCELLED":
      return "cancelled";
    case "UNDONE":
      return "undone";
    case "QUEUED":
      return "queued";
    case "RUNNING":
      return "running";
    default:
      return "draft";
  }
}
