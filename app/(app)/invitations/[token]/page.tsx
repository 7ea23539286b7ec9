import type { Metadata } from "next";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { requireUserPage } from "@/lib/auth/guard";
import { ROLE_LABELS } from "@/lib/domain/organization/permissions";
import { loadInvitation } from "@/lib/services/members/load-invitation";
import { AppHeader } from "../../_components/app-header";
import { AcceptInvitationButton } from "./_components/accept-button";

export const metadata: Metadata = {
  title: "Invitation",
  robots: { index: false },
  referrer: "no-referrer",
};

export default async function InvitationPage({ params }: PageProps<"/invitations/[token]">) {
  const { token } = await params;
  const user = await requireUserPage(`/invitations/${token}`);
  const { invitation, problem } = await loadInvitation(user, token);

  return (
    <div className="min-h-dvh">
      <AppHeader user={user} />
      <main id="main" className="mx-auto max-w-lg px-4 py-12 sm:px-6">
        <Card>
          {problem || !invitation ? (
            <>
              <h1 className="text-ink text-2xl font-bold tracking-tight">Invitation unavailable</h1>
              <p className="text-muted mt-3">{problem}</p>
              <div className="mt-6">
                <ButtonLink href="/o" variant="secondary">
                  Your organizations
                </ButtonLink>
              </div>
            </>
          ) : (
            <>
              <h1 className="text-ink text-2xl font-bold tracking-tight">
                Join {invitation.organization.name}
              </h1>
              <p className="text-muted mt-3">
                You were invited as {ROLE_LABELS[invitation.role].toLowerCase()}. Accepting adds{" "}
                {invitation.organization.name} to your organizations.
              </p>
              <div className="mt-6">
                <AcceptInvitationButton
                  token={token}
                  organizationName={invitation.organization.name}
                />
              </div>
            </>
          )}
        </Card>
      </main>
    </div>
  );
}
