"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useAction } from "@/components/ui/use-action";
import {
  publishSnapshotAction,
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

/** What the page knows of the share link: none, one it can show again, or an older hidden one. */
export type ShareLinkState =
  { state: "none" } | { state: "hidden" } | { state: "shown"; url: string };

export function ShareLinkControls({
  orgSlug,
  snapshotId,
  link,
}: {
  orgSlug: string;
  snapshotId: string;
  link: ShareLinkState;
}) {
  const router = useRouter();
  const share = useAction(shareSnapshotAction);
  const unshare = useAction(unshareSnapshotAction);
  const [copied, setCopied] = useState(false);
  const url = link.state === "shown" ? link.url : null;
  return (
    <div>
      {url ? (
        <div className="flex flex-col gap-2 sm:flex-row sm:items-center">
          <input
            readOnly
            value={url}
            aria-label="Share link"
            className="text-ink block w-full min-w-0 rounded-lg border border-slate-300 bg-slate-50 px-3 py-2 font-mono text-xs"
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
      {link.state === "hidden" ? (
        <p className="text-muted text-sm">
          A link is active, made before links were kept: it still works, but it cannot be shown
          again. Replace it to get one you can copy whenever you need it.
        </p>
      ) : null}
      <div className="mt-3 flex flex-wrap gap-3">
        <Button
          variant={link.state === "none" ? "primary" : "ghost"}
          disabled={share.pending}
          onClick={() => {
            if (
              link.state !== "none" &&
              !window.confirm(
                "Replace the share link? The link sent so far stops working; send the new one to everyone who should read the assessment.",
              )
            )
              return;
            share.run({ orgSlug, snapshotId }, () => {
              setCopied(false);
              router.refresh();
            });
          }}
        >
          {link.state === "none" ? "Create a share link" : "Replace the link"}
        </Button>
        {link.state !== "none" ? (
          <Button
            variant="ghost"
            disabled={unshare.pending}
            onClick={() => unshare.run({ orgSlug, snapshotId }, () => router.refresh())}
          >
            Withdraw the link
          </Button>
        ) : null}
      </div>
      {url ? (
        <p className="text-muted mt-2 text-xs">
          The same link every time you copy it. Replace it only if it reached someone it should not
          have: the link sent so far then stops working.
        </p>
      ) : null}
      <ErrorText error={share.error ?? unshare.error} />
    </div>
  );
}
