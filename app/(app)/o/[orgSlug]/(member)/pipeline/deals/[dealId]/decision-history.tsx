import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import type { DealDecisions } from "@/lib/services/pipeline/load-deal";

const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });

const FOLLOW_UP = {
  DONE: { label: "Done", tone: "good" },
  OVERDUE: { label: "Overdue", tone: "broken" },
  PENDING: { label: "Pending", tone: "watch" },
} as const;

type Entry = {
  review: number;
  day: Date;
  key: string;
  badge: { label: string; tone: "good" | "broken" | "watch" | "neutral" | "brand" };
  text: string;
};

/** Every review that listed the deal or checked a step set for it, oldest first. */
export function DecisionHistory({
  decisions,
  slug,
  label,
}: {
  decisions: DealDecisions;
  slug: string;
  label: (key: string | null) => string;
}) {
  const entries: Entry[] = [
    ...decisions.followUps.map((f) => ({
      review: f.review.number,
      day: f.review.reviewDate,
      key: `f${f.review.number}`,
      badge: FOLLOW_UP[f.status],
      text: `Checked the step set at review ${f.fromReviewNumber} (“${f.nextStep}”, due ${dateFormat.format(f.dueDate)}): ${
        f.status === "DONE"
          ? f.dealStatus === null
            ? "the deal left the imported data"
            : f.dealStatus !== "OPEN"
              ? `the deal was ${f.dealStatus === "WON" ? "won" : "lost"}`
              : `it moved from ${label(f.stageAtDecision)} to ${label(f.stageNow)}`
          : `still in ${label(f.stageNow)}`
      }.`,
    })),
    ...decisions.listed.map((d) => ({
      review: d.review.number,
      day: d.review.reviewDate,
      key: `d${d.review.number}`,
      badge:
        d.decision === "ADVANCE"
          ? ({ label: "Advanced", tone: "good" } as const)
          : d.decision === "ELIMINATE"
            ? ({ label: "Eliminated", tone: "neutral" } as const)
            : ({
                label: d.review.status === "OPEN" ? "Listed" : "Undecided",
                tone: "watch",
              } as const),
      text:
        d.decision === "ADVANCE"
          ? `${d.nextStep} — ${d.decisionOwner}, due ${d.dueDate ? dateFormat.format(d.dueDate) : "—"}.`
          : d.decision === "ELIMINATE"
            ? `${d.eliminationReason}.`
            : `Listed (${d.reasonText.toLowerCase()}) with no decision${d.review.status === "OPEN" ? " yet" : ""}.`,
    })),
  ].sort((a, b) => a.review - b.review || a.key.localeCompare(b.key));
  return (
    <Card className="mt-6 break-inside-avoid" data-testid="decision-history">
      <CardTitle>Review decisions</CardTitle>
      {entries.length === 0 ? (
        <p className="text-muted mt-3 text-sm">No pipeline review has listed this deal yet.</p>
      ) : (
        <ol className="mt-4 space-y-3">
          {entries.map((e) => (
            <li key={e.key} className="flex flex-wrap items-start gap-x-3 gap-y-1 text-sm">
              <Link
                href={`/o/${slug}/scoreboard/reviews/${e.review}`}
                className="text-brand-700 shrink-0 font-medium whitespace-nowrap hover:underline sm:w-44"
              >
                Review {e.review} · {dateFormat.format(e.day)}
              </Link>
              <Badge tone={e.badge.tone}>{e.badge.label}</Badge>
              <span className="text-ink min-w-0 basis-full sm:flex-1 sm:basis-auto">{e.text}</span>
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
