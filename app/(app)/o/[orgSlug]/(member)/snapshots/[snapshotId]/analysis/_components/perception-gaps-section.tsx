import { Card, CardTitle } from "@/components/ui/card";
import { FRACTURE_INFO } from "@/lib/domain/diagnostic";
import { ROLE_TITLES, type PerceptionGaps } from "@/lib/domain/snapshot";

/** Where the leaders' scores and answers differ most. */
export function PerceptionGapsSection({ perception }: { perception: PerceptionGaps }) {
  return (
    <Card className="mt-6">
      <CardTitle>Perception gaps</CardTitle>
      {perception.fractures.length === 0 ? (
        <p className="text-muted mt-2 text-sm">
          Gaps need at least two of the CEO, marketing and sales.{" "}
          {perception.missingRoles.length > 0
            ? `Missing: ${perception.missingRoles.map((r) => ROLE_TITLES[r]).join(", ")}.`
            : ""}
        </p>
      ) : (
        <>
          {perception.silos.flagged ? (
            <p className="mt-2 rounded-lg bg-rose-50 px-3 py-2 text-sm text-rose-800">
              The leaders are {perception.silos.gap} points apart on{" "}
              {FRACTURE_INFO[perception.silos.fracture!].name.toLowerCase()}: a gap this wide is
              itself a sign of silos.
            </p>
          ) : null}
          <ul className="mt-4 divide-y divide-slate-200">
            {perception.fractures.map((g) => (
              <li
                key={g.key}
                className="flex flex-wrap items-baseline justify-between gap-2 py-2.5"
              >
                <span className="text-ink font-medium">{FRACTURE_INFO[g.key].name}</span>
                <span className="text-muted text-sm">
                  {ROLE_TITLES[g.high.role]} {g.high.score} · {ROLE_TITLES[g.low.role]}{" "}
                  {g.low.score} ·{" "}
                  <span className="text-ink font-semibold">{g.spread} points apart</span>
                </span>
              </li>
            ))}
          </ul>
          {perception.questions.length > 0 ? (
            <>
              <h3 className="text-ink mt-6 text-sm font-semibold">
                The questions they answered most differently
              </h3>
              <ul className="mt-2 space-y-3">
                {perception.questions.map((q) => (
                  <li key={q.questionId} className="rounded-lg border border-slate-200 p-3 text-sm">
                    <p className="text-ink font-medium">{q.prompt}</p>
                    <p className="text-muted mt-1">
                      {ROLE_TITLES[q.high.role]}: “{q.high.labels.join("; ")}” ·{" "}
                      {ROLE_TITLES[q.low.role]}: “{q.low.labels.join("; ")}”
                    </p>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      )}
    </Card>
  );
}
