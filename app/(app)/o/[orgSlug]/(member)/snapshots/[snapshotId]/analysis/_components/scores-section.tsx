import { FractureScoreChart } from "@/components/charts/fracture-score-chart";
import { RoleScoresChart } from "@/components/charts/role-scores-chart";
import { severityOf } from "@/components/diagnostic/severity";
import { Card, CardTitle } from "@/components/ui/card";
import { FRACTURE_INFO, FRACTURES } from "@/lib/domain/diagnostic";
import { ROLE_TITLES, type SnapshotAnalysis } from "@/lib/domain/snapshot";

/** The combined score of each fracture, and the same scores split by role. */
export function ScoresSection({
  combined,
  roles,
}: {
  combined: SnapshotAnalysis["combined"];
  roles: SnapshotAnalysis["perception"]["roles"];
}) {
  const chartData = combined.fractures.map((f) => ({
    key: f.key,
    name: FRACTURE_INFO[f.key].shortName,
    score: f.score,
    color: severityOf(f.score).color,
    primary: f.key === combined.primary,
  }));
  const roleData = FRACTURES.map((key) => ({
    name: FRACTURE_INFO[key].shortName,
    ...Object.fromEntries(
      roles.map((r) => [r.role, r.fractures.find((f) => f.key === key)?.score ?? 0]),
    ),
  }));

  return (
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
  );
}
