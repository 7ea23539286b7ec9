import type { FractureKey } from "@/lib/domain/diagnostic";
import type { RespondentRole, SnapshotAnalysis } from "@/lib/domain/snapshot";

/** The figures frozen with a published version, for its charts on the web and in the PDF. */
export type PublishedFigures = {
  combined: { key: FractureKey; score: number }[];
  byRole: { role: RespondentRole; fractures: { key: FractureKey; score: number }[] }[];
};

/** Combined scores, and each role's mean score per fracture, from an analysis. */
export function publishedFigures(analysis: SnapshotAnalysis): PublishedFigures {
  const roles = [...new Set(analysis.respondents.map((r) => r.role))];
  return {
    combined: analysis.combined.fractures.map((f) => ({ key: f.key, score: f.score })),
    byRole: roles.map((role) => {
      const mine = analysis.respondents.filter((r) => r.role === role);
      return {
        role,
        fractures: analysis.combined.fractures.map((f) => ({
          key: f.key,
          score:
            mine.reduce(
              (sum, r) => sum + (r.fractures.find((x) => x.key === f.key)?.score ?? 0),
              0,
            ) / mine.length,
        })),
      };
    }),
  };
}
