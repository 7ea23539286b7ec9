"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useAction } from "@/components/ui/use-action";
import { updateBenchmarkSharingAction } from "../actions";

/** Whether results from the branded link count in the anonymous peer benchmarks. */
export function BenchmarkForm({ orgSlug, initial }: { orgSlug: string; initial: boolean }) {
  const { run, pending, error } = useAction(updateBenchmarkSharingAction);
  const [shareBenchmarks, setShareBenchmarks] = useState(initial);
  const [saved, setSaved] = useState(false);
  return (
    <form
      noValidate
      className="space-y-5"
      onSubmit={(event) => {
        event.preventDefault();
        run({ orgSlug, shareBenchmarks }, () => setSaved(true));
      }}
    >
      <label className="flex items-start gap-3">
        <input
          type="checkbox"
          checked={shareBenchmarks}
          onChange={(event) => {
            setSaved(false);
            setShareBenchmarks(event.target.checked);
          }}
          className="accent-brand-600 mt-1 size-4 shrink-0"
          aria-describedby="benchmarks-hint"
        />
        <span className="text-ink text-sm font-medium">
          Count our link&apos;s results in the anonymous benchmarks
          <span id="benchmarks-hint" className="text-muted mt-1 block font-normal">
            Scores only, pooled with other companies&apos; by industry and revenue band: no name,
            email or answer leaves your organization. Unticked, your questionnaire stops mentioning
            benchmarks and your results drop out at the next hourly refresh. Your takers still see
            how they compare.
          </span>
        </span>
      </label>
      {error ? (
        <p role="alert" className="text-sm text-rose-700">
          {error}
        </p>
      ) : null}
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={pending} aria-busy={pending}>
          {pending ? "Saving…" : "Save benchmark choice"}
        </Button>
        {saved ? (
          <span role="status" className="text-sm text-emerald-700">
            Saved.
          </span>
        ) : null}
      </div>
    </form>
  );
}
