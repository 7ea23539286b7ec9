import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { FunnelChart } from "@/components/charts/pipeline/funnel-chart";
import { formatDays, formatMoney, formatPercent } from "@/components/charts/pipeline/format";
import { OwnerShareChart } from "@/components/charts/pipeline/owner-share-chart";
import { SourceQualityChart } from "@/components/charts/pipeline/source-quality-chart";
import { TimeInStageChart } from "@/components/charts/pipeline/time-in-stage-chart";
import { VelocityTrendChart } from "@/components/charts/pipeline/velocity-trend-chart";
import { ButtonLink, buttonClasses } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { inputClasses } from "@/components/ui/field";
import { Card, CardTitle } from "@/components/ui/card";
import { Definition } from "@/components/ui/definition";
import { orgPage } from "@/lib/auth/guard";
import { can } from "@/lib/domain/organization/permissions";
import { loadPipelineDashboard } from "@/lib/services/pipeline/load-pipeline-dashboard";
import type { PipelineFilters } from "@/lib/domain/pipeline";
import { DEFINITIONS } from "@/lib/domain/pipeline/definitions";
import { FiltersForm, type FilterValues } from "./_components/filters-form";
import { TargetForm } from "./_components/target-form";

export const metadata: Metadata = { title: "Pipeline" };

const ZFilters = z.object({
  from: z.iso.date().optional().catch(undefined),
  to: z.iso.date().optional().catch(undefined),
  owner: z.string().trim().min(1).max(200).optional().catch(undefined),
  source: z.string().trim().min(1).max(200).optional().catch(undefined),
  segment: z.string().trim().min(1).max(200).optional().catch(undefined),
});

const STALE_MULTIPLES = [1.5, 2, 3] as const;
const ZStaleMultiple = z.coerce
  .number()
  .refine((v) => (STALE_MULTIPLES as readonly number[]).includes(v))
  .catch(2);

const count = new Intl.NumberFormat("en-US");
const day = (d: Date) => d.toISOString().slice(0, 10);

function currentQuarter(asOf: Date) {
  const q = Math.floor(asOf.getUTCMonth() / 3);
  const start = new Date(Date.UTC(asOf.getUTCFullYear(), q * 3, 1));
  const end = new Date(Date.UTC(asOf.getUTCFullYear(), q * 3 + 3, 0));
  return { start: day(start), end: day(end) };
}

function Figure({
  label,
  definition,
  value,
  testId,
}: {
  label: string;
  definition: string;
  value: string;
  testId?: string;
}) {
  return (
    <div>
      <dt className="text-muted text-sm">
        <Definition term={label} definition={definition}>
          {label}
        </Definition>
      </dt>
      <dd className="text-ink mt-1 text-2xl font-semibold tabular-nums" data-testid={testId}>
        {value}
      </dd>
    </div>
  );
}

export default async function PipelinePage({
  params,
  searchParams,
}: PageProps<"/o/[orgSlug]/pipeline">) {
  const { orgSlug } = await params;
  const ctx = await orgPage(orgSlug, "pipeline:read", `/o/${orgSlug}/pipeline`);
  const raw = await searchParams;
  const values: FilterValues = ZFilters.parse({
    from: raw.from || undefined,
    to: raw.to || undefined,
    owner: raw.owner || undefined,
    source: raw.source || undefined,
    segment: raw.segment || undefined,
  });
  const filters: PipelineFilters = {
    from: values.from ? new Date(`${values.from}T00:00:00Z`) : undefined,
    to: values.to ? new Date(`${values.to}T00:00:00Z`) : undefined,
    owner: values.owner,
    source: values.source,
    segment: values.segment,
  };
  const staleMultiple = ZStaleMultiple.parse(raw.stale ?? 2);
  const asOf = new Date();
  const data = await loadPipelineDashboard(ctx.organization.id, filters, asOf, staleMultiple);
  const base = `/o/${ctx.organization.slug}/pipeline`;
  const mayImport = can(ctx.role, "pipeline:import");
  const empty =
    data.choices.owners.length + data.deals.won + data.deals.lost + data.deals.open === 0;
  const filtered = Object.values(values).some(Boolean);
  const openStages = data.stages;
  const quarter = currentQuarter(asOf);

  return (
    <>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-ink text-2xl font-bold tracking-tight">Pipeline</h1>
          <p className="text-muted mt-2 max-w-2xl">
            Where opportunities stall and drop out, how fast revenue moves, and which deals are
            counted but going nowhere: every figure over every imported deal.
          </p>
        </div>
        <div className="flex gap-2">
          <ButtonLink href={`${base}/imports`} variant={empty ? "primary" : "secondary"}>
            {mayImport ? "Import CRM data" : "Imports"}
          </ButtonLink>
        </div>
      </div>

      {empty ? (
        <Card className="mt-6" data-testid="pipeline-empty">
          <CardTitle>No pipeline data yet</CardTitle>
          <p className="text-muted mt-2 max-w-2xl text-sm">
            Import a deals export to fill these dashboards. Any of these works:
          </p>
          <ul className="text-ink mt-3 list-disc space-y-1 pl-5 text-sm">
            <li>
              HubSpot: Deals → Export, with the <em>Date entered</em> stage columns for history.
            </li>
            <li>Salesforce: the Opportunity report, plus the Opportunity History report.</li>
            <li>Any CSV with one row per deal: you choose which column is which.</li>
          </ul>
          <p className="text-muted mt-3 text-sm">
            Each later import of a newer export records the stage moves since the last one.
          </p>
          {mayImport ? (
            <div className="mt-5">
              <ButtonLink href={`${base}/imports`}>Import CRM data</ButtonLink>
            </div>
          ) : null}
        </Card>
      ) : (
        <>
          <div className="mt-6">
            <FiltersForm action={base} choices={data.choices} values={values} />
            {filtered ? (
              <p className="text-muted mt-2 text-sm">
                Filters apply to the velocity figures, funnel, time in stage and stage table; the
                trend, coverage, sources, owners and stale deals cover the whole pipeline.
              </p>
            ) : null}
          </div>

          <Card className="mt-6">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <CardTitle>Pipeline velocity</CardTitle>
              <p className="text-muted text-sm">
                {count.format(data.deals.won)} won · {count.format(data.deals.lost)} lost ·{" "}
                {count.format(data.deals.open)} open
              </p>
            </div>
            <dl className="mt-4 grid grid-cols-2 gap-6 md:grid-cols-5">
              <Figure
                label="Velocity"
                definition={DEFINITIONS.velocity}
                value={`${formatMoney(data.deals.velocityPerDay, { compact: true })}/day`}
                testId="velocity"
              />
              <Figure
                label="Qualified"
                definition={DEFINITIONS.qualified}
                value={count.format(data.deals.qualifiedCount)}
              />
              <Figure
                label="Avg deal value"
                definition={DEFINITIONS.averageDealValue}
                value={formatMoney(data.deals.averageDealValue, { compact: true })}
              />
              <Figure
                label="Win rate"
                definition={DEFINITIONS.winRate}
                value={formatPercent(data.deals.winRate)}
                testId="win-rate"
              />
              <Figure
                label="Avg sales cycle"
                definition={DEFINITIONS.averageCycle}
                value={formatDays(data.deals.averageCycleDays)}
              />
            </dl>
          </Card>

          <div className="mt-6 grid gap-6 lg:grid-cols-2">
            <Card>
              <CardTitle>
                <Definition term="Conversion funnel" definition={DEFINITIONS.conversion}>
                  Conversion funnel
                </Definition>
              </CardTitle>
              <p className="text-muted mt-1 text-sm">
                Opportunities that entered each stage, and the share that moved on.
              </p>
              <div className="mt-4">
                <FunnelChart stages={openStages} />
              </div>
            </Card>
            <Card>
              <CardTitle>
                <Definition term="Time in stage" definition={DEFINITIONS.timeInStage}>
                  Time in stage
                </Definition>
              </CardTitle>
              <p className="text-muted mt-1 text-sm">Days, over stays that have ended.</p>
              <div className="mt-4">
                <TimeInStageChart stages={openStages} />
              </div>
            </Card>
          </div>

          <Card className="mt-6">
            <CardTitle>Stages</CardTitle>
            <div className="mt-4 overflow-x-auto">
              <table className="min-w-full text-right text-sm" data-testid="stage-table">
                <thead>
                  <tr className="text-muted border-b border-slate-200">
                    <th className="py-2 pr-4 text-left font-medium">Stage</th>
                    <th className="py-2 pr-4 font-medium">Here now</th>
                    <th className="py-2 pr-4 font-medium">Entered</th>
                    <th className="py-2 pr-4 font-medium">Moved on</th>
                    <th className="py-2 pr-4 font-medium">
                      <Definition term="Dropped" definition={DEFINITIONS.dropped}>
                        Dropped
                      </Definition>
                    </th>
                    <th className="py-2 pr-4 font-medium">
                      <Definition term="Conversion" definition={DEFINITIONS.conversion}>
                        Conversion
                      </Definition>
                    </th>
                    <th className="py-2 pr-4 font-medium">Median</th>
                    <th className="py-2 pr-4 font-medium">Mean</th>
                    <th className="py-2 font-medium">90th pct</th>
                  </tr>
                </thead>
                <tbody className="tabular-nums">
                  {openStages.map((s) => (
                    <tr key={s.key} className="border-b border-slate-100 last:border-0">
                      <th scope="row" className="text-ink py-2 pr-4 text-left font-medium">
                        {s.label}
                      </th>
                      <td className="py-2 pr-4">{count.format(s.current)}</td>
                      <td className="py-2 pr-4">{count.format(s.entered)}</td>
                      <td className="py-2 pr-4">{count.format(s.movedForward)}</td>
                      <td className="py-2 pr-4">{count.format(s.dropped)}</td>
                      <td className="text-ink py-2 pr-4 font-semibold">
                        {formatPercent(s.conversionRate)}
                      </td>
                      <td className="py-2 pr-4">{formatDays(s.medianDays)}</td>
                      <td className="py-2 pr-4">{formatDays(s.meanDays)}</td>
                      <td className="py-2">{formatDays(s.p90Days)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </Card>

          <div className="mt-6 grid gap-6 lg:grid-cols-2">
            <Card>
              <CardTitle>
                <Definition term="Velocity trend" definition={DEFINITIONS.velocityTrend}>
                  Velocity by month
                </Definition>
              </CardTitle>
              <div className="mt-4">
                {data.trend.some((m) => m.velocityPerDay !== null) ? (
                  <>
                    <VelocityTrendChart months={data.trend} />
                    <details className="mt-3 text-sm">
                      <summary className="text-brand-700 cursor-pointer font-medium">
                        The four factors, month by month
                      </summary>
                      <div className="mt-3 overflow-x-auto">
                        <table
                          className="min-w-full text-right tabular-nums"
                          data-testid="trend-table"
                        >
                          <thead>
                            <tr className="text-muted border-b border-slate-200">
                              <th className="py-1.5 pr-3 text-left font-medium">Month</th>
                              <th className="py-1.5 pr-3 font-medium">Qualified</th>
                              <th className="py-1.5 pr-3 font-medium">Deal value</th>
                              <th className="py-1.5 pr-3 font-medium">Win rate</th>
                              <th className="py-1.5 pr-3 font-medium">Cycle</th>
                              <th className="py-1.5 font-medium">Velocity</th>
                            </tr>
                          </thead>
                          <tbody>
                            {data.trend.map((m) => (
                              <tr key={m.month} className="border-b border-slate-100 last:border-0">
                                <td className="text-ink py-1.5 pr-3 text-left">{m.month}</td>
                                <td className="py-1.5 pr-3">{count.format(m.qualifiedCount)}</td>
                                <td className="py-1.5 pr-3">
                                  {formatMoney(m.averageDealValue, { compact: true })}
                                </td>
                                <td className="py-1.5 pr-3">{formatPercent(m.winRate)}</td>
                                <td className="py-1.5 pr-3">{formatDays(m.averageCycleDays)}</td>
                                <td className="text-ink py-1.5 font-medium">
                                  {formatMoney(m.velocityPerDay, { compact: true })}
                                </td>
                              </tr>
                            ))}
                          </tbody>
                        </table>
                      </div>
                    </details>
                  </>
                ) : (
                  <p className="text-muted text-sm">
                    No deals closed in the last twelve months, so there is no trend yet.
                  </p>
                )}
              </div>
            </Card>
            <Card>
              <CardTitle>
                <Definition term="Coverage ratio" definition={DEFINITIONS.coverage}>
                  Coverage
                </Definition>
              </CardTitle>
              {data.coverage ? (
                <div className="mt-3">
                  <p
                    className="text-ink text-4xl font-semibold tabular-nums"
                    data-testid="coverage"
                  >
                    {data.coverage.ratio === null ? "—" : `${data.coverage.ratio.toFixed(1)}×`}
                  </p>
                  <p className="text-muted mt-1 text-sm">
                    {formatMoney(data.coverage.openPipelineValue, { compact: true })} open against a
                    target of {formatMoney(data.coverage.target, { compact: true })} for{" "}
                    {day(data.coverage.periodStart)} to {day(data.coverage.periodEnd)}. Three to
                    four times is the usual benchmark.
                  </p>
                </div>
              ) : (
                <p className="text-muted mt-3 text-sm">
                  No revenue target covers today. Set one to see whether the open pipeline can carry
                  it.
                </p>
              )}
              {can(ctx.role, "pipeline:configure") ? (
                <TargetForm
                  orgSlug={ctx.organization.slug}
                  periodStart={quarter.start}
                  periodEnd={quarter.end}
                />
              ) : null}
            </Card>
          </div>

          <div className="mt-6 grid gap-6 lg:grid-cols-2">
            <Card>
              <CardTitle>
                <Definition term="Lead-source quality" definition={DEFINITIONS.sourceQuality}>
                  Lead-source quality
                </Definition>
              </CardTitle>
              <div className="mt-4">
                {data.sources.some((s) => s.won + s.lost > 0) ? (
                  <SourceQualityChart sources={data.sources} />
                ) : (
                  <p className="text-muted text-sm">No closed deals with a source yet.</p>
                )}
              </div>
            </Card>
            <Card>
              <CardTitle>
                <Definition term="Key-person dependence" definition={DEFINITIONS.keyPerson}>
                  Key-person dependence
                </Definition>
              </CardTitle>
              {data.owners[0] ? (
                <p className="text-muted mt-1 text-sm">
                  Top owner: <span className="text-ink font-medium">{data.owners[0].owner}</span>{" "}
                  with {formatPercent(data.owners[0].openValueShare)} of open pipeline value and{" "}
                  {formatPercent(data.owners[0].wonRevenueShare)} of won revenue.
                </p>
              ) : null}
              <div className="mt-4">
                <OwnerShareChart owners={data.owners} />
              </div>
              {data.ownerSpread.some((s) => s.spread !== null) ? (
                <div className="mt-5 overflow-x-auto">
                  <h3 className="text-ink text-sm font-semibold">
                    <Definition term="Conversion spread" definition={DEFINITIONS.ownerSpread}>
                      Conversion spread across owners
                    </Definition>
                  </h3>
                  <table className="mt-2 min-w-full text-sm" data-testid="owner-spread-table">
                    <tbody className="tabular-nums">
                      {data.ownerSpread
                        .filter((s) => s.spread !== null)
                        .map((s) => {
                          const ranked = [...s.byOwner].sort(
                            (a, b) => (b.conversionRate ?? 0) - (a.conversionRate ?? 0),
                          );
                          const best = ranked[0]!;
                          const worst = ranked.at(-1)!;
                          return (
                            <tr key={s.stage} className="border-b border-slate-100 last:border-0">
                              <th
                                scope="row"
                                className="text-ink py-1.5 pr-3 text-left font-medium"
                              >
                                {openStages.find((st) => st.key === s.stage)?.label ?? s.stage}
                              </th>
                              <td className="text-muted py-1.5 pr-3">
                                {best.owner} {formatPercent(best.conversionRate)} · {worst.owner}{" "}
                                {formatPercent(worst.conversionRate)}
                              </td>
                              <td className="text-ink py-1.5 text-right font-semibold">
                                {formatPercent(s.spread)}
                              </td>
                            </tr>
                          );
                        })}
                    </tbody>
                  </table>
                </div>
              ) : null}
            </Card>
          </div>

          <Card className="mt-6">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <CardTitle>
                <Definition term="Stale deals" definition={DEFINITIONS.stale}>
                  Stale deals
                </Definition>
              </CardTitle>
              <p className="text-muted text-sm" data-testid="stale-count">
                {count.format(data.staleCount)} open deals past {staleMultiple}× their stage&apos;s
                median stay
              </p>
            </div>
            <form action={base} className="mt-3 flex flex-wrap items-end gap-2">
              {Object.entries(values).map(([k, v]) =>
                v ? <input key={k} type="hidden" name={k} value={v} /> : null,
              )}
              <label className="text-ink text-sm font-medium">
                Flag a deal after
                <select
                  name="stale"
                  defaultValue={String(staleMultiple)}
                  className={cn(inputClasses, "w-auto")}
                >
                  {STALE_MULTIPLES.map((m) => (
                    <option key={m} value={m}>
                      {m}× its stage&apos;s median stay
                    </option>
                  ))}
                </select>
              </label>
              <button type="submit" className={buttonClasses("secondary")}>
                Update
              </button>
            </form>
            {data.stale.length === 0 ? (
              <p className="text-muted mt-3 text-sm">
                None: every open deal is moving within {staleMultiple}× its stage&apos;s usual time.
              </p>
            ) : (
              <div className="mt-4 overflow-x-auto">
                <table className="min-w-full text-left text-sm" data-testid="stale-table">
                  <thead>
                    <tr className="text-muted border-b border-slate-200">
                      <th className="py-2 pr-4 font-medium">Deal</th>
                      <th className="hidden py-2 pr-4 font-medium sm:table-cell">Owner</th>
                      <th className="py-2 pr-4 font-medium">Stage</th>
                      <th className="py-2 pr-4 text-right font-medium">Days in stage</th>
                      <th className="hidden py-2 pr-4 text-right font-medium sm:table-cell">
                        Stage median
                      </th>
                      <th className="py-2 text-right font-medium">Amount</th>
                    </tr>
                  </thead>
                  <tbody className="tabular-nums">
                    {data.stale.map((d) => (
                      <tr key={d.opportunityId} className="border-b border-slate-100 last:border-0">
                        <td className="py-2 pr-4">
                          <Link
                            href={`${base}/deals/${encodeURIComponent(d.opportunityId)}`}
                            className="text-brand-700 font-medium hover:underline"
                          >
                            {d.name}
                          </Link>
                        </td>
                        <td className="text-ink hidden py-2 pr-4 whitespace-nowrap sm:table-cell">
                          {d.owner ?? "Unassigned"}
                        </td>
                        <td className="text-ink py-2 pr-4">
                          {openStages.find((s) => s.key === d.stage)?.label ?? d.stage}
                        </td>
                        <td className="py-2 pr-4 text-right font-semibold text-rose-700">
                          {Math.round(d.daysInStage)}
                        </td>
                        <td className="hidden py-2 pr-4 text-right sm:table-cell">
                          {formatDays(d.medianDays)}
                        </td>
                        <td className="py-2 text-right">{formatMoney(d.amount)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </Card>
        </>
      )}
    </>
  );
}
