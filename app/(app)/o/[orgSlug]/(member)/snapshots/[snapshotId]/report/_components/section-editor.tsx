"use client";

import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import {
  createAutosaveQueue,
  type AutosaveQueue,
  type AutosaveState,
} from "@/components/report/autosave-queue";
import { SectionBody } from "@/components/report/section-body";
import { EDITOR_NOTE_MARKER, editorNotesIn } from "@/lib/domain/snapshot/editor-notes";
import { registerEditor } from "@/components/report/unsaved-edits";
import { updateSectionAction } from "../../../actions";
import { SectionHistory } from "./section-history";

/** Long enough to pause typing without a save on every letter, short enough to feel kept. */
const AUTOSAVE_DELAY_MS = 800;

/** Enough rows to show a section whole (long lines wrap at about 60 characters), within reason. */
function rowsFor(text: string) {
  const lines = text
    .split("\n")
    .reduce((n, line) => n + Math.max(1, Math.ceil(line.length / 60)), 0);
  return Math.min(28, Math.max(6, lines + 1));
}

function statusText(state: AutosaveState) {
  if (state.kind === "saving") return "Saving…";
  if (state.kind === "editing") return "Unsaved changes";
  if (state.kind === "failed") return `Not saved: ${state.error}`;
  return "Saved";
}

/**
 * One section of the draft: its text beside a preview drawn exactly as the published report
 * draws it. Edits are saved after a short pause; leaving waits for the save (LeaveGuard).
 */
export function SectionEditor({
  orgSlug,
  snapshotId,
  sectionKey,
  title,
  body,
}: {
  orgSlug: string;
  snapshotId: string;
  sectionKey: string;
  title: string;
  body: string;
}) {
  const [text, setText] = useState(body);
  const [state, setState] = useState<AutosaveState>({ kind: "saved" });
  const queue = useRef<AutosaveQueue | null>(null);

  useEffect(() => {
    const q = createAutosaveQueue({
      initial: body,
      delayMs: AUTOSAVE_DELAY_MS,
      onState: setState,
      save: async (next) => {
        const result = await updateSectionAction({
          orgSlug,
          snapshotId,
          key: sectionKey,
          body: next,
        });
        if (result.ok) return { ok: true };
        const field = result.fieldErrors ? Object.values(result.fieldErrors)[0] : undefined;
        return { ok: false, error: field ?? result.error };
      },
    });
    queue.current = q;
    const unregister = registerEditor(q);
    return () => {
      unregister();
      q.dispose();
      // Leaving by the browser's back button: what is typed is still sent.
      if (q.dirty()) void q.flush();
    };
    // The queue lives as long as the section does; a new body arrives with a remount (key).
  }, [orgSlug, snapshotId, sectionKey, body]);

  const id = `section-${sectionKey}`;
  const failed = state.kind === "failed";
  const notes = editorNotesIn(text);
  return (
    <div>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <label htmlFor={id} className="text-ink text-base font-semibold">
          {title}
        </label>
        <span
          className={failed ? "text-xs font-medium text-rose-700" : "text-muted text-xs"}
          role="status"
          data-testid={`save-state-${sectionKey}`}
        >
          {statusText(state)}
        </span>
      </div>
      <div className="mt-2 grid gap-4 lg:grid-cols-2">
        <textarea
          id={id}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            queue.current?.edit(event.target.value);
          }}
          rows={rowsFor(text)}
          aria-invalid={failed || undefined}
          className="text-ink focus:border-brand-600 focus:ring-brand-600 block w-full rounded-lg border border-slate-300 bg-white px-3 py-2.5 text-sm leading-relaxed shadow-sm focus:ring-1 focus:outline-none"
        />
        <div
          // Named without the title, so the title labels only the text box.
          aria-label="Preview, as the report shows it"
          role="region"
          data-testid={`preview-${sectionKey}`}
          className="text-ink/90 min-w-0 rounded-lg border border-dashed border-slate-300 bg-slate-50/60 px-4 pt-1 pb-4 text-sm leading-relaxed"
        >
          <p
            aria-hidden="true"
            className="text-muted mt-2 text-xs font-semibold tracking-wide uppercase"
          >
            Preview, as the report shows it
          </p>
          <SectionBody body={text} />
        </div>
      </div>
      {notes.length > 0 ? (
        <div
          className="mt-2 rounded-lg border border-amber-300 bg-amber-50 px-3 py-2.5 text-sm"
          data-testid={`editor-notes-${sectionKey}`}
        >
          <p className="text-ink font-semibold">
            {notes.length === 1 ? "An editor's note" : `${notes.length} editor's notes`}: never
            shown to the client
          </p>
          <ul className="text-ink mt-1 list-disc pl-5">
            {notes.map((note, i) => (
              <li key={i}>{note}</li>
            ))}
          </ul>
          <p className="text-muted mt-1">
            Publishing waits until every line starting with {EDITOR_NOTE_MARKER} is deleted.
          </p>
        </div>
      ) : null}
      <div className="mt-2 flex items-center gap-3">
        <Button
          variant="secondary"
          disabled={state.kind === "saved" || state.kind === "saving"}
          onClick={() => void queue.current?.flush()}
        >
          Save {title.toLowerCase()}
        </Button>
      </div>
      <SectionHistory
        orgSlug={orgSlug}
        snapshotId={snapshotId}
        sectionKey={sectionKey}
        title={title}
        saveFirst={() => queue.current?.flush() ?? Promise.resolve(true)}
        onRestored={(restored) => {
          setText(restored);
          queue.current?.reset(restored);
        }}
      />
    </div>
  );
}
