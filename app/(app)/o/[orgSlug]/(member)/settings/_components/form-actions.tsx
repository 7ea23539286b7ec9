import { Button } from "@/components/ui/button";

/**
 * The foot of every settings form: the form's error, its save button and, once saved, a quiet
 * confirmation. One component, so the forms on the page read and behave alike.
 */
export function FormActions({
  label,
  pending,
  error,
  saved,
}: {
  label: string;
  pending: boolean;
  error: string | null;
  saved: boolean;
}) {
  return (
    <>
      {error ? (
        <p role="alert" className="text-sm text-rose-700">
          {error}
        </p>
      ) : null}
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={pending} aria-busy={pending}>
          {pending ? "Saving…" : label}
        </Button>
        {saved ? (
          <span role="status" className="text-sm text-emerald-700">
            Saved.
          </span>
        ) : null}
      </div>
    </>
  );
}
