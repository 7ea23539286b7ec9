import { SiteFooter } from "@/components/site/site-footer";
import { SiteHeader } from "@/components/site/site-header";
import { ButtonLink } from "@/components/ui/button";

export default function MarketingLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="flex min-h-dvh flex-col">
      <SiteHeader>
        <ButtonLink href="/sign-in" variant="ghost">
          Sign in
        </ButtonLink>
        <ButtonLink href="/diagnostic" variant="secondary">
          Take the diagnostic
        </ButtonLink>
      </SiteHeader>
      <main id="main" className="flex-1">
        {children}
      </main>
      <SiteFooter />
    </div>
  );
}
