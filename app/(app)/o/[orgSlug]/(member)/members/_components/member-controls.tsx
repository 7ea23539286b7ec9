"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, inputClasses } from "@/components/ui/field";
import { useAction } from "@/components/ui/use-action";
import { ROLES, ROLE_LABELS, type Role } from "@/lib/domain/organization/permissions";
import {
  changeMemberRoleAction,
  inviteMemberAction,
  leaveOrganizationAction,
  removeMemberAction,
  revokeInvitationAction,
} from "../actions";
import { ErrorText } from "@/components/ui/error-text";

export function InviteForm({
  orgSlug,
  canInviteOwner,
}: {
  orgSlug: string;
  canInviteOwner: boolean;
}) {
  const { run, pending, error, fieldErrors } = useAction(inviteMemberAction);
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<Role>("MEMBER");
  const [sentTo, setSentTo] = useState<string | null>(null);
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        run({ orgSlug, email, role }, () => {
          setSentTo(email);
          setEmail("");
        });
      }}
      className="grid gap-3 sm:grid-cols-[1fr_auto_auto] sm:items-end"
    >
      <Field
        label="Email"
        type="email"
        value={email}
        onChange={(event) => setEmail(event.target.value)}
        error={fieldErrors.email}
        placeholder="colleague@company.com"
      />
      <div>
        <label htmlFor="invite-role" className="text-ink text-sm font-medium">
          Role
        </label>
        <select
          id="invite-role"
          value={role}
          onChange={(event) => setRole(event.target.value as Role)}
          className={inputClasses}
        >
          {ROLES.filter((r) => canInviteOwner || r !== "OWNER").map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r]}
            </option>
          ))}
        </select>
      </div>
      <Button type="submit" disabled={pending} aria-busy={pending}>
        {pending ? "Sending…" : "Send invitation"}
      </Button>
      <div className="sm:col-span-3">
        <ErrorText error={error} />
        {sentTo && !error ? (
          <p role="status" className="text-sm text-emerald-700">
            Invitation sent to {sentTo}.
          </p>
        ) : null}
      </div>
    </form>
  );
}

export function RevokeInvitationButton({
  orgSlug,
  invitationId,
}: {
  orgSlug: string;
  invitationId: string;
}) {
  const { run, pending, error } = useAction(revokeInvitationAction);
  return (
    <div className="text-right">
      <Button variant="ghost" disabled={pending} onClick={() => run({ orgSlug, invitationId })}>
        Revoke
      </Button>
      <ErrorText error={error} />
    </div>
  );
}

export function MemberRoleControls({
  orgSlug,
  userId,
  role,
  name,
  canChangeRole,
  canRemove,
  assignableRoles,
}: {
  orgSlug: string;
  userId: string;
  role: Role;
  name: string;
  canChangeRole: boolean;
  canRemove: boolean;
  assignableRoles: readonly Role[];
}) {
  const change = useAction(changeMemberRoleAction);
  const remove = useAction(removeMemberAction);
  return (
    <div className="flex flex-col items-end gap-1">
      <div className="flex items-center gap-2">
        {canChangeRole ? (
          <select
            aria-label={`Role of ${name}`}
            value={role}
            disabled={change.pending}
            onChange={(event) => change.run({ orgSlug, userId, role: event.target.value })}
            className="rounded-lg border border-slate-300 bg-white px-2 py-1.5 text-sm"
          >
            {assignableRoles.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}
              </option>
            ))}
          </select>
        ) : (
          <span className="text-ink text-sm font-medium">{ROLE_LABELS[role]}</span>
        )}
        {canRemove ? (
          <Button
            variant="ghost"
            disabled={remove.pending}
            onClick={() => {
              if (window.confirm(`Remove ${name}? They lose access immediately.`))
                remove.run({ orgSlug, userId });
            }}
          >
            Remove
          </Button>
        ) : null}
      </div>
      <ErrorText error={change.error ?? remove.error} />
    </div>
  );
}

export function LeaveOrganizationButton({
  orgSlug,
  organizationName,
}: {
  orgSlug: string;
  organizationName: string;
}) {
  const { run, pending, error } = useAction(leaveOrganizationAction);
  return (
    <div>
      <Button
        variant="secondary"
        disabled={pending}
        onClick={() => {
          if (
            window.confirm(
              `Leave ${organizationName}? You will need a new invitation to come back.`,
            )
          )
            run({ orgSlug });
        }}
      >
        Leave organization
      </Button>
      <ErrorText error={error} />
    </div>
  );
}
