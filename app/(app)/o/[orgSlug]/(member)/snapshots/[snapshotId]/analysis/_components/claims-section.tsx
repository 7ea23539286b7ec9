import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import { FRACTURE_INFO } from "@/lib/domain/diagnostic";
import type { PipelineAnalysis } from "@/lib/domain/snapshot";

/** What the leaders claim, checked against what the imported deals show. */
export function ClaimsSection({ pipeline }: { pipeline: PipelineAnalysis | null }) {
  return (
    <Card className="mt-6">
      <CardTitle>Claimed against measured</CardTitle>
      {!pipeline ? (
        <p className="text-muted mt-2 text-sm">
          Import the pipeline to check what the leaders claim against what the deals show.
        </p>
      ) : (
        <>
          <ul className="mt-4 space-y-3">
            {pipeline.claims.findings.map((f) => (
              <li key={f.check} className="rounded-lg border border-slate-200 p-3 text-sm">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <span className="text-ink font-medium">{FRACTURE_INFO[f.fracture].name}</span>
                  <Badge tone={f.verdict === "contradicted" ? "broken" : "good"}>
                    {f.verdict === "contradicted" ? "Contradicted" : "Consistent"}
                  </Badge>
                </div>
                <p className="text-muted mt-1">{f.text}</p>
              </li>
            ))}
          </ul>
          {pipeline.claims.unavailable.length > 0 ? (
            <p className="text-muted mt-3 text-xs">
              Not checked: {pipeline.claims.unavailable.join("; ")}.
            </p>
          ) : null}
        </>
      )}
    </Card>
  );
}
