import { Badge } from "@/components/ui/badge";
import { importOutcome, type ImportCounts } from "./import-outcome";

/** An import's status, or for a finished one how it went (see importOutcome). */
export function ImportStatusBadge({ counts }: { counts: ImportCounts }) {
  const { label, tone } = importOutcome(counts);
  return (
    <Badge tone={tone} data-testid="import-badge">
      {label}
    </Badge>
  );
}
