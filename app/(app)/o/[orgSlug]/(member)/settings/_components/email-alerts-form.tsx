"use client";

import { useState } from "react";
import { useAction } from "@/components/ui/use-action";
import { updateEmailAlertsAction } from "../actions";
import { FormActions } from "./form-actions";

type Alerts = { alertSnapshotSubmitted: boolean; alertSnapshotAllSubmitted: boolean };

const CHOICES: { key: keyof Alerts; label: string; hint: string }[] = [
  {
    key: "alertSnapshotSubmitted",
    label: "When a leader sends their Snapshot answers",
    hint: "One email per leader, with how many of those invited have answered so far.",
  },
  {
    key: "alertSnapshotAllSubmitted",
    label: "When every leader invited has answered",
    hint: "One email per Snapshot: the moment to close answering and write the assessment.",
  },
];

/** Which Snapshot alerts the signed-in person gets by email. */
export function EmailAlertsForm({ orgSlug, initial }: { orgSlug: string; initial: Alerts }) {
  const { run, pending, error } = useAction(updateEmailAlertsAction);
  const [alerts, setAlerts] = useState(initial);
  const [saved, setSaved] = useState(false);
  return (
    <form
      noValidate
      className="space-y-5"
      onSubmit={(event) => {
        event.preventDefault();
        run({ orgSlug, ...alerts }, () => setSaved(true));
      }}
    >
      {CHOICES.map((choice) => (
        <label key={choice.key} className="flex items-start gap-3">
          <input
            type="checkbox"
            checked={alerts[choice.key]}
            onChange={(event) => {
              setSaved(false);
              setAlerts({ ...alerts, [choice.key]: event.target.checked });
            }}
            className="accent-brand-600 mt-1 size-4 shrink-0"
            aria-describedby={`${choice.key}-hint`}
          />
          <span className="text-ink text-sm font-medium">
            {choice.label}
            <span id={`${choice.key}-hint`} className="text-muted mt-1 block font-normal">
              {choice.hint}
            </span>
          </span>
        </label>
      ))}
      <FormActions label="Save email alerts" pending={pending} error={error} saved={saved} />
    </form>
  );
}
