"use client";

import { cn } from "@/components/ui/cn";
import type { SaveStatus } from "./use-autosave";

const LABELS = {
  idle: "Answers save as you go",
  saving: "Saving…",
  saved: "Saved",
  failed: "Not saved",
} as const;

/** A quiet word on whether the latest change is stored. */
export function SaveStatusLabel({ status }: { status: SaveStatus }) {
  return (
    <p
      role="status"
      className={cn(
        "text-right text-sm",
        status.state === "failed" ? "font-semibold text-rose-700" : "text-muted",
      )}
    >
      {LABELS[status.state]}
    </p>
  );
}

/** Why the latest change is not stored, and a way to try again; nothing when all is well. */
export function SaveProblem({ status, onRetry }: { status: SaveStatus; onRetry: () => void }) {
  if (status.state !== "failed") return null;
  return (
    <div
      role="alert"
      className="mt-2 flex items-start justify-between gap-3 rounded-lg border border-rose-200 bg-rose-50 px-3 py-2 text-sm text-rose-800"
    >
      <p className="min-w-0 py-1.5">{status.message}</p>
      <button
        type="button"
        onClick={onRetry}
        className="min-h-9 shrink-0 rounded-md border border-rose-300 bg-white px-3 font-semibold text-rose-800 hover:bg-rose-100"
      >
        Try again
      </button>
    </div>
  );
}
