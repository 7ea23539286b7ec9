import { SiteFooter } from "@/components/site/site-footer";
import { SiteHeader } from "@/components/site/site-header";
import { ButtonLink } from "@/components/ui/button";

export default function MarketingLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="flex min-h-dvh flex-col">
      <SiteHeader>
        <ButtonLink href="/sign-in" variant="ghost" className="px-3 whitespace-nowrap sm:px-4">
          Sign in
        </ButtonLink>
        {/* On a phone the header holds the logo and two short buttons on one line. Not
            prefetched: every page shows this header, and a result opened from a link should not
            download the questionnaire's script just in case. */}
        <ButtonLink
          href="/diagnostic"
          prefetch={false}
          variant="secondary"
          className="px-3 whitespace-nowrap sm:px-4"
        >
          <span className="sm:hidden">Diagnostic</span>
          <span className="hidden sm:inline">Take the diagnostic</span>
        </ButtonLink>
      </SiteHeader>
      <main id="main" className="flex-1">
        {children}
      </main>
      <SiteFooter />
    </div>
  );
}
