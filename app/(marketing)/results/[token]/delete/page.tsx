import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getDiagnosticResult, ZAccessToken } from "@/lib/services/diagnostic/get-diagnostic-result";
import { FRACTURE_INFO } from "@/lib/domain/diagnostic";
import { isAppError } from "@/lib/errors";
import { ConfirmDeleteForm } from "./_components/confirm-delete-form";

export const metadata: Metadata = {
  title: "Delete your diagnostic result",
  robots: { index: false, follow: false },
  referrer: "no-referrer",
};

const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" });

async function loadResult(token: string) {
  if (!ZAccessToken.safeParse(token).success) notFound();
  try {
    return await getDiagnosticResult(token);
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

/** The confirmation step: nothing is deleted until a person presses the button here. */
export default async function DeleteResultPage({ params }: PageProps<"/results/[token]/delete">) {
  const { token } = await params;
  const { createdAt, result, organization } = await loadResult(token);
  const headline = result.primary
    ? FRACTURE_INFO[result.primary].name
    : "No fracture at 25 or more";
  return (
    <div className="mx-auto max-w-xl px-4 py-10 sm:px-6 sm:py-16">
      <p className="text-muted text-sm">Revenue Leak Diagnostic · {dateFormat.format(createdAt)}</p>
      <h1 className="text-ink mt-2 text-2xl font-bold tracking-tight text-balance">
        Delete this result?
      </h1>
      <div className="text-ink mt-4 space-y-3 text-pretty">
        <p>
          Your result “{headline}” will be erased: your twelve answers, the scores, and the email
          address given with it.{" "}
          {organization.kind === "PLATFORM"
            ? "We will no longer have it as a lead. A Snapshot you brought it to keeps its own copy of the date and the scores, which stays with your company."
            : `${organization.name}, whose link you used, will no longer see it among its leads.`}
        </p>
        <p className="font-medium">
          This cannot be undone. The private link will stop working, and any copy already emailed
          will point to a page that no longer exists.
        </p>
      </div>
      <ConfirmDeleteForm token={token} />
    </div>
  );
}
