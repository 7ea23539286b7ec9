import type { Metadata } from "next";
import Link from "next/link";
import { FractureScoreChart } from "@/components/charts/fracture-score-chart";
import { RoleScoresChart } from "@/components/charts/role-scores-chart";
import { severityOf } from "@/components/diagnostic/severity";
import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import { orgPage } from "@/lib/auth/guard";
import { FRACTURE_INFO, FRACTURES } from "@/lib/domain/diagnostic";
import { formatMoney, ROLE_TITLES } from "@/lib/domain/snapshot";
import { loadSnapshotAnalysis } from "@/lib/services/snapshot/manage-snapshot";
import { loadSnapshot } from "../_lib/load-snapshot";

export const metadata: Metadata = { title: "Snapshot analysis" };

export default async function SnapshotAnalysisPage({
  params,
}: PageProps<"/o/[orgSlug]/snapshots/[snapshotId]/analysis">) {
  const { orgSlug, snapshotId } = await params;
  const ctx = await orgPage(
    orgSlug,
    "snapshots:read",
    `/o/${orgSlug}/snapshots/${snapshotId}/analysis`,
  );
  await loadSnapshot(ctx, snapshotId);
  const { responses, analysis } = await loadSnapshotAnalysis(ctx.organization.id, snapshotId);
  const back = `/o/${ctx.organization.slug}/snapshots/${snapshotId}`;

  const header = (
    <>
      <p className="text-sm">
        <Link href={back} className="text-brand-700 hover:underline">
          ← Snapshot
        </Link>
      </p>
      <h1 className="text-ink mt-2 text-2xl font-bold tracking-tight">Analysis</h1>
    </>
  );
  if (!analysis) {
    return (
      <>
        {header}
        <Card className="mt-6">
          <p className="text-muted text-sm">
            No leader has sent answers yet. The analysis appears here as soon as one does.
          </p>
        </Card>
      </>
    );
  }

  const combined = analysis.combined;
  const chartData = combined.fractures.map((f) => ({
    key: f.key,
    name: FRACTURE_INFO[f.key].shortName,
    score: f.score,
    color: severityOf(f.score).color,
    primary: f.key === combined.primary,
  }));
  const roles = analysis.perception.roles;
  const roleData = FRACTURES.map((key) => ({
    name: FRACTURE_INFO[key].shortName,
    ...Object.fromEntries(
      roles.map((r) => [r.role, r.fractures.find((f) => f.key === key)?.score ?? 0]),
    ),
  }));
  const pipeline = analysis.pipeline;

  return (
    <>
      {header}
      <p className="text-muted mt-2 max-w-2xl">
        From {responses.length} {responses.length === 1 ? "leader's answers" : "leaders' answers"}
        {pipeline
          ? " and the imported pipeline"
          : "; no pipeline has been imported, so nothing is measured or priced"}
        . Scores run from 0 (holding) to 100 (broken).
      </p>

      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        <Card>
          <CardTitle>Combined scores</CardTitle>
          <p className="text-muted mt-1 text-sm">
            {combined.primary
              ? `Costliest: ${FRACTURE_INFO[combined.primary].name}.`
              : "No fracture stands out as costly."}
          </p>
          <div className="mt-4">
            <FractureScoreChart data={chartData} />
          </div>
          <ul className="sr-only">
            {combined.fractures.map((f) => (
              <li key={f.key}>
                {FRACTURE_INFO[f.key].name}: {f.score}
              </li>
            ))}
          </ul>
        </Card>
        <Card>
          <CardTitle>By role</CardTitle>
          <p className="text-muted mt-1 text-sm">
            {roles.length > 1
              ? "Where the bars of one fracture differ in height, the leaders see it differently."
              : "Only one role has answered, so there is nothing to compare yet."}
          </p>
          <div className="mt-4">
            <RoleScoresChart
              data={roleData}
              roles={roles.map((r) => ({ key: r.role, label: ROLE_TITLES[r.role] }))}
            />
          </div>
        </Card>
      </div>

      <Card className="mt-6">
        <CardTitle>Each leader&apos;s scores</CardTitle>
        <div className="mt-4 overflow-x-auto">
          <table className="min-w-full text-sm" data-testid="respondent-scores">
            <thead>
              <tr className="text-muted border-b border-slate-200 text-left">
                <th className="py-2 pr-4 font-medium">Leader</th>
                {FRACTURES.map((k) => (
                  <th key={k} className="py-2 pr-4 text-right font-medium">
                    {FRACTURE_INFO[k].shortName}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="tabular-nums">
              {analysis.respondents.map((r, i) => (
                <tr key={responses[i]!.id} className="border-b border-slate-100 last:border-0">
                  <th scope="row" className="text-ink py-2 pr-4 text-left font-medium">
                    {responses[i]!.name ?? responses[i]!.email}
                    <span className="text-muted block text-xs font-normal">
                      {ROLE_TITLES[r.role]}
                    </span>
                  </th>
                  {r.fractures.map((f) => (
                    <td key={f.key} className="py-2 pr-4 text-right">
                      <Badge tone={severityOf(f.score).tone}>{f.score}</Badge>
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Card>

      <Card className="mt-6">
        <CardTitle>Perception gaps</CardTitle>
        {analysis.perception.fractures.length === 0 ? (
          <p className="text-muted mt-2 text-sm">
            Gaps need at least two of the CEO, marketing and sales.{" "}
            {analysis.perception.missingRoles.length > 0
              ? `Missing: ${analysis.perception.missingRoles.map((r) => ROLE_TITLES[r]).join(", ")}.`
              : ""}
          </p>
        ) : (
          <>
            {analysis.perception.silos.flagged ? (
              <p className="mt-2 rounded-lg bg-rose-50 px-3 py-2 text-sm text-rose-800">
                The leaders are {analysis.perception.silos.gap} points apart on{" "}
                {FRACTURE_INFO[analysis.perception.silos.fracture!].name.toLowerCase()}: a gap this
                wide is itself a sign of silos.
              </p>
            ) : null}
            <ul className="mt-4 divide-y divide-slate-200">
              {analysis.perception.fractures.map((g) => (
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
            {analysis.perception.questions.length > 0 ? (
              <>
                <h3 className="text-ink mt-6 text-sm font-semibold">
                  The questions they answered most differently
                </h3>
                <ul className="mt-2 space-y-3">
                  {analysis.perception.questions.map((q) => (
                    <li
                      key={q.questionId}
                      className="rounded-lg border border-slate-200 p-3 text-sm"
                    >
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

      <Card className="mt-6">
        <CardTitle>Each fracture in money</CardTitle>
        {!pipeline ? (
          <p className="text-muted mt-2 text-sm">Pricing needs the imported pipeline.</p>
        ) : (
          <ul className="mt-4 divide-y divide-slate-200" data-testid="fracture-prices">
            {FRACTURES.map((key) => {
              const price = pipeline.prices[key];
              return (
                <li key={key} className="py-3 text-sm">
                  <div className="flex flex-wrap items-baseline justify-between gap-2">
                    <span className="text-ink font-medium">{FRACTURE_INFO[key].name}</span>
                    <span className="text-ink font-semibold tabular-nums">
                      {price ? `+${formatMoney(price.addedPerQuarter)} a quarter` : "Not priced"}
                    </span>
                  </div>
                  <p className="text-muted mt-1">
                    {price
                      ? price.assumption
                      : "The figures this needs are missing from the pipeline."}
                  </p>
                </li>
              );
            })}
          </ul>
        )}
        {pipeline ? (
          <p className="text-muted mt-3 text-xs">
            Each price lifts one factor of pipeline velocity on its own; they overlap and do not add
            up.
          </p>
        ) : null}
      </Card>
    </>
  );
}
