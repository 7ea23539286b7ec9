import { formatMoney } from "@/components/charts/pipeline/format";
import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import type { FollowUpStatus } from "@/lib/domain/scoreboard";
import type { LoadedReview } from "@/lib/services/scoreboard/reviews";

const dayFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });

const STATUS: Record<FollowUpStatus, { label: string; tone: "good" | "broken" | "watch" }> = {
  DONE: { label: "Done", tone: "good" },
  OVERDUE: { label: "Overdue", tone: "broken" },
  PENDING: { label: "Pending", tone: "watch" },
};

type FollowUpRow = LoadedReview["review"]["followUps"][number];

/** What the CRM shows happened to the deal since the decision, in words. */
function outcome(f: FollowUpRow, label: (key: string | null) => string): string {
  if (f.dealStatus === null) return "No longer in the imported data.";
  if (f.dealStatus === "WON") return "Won since.";
  if (f.dealStatus === "LOST") return "Lost since.";
  if (f.status === "DONE")
    return f.stageNow === f.stageAtDecision
      ? `Entered ${label(f.stageNow)} again.`
      : `Moved from ${label(f.stageAtDecision)} to ${label(f.stageNow)}.`;
  return `Still in ${label(f.stageNow)}.`;
}

/**
 * The review opens with what the last one promised: each next step, its owner and due day, and
 * whether the CRM shows the deal moved (done), not yet and past its day (overdue) or not yet due.
 */
export function FollowUpsCard({
  followUps,
  previousNumber,
  stageLabels,
  currency,
}: {
  followUps: FollowUpRow[];
  previousNumber: number;
  stageLabels: Map<string, string>;
  currency: string;
}) {
  const label = (key: string | null) => (key ? (stageLabels.get(key) ?? key) : "no stage");
  const count = (status: FollowUpStatus) => followUps.filter((f) => f.status === status).length;
  return (
    <Card className="mt-6 break-inside-avoid" data-testid="follow-ups">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <CardTitle>Due since last time</CardTitle>
        {followUps.length > 0 ? (
          <p className="text-muted text-sm" data-testid="follow-up-counts">
            {count("DONE")} done · {count("OVERDUE")} overdue · {count("PENDING")} pending
          </p>
        ) : null}
      </div>
      {followUps.length === 0 ? (
        <p className="text-muted mt-2 text-sm">
          No next step was open from review {previousNumber} or earlier: no deal was advanced, or
          every step was already seen done.
        </p>
      ) : (
        <ul className="mt-3 divide-y divide-slate-200">
          {followUps.map((f) => (
            <li
              key={f.externalId}
              className="flex flex-wrap items-start justify-between gap-2 py-3"
              data-testid={`follow-up-${f.externalId}`}
            >
              <div className="min-w-0">
                <p className="text-ink font-medium">
                  {f.name}{" "}
                  <span className="text-muted font-normal">
                    ·{" "}
                    {f.amount !== null ? formatMoney(Number(f.amount), { currency }) : "no amount"}
                  </span>
                </p>
                <p className="text-muted text-sm">
                  {f.nextStep} — {f.decisionOwner}, due {dayFormat.format(f.dueDate)} (review{" "}
                  {f.fromReviewNumber}). {outcome(f, label)}
                </p>
              </div>
              <Badge tone={STATUS[f.status].tone}>{STATUS[f.status].label}</Badge>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
