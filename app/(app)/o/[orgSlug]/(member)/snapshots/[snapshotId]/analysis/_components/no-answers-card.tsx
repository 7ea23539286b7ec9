import { Card } from "@/components/ui/card";

export function NoAnswersCard() {
  return (
    <Card className="mt-6">
      <p className="text-muted text-sm">
        No leader has sent answers yet. The analysis appears here as soon as one does.
      </p>
    </Card>
  );
}
