"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { ErrorText } from "@/components/ui/error-text";
import { Field } from "@/components/ui/field";
import { useAction } from "@/components/ui/use-action";
import { deletePipelineDataAction } from "../actions";
import { DangerButton } from "./danger-button";

/** Delete every deal, stage entry and import, confirmed by typing the organization's name. */
export function DeletePipelineData({
  orgSlug,
  organizationName,
}: {
  orgSlug: string;
  organizationName: string;
}) {
  const router = useRouter();
  const { run, pending, error } = useAction(deletePipelineDataAction);
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState("");
  const matches = typed.trim() === organizationName.trim();

  return (
    <Card className="mt-8 border-rose-200" data-testid="delete-pipeline-data">
      <CardTitle>Delete all pipeline data</CardTitle>
      <p className="text-muted mt-1 text-sm">
        Removes every deal, stage entry and import, and the figures built on them. The pipeline
        stages, revenue targets and remembered column choices stay. This cannot be undone.
      </p>
      {!open ? (
        <Button variant="secondary" className="mt-4" onClick={() => setOpen(true)}>
          Delete all pipeline data…
        </Button>
      ) : (
        <form
          noValidate
          className="mt-4"
          onSubmit={(event) => {
            event.preventDefault();
            if (!matches) return;
            run({ orgSlug, organizationName: typed }, () => {
              router.push(`/o/${orgSlug}/pipeline`);
              router.refresh();
            });
          }}
        >
          <Field
            className="sm:max-w-sm"
            label={`Type ${organizationName} to confirm`}
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
            autoComplete="off"
            spellCheck={false}
            data-testid="confirm-organization-name"
          />
          <div className="mt-4 flex flex-col gap-2 sm:flex-row">
            <DangerButton type="submit" disabled={!matches || pending} data-testid="delete-data">
              {pending ? "Deleting…" : "Delete all pipeline data"}
            </DangerButton>
            <Button
              variant="ghost"
              disabled={pending}
              onClick={() => {
                setOpen(false);
                setTyped("");
              }}
            >
              Keep it
            </Button>
          </div>
          <ErrorText error={error} />
        </form>
      )}
    </Card>
  );
}
