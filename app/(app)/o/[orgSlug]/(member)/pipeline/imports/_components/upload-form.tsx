"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { ProgressBar } from "@/components/ui/progress-bar";
import { SNIFF_BYTES, sniffFile } from "@/lib/domain/pipeline/import/sniff";
import { megabytes } from "./sizes";

type Uploaded = { importId: string };
type UploadError = { file: string | null; message: string };

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

/**
 * The server's refusal, before sending a byte: too large, or not delimited text (the same
 * sniffing the upload route does, so a workbook is refused at once with the same sentence).
 */
async function refusal(file: File, maxBytes: number): Promise<string | null> {
  if (file.size > maxBytes)
    return `The file is larger than ${Math.round(maxBytes / 2 ** 20)} MB. Split it, or export fewer columns.`;
  const sniffed = sniffFile(new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer()));
  return sniffed.ok ? null : sniffed.reason;
}

/**
 * Choose or drop one or more CRM exports (a Salesforce Opportunity export with its
 * OpportunityHistory export, say); each is streamed to the server, then the mapping opens.
 */
export function UploadForm({ orgSlug, maxBytes }: { orgSlug: string; maxBytes: number }) {
  const router = useRouter();
  const [files, setFiles] = useState<File[]>([]);
  const [dragging, setDragging] = useState(false);
  const [sent, setSent] = useState<number | null>(null);
  const [error, setError] = useState<UploadError | null>(null);
  const total = files.reduce((sum, f) => sum + f.size, 0);
  const named = (file: File) => (files.length > 1 ? file.name : null);

  function choose(chosen: File[]) {
    setFiles(chosen);
    setError(null);
  }

  async function submit() {
    setError(null);
    for (const file of files) {
      const reason = await refusal(file, maxBytes);
      if (reason) return setError({ file: named(file), message: reason });
    }
    let importId: string | null = null;
    let done = 0;
    setSent(0);
    for (const file of files) {
      try {
        const query = new URLSearchParams({ name: file.name });
        if (importId) query.set("import", importId);
        const result = await upload(
          `/o/${orgSlug}/pipeline/imports/upload?${query}`,
          file,
          (loaded) => setSent(done + loaded),
        );
        importId = result.importId;
        done += file.size;
      } catch (e) {
        setSent(null);
        const message = e instanceof Error ? e.message : "The upload failed. Try again.";
        return setError({ file: named(file), message });
      }
    }
    router.push(`/o/${orgSlug}/pipeline/imports/${importId}`);
  }

  const uploading = sent !== null;
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (files.length > 0 && !uploading) void submit();
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
          choose([...event.dataTransfer.files]);
        }}
        className={cn(
          "has-[:focus-visible]:outline-brand-600 flex cursor-pointer flex-col items-center justify-center rounded-2xl border-2 border-dashed px-5 py-10 text-center transition-colors has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2",
          dragging ? "border-brand-500 bg-brand-50" : "border-slate-300 bg-white hover:bg-slate-50",
        )}
      >
        <span className="text-ink font-semibold">Choose CSV files or drop them here</span>
        <span className="text-muted mt-1 text-sm">
          A HubSpot deals export, a Salesforce Opportunity export (with its stage history export),
          or any CSV with one row per deal. Up to {megabytes(maxBytes)} each.
        </span>
        <input
          type="file"
          name="files"
          accept=".csv,.tsv,.txt,text/csv,text/plain,text/tab-separated-values"
          multiple
          className="sr-only"
          onChange={(event) => choose([...(event.target.files ?? [])])}
        />
      </label>
      {files.length > 0 ? (
        <ul className="mt-4 divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white text-sm">
          {files.map((f, i) => (
            <li key={`${i}-${f.name}`} className="flex justify-between gap-3 px-4 py-2.5">
              <span className="text-ink min-w-0 truncate font-medium">{f.name}</span>
              <span className="text-muted shrink-0">{megabytes(f.size)}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {uploading ? (
        <div className="mt-4">
          <ProgressBar value={sent} max={Math.max(total, 1)} label="Upload progress" />
          <p className="text-muted mt-1.5 text-sm">
            Uploading {megabytes(sent)} of {megabytes(total)}…
          </p>
        </div>
      ) : null}
      {error ? (
        <p role="alert" className="mt-3 text-sm text-rose-700" data-testid="upload-error">
          {error.file ? <span className="font-semibold">{error.file}: </span> : null}
          {error.message}
        </p>
      ) : null}
      <div className="mt-4 flex justify-end">
        <Button
          type="submit"
          className="w-full sm:w-auto"
          disabled={files.length === 0 || uploading}
        >
          {uploading ? "Uploading…" : "Upload and preview"}
        </Button>
      </div>
    </form>
  );
}
