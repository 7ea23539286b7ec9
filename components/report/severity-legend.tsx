import { SEVERITY_COLORS, SEVERITY_SCALE, severityRangeOf } from "@/lib/domain/diagnostic";

/** The four severity bands with their score ranges, as the PDF's legend prints them too. */
export function SeverityLegend() {
  return (
    <ul className="text-muted mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label="Severity">
      {SEVERITY_SCALE.map((s) => (
        <li key={s.band} className="flex items-center gap-1.5">
          <span
            aria-hidden
            className="inline-block size-2.5 rounded-sm"
            style={{ backgroundColor: SEVERITY_COLORS[s.band] }}
          />
          {severityRangeOf(s.band)}: {s.label}
        </li>
      ))}
    </ul>
  );
}
