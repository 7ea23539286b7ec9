"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, inputClasses } from "@/components/ui/field";
import { useAction } from "@/components/ui/use-action";
import type { LeadFunction, QualificationStandard } from "@/lib/domain/scoreboard";
import { draftStandardAction, saveScoreboardSettingsAction, signStandardAction } from "../actions";
import { ErrorText } from "@/components/ui/error-text";

/** A labelled text box for one part of the standard. */
function TextAreaField({
  id,
  label,
  value,
  onChange,
  rows,
  error,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  rows?: number;
  error?: string;
}) {
  return (
    <div>
      <label htmlFor={id} className="text-ink text-sm font-medium">
        {label}
      </label>
      <textarea
        id={id}
        rows={rows}
        className={`${inputClasses} min-h-24 text-sm leading-relaxed`}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
      {error ? <p className="mt-1 text-sm text-rose-700">{error}</p> : null}
    </div>
  );
}

export function SignButton({
  orgSlug,
  version,
  fn,
  title,
}: {
  orgSlug: string;
  version: number;
  fn: LeadFunction;
  title: string;
}) {
  const router = useRouter();
  const { run, pending, error } = useAction(signStandardAction);
  return (
    <div>
      <Button
        disabled={pending}
        onClick={() => run({ orgSlug, version, function: fn }, () => router.refresh())}
      >
        {pending ? "Signing…" : `Sign version ${version} as ${title.toLowerCase()}`}
      </Button>
      <ErrorText error={error} />
    </div>
  );
}

export function SettingsForm({
  orgSlug,
  members,
  initial,
}: {
  orgSlug: string;
  members: { id: string; label: string }[];
  initial: { marketingLeadId: string; salesLeadId: string; cadence: string; anchorDate: string };
}) {
  const router = useRouter();
  const { run, pending, error, fieldErrors } = useAction(saveScoreboardSettingsAction);
  const [values, setValues] = useState(initial);
  const [saved, setSaved] = useState(false);
  const set = (key: keyof typeof values) => (event: { target: { value: string } }) => {
    setSaved(false);
    setValues({ ...values, [key]: event.target.value });
  };
  const select = (id: string, label: string, key: "marketingLeadId" | "salesLeadId") => (
    <div>
      <label htmlFor={id} className="text-ink text-sm font-medium">
        {label}
      </label>
      <select id={id} className={inputClasses} value={values[key]} onChange={set(key)}>
        <option value="">Nobody yet</option>
        {members.map((m) => (
          <option key={m.id} value={m.id}>
            {m.label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form
      noValidate
      className="grid gap-4 sm:grid-cols-2"
      onSubmit={(event) => {
        event.preventDefault();
        run({ orgSlug, ...values }, () => {
          setSaved(true);
          router.refresh();
        });
      }}
    >
      {select("marketing-lead", "Marketing lead", "marketingLeadId")}
      {select("sales-lead", "Sales lead", "salesLeadId")}
      <div>
        <label htmlFor="cadence" className="text-ink text-sm font-medium">
          Reviews
        </label>
        <select
          id="cadence"
          className={inputClasses}
          value={values.cadence}
          onChange={set("cadence")}
        >
          <option value="WEEKLY">Every week (while the habit forms)</option>
          <option value="BIWEEKLY">Every two weeks</option>
          <option value="QUARTERLY">Every quarter (once it holds)</option>
        </select>
      </div>
      <Field
        label="First review day"
        type="date"
        value={values.anchorDate}
        onChange={set("anchorDate")}
        error={fieldErrors.anchorDate}
      />
      <div className="flex items-center gap-3 sm:col-span-2">
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? "Saving…" : "Save leads and rhythm"}
        </Button>
        {saved && !error ? (
          <span role="status" className="text-sm text-emerald-700">
            Saved.
          </span>
        ) : null}
      </div>
      <div className="sm:col-span-2">
        <ErrorText error={error} />
      </div>
    </form>
  );
}

/** Edit the standard as a whole; saving makes the next version, which both leads sign again. */
export function StandardEditor({
  orgSlug,
  initial,
  nextVersion,
}: {
  orgSlug: string;
  initial: QualificationStandard;
  nextVersion: number;
}) {
  const router = useRouter();
  const { run, pending, error, fieldErrors } = useAction(draftStandardAction);
  const [s, setS] = useState(initial);
  const [requirements, setRequirements] = useState(
    initial.handoff.requiredBeforeHandoff.join("\n"),
  );
  const [thresholds, setThresholds] = useState(
    initial.thresholds.map((t) => `${t.appliesTo}: ${t.rule}`).join("\n"),
  );
  const criterion = (key: keyof QualificationStandard["criteria"], label: string) => (
    <TextAreaField
      id={`criterion-${key}`}
      label={label}
      value={s.criteria[key]}
      onChange={(value) => setS({ ...s, criteria: { ...s.criteria, [key]: value } })}
      error={fieldErrors[`content.criteria.${key}`]}
    />
  );
  const problems = Object.entries(fieldErrors).map(([, message]) => message);
  return (
    <form
      noValidate
      className="space-y-5"
      onSubmit={(event) => {
        event.preventDefault();
        const content: QualificationStandard = {
          ...s,
          thresholds: thresholds
            .split("\n")
            .map((line) => line.trim())
            .filter(Boolean)
            .map((line) => {
              const at = line.indexOf(":");
              return at > 0
                ? { appliesTo: line.slice(0, at).trim(), rule: line.slice(at + 1).trim() }
                : { appliesTo: line, rule: "" };
            }),
          handoff: { ...s.handoff, requiredBeforeHandoff: requirements.split("\n") },
        };
        run({ orgSlug, content }, () => router.refresh());
      }}
    >
      <div className="grid gap-4 sm:grid-cols-2">
        {criterion("budget", "Budget")}
        {criterion("authority", "Authority")}
        {criterion("problem", "A live problem")}
        {criterion("timeline", "A realistic timeline")}
      </div>
      <TextAreaField
        id="thresholds"
        label="Where the bar differs (one per line: who it applies to, a colon, the rule)"
        rows={4}
        value={thresholds}
        onChange={setThresholds}
      />
      <TextAreaField
        id="requirements"
        label="What marketing must know before the handoff (one per line)"
        rows={4}
        value={requirements}
        onChange={setRequirements}
      />
      <div className="grid gap-4 sm:grid-cols-[12rem_1fr]">
        <Field
          label="Sales answers within (hours)"
          type="number"
          min={1}
          max={720}
          value={String(s.handoff.responseHours)}
          onChange={(e) =>
            setS({ ...s, handoff: { ...s.handoff, responseHours: Number(e.target.value) } })
          }
        />
        <TextAreaField
          id="on-rejection"
          label="When sales rejects a lead"
          value={s.handoff.onRejection}
          onChange={(value) => setS({ ...s, handoff: { ...s.handoff, onRejection: value } })}
        />
      </div>
      <TextAreaField
        id="recycling"
        label="How rejected leads are recycled"
        value={s.handoff.recycling}
        onChange={(value) => setS({ ...s, handoff: { ...s.handoff, recycling: value } })}
      />
      {problems.length > 0 ? (
        <ul role="alert" className="space-y-1 text-sm text-rose-700">
          {problems.map((p, i) => (
            <li key={i}>{p}</li>
          ))}
        </ul>
      ) : null}
      <ErrorText error={error} />
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : `Save as version ${nextVersion}`}
      </Button>
    </form>
  );
}
