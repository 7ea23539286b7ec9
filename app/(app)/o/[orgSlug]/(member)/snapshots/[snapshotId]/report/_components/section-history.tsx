"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorText } from "@/components/ui/error-text";
import type { TSectionDraftView } from "@/lib/services/snapshot/manage-snapshot";
import { restoreSectionAction, sectionHistoryAction } from "../../../actions";

const when = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short" });

/**
 * The earlier saved texts of one section. Opening it first stores what is being typed, so the
 * list ends with the text on screen; restoring one puts it back as a new entry.
 */
export function SectionHistory({
  orgSlug,
  snapshotId,
  sectionKey,
  title,
  saveFirst,
  onRestored,
}: {
  orgSlug: string;
  snapshotId: string;
  sectionKey: string;
  title: string;
  saveFirst: () => Promise<boolean>;
  onRestored: (body: string) => void;
}) {
  const [open, setOpen] = useState(false);
  const [drafts, setDrafts] = useState<TSectionDraftView[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function load() {
    const result = await sectionHistoryAction({ orgSlug, snapshotId, key: sectionKey });
    if (result.ok) setDrafts(result.data);
    else setError(result.error);
  }

  async function toggle() {
    if (open) return setOpen(false);
    setOpen(true);
    setError(null);
    setBusy(true);
    if (!(await saveFirst())) setError("The text on screen is not saved yet; see above.");
    await load();
    setBusy(false);
  }

  async function restore(draftId: string) {
    setError(null);
    setBusy(true);
    if (!(await saveFirst())) {
      setError("The text on screen could not be saved, so nothing was restored.");
      setBusy(false);
      return;
    }
    const result = await restoreSectionAction({ orgSlug, snapshotId, draftId });
    if (result.ok) {
      onRestored(result.data.body);
      await load();
    } else setError(result.error);
    setBusy(false);
  }

  return (
    <div className="mt-3">
      <Button variant="ghost" aria-expanded={open} onClick={() => void toggle()}>
        {open ? "Hide earlier drafts" : `Earlier drafts of ${title.toLowerCase()}`}
      </Button>
      {open ? (
        <div
          role="region"
          aria-label="Earlier drafts"
          data-testid={`history-${sectionKey}`}
          className="mt-2 rounded-lg border border-slate-200 bg-white"
        >
          {drafts === null ? (
            <p className="text-muted px-4 py-3 text-sm">Loading…</p>
          ) : drafts.length === 0 ? (
            <p className="text-muted px-4 py-3 text-sm">
              No saves yet: the text is as the draft was written.
            </p>
          ) : (
            <ol className="divide-y divide-slate-200">
              {drafts.map((d, i) => (
                <li key={d.id} className="px-4 py-3" data-testid="section-draft">
                  <div className="flex flex-wrap items-center justify-between gap-2">
                    <p className="text-ink text-sm font-medium">
                      {when.format(d.savedAt)} ·{" "}
                      {d.savedBy
                        ? `${d.restored ? "restored" : "saved"} by ${d.savedBy}`
                        : "before the first edit"}
                    </p>
                    {i === 0 ? (
                      <span className="text-muted text-xs">The text now</span>
                    ) : (
                      <Button
                        variant="secondary"
                        disabled={busy}
                        onClick={() => void restore(d.id)}
                      >
                        Restore this draft
                      </Button>
                    )}
                  </div>
                  {/* The whole text, scrolled: two drafts often differ only near the end. */}
                  <p className="text-muted mt-1 max-h-32 overflow-y-auto text-sm whitespace-pre-line">
                    {d.body.trim() || "(empty)"}
                  </p>
                </li>
              ))}
            </ol>
          )}
        </div>
      ) : null}
      <ErrorText error={error} />
    </div>
  );
}
