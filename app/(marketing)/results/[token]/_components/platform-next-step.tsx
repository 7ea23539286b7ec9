import Link from "next/link";
import { Button } from "@/components/ui/button";

/**
 * The platform's own result: the way to a Snapshot. "Get the Snapshot" posts the result's token
 * (never in an address), which brings the result along to the Snapshot bought next.
 */
export function PlatformNextStep({ token }: { token: string }) {
  return (
    <section
      aria-labelledby="next-step-heading"
      className="mt-6 rounded-2xl bg-slate-900 p-5 text-white shadow-sm sm:p-7 print:break-inside-avoid print:border print:border-slate-300 print:bg-white print:text-slate-900 print:shadow-none"
    >
      <p className="text-brand-200 print:text-brand-700 text-sm font-semibold tracking-wide uppercase">
        Next step
      </p>
      <h2 id="next-step-heading" className="mt-1 text-xl font-semibold text-balance">
        Check this against your leadership team and your pipeline
      </h2>
      <p className="mt-2 max-w-3xl text-pretty text-slate-300 print:text-slate-700">
        These are one person&apos;s twelve answers. The Snapshot asks each of your leaders the same
        kind of questions, measures the pipeline in your CRM export, and ends in a written
        assessment of where the chain breaks and what to repair first, ready for your next
        leadership meeting.
      </p>
      <ul className="mt-4 grid gap-2 text-sm text-slate-200 sm:grid-cols-3 print:text-slate-700">
        <li className="rounded-lg bg-white/5 px-3 py-2 print:bg-slate-100">
          Answers from several leaders
        </li>
        <li className="rounded-lg bg-white/5 px-3 py-2 print:bg-slate-100">
          Your pipeline, measured
        </li>
        <li className="rounded-lg bg-white/5 px-3 py-2 print:bg-slate-100">A written assessment</li>
      </ul>
      <div className="mt-6 flex flex-col gap-3 sm:flex-row sm:items-center sm:gap-5 print:hidden">
        {/* A form post, so the result's token never appears in an address or a log line. */}
        <form method="post" action="/api/diagnostic/snapshot-attachment">
          <input type="hidden" name="token" value={token} />
          <Button type="submit" size="lg" className="w-full sm:w-auto">
            Get the Snapshot
          </Button>
        </form>
        <Link
          href="/diagnostic"
          className="text-center text-sm font-medium text-slate-300 underline decoration-slate-500 underline-offset-2 hover:text-white sm:text-left"
        >
          Retake the diagnostic
        </Link>
      </div>
      <p className="mt-3 text-xs text-slate-400 print:hidden">
        You sign in with your work email (an account is made the first time), create your company,
        and pay on the Snapshots page. This result comes with you, to be attached to the Snapshot
        you buy (you can leave it out there).
      </p>
    </section>
  );
}
