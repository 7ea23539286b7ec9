"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorText } from "@/components/ui/error-text";
import { useAction } from "@/components/ui/use-action";
import { undoImportAction } from "../actions";
import { DangerButton } from "./danger-button";

const count = new Intl.NumberFormat("en-US");

/** Undo the latest import, after a confirm step that says what goes. */
export function UndoImport({
  orgSlug,
  importId,
  deals,
}: {
  orgSlug: string;
  importId: string;
  deals: number;
}) {
  const router = useRouter();
  const { run, pending, error } = useAction(undoImportAction);
  const [confirming, setConfirming] = useState(false);

  if (!confirming)
    return (
      <Button variant="secondary" onClick={() => setConfirming(true)} data-testid="undo-import">
        Undo this import
      </Button>
    );
  const what =
    deals === 0
      ? "the changes it made"
      : deals === 1
        ? "the deal it brought in and the changes it made"
        : `the ${count.format(deals)} deals it brought in and the changes it made`;
  return (
    <div
      className="w-full rounded-xl border border-rose-200 bg-rose-50/50 p-4"
      role="group"
      aria-label="Undo this import"
    >
      <p className="text-ink text-sm">This removes {what}, and recomputes the figures.</p>
      <div className="mt-3 flex flex-col gap-2 sm:flex-row">
        <DangerButton
          disabled={pending}
          onClick={() => run({ orgSlug, importId }, () => router.refresh())}
          data-testid="confirm-undo"
        >
          {pending ? "Undoing…" : "Undo the import"}
        </DangerButton>
        <Button variant="ghost" disabled={pending} onClick={() => setConfirming(false)}>
          Keep it
        </Button>
      </div>
      <ErrorText error={error} />
    </div>
  );
}
