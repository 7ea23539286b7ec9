import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { FRACTURE_INFO, type DiagnosticResult } from "@/lib/domain/diagnostic";
import type { ResultVoice } from "./result-voice";
import { severityOf } from "./severity";

/** The costliest fracture, named and explained; or the news that none is leaking much. */
export function ResultHeadline({
  result,
  voice,
}: {
  result: DiagnosticResult;
  voice: ResultVoice;
}) {
  const primary = result.primary;
  const primaryScore = primary ? result.fractures.find((f) => f.key === primary)?.score : null;
  if (primary && primaryScore != null) {
    const severity = severityOf(primaryScore);
    return (
      <Card className="mt-4">
        <p className="text-brand-700 text-sm font-semibold tracking-wide uppercase">
          {voice === "taker" ? "The fracture costing you most" : "The costliest fracture"}
        </p>
        <div className="mt-2 flex flex-wrap items-center gap-3">
          <h1 className="text-ink text-3xl font-bold tracking-tight sm:text-4xl">
            {FRACTURE_INFO[primary].name}
          </h1>
          <Badge tone={severity.tone}>
            {severity.label} · {primaryScore}/100
          </Badge>
        </div>
        <p className="text-ink mt-4 text-lg text-pretty">{FRACTURE_INFO[primary].summary}</p>
        <p className="text-muted mt-3 text-pretty">{FRACTURE_INFO[primary].explanation}</p>
      </Card>
    );
  }
  return (
    <Card className="mt-4">
      <p className="text-sm font-semibold tracking-wide text-emerald-700 uppercase">
        No major leak
      </p>
      <h1 className="text-ink mt-2 text-3xl font-bold tracking-tight sm:text-4xl">
        {voice === "taker" ? "Your revenue chain is holding" : "This revenue chain is holding"}
      </h1>
      <p className="text-muted mt-4 text-lg text-pretty">
        {voice === "taker"
          ? "No fracture scored 25 or more. Keep the habits that got you here, and retake the diagnostic each quarter: relationship dependence and silos creep back as teams change."
          : "No fracture scored 25 or more. A retake each quarter shows whether it stays that way: relationship dependence and silos creep back as teams change."}
      </p>
    </Card>
  );
}
