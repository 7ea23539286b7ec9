import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DiagnosticResultSections } from "@/components/diagnostic/diagnostic-result-sections";
import { orgPage } from "@/lib/auth/guard";
import {
  REVENUE_BAND_OPTIONS,
  ROLE_OPTIONS,
  VERTICAL_OPTIONS,
  labelFor,
} from "@/lib/domain/diagnostic/context";
import { isAppError } from "@/lib/errors";
import { getDiagnosticResultById } from "@/lib/services/diagnostic/get-diagnostic-result";
import { loadNextStepActivity } from "@/lib/services/diagnostic/load-next-step-activity";

export const metadata: Metadata = { title: "Diagnostic result" };

const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" });

/**
 * One diagnostic taken through the organization's link, for its members: the result the taker
 * saw, read inside the app (the taker's private link is theirs alone and is not kept).
 */
export default async function AssessmentPage({
  params,
}: PageProps<"/o/[orgSlug]/assessments/[assessmentId]">) {
  const { orgSlug, assessmentId } = await params;
  const ctx = await orgPage(
    orgSlug,
    "assessments:read",
    `/o/${orgSlug}/assessments/${encodeURIComponent(assessmentId)}`,
  );
  const [view, nextStep] = await Promise.all([
    getDiagnosticResultById(ctx, assessmentId),
    loadNextStepActivity(ctx, assessmentId),
  ]).catch((error) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const { context, createdAt, result } = view;
  const given = [
    labelFor(ROLE_OPTIONS, context.role),
    labelFor(REVENUE_BAND_OPTIONS, context.revenueBand),
    labelFor(VERTICAL_OPTIONS, context.vertical),
  ].filter(Boolean);

  return (
    <div className="mx-auto max-w-5xl">
      <p className="text-sm">
        <Link
          href={`/o/${ctx.organization.slug}/assessments`}
          className="text-brand-700 hover:underline"
        >
          ← Assessments
        </Link>
      </p>
      <p className="text-muted mt-3 text-sm">
        Revenue Leak Diagnostic · taken {dateFormat.format(createdAt)} · question set{" "}
        {result.version}
      </p>
      <p className="text-ink mt-1 text-sm">
        {given.length > 0 ? given.join(" · ") : "The taker gave no role, revenue or industry."}
      </p>
      {nextStep.length > 0 ? (
        <ul aria-label="Next step taken" className="mt-2 flex flex-wrap gap-2">
          {nextStep.map((line) => (
            <li
              key={line}
              className="bg-brand-50 text-brand-700 rounded-full px-3 py-1 text-sm font-medium"
            >
              {line}
            </li>
          ))}
        </ul>
      ) : null}

      <DiagnosticResultSections view={view} voice="team" />
    </div>
  );
}
