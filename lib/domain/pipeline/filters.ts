import type { PipelineData } from "./types";

export type PipelineFilters = {
  /** Opportunities opened on or after this instant (a deal with no known opening is left out). */
  from?: Date;
  /** Opportunities created before this instant. */
  to?: Date;
  owner?: string;
  source?: string;
  segment?: string;
};

/** The pipeline restricted to matching opportunities, with their events only. */
export function filterPipeline(data: PipelineData, filters: PipelineFilters): PipelineData {
  const opportunities = data.opportunities.filter(
    (o) =>
      (!filters.from || (o.createdAt !== null && o.createdAt >= filters.from)) &&
      (!filters.to || (o.createdAt !== null && o.createdAt < filters.to)) &&
      (!filters.owner || o.owner === filters.owner) &&
      (!filters.source || o.source === filters.source) &&
      (!filters.segment || o.segment === filters.segment),
  );
  const ids = new Set(opportunities.map((o) => o.id));
  return {
    stages: data.stages,
    opportunities,
    events: data.events.filter((e) => ids.has(e.opportunityId)),
  };
}

/** The filters in one fixed order, so the same view always finds the same stored figures. */
export function filterKey(filters: PipelineFilters): string {
  return JSON.stringify([
    filters.from?.toISOString() ?? null,
    filters.to?.toISOString() ?? null,
    filters.owner ?? null,
    filters.source ?? null,
    filters.segment ?? null,
  ]);
}
