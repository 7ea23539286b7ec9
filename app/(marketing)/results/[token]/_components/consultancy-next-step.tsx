import Link from "next/link";
import { ButtonLink, buttonClasses } from "@/components/ui/button";
import type { NextStepOffer } from "@/lib/domain/organization/next-step-setting";
import { resultNextStep } from "@/lib/services/diagnostic/result-next-step";
import { NextStepLink } from "./next-step-link";
import { SnapshotRequestButton } from "./snapshot-request-button";

const box =
  "mt-6 rounded-2xl bg-slate-900 p-5 text-white shadow-sm sm:p-7 print:break-inside-avoid print:border print:border-slate-300 print:bg-white print:text-slate-900 print:shadow-none";

const dayFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" });

/**
 * After a result from an organization's own link: the call to action that organization set in
 * its settings (a booking link, an email address, or a Snapshot request), or, when it set none,
 * the same caution without a sale. Server-rendered; only the link's click count and the
 * request button run in the browser.
 */
export async function ConsultancyNextStep({ token }: { token: string }) {
  const { organization, offer, snapshotRequestedAt, hasEmail } = await resultNextStep(token);
  const retake = `/o/${encodeURIComponent(organization.slug)}/diagnostic`;
  if (!offer) return <DefaultNextStep retake={retake} />;
  const name = organization.name;
  return (
    <section aria-labelledby="next-step-heading" className={box}>
      <p className="text-brand-200 print:text-brand-700 text-sm font-semibold tracking-wide uppercase">
        Next step
      </p>
      <h2 id="next-step-heading" className="mt-1 text-xl font-semibold text-balance">
        {offer.kind === "snapshot"
          ? `Ask ${name} for a Snapshot`
          : `Go through this result with ${name}`}
      </h2>
      <p className="mt-2 max-w-3xl text-pretty text-slate-300 print:text-slate-700">
        {offer.note ?? defaultLine(offer, name)}
      </p>
      <div className="mt-6 print:hidden">
        {offer.kind === "snapshot" ? (
          snapshotRequestedAt ? (
            <p
              role="status"
              className="rounded-lg bg-emerald-400/10 px-4 py-3 text-sm text-pretty text-emerald-100 ring-1 ring-emerald-300/30"
            >
              You asked {name} for a Snapshot on {dayFormat.format(snapshotRequestedAt)}. They have
              been told and will be in touch by email.
            </p>
          ) : (
            <SnapshotRequestButton token={token} organizationName={name} needsEmail={!hasEmail} />
          )
        ) : (
          <div className="flex flex-col gap-2 sm:flex-row sm:items-center sm:gap-4">
            <NextStepLink
              token={token}
              action={offer.kind}
              href={offer.href}
              className={buttonClasses("primary", "lg")}
            >
              {offer.label}
            </NextStepLink>
            {offer.kind === "email" ? (
              <span className="text-center text-sm break-all text-slate-300 sm:text-left">
                {offer.address}
              </span>
            ) : null}
          </div>
        )}
      </div>
      <p className="mt-4 hidden text-sm break-all text-slate-900 print:block">
        {offer.kind === "booking" ? (
          <>
            {offer.label}: <span className="font-semibold">{offer.href}</span>
          </>
        ) : offer.kind === "email" ? (
          <>
            {offer.label}: <span className="font-semibold">{offer.address}</span>
          </>
        ) : snapshotRequestedAt ? (
          `Asked for on ${dayFormat.format(snapshotRequestedAt)}: ${name} will be in touch by email.`
        ) : (
          `To ask for one, open this result's private link and press “Ask for a Snapshot”.`
        )}
      </p>
      <Link
        href={retake}
        className="mt-5 inline-block text-sm font-medium text-slate-300 underline decoration-slate-500 underline-offset-2 hover:text-white print:hidden"
      >
        Retake the diagnostic
      </Link>
    </section>
  );
}

function defaultLine(offer: NextStepOffer, name: string): string {
  switch (offer.kind) {
    case "booking":
      return `${name} shared this diagnostic with you. Book a call to go through your result together and decide which repair comes first.`;
    case "email":
      return `${name} shared this diagnostic with you. Write to them to go through your result together and decide which repair comes first.`;
    case "snapshot":
      return `These are one person's twelve answers. A Snapshot asks each of your leaders, measures the pipeline in your CRM, and ends in a written assessment that ${name} takes you through. Ask, and they will be in touch.`;
  }
}

/** The organization set no call to action: a caution, and a way to retake its diagnostic. */
function DefaultNextStep({ retake }: { retake: string }) {
  return (
    <section className={box}>
      <h2 className="text-lg font-semibold">This is a direction, not a verdict</h2>
      <p className="mt-2 text-pretty text-slate-300 print:text-slate-700">
        Twelve answers from one person point at where to look. A Snapshot goes further: several
        leaders answer, your CRM pipeline is measured, and you get a written assessment to take into
        your next leadership meeting.
      </p>
      <div className="mt-5 flex flex-col gap-3 sm:flex-row print:hidden">
        <ButtonLink href={retake} variant="secondary">
          Retake the diagnostic
        </ButtonLink>
      </div>
    </section>
  );
}
