import { ButtonLink } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";

/** No figures to show: no pipeline imported yet, or its figures are being computed. */
export function NoPipelineCard({ slug, computing }: { slug: string; computing: boolean }) {
  if (computing)
    return (
      <Card className="mt-6" data-testid="figures-computing">
        <CardTitle>Figures being computed</CardTitle>
        <p className="text-muted mt-2 text-sm">
          The latest import is in. Its figures are being worked out over every deal and appear here
          in a minute or two; reload the page then.
        </p>
      </Card>
    );
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
