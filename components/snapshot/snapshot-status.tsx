import { Badge, type BadgeTone } from "@/components/ui/badge";

export type SnapshotStatusInput = {
  unlocked: boolean;
  paymentStatus: "PENDING" | "PAID" | "REFUNDED" | "EXPIRED" | "FAILED";
  closed: boolean;
  published: boolean;
};

/** Where a Snapshot stands, in words, from its payment and its progress. */
export function snapshotStatus(s: SnapshotStatusInput): { label: string; tone: BadgeTone } {
  if (!s.unlocked) {
    if (s.paymentStatus === "REFUNDED") return { label: "Locked: refunded", tone: "broken" };
    if (s.paymentStatus === "EXPIRED") return { label: "Checkout expired", tone: "neutral" };
    if (s.paymentStatus === "FAILED") return { label: "Payment not completed", tone: "neutral" };
    return { label: "Awaiting payment", tone: "watch" };
  }
  if (s.published) return { label: "Published", tone: "good" };
  if (s.closed) return { label: "Writing the assessment", tone: "brand" };
  return { label: "Collecting answers", tone: "brand" };
}

export function SnapshotStatusBadge(props: SnapshotStatusInput) {
  const { label, tone } = snapshotStatus(props);
  return <Badge tone={tone}>{label}</Badge>;
}
