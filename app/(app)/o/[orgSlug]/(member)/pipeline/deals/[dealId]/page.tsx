import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatMoney } from "@/components/charts/pipeline/format";
import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import { orgPage } from "@/lib/auth/guard";
import { loadDeal } from "@/lib/services/pipeline/load-deal";
import { isAppError } from "@/lib/errors";
import { daysBetween } from "@/lib/domain/pipeline";
import { DecisionHistory } from "./decision-history";

export const metadata: Metadata = { title: "Deal" };

const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });
const STATUS = {
  OPEN: { label: "Open", tone: "brand" },
  WON: { label: "Won", tone: "good" },
  LOST: { label: "Lost", tone: "broken" },
} as const;

export default async function DealPage({
  params,
}: PageProps<"/o/[orgSlug]/pipeline/deals/[dealId]">) {
  const { orgSlug, dealId } = await params;
  const ctx = await orgPage(orgSlug, "pipeline:read", `/o/${orgSlug}/pipeline`);
  const externalId = decodeURIComponent(dealId).slice(0, 200);
  const { deal, stages, asOf, decisions, eliminatedIn } = await loadDeal(ctx, externalId).catch(
    (error: unknown) => {
      if (isAppError(error) && error.code === "NOT_FOUND") notFound();
      throw error;
    },
  );
  const label = (key: string | null) => stages.find((s) => s.key === key)?.label ?? key ?? "—";
  const now = asOf ?? new Date();
  const currency = ctx.organization.currency;
  const day = (d: Date | null) => (d ? dateFormat.format(d) : "—");
  const facts: [string, string][] = [
    ["CRM id", deal.externalId],
    ["Account", deal.account ?? "—"],
    ["Owner", deal.owner ?? "Unassigned"],
    ["Source", deal.source ?? "—"],
    ["Segment", deal.segment ?? "—"],
    ["Amount", formatMoney(deal.amount, { currency })],
    ["Opened", day(deal.openedAt)],
    ["Closed", day(deal.closedAt)],
  ];
  return (
    <>
      <p className="text-sm print:hidden">
        <Link
          href={`/o/${ctx.organization.slug}/pipeline`}
          className="text-brand-700 hover:underline"
        >
          ← Pipeline
        </Link>
      </p>
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <h1 className="text-ink text-2xl font-bold tracking-tight">{deal.name}</h1>
        <Badge tone={STATUS[deal.status].tone}>{STATUS[deal.status].label}</Badge>
        {eliminatedIn ? (
          <Badge tone="neutral" data-testid="eliminated-mark">
            Eliminated in review {eliminatedIn}
          </Badge>
        ) : null}
      </div>
      {deal.status === "OPEN" && deal.stageEnteredAt ? (
        <p className="text-muted mt-2">
          In {label(deal.stageKey)} for {Math.round(daysBetween(deal.stageEnteredAt, now))} days, as
          of {dateFormat.format(now)}, the date of the data.
        </p>
      ) : null}
      <div className="mt-6 grid gap-6 lg:grid-cols-[1fr_1.2fr]">
        <Card>
          <CardTitle>Details</CardTitle>
          <dl className="mt-4 grid grid-cols-2 gap-4">
            {facts.map(([k, v]) => (
              <div key={k}>
                <dt className="text-muted text-sm">{k}</dt>
                <dd className="text-ink font-medium break-words">{v}</dd>
              </div>
            ))}
          </dl>
        </Card>
        <Card>
          <CardTitle>Stage history</CardTitle>
          {deal.stageEvents.length === 0 ? (
            <p className="text-muted mt-3 text-sm">No stage history was imported for this deal.</p>
          ) : (
            <ol className="mt-4 space-y-3">
              {deal.stageEvents.map((e, i) => {
                const following = deal.stageEvents[i + 1];
                const last = !following;
                const until = following ? following.enteredAt : deal.status === "OPEN" ? now : null;
                const days =
                  e.enteredAt && until && until >= e.enteredAt
                    ? `${Math.round(daysBetween(e.enteredAt, until))} days${last && deal.status === "OPEN" ? " so far" : ""}`
                    : null;
                return (
                  <li key={e.seq} className="flex justify-between gap-3 text-sm">
                    <span className="text-ink font-medium">
                      {label(e.stageKey)}
                      {e.back ? (
                        <span className="text-muted font-normal"> (moved back)</span>
                      ) : null}
                    </span>
                    <span className="text-muted text-right">
                      {e.enteredAt ? dateFormat.format(e.enteredAt) : "date not in the export"}
                      {e.estimated ? " (estimated: the export's date)" : ""}
                      {days ? ` · ${days}` : ""}
                    </span>
                  </li>
                );
              })}
            </ol>
          )}
        </Card>
      </div>
      {decisions ? (
        <DecisionHistory decisions={decisions} slug={ctx.organization.slug} label={label} />
      ) : null}
    </>
  );
}
