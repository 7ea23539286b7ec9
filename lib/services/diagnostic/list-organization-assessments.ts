import { z } from "zod";
import { listAssessments } from "@/lib/data/diagnostic-assessment/list-assessments";
import { FRACTURES, FRACTURE_INFO, type FractureKey } from "@/lib/domain/diagnostic";
import {
  REVENUE_BAND_OPTIONS,
  ROLE_OPTIONS,
  VERTICAL_OPTIONS,
  labelFor,
} from "@/lib/domain/diagnostic/context";
import { toCsv } from "@/lib/csv/to-csv";

const ZStoredScores = z.array(z.object({ key: z.enum(FRACTURES), score: z.number() }));

export type AssessmentRow = {
  id: string;
  accessToken: string;
  createdAt: Date;
  primary: FractureKey | null;
  scores: Record<FractureKey, number>;
  email: string | null;
  role: string | undefined;
  revenueBand: string | undefined;
  vertical: string | undefined;
};

/** The organization's diagnostics with readable labels and scores by fracture. */
export async function listOrganizationAssessments(
  organizationId: string,
  options: { withEmail?: boolean } = {},
): Promise<AssessmentRow[]> {
  const rows = await listAssessments(organizationId, options);
  return rows.map((row) => {
    const scores = Object.fromEntries(FRACTURES.map((k) => [k, 0])) as Record<FractureKey, number>;
    for (const s of ZStoredScores.parse(row.scores)) scores[s.key] = s.score;
    return {
      id: row.id,
      accessToken: row.accessToken,
      createdAt: row.createdAt,
      primary: row.primary,
      scores,
      email: row.email,
      role: labelFor(ROLE_OPTIONS, row.role),
      revenueBand: labelFor(REVENUE_BAND_OPTIONS, row.revenueBand),
      vertical: labelFor(VERTICAL_OPTIONS, row.vertical),
    };
  });
}

/** Leads as CSV: who took the diagnostic, their context, the headline and the five scores. */
export function leadsCsv(rows: AssessmentRow[], baseUrl: string): string {
  return toCsv(
    [
      "Taken at (UTC)",
      "Email",
      "Role",
      "Revenue",
      "Industry",
      "Costliest fracture",
      ...FRACTURES.map((k) => `${FRACTURE_INFO[k].shortName} score`),
      "Result link",
    ],
    rows.map((r) => [
      r.createdAt.toISOString(),
      r.email,
      r.role,
      r.revenueBand,
      r.vertical,
      r.primary ? FRACTURE_INFO[r.primary].name : "None above 25",
      ...FRACTURES.map((k) => r.scores[k]),
      `${baseUrl}/results/${r.accessToken}`,
    ]),
  );
}
