import type { Metadata } from "next";
import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import { orgPage } from "@/lib/auth/guard";
import { ROLES, ROLE_LABELS, can } from "@/lib/domain/organization/permissions";
import { loadMembers } from "@/lib/services/members/load-members";
import {
  InviteForm,
  LeaveOrganizationButton,
  MemberRoleControls,
  RevokeInvitationButton,
} from "./_components/member-controls";

export const metadata: Metadata = { title: "Members" };

const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });

export default async function MembersPage({ params }: PageProps<"/o/[orgSlug]/members">) {
  const { orgSlug } = await params;
  const ctx = await orgPage(orgSlug, "members:read", `/o/${orgSlug}/members`);
  const canInvite = can(ctx.role, "members:invite");
  const { members, invitations } = await loadMembers(ctx);
  const isOwner = ctx.role === "OWNER";
  // Only owners hand out or take away the owner role.
  const assignableRoles = isOwner ? ROLES : ROLES.filter((r) => r !== "OWNER");

  return (
    <>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-ink text-2xl font-bold tracking-tight">Members</h1>
          <p className="text-muted mt-2">Everyone with access to {ctx.organization.name}.</p>
        </div>
        <LeaveOrganizationButton
          orgSlug={ctx.organization.slug}
          organizationName={ctx.organization.name}
        />
      </div>

      {canInvite ? (
        <Card className="mt-6">
          <CardTitle>Invite someone</CardTitle>
          <p className="text-muted mt-1 text-sm">
            They get an email with a link that works for 7 days. Viewers can read; members can also
            export; admins manage people.
          </p>
          <div className="mt-4">
            <InviteForm orgSlug={ctx.organization.slug} canInviteOwner={isOwner} />
          </div>
        </Card>
      ) : null}

      <ul
        aria-label="Members"
        className="mt-6 divide-y divide-slate-200 overflow-hidden rounded-2xl border border-slate-200 bg-white"
      >
        {members.map((m) => {
          const self = m.user.id === ctx.user.id;
          const ownerTarget = m.role === "OWNER";
          const name = m.user.name ?? m.user.email;
          return (
            <li
              key={m.user.id}
              className="flex flex-wrap items-center justify-between gap-3 px-5 py-4"
            >
              <span>
                <span className="text-ink block font-medium">
                  {name}
                  {self ? <span className="text-muted ml-2 text-sm font-normal">(you)</span> : null}
                </span>
                <span className="text-muted block text-sm">
                  {m.user.email} · joined {dateFormat.format(m.createdAt)}
                </span>
              </span>
              <MemberRoleControls
                orgSlug={ctx.organization.slug}
                userId={m.user.id}
                role={m.role}
                name={name}
                assignableRoles={ownerTarget ? ROLES : assignableRoles}
                canChangeRole={
                  !self && can(ctx.role, "members:change-role") && (isOwner || !ownerTarget)
                }
                canRemove={!self && can(ctx.role, "members:remove") && (isOwner || !ownerTarget)}
              />
            </li>
          );
        })}
      </ul>

      {canInvite && invitations.length > 0 ? (
        <section aria-labelledby="pending" className="mt-8">
          <h2 id="pending" className="text-ink text-lg font-semibold">
            Pending invitations
          </h2>
          <ul className="mt-3 divide-y divide-slate-200 overflow-hidden rounded-2xl border border-slate-200 bg-white">
            {invitations.map((invitation) => (
              <li
                key={invitation.id}
                className="flex flex-wrap items-center justify-between gap-3 px-5 py-3"
              >
                <span>
                  <span className="text-ink block font-medium">{invitation.email}</span>
                  <span className="text-muted block text-sm">
                    <Badge>{ROLE_LABELS[invitation.role]}</Badge> · expires{" "}
                    {dateFormat.format(invitation.expiresAt)}
                  </span>
                </span>
                <RevokeInvitationButton
                  orgSlug={ctx.organization.slug}
                  invitationId={invitation.id}
                />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
