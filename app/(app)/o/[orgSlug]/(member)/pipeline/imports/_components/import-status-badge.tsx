import { Badge } from "@/components/ui/badge";

const STATUS = {
  DRAFT: { label: "Not started", tone: "neutral" },
  QUEUED: { label: "Queued", tone: "brand" },
  RUNNING: { label: "Importing", tone: "brand" },
  SUCCEEDED: { label: "Imported", tone: "good" },
  FAILED: { label: "Failed", tone: "broken" },
  CANCELLED: { label: "Cancelled", tone: "watch" },
} as const;

export function ImportStatusBadge({ status }: { status: keyof typeof STATUS }) {
  return <Badge tone={STATUS[status].tone}>{STATUS[status].label}</Badge>;
}
