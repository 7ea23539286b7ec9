import type { ReactNode, Ref } from "react";
import { Card } from "@/components/ui/card";

export type AnsweringCompany = { name: string; logoUrl: string | null };

/** The company whose Snapshot this is: its logo when it has one, and its name. */
export function CompanyMark({ company }: { company: AnsweringCompany }) {
  return (
    <div className="flex items-center gap-3">
      {company.logoUrl ? (
        // A customer-supplied URL on any host: a plain img avoids configuring remote image hosts.
        // eslint-disable-next-line @next/next/no-img-element
        <img src={company.logoUrl} alt="" className="h-8 w-auto max-w-32 object-contain" />
      ) : null}
      <p className="text-brand-700 text-sm font-semibold">{company.name} · Snapshot</p>
    </div>
  );
}

const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" });

/** One card under the company's name: the introduction, or a state with nothing left to do. */
export function AnsweringCard({
  company,
  title,
  headingRef,
  children,
}: {
  company: AnsweringCompany;
  title: string;
  headingRef?: Ref<HTMLHeadingElement>;
  children: ReactNode;
}) {
  return (
    <div className="mx-auto max-w-2xl px-4 py-8 sm:py-14">
      <Card>
        <CompanyMark company={company} />
        <h1
          ref={headingRef}
          tabIndex={-1}
          className="text-ink mt-4 text-2xl font-bold tracking-tight text-balance outline-none sm:text-3xl"
        >
          {title}
        </h1>
        {children}
      </Card>
    </div>
  );
}

export function AnswersReceived({
  company,
  submittedAt,
  headingRef,
}: {
  company: AnsweringCompany;
  submittedAt: Date;
  headingRef?: Ref<HTMLHeadingElement>;
}) {
  return (
    <AnsweringCard company={company} title="Thank you: your answers are in" headingRef={headingRef}>
      <div className="text-muted mt-4 space-y-3">
        <p>
          {company.name} will share the written assessment once it is ready. It sets your answers
          beside those of the other leaders, so where you see things differently will show.
        </p>
        <p>There is nothing more to do here. You can close this page.</p>
        <p className="text-sm">Sent on {dateFormat.format(submittedAt)}.</p>
      </div>
    </AnsweringCard>
  );
}

export function AnsweringClosed({ company }: { company: AnsweringCompany }) {
  return (
    <AnsweringCard company={company} title="Answering is closed">
      <div className="text-muted mt-4 space-y-3">
        <p>
          {company.name}&apos;s Snapshot is not taking answers at the moment. Anything you saved
          before stays stored.
        </p>
        <p>If you expected to answer, ask the person who sent you this link.</p>
      </div>
    </AnsweringCard>
  );
}
