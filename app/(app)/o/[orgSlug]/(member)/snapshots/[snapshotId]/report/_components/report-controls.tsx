"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useAction } from "@/components/ui/use-action";
import { EDITOR_NOTE_MARKER, editorNotesIn } from "@/lib/domain/snapshot/editor-notes";
import {
  publishSnapshotAction,
  redraftPipelineSectionsAction,
  shareSnapshotAction,
  unshareSnapshotAction,
  updateSectionAction,
} from "../../../actions";
import { ErrorText } from "@/components/ui/error-text";

/** Enough rows to show a section whole (long lines wrap at about 95 characters), within reason. */
function rowsFor(text: string) {
  const lines = text
    .split("\n")
    .reduce((n, line) => n + Math.max(1, Math.ceil(line.length / 95)), 0);
  return Math.min(30, Math.max(6, lines + 1));
}

/** One section of the draft: edit its text and save it; unsaved changes are marked. */
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
  const { run, pending, error } = useAction(updateSectionAction);
  const [text, setText] = useState(body);
  const [saved, setSaved] = useState(body);
  const dirty = text !== saved;
  const id = `section-${sectionKey}`;
  const notes = editorNotesIn(text);
  return (
    <div>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <label htmlFor={id} className="text-ink text-base font-semibold">
          {title}
        </label>
        <span className="text-muted text-xs" role="status">
          {pending ? "Saving…" : dirty ? "Unsaved changes" : "Saved"}
        </span>
      </div>
      <textarea
        id={id}
        value={text}
        onChange={(event) => setText(event.target.value)}
        rows={rowsFor(text)}
        className="text-ink focus:border-brand-600 focus:ring-brand-600 mt-2 block w-full rounded-lg border border-slate-300 bg-white px-3 py-2.5 font-mono text-sm leading-relaxed shadow-sm focus:ring-1 focus:outline-none"
      />
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
          disabled={!dirty || pending}
          onClick={() =>
            run({ orgSlug, snapshotId, key: sectionKey, body: text }, () => setSaved(text))
          }
        >
          Save {title.toLowerCase()}
        </Button>
        {dirty ? (
          <Button variant="ghost" onClick={() => setText(saved)}>
            Undo changes
          </Button>
        ) : null}
      </div>
      <ErrorText error={error} />
    </div>
  );
}

/** The offer to rewrite, from a pipeline imported after the draft, the sections nobody edited. */
export function PipelineRedraftOffer({
  orgSlug,
  snapshotId,
  redraft,
  edited,
}: {
  orgSlug: string;
  snapshotId: string;
  redraft: string[];
  edited: string[];
}) {
  const router = useRouter();
  const { run, pending, error } = useAction(redraftPipelineSectionsAction);
  return (
    <div>
      <p className="text-muted mt-1 text-sm">
        The pipeline now holds figures these sections were written without:{" "}
        {redraft.map((t) => `“${t}”`).join(", ")}. Redrafting rewrites only those.
        {edited.length > 0
          ? ` ${edited.map((t) => `“${t}”`).join(", ")} ${edited.length === 1 ? "was" : "were"} edited, so ${edited.length === 1 ? "it stays" : "they stay"} as written.`
          : ""}
      </p>
      <div className="mt-3">
        <Button
          variant="secondary"
          disabled={pending}
          onClick={() => run({ orgSlug, snapshotId }, () => router.refresh())}
        >
          {pending ? "Redrafting…" : "Redraft from the pipeline"}
        </Button>
      </div>
      <ErrorText error={error} />
    </div>
  );
}

export function PublishButton({
  orgSlug,
  snapshotId,
  next,
}: {
  orgSlug: string;
  snapshotId: string;
  next: number;
}) {
  const router = useRouter();
  const { run, pending, error } = useAction(publishSnapshotAction);
  return (
    <div>
      <Button
        disabled={pending}
        onClick={() =>
          run({ orgSlug, snapshotId }, ({ number }) =>
            router.push(`/o/${orgSlug}/snapshots/${snapshotId}/report/${number}`),
          )
        }
      >
        {pending ? "Publishing…" : `Publish version ${next}`}
      </Button>
      <ErrorText error={error} />
    </div>
  );
}

export function ShareLinkControls({
  orgSlug,
  snapshotId,
  shared,
}: {
  orgSlug: string;
  snapshotId: string;
  shared: boolean;
}) {
  const router = useRouter();
  const share = useAction(shareSnapshotAction);
  const unshare = useAction(unshareSnapshotAction);
  const [url, setUrl] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  return (
    <div>
      {url ? (
        <div className="flex flex-col gap-2 sm:flex-row sm:items-center">
          <input
            readOnly
            value={url}
            aria-label="Share link"
            className="text-ink block w-full rounded-lg border border-slate-300 bg-slate-50 px-3 py-2 font-mono text-xs"
            onFocus={(event) => event.target.select()}
          />
          <Button
            variant="secondary"
            onClick={async () => {
              await navigator.clipboard.writeText(url);
              setCopied(true);
            }}
          >
            {copied ? "Copied" : "Copy"}
          </Button>
        </div>
      ) : null}
      <div className="mt-3 flex flex-wrap gap-3">
        <Button
          variant="secondary"
          disabled={share.pending}
          onClick={() =>
            share.run({ orgSlug, snapshotId }, (data) => {
              setUrl(data.url);
              setCopied(false);
              router.refresh();
            })
          }
        >
          {shared ? "Replace the share link" : "Create a share link"}
        </Button>
        {shared ? (
          <Button
            variant="ghost"
            disabled={unshare.pending}
            onClick={() =>
              unshare.run({ orgSlug, snapshotId }, () => {
                setUrl(null);
                router.refresh();
              })
            }
          >
            Withdraw the link
          </Button>
        ) : null}
      </div>
      {shared && !url ? (
        <p className="text-muted mt-2 text-xs">
          A link is active. It is shown only when made; replace it to see a new one.
        </p>
      ) : null}
      <ErrorText error={share.error ?? unshare.error} />
    </div>
  );
}
