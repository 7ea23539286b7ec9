import type { Metadata } from "next";
import { ButtonLink } from "@/components/ui/button";

export const metadata: Metadata = {
  title: "Result deleted",
  robots: { index: false, follow: false },
};

/** Where the confirmation lands: the result is gone, and the link with it. */
export default function ResultDeletedPage() {
  return (
    <div className="mx-auto max-w-xl px-4 py-10 sm:px-6 sm:py-16">
      <h1 className="text-ink text-2xl font-bold tracking-tight">Your result is deleted</h1>
      <p className="text-ink mt-4 text-pretty">
        The answers, the scores and the address that came with them are erased, and the private link
        now leads nowhere.
      </p>
      <div className="mt-6">
        <ButtonLink href="/diagnostic" variant="secondary">
          Take the diagnostic again
        </ButtonLink>
      </div>
    </div>
  );
}
