import Link from "next/link";

/** The way out: a link to the page that confirms, then erases, this result and its lead. */
export function DeleteResultLink({ token }: { token: string }) {
  return (
    <p className="text-muted mt-6 text-sm text-pretty">
      Your answers and any address you gave are stored with this result.{" "}
      <Link
        href={`/results/${token}/delete`}
        className="text-ink font-medium underline decoration-slate-300 underline-offset-2 hover:decoration-slate-500"
        prefetch={false}
      >
        Delete this result
      </Link>
    </p>
  );
}
