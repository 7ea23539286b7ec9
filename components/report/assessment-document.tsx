import { FractureScoreChart } from "@/components/charts/fracture-score-chart";
import { RoleScoresChart } from "@/components/charts/role-scores-chart";
import { severityOf } from "@/components/diagnostic/severity";
import { FRACTURE_INFO, FRACTURES } from "@/lib/domain/diagnostic";
import {
  costliestOf,
  PERCEPTION_GAP_THRESHOLD,
  ROLE_TITLES,
  type AssessmentSection,
} from "@/lib/domain/snapshot";
import { SeverityLegend } from "./severity-legend";
import type { ReportBrand } from "@/lib/domain/organization/report-brand";
import type { PublishedFigures } from "@/lib/services/snapshot/published-figures";
import { PreparedByBlock, ReportBrandMark } from "./report-brand-header";
import { SectionBody } from "./section-body";

const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" });

/** A published version of the written assessment, as the leadership team reads it. */
export function AssessmentDocument({
  companyName,
  versionNumber,
  publishedAt,
  sections,
  figures,
  brand,
  actions,
}: {
  companyName: string;
  /** Who the assessment is by: the consultancy that bought it, or the company itself. */
  brand: ReportBrand;
  versionNumber: number;
  publishedAt: Date;
  sections: AssessmentSection[];
  figures: PublishedFigures;
  actions?: React.ReactNode;
}) {
  // The chart stresses what the text calls costliest: one fracture, or every tied one; with nothing above the line, none is singled out.
  const costliest = costliestOf(figures.combined);
  const stressed =
    costliest.kind === "named"
      ? [costliest.key]
      : costliest.kind === "tied"
        ? costliest.keys
        : FRACTURES;
  const chart = figures.combined.map((f) => ({
    key: f.key,
    name: FRACTURE_INFO[f.key].shortName,
    score: Math.round(f.score),
    color: severityOf(f.score).color,
    primary: stressed.includes(f.key),
  }));
  // A combined bar averages views; where the roles are far apart, the reader is sent to them.
  const disputed = FRACTURES.filter((key) => {
    const scores = figures.byRole.map((r) => r.fractures.find((f) => f.key === key)?.score ?? 0);
    return (
      scores.length > 1 && Math.max(...scores) - Math.min(...scores) >= PERCEPTION_GAP_THRESHOLD
    );
  });
  const roleData = FRACTURES.map((key) => ({
    name: FRACTURE_INFO[key].shortName,
    ...Object.fromEntries(
      figures.byRole.map((r) => [
        r.role,
        Math.round(r.fractures.find((f) => f.key === key)?.score ?? 0),
      ]),
    ),
  }));
  return (
    <article className="mx-auto max-w-3xl">
      <header
        className="border-brand-600 border-t-4 border-b border-b-slate-200 pt-6 pb-6"
        style={brand.accentColor ? { borderTopColor: brand.accentColor } : undefined}
      >
        <ReportBrandMark brand={brand} />
        <p
          className="text-brand-700 mt-6 text-sm font-semibold tracking-wide uppercase"
          style={brand.accentColor ? { color: brand.accentColor } : undefined}
        >
          Snapshot assessment
        </p>
        <h1 className="text-ink mt-1 text-3xl font-bold tracking-tight">{companyName}</h1>
        <p className="text-muted mt-2 text-sm">
          Version {versionNumber} · published {dateFormat.format(publishedAt)}
        </p>
        {brand.preparedBy || brand.name !== companyName ? <PreparedByBlock brand={brand} /> : null}
        {actions ? <div className="mt-4 flex flex-wrap gap-3">{actions}</div> : null}
      </header>

      <section className="mt-6 rounded-2xl border border-slate-200 bg-white p-5 shadow-sm">
        <h2 className="text-ink text-lg font-semibold">The five fractures, scored</h2>
        <SeverityLegend />
        <div className="mt-3">
          <FractureScoreChart data={chart} />
        </div>
        <ul className="sr-only">
          {figures.combined.map((f) => (
            <li key={f.key}>
              {FRACTURE_INFO[f.key].name}: {Math.round(f.score)}
            </li>
          ))}
        </ul>
        {disputed.length > 0 ? (
          <p className="text-muted mt-2 text-sm">
            The leaders are {PERCEPTION_GAP_THRESHOLD} points or more apart on{" "}
            {disputed.map((key) => FRACTURE_INFO[key].shortName).join(", ")}:{" "}
            {disputed.length === 1 ? "its bar is" : "their bars are"} an average of views nobody
            holds. Each role&apos;s view is below.
          </p>
        ) : null}
        {figures.byRole.length > 1 ? (
          <>
            <h3 className="text-ink mt-6 text-base font-semibold">As each role sees it</h3>
            <div className="mt-2">
              <RoleScoresChart
                data={roleData}
                roles={figures.byRole.map((r) => ({ key: r.role, label: ROLE_TITLES[r.role] }))}
              />
            </div>
          </>
        ) : null}
      </section>

      {sections.map((s) => (
        <section key={s.key} className="text-ink/90 mt-10 leading-relaxed">
          <h2 className="text-ink text-xl font-semibold tracking-tight">{s.title}</h2>
          <SectionBody body={s.body} />
        </section>
      ))}
    </article>
  );
}
