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
import { describeNextStepActivity } from "@/lib/domain/organization/next-step-activity";

const ZStoredScores = z.array(z.object({ key: z.enum(FRACTURES), score: z.number() }));

export type AssessmentRow = {
  id: string;
  createdAt: Date;
  primary: FractureKey | null;
  scores: Record<FractureKey, number>;
  email: string | null;
  role: string | undefined;
  revenueBand: string | undefined;
  vertical: string | undefined;
  /** The lead's use of the organization's call to action, a line each (may be empty). */
  nextStep: string[];
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
      createdAt: row.createdAt,
      primary: row.primary,
      scores,
      email: row.email,
      role: labelFor(ROLE_OPTIONS, row.role),
      revenueBand: labelFor(REVENUE_BAND_OPTIONS, row.revenueBand),
      vertical: labelFor(VERTICAL_OPTIONS, row.vertical),
      nextStep: describeNextStepActivity(row),
    };
  });
}

/**
 * Where the organization's members read one of its results, inside the app. The taker's private
 * link is not kept (only its hash is), so this is the only address the organization has.
 */
export function assessmentPath(orgSlug: string, assessmentId: string): string {
  return `/o/${encodeURIComponent(orgSlug)}/assessments/${assessmentId}`;
}

/**
 * Leads as CSV: who took the diagnostic, their context, the headline, the five scores and the
 * result's page in the app (for members who sign in), under `baseUrl`.
 */
export function leadsCsv(rows: AssessmentRow[], baseUrl: string, orgSlug: string): string {
  return toCsv(
    [
      "Taken at (UTC)",
      "Email",
      "Role",
      "Revenue",
      "Industry",
      "Costliest fracture",
      ...FRACTURES.map((k) => `${FRACTURE_INFO[k].shortName} score`),
      "Result in the app",
    ],
    rows.map((r) => [
      r.createdAt.toISOString(),
      r.email,
      r.role,
      r.revenueBand,
      r.vertical,
      r.primary ? FRACTURE_INFO[r.primary].name : "None above 25",
      ...FRACTURES.map((k) => r.scores[k]),
      `${baseUrl}${assessmentPath(orgSlug, r.id)}`,
    ]),
  );
}
