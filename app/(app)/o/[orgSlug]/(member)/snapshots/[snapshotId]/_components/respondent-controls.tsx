"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, inputClasses } from "@/components/ui/field";
import { useAction } from "@/components/ui/use-action";
import { RESPONDENT_ROLES, ROLE_TITLES } from "@/lib/domain/snapshot/respondent-roles";
import { WITHOUT_PIPELINE } from "@/lib/domain/snapshot/pipeline-redraft";
import type { RespondentRole } from "@/lib/domain/snapshot/types";
import { closeSnapshotAction, inviteRespondentAction, remindRespondentAction } from "../../actions";
import { ErrorText } from "@/components/ui/error-text";

export function InviteRespondentForm({
  orgSlug,
  snapshotId,
  suggestedRole,
}: {
  orgSlug: string;
  snapshotId: string;
  suggestedRole: RespondentRole;
}) {
  const { run, pending, error, fieldErrors } = useAction(inviteRespondentAction);
  const [email, setEmail] = useState("");
  const [name, setName] = useState("");
  const [role, setRole] = useState<RespondentRole>(suggestedRole);
  const [sentTo, setSentTo] = useState<string | null>(null);
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        run({ orgSlug, snapshotId, email, name, role }, () => {
          setSentTo(email);
          setEmail("");
          setName("");
        });
      }}
      className="grid gap-3 sm:grid-cols-[1fr_1fr_auto_auto] sm:items-end"
    >
      <Field
        label="Email"
        type="email"
        value={email}
        onChange={(event) => setEmail(event.target.value)}
        error={fieldErrors.email}
        placeholder="leader@company.com"
      />
      <Field
        label="Name (optional)"
        value={name}
        onChange={(event) => setName(event.target.value)}
        error={fieldErrors.name}
      />
      <div>
        <label htmlFor="respondent-role" className="text-ink text-sm font-medium">
          Answers as
        </label>
        <select
          id="respondent-role"
          className={inputClasses}
          value={role}
          onChange={(event) => setRole(event.target.value as RespondentRole)}
        >
          {RESPONDENT_ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_TITLES[r]}
            </option>
          ))}
        </select>
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? "Sending…" : "Send the link"}
      </Button>
      <div className="sm:col-span-4">
        <ErrorText error={error} />
        {sentTo && !error ? (
          <p role="status" className="text-sm text-emerald-700">
            Sent a private answering link to {sentTo}.
          </p>
        ) : null}
      </div>
    </form>
  );
}

export function RemindButton({
  orgSlug,
  snapshotId,
  respondentId,
  email,
}: {
  orgSlug: string;
  snapshotId: string;
  respondentId: string;
  email: string;
}) {
  const { run, pending, error } = useAction(remindRespondentAction);
  const [sent, setSent] = useState(false);
  return (
    <span className="flex flex-col items-end">
      <Button
        variant="secondary"
        disabled={pending || sent}
        aria-label={`Remind ${email}`}
        onClick={() => run({ orgSlug, snapshotId, respondentId }, () => setSent(true))}
      >
        {sent ? "Reminded" : pending ? "Sending…" : "Remind"}
      </Button>
      <ErrorText error={error} />
    </span>
  );
}

export function CloseAnsweringButton({
  orgSlug,
  snapshotId,
  submitted,
  pipelineImported,
  pipelineHref,
}: {
  orgSlug: string;
  snapshotId: string;
  submitted: number;
  pipelineImported: boolean;
  pipelineHref: string;
}) {
  const router = useRouter();
  const { run, pending, error } = useAction(closeSnapshotAction);
  const [confirmNoPipeline, setConfirmNoPipeline] = useState(false);
  return (
    <div>
      {pipelineImported ? null : (
        <div className="mb-4 rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm">
          <p className="text-ink">
            {WITHOUT_PIPELINE}{" "}
            <a href={pipelineHref} className="text-brand-700 font-medium hover:underline">
              Import the pipeline
            </a>{" "}
            first, or close now and redraft those sections once it is in.
          </p>
          <label className="text-ink mt-3 flex items-start gap-2">
            <input
              type="checkbox"
              className="mt-0.5"
              checked={confirmNoPipeline}
              onChange={(event) => setConfirmNoPipeline(event.target.checked)}
            />
            Close without pipeline data
          </label>
        </div>
      )}
      <Button
        disabled={pending || submitted === 0 || (!pipelineImported && !confirmNoPipeline)}
        onClick={() => {
          if (!window.confirm("Close answering? Answers not yet sent will not be counted.")) return;
          run({ orgSlug, snapshotId, confirmNoPipeline }, () => router.refresh());
        }}
      >
        {pending ? "Writing the draft…" : "Close answering and write the draft"}
      </Button>
      <ErrorText error={error} />
    </div>
  );
}
