import { ButtonLink } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";

/** Before the first import: what to export from the CRM, and the way in. */
export function EmptyPipeline({ importsHref }: { importsHref: string | null }) {
  return (
    <Card className="mt-6" data-testid="pipeline-empty">
      <CardTitle>No pipeline data yet</CardTitle>
      <p className="text-muted mt-2 max-w-2xl text-sm">
        Import a deals export to fill these dashboards. Any of these works:
      </p>
      <ul className="text-ink mt-3 list-disc space-y-1 pl-5 text-sm">
        <li>
          HubSpot: Deals → Export, with the <em>Date entered</em> stage columns for history.
        </li>
        <li>Salesforce: the Opportunity report, plus the Opportunity History report.</li>
        <li>Any CSV with one row per deal: you choose which column is which.</li>
      </ul>
      <p className="text-muted mt-3 text-sm">
        Each later import of a newer export records the stage moves since the last one.
      </p>
      {importsHref ? (
        <div className="mt-5">
          <ButtonLink href={importsHref}>Import CRM data</ButtonLink>
        </div>
      ) : null}
    </Card>
  );
}
