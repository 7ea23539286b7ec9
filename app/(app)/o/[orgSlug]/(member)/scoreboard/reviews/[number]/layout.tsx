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
    <PrintFrame company={ctx.organization.name} review={`Review ${number}`}>
      {children}
    </PrintFrame>
  );
}
