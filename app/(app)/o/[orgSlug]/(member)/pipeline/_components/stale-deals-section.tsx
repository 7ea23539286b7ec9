import Link from "next/link";
import { formatDays, formatMoney } from "@/components/charts/pipeline/format";
import { buttonClasses } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { Definition } from "@/components/ui/definition";
import { inputClasses } from "@/components/ui/field";
import { Pager } from "@/components/ui/pager";
import { SortHeader } from "@/components/ui/sort-header";
import { listHref, type SortAndPage } from "@/lib/http/sort-and-page";
import { DEFINITIONS } from "@/lib/domain/pipeline/definitions";
import { Covers, type CoversView } from "./covers";
import type { FilterValues } from "./filters-form";
import {
  count,
  STALE_MULTIPLES,
  stageLabel,
  type PipelineDashboard,
  type STALE_SORTS,
} from "./pipeline-view";

type StaleSort = (typeof STALE_SORTS)[number];

/** Columns a phone leaves out (they are read under the deal's name there); print keeps them. */
const WIDE = "hidden sm:table-cell print:table-cell";

/**
 * Open deals far past their stage's usual stay, with the threshold the viewer chose: sorted and
 * paged by the address, so every deal can be reached and a page link can be shared, and the
 * whole list downloadable for a meeting.
 */
export function StaleDealsSection({
  data,
  base,
  values,
  staleMultiple,
  list,
  currency,
  covers,
}: {
  data: Pick<
    PipelineDashboard,
    "stale" | "staleCount" | "staleUnjudged" | "staleOffset" | "stages" | "staleEliminated"
  >;
  base: string;
  values: FilterValues;
  staleMultiple: number;
  list: SortAndPage<StaleSort>;
  currency: string;
  covers: CoversView;
}) {
  // What every link on the list keeps: the filters and the threshold (2× is the default).
  const kept = { ...values, stale: staleMultiple === 2 ? undefined : staleMultiple };
  const sorted = {
    ...kept,
    sort: list.sort === "ratio" ? undefined : list.sort,
    dir: list.direction === "desc" ? undefined : list.direction,
  };
  const page = Math.floor(data.staleOffset / list.pageSize) + 1;
  const sortHref = (sort: StaleSort, dir: "asc" | "desc") =>
    listHref(base, kept, {
      sort: sort === "ratio" ? undefined : sort,
      dir: dir === "desc" ? undefined : dir,
    });
  const header = { sort: list.sort, direction: list.direction, href: sortHref };
  return (
    <Card className="mt-6">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <CardTitle>
          <Definition term="Stale deals" definition={DEFINITIONS.stale}>
            Stale deals
          </Definition>
        </CardTitle>
        <p className="text-muted text-sm">
          <span data-testid="stale-count">{count.format(data.staleCount)}</span> open deals past{" "}
          {staleMultiple}× their usual time
        </p>
      </div>
      <Covers view={covers} testId="covers-stale" />
      <p className="text-muted mt-1 text-sm">
        Usual time is the stage&apos;s median stay over the whole pipeline (filters narrow the list,
        not the yardstick); a deal whose time in its stage is not known is judged by its age against
        the median won cycle.
        {data.staleUnjudged > 0
          ? ` ${count.format(data.staleUnjudged)} open ${data.staleUnjudged === 1 ? "deal has" : "deals have"} no dates to judge by.`
          : ""}
      </p>
      <div className="mt-3 flex flex-wrap items-end justify-between gap-3 print:hidden">
        <form action={base} className="flex flex-wrap items-end gap-2">
          {Object.entries(sorted).map(([k, v]) =>
            v !== undefined && k !== "stale" ? (
              <input key={k} type="hidden" name={k} value={v} />
            ) : null,
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
        {data.staleCount > 0 ? (
          <a
            href={listHref(`${base}/stale-deals/export`, sorted)}
            className={buttonClasses("secondary")}
            download
          >
            Download all {count.format(data.staleCount)} as CSV
          </a>
        ) : null}
      </div>
      {data.stale.length === 0 ? (
        <p className="text-muted mt-3 text-sm">
          {data.staleUnjudged > 0
            ? `None among the open deals that can be judged: each is within ${staleMultiple}× its usual time.`
            : `None: every open deal is within ${staleMultiple}× its stage's usual time.`}
        </p>
      ) : (
        <>
          <div className="mt-4 overflow-x-auto">
            <table
              className="min-w-full text-left text-sm sm:whitespace-nowrap"
              data-testid="stale-table"
            >
              <thead>
                <tr className="text-muted border-b border-slate-200">
                  <th scope="col" className="py-2 pr-4 font-medium">
                    Deal
                  </th>
                  <th scope="col" className={cn("py-2 pr-4 font-medium", WIDE)}>
                    Owner
                  </th>
                  <th scope="col" className={cn("py-2 pr-4 font-medium", WIDE)}>
                    Stage
                  </th>
                  <SortHeader column="amount" align="right" {...header}>
                    Open amount
                  </SortHeader>
                  <SortHeader column="days" align="right" {...header}>
                    Days in stage
                  </SortHeader>
                  <th scope="col" className={cn("py-2 pr-4 text-right font-medium", WIDE)}>
                    Usual stay
                  </th>
                  <SortHeader column="ratio" align="right" className="pr-0" {...header}>
                    × usual stay
                  </SortHeader>
                </tr>
              </thead>
              <tbody className="tabular-nums">
                {data.stale.map((d) => (
                  <tr
                    key={d.opportunityId}
                    className="border-b border-slate-100 last:border-0 print:text-xs [&>td]:print:py-1"
                  >
                    <td className="min-w-24 py-2 pr-3 sm:max-w-64 sm:truncate sm:pr-4">
                      <Link
                        href={`${base}/deals/${encodeURIComponent(d.opportunityId)}`}
                        className="text-brand-700 font-medium hover:underline"
                        title={d.name}
                      >
                        {d.name}
                      </Link>
                      {data.staleEliminated[d.opportunityId] ? (
                        // Still counted until the CRM closes it, but the team has let it go.
                        <span
                          className="text-muted block text-xs font-medium"
                          data-testid="eliminated-mark"
                        >
                          Eliminated in review {data.staleEliminated[d.opportunityId]}
                        </span>
                      ) : null}
                      {/* On a phone the owner and stage ride under the name, keeping the
                          sortable figures in view. */}
                      <span className="text-muted block text-xs sm:hidden print:hidden">
                        {d.owner ?? "Unassigned"} · {stageLabel(data.stages, d.stage)}
                      </span>
                    </td>
                    <td className={cn("text-ink py-2 pr-4", WIDE)}>{d.owner ?? "Unassigned"}</td>
                    <td className={cn("text-ink py-2 pr-4", WIDE)}>
                      {stageLabel(data.stages, d.stage)}
                    </td>
                    <td className="py-2 pr-4 text-right">
                      {/* Compact on a phone, so the stall ratio stays on screen. */}
                      <span className="sm:hidden print:hidden">
                        {formatMoney(d.amount, { currency, compact: true })}
                      </span>
                      <span className="hidden sm:inline print:inline" data-cell="amount">
                        {formatMoney(d.amount, { currency })}
                      </span>
                    </td>
                    <td className="py-2 pr-4 text-right" data-cell="days">
                      {Math.round((d.basis === "stage" ? d.daysInStage : d.ageDays) ?? 0)}
                      <span className="text-muted block text-xs print:ml-1 print:inline">
                        {d.basis === "stage" ? "in stage" : "open (stage not timed)"}
                      </span>
                    </td>
                    <td className={cn("py-2 pr-4 text-right", WIDE)}>
                      {formatDays(d.medianDays)}
                      <span className="text-muted block text-xs print:ml-1 print:inline">
                        {d.basis === "stage" ? "stage median" : "won cycle"}
                      </span>
                    </td>
                    <td className="py-2 text-right font-semibold text-rose-700" data-cell="ratio">
                      {d.stallRatio.toFixed(1)}×
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="text-muted mt-2 text-xs">
            × usual stay: days in the stage ÷ the stage&apos;s median stay.
          </p>
          <Pager
            className="mt-3"
            page={page}
            pageSize={list.pageSize}
            total={data.staleCount}
            href={(p) => listHref(base, sorted, { page: p === 1 ? undefined : p })}
            label="Stale deal pages"
          />
        </>
      )}
    </Card>
  );
}
