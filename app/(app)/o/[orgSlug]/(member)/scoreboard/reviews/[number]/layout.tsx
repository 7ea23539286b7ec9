import { PrintFrame } from "@/components/print/print-frame";
import { orgPage } from "@/lib/auth/guard";

/** A review prints with the company, the date and its number on every page. */
export default async function ReviewLayout({
  children,
  params,
}: LayoutProps<"/o/[orgSlug]/scoreboard/reviews/[number]">) {
  const { orgSlug, number } = await params;
  const ctx = await orgPage(
    orgSlug,
    "scoreboard:read",
    `/o/${orgSlug}/scoreboard/reviews/${number}`,
  );
  return (
    // A number that is not one gets the page's not-found answer; the header names no review.
    <PrintFrame
      company={ctx.organization.name}
      review={/^[1-9]\d{0,5}$/.test(number) ? `Review ${number}` : null}
    >
      {children}
    </PrintFrame>
  );
}
