"use client";

import { Button } from "@/components/ui/button";
import { useAction } from "@/components/ui/use-action";
import { acceptInvitationAction } from "../actions";

export function AcceptInvitationButton({
  token,
  organizationName,
}: {
  token: string;
  organizationName: string;
}) {
  const { run, pending, error } = useAction(acceptInvitationAction);
  return (
    <div>
      <Button size="lg" disabled={pending} aria-busy={pending} onClick={() => run({ token })}>
        {pending ? "Joining…" : `Join ${organizationName}`}
      </Button>
      {error ? (
        <p role="alert" className="mt-3 text-sm text-rose-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
