"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { useAction } from "@/components/ui/use-action";
import { removeLogoAction } from "../actions";

/**
 * Upload the logo drawn on client reports: the file goes to the upload route as it is, which
 * judges it by its bytes and answers a refusal with a sentence shown here.
 */
export function LogoForm({
  orgSlug,
  logoSrc,
  organizationName,
}: {
  orgSlug: string;
  logoSrc: string | null;
  organizationName: string;
}) {
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [uploading, startUpload] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const remove = useAction(removeLogoAction);

  function upload(file: File) {
    setError(null);
    setDone(null);
    startUpload(async () => {
      const response = await fetch(`/o/${orgSlug}/settings/logo/upload`, {
        method: "POST",
        headers: { "Content-Type": file.type || "application/octet-stream" },
        body: file,
      }).catch(() => null);
      if (!response) {
        setError("The upload did not reach the server. Check your connection and try again.");
        return;
      }
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as { error?: string } | null;
        setError(body?.error ?? "The logo could not be uploaded. Try again.");
        return;
      }
      setDone("Logo uploaded.");
      router.refresh();
    });
  }

  return (
    <div className="space-y-4">
      <div className="flex min-h-20 items-center rounded-lg border border-dashed border-slate-300 bg-slate-50 p-4">
        {logoSrc ? (
          // eslint-disable-next-line @next/next/no-img-element -- the organization's own file, any size
          <img
            src={logoSrc}
            alt={`${organizationName} logo`}
            className="max-h-12 max-w-[220px] object-contain"
          />
        ) : (
          <span className="text-muted text-sm">No logo yet: reports show your name alone.</span>
        )}
      </div>
      <label className="text-ink block text-sm font-medium">
        Logo file
        <input
          ref={input}
          type="file"
          accept="image/png,image/jpeg"
          disabled={uploading}
          aria-describedby="logo-hint"
          className="text-muted file:text-ink mt-1.5 block w-full text-sm file:mr-3 file:rounded-lg file:border file:border-slate-300 file:bg-white file:px-3 file:py-2 file:text-sm file:font-medium"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) upload(file);
            event.target.value = "";
          }}
        />
        <span id="logo-hint" className="text-muted mt-1 block font-normal">
          PNG or JPEG, up to 512 KB, at most 4000 pixels on a side. A wide logo on a transparent or
          white background reads best.
        </span>
      </label>
      {error || remove.error ? (
        <p role="alert" className="text-sm text-rose-700">
          {error ?? remove.error}
        </p>
      ) : null}
      <div className="flex items-center gap-3">
        {uploading ? <span className="text-muted text-sm">Uploading…</span> : null}
        {done ? (
          <span role="status" className="text-sm text-emerald-700">
            {done}
          </span>
        ) : null}
        {logoSrc?.startsWith("/logos/") ? (
          <Button
            type="button"
            variant="secondary"
            disabled={remove.pending}
            onClick={() =>
              remove.run({ orgSlug }, () => {
                setDone("Logo removed.");
                router.refresh();
              })
            }
          >
            Remove logo
          </Button>
        ) : null}
      </div>
    </div>
  );
}
