import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { DiagnosticResultSections } from "@/components/diagnostic/diagnostic-result-sections";
import { PeerComparison } from "@/components/diagnostic/peer-comparison";
import { buttonClasses } from "@/components/ui/button";
import { FRACTURE_INFO, severityBandOf } from "@/lib/domain/diagnostic";
import { appBaseUrl } from "@/lib/http/base-url";
import { getDiagnosticResult, ZAccessToken } from "@/lib/services/diagnostic/get-diagnostic-result";
import { isAppError } from "@/lib/errors";
import { CopyLinkButton } from "./_components/copy-link-button";
import { DeleteResultLink } from "./_components/delete-result-link";
import { EmailResultForm } from "./_components/email-result-form";
import { NextStep } from "./_components/next-step";

/** Read once per request: the page and its metadata both need it. */
const loadResult = cache(async (token: string) => {
  if (!ZAccessToken.safeParse(token).success) notFound();
  try {
    return await getDiagnosticResult(token);
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
});

/**
 * A private link: kept out of search engines and referrer headers. A forwarded link still shows
 * a preview, which names the costliest fracture and its band and none of the answers.
 */
export async function generateMetadata({
  params,
}: PageProps<"/results/[token]">): Promise<Metadata> {
  const { token } = await params;
  const { result } = await loadResult(token);
  const base = appBaseUrl();
  const primary = result.primary;
  const score = result.fractures.find((f) => f.key === primary)?.score;
  const headline =
    primary && score !== undefined
      ? `${FRACTURE_INFO[primary].name} (${severityBandOf(score).label.toLowerCase()}, ${score}/100)`
      : "No major leak: the revenue chain is holding";
  const title = `Revenue Leak Diagnostic: ${headline}`;
  const description =
    "Where this company's revenue chain leaks most, how the five fractures compare, and the first repair step.";
  const image = {
    url: `${base}/results/${token}/image`,
    width: 1200,
    height: 630,
    type: "image/png",
    alt: title,
  };
  return {
    metadataBase: new URL(base),
    title: "Your diagnostic result",
    description,
    robots: { index: false, follow: false },
    referrer: "no-referrer",
    openGraph: { type: "website", siteName: "Revenue Chain", title, description, images: [image] },
    twitter: { card: "summary_large_image", title, description, images: [image] },
  };
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
        <div className="flex flex-wrap gap-2 print:hidden">
          <CopyLinkButton />
          <a href={`/results/${token}/pdf`} className={buttonClasses("secondary")} download>
            Download PDF
          </a>
        </div>
      </div>

      {copy === "limited" ? (
        <p
          role="status"
          className="mt-4 rounded-xl border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-pretty text-amber-900 print:hidden"
        >
          We did not email a copy: that address has already received as many result copies as we
          send in a day. This page stays at its private link; bookmark it or copy the link above.
        </p>
      ) : null}

      <DiagnosticResultSections view={view} voice="taker" repriceToken={token} />

      <PeerComparison className="mt-6" comparison={view.peers} context={view.context} />

      <div className="print:hidden">
        <EmailResultForm token={token} />
      </div>

      <NextStep platform={organization.kind === "PLATFORM"} token={token} />

      <div className="print:hidden">
        <DeleteResultLink token={token} />
      </div>
    </div>
  );
}
