import { z } from "zod";
import type { PipelineFilters } from "@/lib/domain/pipeline";
import { parseSortAndPage } from "@/lib/http/sort-and-page";
import type { PipelineDashboard } from "@/lib/services/pipeline/load-pipeline-dashboard";
import type { FilterValues } from "./filters-form";

export type { PipelineDashboard };

const ZFilters = z.object({
  from: z.iso.date().optional().catch(undefined),
  to: z.iso.date().optional().catch(undefined),
  owner: z.string().trim().min(1).max(200).optional().catch(undefined),
  source: z.string().trim().min(1).max(200).optional().catch(undefined),
  segment: z.string().trim().min(1).max(200).optional().catch(undefined),
});

export const STALE_MULTIPLES = [1.5, 2, 3] as const;
const ZStaleMultiple = z.coerce
  .number()
  .refine((v) => (STALE_MULTIPLES as readonly number[]).includes(v))
  .catch(2);

export const count = new Intl.NumberFormat("en-US");
export const day = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Why the figures that ignore the filters do: the page's rule and each figure's covers line say
 * the same thing from here.
 */
export const WHOLE_PIPELINE = {
  owners:
    "figures that compare owners are never filtered by owner (under an owner filter one owner would always hold 100 %), and are worked out once per import over every deal, so the other filters leave them as they are too",
  coverage: "coverage sets the whole open pipeline against the whole company's target",
  sources: "sources are compared with each other over every deal",
  trend: "the month-by-month trend is worked out over every deal at each import",
} as const;

/** The stale list's columns that sort it, and how many deals a page holds. */
export const STALE_SORTS = ["ratio", "amount", "days"] as const;
export const STALE_PAGE_SIZE = 25;

/**
 * What the address asks the dashboard to show: filters (as typed and as dates), the stale
 * threshold, and the stale list's sort and page.
 */
export function pipelineView(raw: Record<string, string | string[] | undefined>) {
  const text = (key: string) => (typeof raw[key] === "string" && raw[key]) || undefined;
  const values: FilterValues = ZFilters.parse({
    from: text("from"),
    to: text("to"),
    owner: text("owner"),
    source: text("source"),
    segment: text("segment"),
  });
  const filters: PipelineFilters = {
    from: values.from ? new Date(`${values.from}T00:00:00Z`) : undefined,
    to: values.to ? new Date(`${values.to}T00:00:00Z`) : undefined,
    owner: values.owner,
    source: values.source,
    segment: values.segment,
  };
  const staleList = parseSortAndPage(raw, {
    sorts: STALE_SORTS,
    defaultSort: "ratio",
    pageSize: STALE_PAGE_SIZE,
  });
  return { values, filters, staleMultiple: ZStaleMultiple.parse(raw.stale ?? 2), staleList };
}

/** "owner Dana Reyes · source Web": the filters in force, as the covers lines say them. */
export function describeFilters(values: FilterValues) {
  return [
    values.from && `created from ${values.from}`,
    values.to && `created before ${values.to}`,
    values.owner && `owner ${values.owner}`,
    values.source && `source ${values.source}`,
    values.segment && `segment ${values.segment}`,
  ]
    .filter(Boolean)
    .join(" · ");
}

/** The calendar quarter holding `asOf`, as the target form's default period. */
export function currentQuarter(asOf: Date) {
  const q = Math.floor(asOf.getUTCMonth() / 3);
  const start = new Date(Date.UTC(asOf.getUTCFullYear(), q * 3, 1));
  const end = new Date(Date.UTC(asOf.getUTCFullYear(), q * 3 + 3, 0));
  return { start: day(start), end: day(end) };
}

/** The open stages this pipeline's data uses: entered by some deal or holding one now. */
export function usedStages(stages: PipelineDashboard["stages"]) {
  const used = stages.filter((s) => s.entered > 0 || s.current > 0);
  return used.length > 0 ? used : stages;
}

const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });

/** "Jun 30, 2017": the data's own date, as the pages say it. */
export function formatAsOf(asOf: Date | null) {
  return asOf ? dateFormat.format(asOf) : "—";
}

/** "3 deals" / "1 deal" */
export function deals(n: number) {
  return `${count.format(n)} deal${n === 1 ? "" : "s"}`;
}

/** A stage's label from its key, for rows that carry only the key. */
export function stageLabel(stages: PipelineDashboard["stages"], key: string) {
  return stages.find((s) => s.key === key)?.label ?? key;
}
