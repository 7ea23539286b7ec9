import { Card, CardTitle } from "@/components/ui/card";
import { FRACTURE_INFO, type DiagnosticResult, type ResultInsights } from "@/lib/domain/diagnostic";

/** What would change the result, and the answers that drove the costliest fracture. */
export function ResultExplanations({
  result,
  insights,
}: {
  result: DiagnosticResult;
  insights: ResultInsights;
}) {
  const primary = result.primary;
  return (
    <div className={primary ? "mt-6 grid gap-6 lg:grid-cols-2" : "mt-6"}>
      <Card>
        <CardTitle>What would change this answer</CardTitle>
        <ul className="text-ink mt-4 list-disc space-y-2 pl-5 text-pretty marker:text-slate-400">
          {insights.whatWouldChange.map((item) => (
            <li key={item.text}>{item.text}</li>
          ))}
        </ul>
      </Card>

      {primary ? (
        <Card>
          <CardTitle>What drove this result</CardTitle>
          <p className="text-muted mt-1 text-sm">
            The answers adding most to {FRACTURE_INFO[primary].shortName.toLowerCase()}.
          </p>
          <ul className="mt-4 space-y-4">
            {insights.drivers.map((driver) => (
              <li key={driver.questionId}>
                <p className="text-muted text-sm">{driver.prompt}</p>
                <p className="text-ink mt-1 font-medium">
                  “{driver.optionLabel}”
                  <span className="text-muted ml-2 text-sm font-normal tabular-nums">
                    +{driver.points} points
                  </span>
                </p>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
    </div>
  );
}
