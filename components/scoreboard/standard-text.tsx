import type { QualificationStandard } from "@/lib/domain/scoreboard";

const CRITERIA: [keyof QualificationStandard["criteria"], string][] = [
  ["budget", "Budget"],
  ["authority", "Authority"],
  ["problem", "A live problem"],
  ["timeline", "A realistic timeline"],
];

/** The standard as both leads read and sign it. */
export function StandardText({ standard }: { standard: QualificationStandard }) {
  return (
    <div className="text-ink/90 space-y-6 text-sm leading-relaxed" data-testid="standard-text">
      <div>
        <h3 className="text-ink font-semibold">A qualified opportunity passes all four tests</h3>
        <dl className="mt-2 grid gap-3 sm:grid-cols-2">
          {CRITERIA.map(([key, label]) => (
            <div key={key} className="rounded-lg border border-slate-200 bg-slate-50 p-3">
              <dt className="text-ink font-semibold">{label}</dt>
              <dd className="mt-1">{standard.criteria[key]}</dd>
            </div>
          ))}
        </dl>
      </div>
      {standard.thresholds.length > 0 ? (
        <div>
          <h3 className="text-ink font-semibold">Where the bar differs</h3>
          <ul className="mt-2 space-y-1.5">
            {standard.thresholds.map((t, i) => (
              <li key={i}>
                <span className="text-ink font-medium">{t.appliesTo}:</span> {t.rule}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div>
        <h3 className="text-ink font-semibold">The handoff</h3>
        <p className="mt-2">Before marketing passes a lead to sales, it knows:</p>
        <ul className="mt-1 list-disc space-y-1 pl-5">
          {standard.handoff.requiredBeforeHandoff.map((r, i) => (
            <li key={i}>{r}</li>
          ))}
        </ul>
        <p className="mt-3">
          Sales accepts or rejects each lead within{" "}
          <strong className="text-ink">{standard.handoff.responseHours} hours</strong>.
        </p>
        <p className="mt-2">
          <span className="text-ink font-medium">On rejection:</span> {standard.handoff.onRejection}
        </p>
        <p className="mt-2">
          <span className="text-ink font-medium">Recycling:</span> {standard.handoff.recycling}
        </p>
      </div>
    </div>
  );
}
