import Link from "next/link";
import { Logo } from "@/components/site/logo";
import { Button } from "@/components/ui/button";
import type { SessionUser } from "@/lib/auth/guard";
import { signOutAction } from "../actions";
import { OrgNav, type OrgNavItem } from "./org-nav";

export function AppHeader({
  user,
  organization,
  nav = [],
}: {
  user: SessionUser;
  organization?: { name: string; slug: string };
  nav?: OrgNavItem[];
}) {
  return (
    <header className="border-b border-slate-200 bg-white print:hidden">
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-3 px-4 py-3 sm:px-6">
        <div className="flex min-w-0 items-center gap-3">
          <Logo markOnlyOnPhones={organization !== undefined} />
          {organization ? (
            <>
              <span aria-hidden="true" className="text-slate-300">
                /
              </span>
              <Link
                href="/o"
                className="text-ink truncate rounded-md px-1 font-medium hover:bg-slate-100"
                title="Switch organization"
              >
                {organization.name}
              </Link>
            </>
          ) : null}
        </div>
        <div className="flex shrink-0 items-center gap-3">
          <span className="text-muted hidden text-sm sm:inline" data-testid="signed-in-as">
            {user.email}
          </span>
          <form action={signOutAction}>
            <Button type="submit" variant="ghost">
              Sign out
            </Button>
          </form>
        </div>
      </div>
      {nav.length > 0 ? <OrgNav items={nav} /> : null}
    </header>
  );
}
