import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BrandScope } from "@/components/site/branding";
import { isAppError } from "@/lib/errors";
import { EVIDENCE_MAX_LENGTH, ROLE_LABELS } from "@/lib/domain/snapshot";
import { loadAnsweringPage } from "@/lib/services/snapshot/respondent-answers";
import { AnsweringClosed, AnswersReceived } from "./_components/answering-states";
import { SnapshotQuestionnaire } from "./_components/snapshot-questionnaire";
import { answeringSections } from "./answering-sections";

export const metadata: Metadata = {
  title: "Snapshot questions",
  // A private link: keep it out of search engines and referrer headers.
  robots: { index: false, follow: false },
  referrer: "no-referrer",
};

// Answers change while the respondent works; never serve a cached copy of this page.
export const dynamic = "force-dynamic";

async function loadPage(token: string) {
  try {
    return await loadAnsweringPage(token);
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

export default async function SnapshotAnsweringPage({
  params,
}: {
  params: Promise<{ token: string }>;
}) {
  const { token } = await params;
  const { respondent, bank } = await loadPage(token);
  const company = { name: respondent.company.name, logoUrl: respondent.company.logoUrl };

  return (
    <BrandScope branding={respondent.company}>
      {respondent.submittedAt ? (
        <AnswersReceived company={company} submittedAt={respondent.submittedAt} />
      ) : !respondent.open ? (
        <AnsweringClosed company={company} />
      ) : (
        <SnapshotQuestionnaire
          token={token}
          company={company}
          respondentName={respondent.name}
          roleLabel={ROLE_LABELS[respondent.role]}
          sections={answeringSections(bank)}
          noteMaxLength={EVIDENCE_MAX_LENGTH}
          initialAnswers={respondent.answers}
          initialEvidence={respondent.evidence}
        />
      )}
    </BrandScope>
  );
}
