"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useAction } from "@/components/ui/use-action";
import {
  publishSnapshotAction,
  redraftPipelineSectionsAction,
  shareSnapshotAction,
  unshareSnapshotAction,
} from "../../../actions";
import { ErrorText } from "@/components/ui/error-text";
import { saveAllEdits } from "@/components/report/unsaved-edits";

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
        onClick={async () => {
          // Publish what is on screen: the editors' text is stored first.
          if (!(await saveAllEdits())) return;
          run({ orgSlug, snapshotId }, ({ number }) =>
            router.push(`/o/${orgSlug}/snapshots/${snapshotId}/report/${number}`),
          );
        }}
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
