"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { ProgressBar } from "@/components/ui/progress-bar";
import { cn } from "@/components/ui/cn";

type Uploaded = { importId: string };

/** POST one file as the raw body, reporting bytes sent (fetch cannot report upload progress). */
function upload(url: string, file: File, onProgress: (sent: number) => void): Promise<Uploaded> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open("POST", url);
    request.setRequestHeader("Content-Type", "text/csv");
    request.upload.onprogress = (event) => onProgress(event.loaded);
    request.onerror = () => reject(new Error("The connection dropped. Check it and try again."));
    request.onload = () => {
      let body: { importId?: string; error?: string } = {};
      try {
        body = JSON.parse(request.responseText) as typeof body;
      } catch {
        // not JSON: reported below
      }
      if (request.status === 201 && body.importId) resolve({ importId: body.importId });
      else reject(new Error(body.error ?? `The upload failed (${request.status}). Try again.`));
    };
    request.send(file);
  });
}

const sizeFormat = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });
export const megabytes = (bytes: number) => `${sizeFormat.format(bytes / 2 ** 20)} MB`;

/**
 * Choose or drop one or more CRM exports (a Salesforce Opportunity export with its
 * OpportunityHistory export, say); each is streamed to the server, then the preview opens.
 */
export function UploadForm({ orgSlug }: { orgSlug: string }) {
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [files, setFiles] = useState<File[]>([]);
  const [dragging, setDragging] = useState(false);
  const [sent, setSent] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const total = files.reduce((sum, f) => sum + f.size, 0);

  async function submit() {
    setError(null);
    let importId: string | null = null;
    let done = 0;
    try {
      for (const file of files) {
        const query = new URLSearchParams({ name: file.name });
        if (importId) query.set("import", importId);
        const result = await upload(
          `/o/${orgSlug}/pipeline/imports/upload?${query}`,
          file,
          (loaded) => setSent(done + loaded),
        );
        importId = result.importId;
        done += file.size;
      }
      router.push(`/o/${orgSlug}/pipeline/imports/${importId}`);
    } catch (e) {
      setError(e instanceof Error ? e.message : "The upload failed. Try again.");
      setSent(null);
    }
  }

  const uploading = sent !== null;
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (files.length > 0) void submit();
      }}
    >
      <label
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(event) => {
          event.preventDefault();
          setDragging(false);
          setFiles([...event.dataTransfer.files]);
        }}
        className={cn(
          "flex cursor-pointer flex-col items-center justify-center rounded-2xl border-2 border-dashed px-6 py-10 text-center transition-colors",
          dragging ? "border-brand-500 bg-brand-50" : "border-slate-300 bg-white hover:bg-slate-50",
        )}
      >
        <span className="text-ink font-semibold">Choose CSV files or drop them here</span>
        <span className="text-muted mt-1 text-sm">
          HubSpot deals export, Salesforce Opportunity export (with its OpportunityHistory export),
          or any CSV with one row per deal.
        </span>
        <input
          ref={input}
          type="file"
          name="files"
          accept=".csv,text/csv"
          multiple
          className="sr-only"
          onChange={(event) => setFiles([...(event.target.files ?? [])])}
        />
      </label>
      {files.length > 0 ? (
        <ul className="mt-4 divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white text-sm">
          {files.map((f) => (
            <li key={f.name} className="flex justify-between gap-3 px-4 py-2.5">
              <span className="text-ink truncate font-medium">{f.name}</span>
              <span className="text-muted shrink-0">{megabytes(f.size)}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {uploading ? (
        <div className="mt-4">
          <ProgressBar value={sent} max={total} label="Upload progress" />
          <p className="text-muted mt-1.5 text-sm">
            Uploading {megabytes(sent)} of {megabytes(total)}…
          </p>
        </div>
      ) : null}
      {error ? (
        <p role="alert" className="mt-3 text-sm text-rose-700">
          {error}
        </p>
      ) : null}
      <div className="mt-4 flex justify-end">
        <Button type="submit" disabled={files.length === 0 || uploading}>
          {uploading ? "Uploading…" : "Upload and preview"}
        </Button>
      </div>
    </form>
  );
}
