import { ButtonLink } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";

export function NoPipelineCard({ slug }: { slug: string }) {
  return (
    <Card className="mt-6">
      <CardTitle>No pipeline yet</CardTitle>
      <p className="text-muted mt-2 text-sm">
        The scoreboard is computed from the CRM export. Import it, and every figure below fills in.
      </p>
      <div className="mt-4">
        <ButtonLink href={`/o/${slug}/pipeline/imports`}>Import CRM data</ButtonLink>
      </div>
    </Card>
  );
}
