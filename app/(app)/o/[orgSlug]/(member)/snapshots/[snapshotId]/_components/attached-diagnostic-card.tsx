import { Card, CardTitle } from "@/components/ui/card";
import { FRACTURE_INFO, SEVERITY_COLORS, severityBandOf } from "@/lib/domain/diagnostic";
import { labelFor, ROLE_OPTIONS } from "@/lib/domain/diagnostic/context-options";
import type { AttachedDiagnostic } from "@/lib/domain/snapshot";

const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" });

/**
 * The free diagnostic this Snapshot was bought after, as copied onto it: context for reading the
 * leaders' answers, never one of them (the two question sets share no question).
 */
export function AttachedDiagnosticCard({ diagnostic }: { diagnostic: AttachedDiagnostic }) {
  const role = labelFor(ROLE_OPTIONS, diagnostic.role);
  return (
    <Card className="mt-6" aria-labelledby="attached-diagnostic-heading">
      <CardTitle id="attached-diagnostic-heading">
        The diagnostic this Snapshot started from
      </CardTitle>
      <p className="text-muted mt-2 max-w-2xl text-sm text-pretty">
        Taken on {dateFormat.format(diagnostic.takenAt)}
        {role ? ` (answered as ${role})` : ""}, on question set {diagnostic.bankVersion}. One
        person&apos;s answers to the free diagnostic, kept here as context: the Snapshot asks its
        own questions, so none of the leaders&apos; answers comes from it.
      </p>
      <p className="text-ink mt-3 text-sm font-medium">
        {diagnostic.primary
          ? `It named “${FRACTURE_INFO[diagnostic.primary].name}” as the costliest break.`
          : "It found no major leak: no fracture reached the level worth repairing first."}
      </p>
      <ul aria-label="Diagnostic scores" className="mt-4 grid gap-2.5">
        {diagnostic.scores.map(({ key, score }) => {
          const band = severityBandOf(score);
          return (
            <li
              key={key}
              className="grid grid-cols-[8.5rem_1fr_6.5rem] items-center gap-3 text-sm sm:grid-cols-[11rem_1fr_7rem]"
            >
              <span className="text-ink truncate">{FRACTURE_INFO[key].shortName}</span>
              <span aria-hidden className="h-2 overflow-hidden rounded-full bg-slate-200">
                <span
                  className="block h-full rounded-full"
                  style={{ width: `${score}%`, backgroundColor: SEVERITY_COLORS[band.band] }}
                />
              </span>
              <span className="text-muted text-right tabular-nums">
                {score} · {band.label}
              </span>
            </li>
          );
        })}
      </ul>
    </Card>
  );
}
