"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useAction } from "@/components/ui/use-action";
import {
  publishSnapshotAction,
  shareSnapshotAction,
  unshareSnapshotAction,
} from "../../../actions";
import { ErrorText } from "@/components/ui/error-text";
import { saveAllEdits } from "@/components/report/unsaved-edits";

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
