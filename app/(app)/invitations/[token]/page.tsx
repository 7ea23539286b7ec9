import type { Metadata } from "next";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { requireUserPage } from "@/lib/auth/guard";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { hashLinkToken } from "@/lib/auth/tokens";
import { getInvitationByTokenHash } from "@/lib/data/invitation/get-invitation-by-token-hash";
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
  const invitation = /^[A-Za-z0-9_-]{43}$/.test(token)
    ? await getInvitationByTokenHash(hashLinkToken(token))
    : null;

  let problem: string | null = null;
  if (!invitation || invitation.revokedAt)
    problem = "This invitation does not exist or was withdrawn.";
  else if (invitation.acceptedAt) problem = "This invitation was already accepted.";
  else if (invitation.expiresAt <= new Date())
    problem = "This invitation has expired. Ask the sender for a new one.";
  else if (invitation.email.toLowerCase() !== user.email.toLowerCase()) {
    problem = `This invitation is for ${invitation.email}, and you are signed in as ${user.email}. Sign out and sign in with the invited address.`;
  }

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
