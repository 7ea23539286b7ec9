"use client";

import { useState } from "react";
import { useAction } from "@/components/ui/use-action";
import { updateBenchmarkSharingAction } from "../actions";
import { FormActions } from "./form-actions";

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
      <FormActions label="Save benchmark choice" pending={pending} error={error} saved={saved} />
    </form>
  );
}
