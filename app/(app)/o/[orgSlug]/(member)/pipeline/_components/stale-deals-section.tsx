import Link from "next/link";
import { formatDays, formatMoney } from "@/components/charts/pipeline/format";
import { buttonClasses } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { Definition } from "@/components/ui/definition";
import { inputClasses } from "@/components/ui/field";
import { DEFINITIONS } from "@/lib/domain/pipeline/definitions";
import type { FilterValues } from "./filters-form";
import { count, STALE_MULTIPLES, stageLabel, type PipelineDashboard } from "./pipeline-view";

/** Open deals far past their stage's usual stay, with the threshold the viewer chose. */
export function StaleDealsSection({
  data,
  base,
  values,
  staleMultiple,
  currency,
}: {
  data: Pick<PipelineDashboard, "stale" | "staleCount" | "staleUnjudged" | "stages">;
  base: string;
  values: FilterValues;
  staleMultiple: number;
  currency: string;
}) {
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
      <p className="text-muted mt-1 text-sm">
        Usual time is the stage&apos;s median stay; a deal whose time in its stage is not known is
        judged by its age against the median won cycle.
        {data.staleUnjudged > 0
          ? ` ${count.format(data.staleUnjudged)} open ${data.staleUnjudged === 1 ? "deal has" : "deals have"} no dates to judge by.`
          : ""}
      </p>
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
          {data.staleUnjudged > 0
            ? `None among the open deals that can be judged: each is within ${staleMultiple}× its usual time.`
            : `None: every open deal is within ${staleMultiple}× its stage's usual time.`}
        </p>
      ) : (
        <div className="mt-4 overflow-x-auto">
          <table className="min-w-full text-left text-sm" data-testid="stale-table">
            <thead>
              <tr className="text-muted border-b border-slate-200">
                <th className="py-2 pr-4 font-medium">Deal</th>
                <th className="hidden py-2 pr-4 font-medium sm:table-cell">Owner</th>
                <th className="py-2 pr-4 font-medium">Stage</th>
                <th className="py-2 pr-4 text-right font-medium">Days</th>
                <th className="hidden py-2 pr-4 text-right font-medium sm:table-cell">Usual</th>
                <th className="py-2 pr-4 text-right font-medium">× usual</th>
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
                  <td className="text-ink py-2 pr-4">{stageLabel(data.stages, d.stage)}</td>
                  <td className="py-2 pr-4 text-right">
                    {Math.round((d.basis === "stage" ? d.daysInStage : d.ageDays) ?? 0)}
                    <span className="text-muted block text-xs whitespace-nowrap">
                      {d.basis === "stage" ? "in stage" : "open"}
                    </span>
                  </td>
                  <td className="hidden py-2 pr-4 text-right sm:table-cell">
                    {formatDays(d.medianDays)}
                    <span className="text-muted block text-xs whitespace-nowrap">
                      {d.basis === "stage" ? "stage median" : "won cycle"}
                    </span>
                  </td>
                  <td className="py-2 pr-4 text-right font-semibold text-rose-700">
                    {d.stallRatio.toFixed(1)}×
                  </td>
                  <td className="py-2 text-right">{formatMoney(d.amount, { currency })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}
