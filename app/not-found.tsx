import type { Metadata } from "next";
import { NotFoundState } from "@/components/site/not-found-state";
import { SiteFooter } from "@/components/site/site-footer";
import { SiteHeader } from "@/components/site/site-header";
import { ButtonLink } from "@/components/ui/button";

export const metadata: Metadata = { title: "Page not found", robots: { index: false } };

export default function NotFound() {
  return (
    <div className="flex min-h-dvh flex-col">
      <SiteHeader />
      <main id="main" className="flex-1">
        <NotFoundState
          eyebrow="Not found"
          title="There is no page at this address"
          actions={
            <>
              <ButtonLink href="/">Go to the home page</ButtonLink>
              <ButtonLink href="/sign-in" variant="secondary">
                Sign in
              </ButtonLink>
            </>
          }
        >
          <p>
            The address may be mistyped or out of date, or the page belongs to an organization you
            are not a member of. Signed in with another email? Sign in with the one you were invited
            with.
          </p>
        </NotFoundState>
      </main>
      <SiteFooter />
    </div>
  );
}
