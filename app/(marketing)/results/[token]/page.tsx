import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DiagnosticResultSections } from "@/components/diagnostic/diagnostic-result-sections";
import { PeerComparison } from "@/components/diagnostic/peer-comparison";
import { ButtonLink } from "@/components/ui/button";
import { getDiagnosticResult, ZAccessToken } from "@/lib/services/diagnostic/get-diagnostic-result";
import { isAppError } from "@/lib/errors";
import { CopyLinkButton } from "./_components/copy-link-button";

export const metadata: Metadata = {
  title: "Your diagnostic result",
  // A private link: keep it out of search engines and referrer headers.
  robots: { index: false, follow: false },
  referrer: "no-referrer",
};

async function loadResult(token: string) {
  if (!ZAccessToken.safeParse(token).success) notFound();
  try {
    return await getDiagnosticResult(token);
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" });

export default async function ResultPage({ params, searchParams }: PageProps<"/results/[token]">) {
  const { token } = await params;
  const { copy } = await searchParams;
  const view = await loadResult(token);
  const { organization, createdAt, result } = view;

  return (
    <div className="mx-auto max-w-5xl px-4 py-8 sm:px-6 sm:py-12">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
        <p className="text-muted text-sm">
          Revenue Leak Diagnostic
          {organization.kind === "PLATFORM" ? "" : ` via ${organization.name}`} ·{" "}
          {dateFormat.format(createdAt)} · question set {result.version}
        </p>
        <CopyLinkButton />
      </div>

      {copy === "limited" ? (
        <p
          role="status"
          className="mt-4 rounded-xl border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-pretty text-amber-900"
        >
          We did not email a copy: that address has already received as many result copies as we
          send in a day. This page stays at its private link; bookmark it or copy the link above.
        </p>
      ) : null}

      <DiagnosticResultSections view={view} voice="taker" />

      <PeerComparison className="mt-6" comparison={view.peers} context={view.context} />

      <section className="mt-6 rounded-2xl bg-slate-900 p-5 text-white shadow-sm sm:p-7">
        <h2 className="text-lg font-semibold">This is a direction, not a verdict</h2>
        <p className="mt-2 text-pretty text-slate-300">
          Twelve answers from one person point at where to look. A Snapshot goes further: several
          leaders answer, your CRM pipeline is measured, and you get a written assessment to take
          into your next leadership meeting.
        </p>
        <div className="mt-5 flex flex-col gap-3 sm:flex-row">
          <ButtonLink href="/diagnostic" variant="secondary">
            Retake the diagnostic
          </ButtonLink>
        </div>
      </section>
    </div>
  );
}
