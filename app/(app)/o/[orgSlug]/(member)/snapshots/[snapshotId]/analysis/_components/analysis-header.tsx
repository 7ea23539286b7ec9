import Link from "next/link";

/** The link back to the Snapshot and the page title, shown with or without answers. */
export function AnalysisHeader({ back }: { back: string }) {
  return (
    <>
      <p className="text-sm">
        <Link href={back} className="text-brand-700 hover:underline">
          ← Snapshot
        </Link>
      </p>
      <h1 className="text-ink mt-2 text-2xl font-bold tracking-tight">Analysis</h1>
    </>
  );
}
