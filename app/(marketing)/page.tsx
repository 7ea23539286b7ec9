import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FRACTURES, FRACTURE_INFO, diagnostic } from "@/lib/domain/diagnostic";

const OUTCOMES = [
  {
    title: "The fracture costing you most",
    body: "One named break in the chain, explained in operating terms, with the first repair step you can assign next week.",
  },
  {
    title: "How the other four compare",
    body: "A 0–100 leak score for every fracture, so you see whether the problem is one break or several at once.",
  },
  {
    title: "What to repair first",
    body: "The order to work in. Fixing downstream symptoms before the upstream break wastes a quarter.",
  },
];

const STEPS = [
  {
    title: "Answer",
    body: "Each question asks about something you can observe in your company this week, not how you feel about it. Pick the option closest to what actually happens.",
  },
  {
    title: "Score",
    body: "Every answer feeds one or more fractures. The scores show how badly each one leaks, from 0 (holding) to 100 (broken).",
  },
  {
    title: "Act",
    body: "Your result lives at a private link you can reopen or forward to your leadership team. An email address is optional and only used to send you a copy.",
  },
];

export default function LandingPage() {
  const questionCount = diagnostic.questions.length;
  return (
    <>
      <section className="bg-white">
        <div className="mx-auto max-w-6xl px-4 py-16 sm:px-6 sm:py-24">
          <p className="text-brand-700 text-sm font-semibold tracking-wide uppercase">
            Revenue Leak Diagnostic · free
          </p>
          <h1 className="text-ink mt-3 max-w-3xl text-4xl font-bold tracking-tight text-balance sm:text-5xl">
            Find where your revenue chain breaks before you pay for another fix.
          </h1>
          <p className="text-muted mt-5 max-w-2xl text-lg text-pretty">
            {questionCount} questions about how your company sells today: what reps say on calls,
            what gets measured, who owns the definitions. Under three minutes, no sign-up. You get
            the fracture that costs you most and what to repair first.
          </p>
          <div className="mt-8 flex flex-col gap-3 sm:flex-row sm:items-center">
            <ButtonLink href="/diagnostic" size="lg">
              Start the diagnostic
            </ButtonLink>
            <p className="text-muted text-sm">
              {questionCount} questions · about 3 minutes · answers by keyboard or tap
            </p>
          </div>
        </div>
      </section>

      <section aria-labelledby="outcomes" className="mx-auto max-w-6xl px-4 py-14 sm:px-6">
        <h2 id="outcomes" className="text-2xl font-bold tracking-tight">
          What you walk away with
        </h2>
        <div className="mt-6 grid gap-4 md:grid-cols-3">
          {OUTCOMES.map((outcome) => (
            <Card key={outcome.title}>
              <h3 className="text-ink font-semibold">{outcome.title}</h3>
              <p className="text-muted mt-2 text-sm">{outcome.body}</p>
            </Card>
          ))}
        </div>
      </section>

      <section aria-labelledby="fractures" className="border-y border-slate-200 bg-white">
        <div className="mx-auto max-w-6xl px-4 py-14 sm:px-6">
          <h2 id="fractures" className="text-2xl font-bold tracking-tight">
            One chain, five known breaks
          </h2>
          <p className="text-muted mt-3 max-w-2xl">
            B2B revenue runs from positioning through marketing and sales into retention. A break
            upstream is carried by every link below it, which is why the loudest symptom is rarely
            the cause.
          </p>
          <ol className="mt-8 grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
            {FRACTURES.map((key, index) => (
              <li key={key} className="rounded-xl border border-slate-200 bg-slate-50 p-4">
                <span className="text-brand-700 text-xs font-semibold">Fracture {index + 1}</span>
                <h3 className="text-ink mt-1 font-semibold">{FRACTURE_INFO[key].name}</h3>
                <p className="text-muted mt-2 text-sm">{FRACTURE_INFO[key].summary}</p>
              </li>
            ))}
          </ol>
        </div>
      </section>

      <section aria-labelledby="how" className="mx-auto max-w-6xl px-4 py-14 sm:px-6">
        <h2 id="how" className="text-2xl font-bold tracking-tight">
          How it works
        </h2>
        <ol className="mt-6 grid gap-4 md:grid-cols-3">
          {STEPS.map((step, index) => (
            <li key={step.title}>
              <Card className="h-full">
                <p className="text-brand-700 text-sm font-semibold">
                  {index + 1} · {step.title}
                </p>
                <p className="text-muted mt-2 text-sm">{step.body}</p>
              </Card>
            </li>
          ))}
        </ol>
        <div className="mt-10">
          <ButtonLink href="/diagnostic" size="lg">
            Start the diagnostic
          </ButtonLink>
        </div>
      </section>
    </>
  );
}
