import { ButtonLink } from "@/components/ui/button";
import { PlatformNextStep } from "./platform-next-step";

/**
 * After the result: on the platform's own link, the way to a Snapshot; on an organization's
 * link, the same caution without a sale, since that organization follows up itself.
 */
export function NextStep({ platform, token }: { platform: boolean; token: string }) {
  if (!platform) {
    return (
      <section className="mt-6 rounded-2xl bg-slate-900 p-5 text-white shadow-sm sm:p-7 print:break-inside-avoid print:border print:border-slate-300 print:bg-white print:text-slate-900 print:shadow-none">
        <h2 className="text-lg font-semibold">This is a direction, not a verdict</h2>
        <p className="mt-2 text-pretty text-slate-300 print:text-slate-700">
          Twelve answers from one person point at where to look. A Snapshot goes further: several
          leaders answer, your CRM pipeline is measured, and you get a written assessment to take
          into your next leadership meeting.
        </p>
        <div className="mt-5 flex flex-col gap-3 sm:flex-row print:hidden">
          <ButtonLink href="/diagnostic" variant="secondary">
            Retake the diagnostic
          </ButtonLink>
        </div>
      </section>
    );
  }
  return <PlatformNextStep token={token} />;
}
