import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FractureScoreChart } from "@/components/charts/fracture-score-chart";
import { severityOf } from "@/components/diagnostic/severity";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { getDiagnosticResult, ZAccessToken } from "@/lib/services/diagnostic/get-diagnostic-result";
import { FRACTURE_INFO } from "@/lib/domain/diagnostic";
import { isAppError } from "@/lib/errors";
import { CopyLinkButton } from "./_components/copy-link-button";

export const metadata: Metadata = {
  title: "Your diagnostic result",
  // A private link: keep it out of search engines and referrer headers.
  robots: { index: false, follow: false },
  referrer: "no-referrer",
};

async function loadResult(token: string) {
  if (!ZAccessToken.safeParse(token).success) notFound();
  try {
    return await getDiagnosticResult(token);
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" });

export default async function ResultPage({ params }: PageProps<"/results/[token]">) {
  const { token } = await params;
  const { result, insights, bank, answers, createdAt, organization } = await loadResult(token);
  const primary = result.primary;
  const primaryScore = primary ? result.fractures.find((f) => f.key === primary)!.score : null;

  const chartData = result.fractures.map((f) => ({
    key: f.key,
    name: FRACTURE_INFO[f.key].shortName,
    score: f.score,
    color: severityOf(f.score).color,
    primary: f.key === primary,
  }));

  return (
    <div className="mx-auto max-w-5xl px-4 py-8 sm:px-6 sm:py-12">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
        <p className="text-muted text-sm">
          Revenue Leak Diagnostic
          {organization.kind === "PLATFORM" ? "" : ` via ${organization.name}`} ·{" "}
          {dateFormat.format(createdAt)} · question set {result.version}
        </p>
        <CopyLinkButton />
      </div>

      <Card className="mt-4">
        {primary && primaryScore !== null ? (
          <>
            <p className="text-brand-700 text-sm font-semibold tracking-wide uppercase">
              The fracture costing you most
            </p>
            <div className="mt-2 flex flex-wrap items-center gap-3">
              <h1 className="text-ink text-3xl font-bold tracking-tight sm:text-4xl">
                {FRACTURE_INFO[primary].name}
              </h1>
              <Badge tone={severityOf(primaryScore).tone}>
                {severityOf(primaryScore).label} · {primaryScore}/100
              </Badge>
            </div>
            <p className="text-ink mt-4 text-lg text-pretty">{FRACTURE_INFO[primary].summary}</p>
            <p className="text-muted mt-3 text-pretty">{FRACTURE_INFO[primary].explanation}</p>
          </>
        ) : (
          <>
            <p className="text-sm font-semibold tracking-wide text-emerald-700 uppercase">
              No major leak
            </p>
            <h1 className="text-ink mt-2 text-3xl font-bold tracking-tight sm:text-4xl">
              Your revenue chain is holding
            </h1>
            <p className="text-muted mt-4 text-lg text-pretty">
              No fracture scored 25 or more. Keep the habits that got you here, and retake the
              diagnostic each quarter: relationship dependence and silos creep back as teams change.
            </p>
          </>
        )}
      </Card>

      <div className="mt-6 grid gap-6 lg:grid-cols-5">
        <Card className="lg:col-span-3">
          <CardTitle>How the five fractures compare</CardTitle>
          <p className="text-muted mt-1 text-sm">
            Leak score from 0 (holding) to 100 (broken), in chain order.
          </p>
          <div className="mt-4">
            <FractureScoreChart data={chartData} />
          </div>
          <ul data-testid="score-list" className="mt-4 divide-y divide-slate-100 text-sm">
            {result.fractures.map((f) => (
              <li key={f.key} className="flex items-center justify-between gap-3 py-2">
                <span className="text-ink">{FRACTURE_INFO[f.key].name}</span>
                <span className="flex items-center gap-2">
                  <Badge tone={severityOf(f.score).tone}>{severityOf(f.score).label}</Badge>
                  <span className="text-ink w-8 text-right font-semibold tabular-nums">
                    {f.score}
                  </span>
                </span>
              </li>
            ))}
          </ul>
        </Card>

        <div className="flex flex-col gap-6 lg:col-span-2">
          <Card>
            <CardTitle>First repair step</CardTitle>
            {primary ? (
              <p className="text-ink mt-3 text-pretty">{FRACTURE_INFO[primary].firstRepairStep}</p>
            ) : (
              <p className="text-muted mt-3 text-pretty">
                Nothing urgent. Put a recurring check on the calendar so a drift shows up early.
              </p>
            )}
          </Card>

          <Card>
            <CardTitle>Repair order</CardTitle>
            {insights.repairPlan.length > 0 ? (
              <>
                <p className="text-muted mt-1 text-sm">
                  Upstream first: each repair makes the next one cheaper.
                </p>
                <ol className="mt-4 space-y-3">
                  {insights.repairPlan.map((step, index) => (
                    <li key={step.key} className="flex items-start gap-3">
                      <span className="bg-brand-600 inline-flex size-6 shrink-0 items-center justify-center rounded-full text-xs font-semibold text-white">
                        {index + 1}
                      </span>
                      <span>
                        <span className="text-ink font-medium">{FRACTURE_INFO[step.key].name}</span>
                        <span className="text-muted ml-2 text-sm tabular-nums">
                          {step.score}/100
                        </span>
                      </span>
                    </li>
                  ))}
                </ol>
              </>
            ) : (
              <p className="text-muted mt-3">No fracture needs repair work right now.</p>
            )}
          </Card>
        </div>
      </div>

      <div className={primary ? "mt-6 grid gap-6 lg:grid-cols-2" : "mt-6"}>
        <Card>
          <CardTitle>What would change this answer</CardTitle>
          <ul className="text-ink mt-4 list-disc space-y-2 pl-5 text-pretty marker:text-slate-400">
            {insights.whatWouldChange.map((item) => (
              <li key={item.text}>{item.text}</li>
            ))}
          </ul>
        </Card>

        {primary ? (
          <Card>
            <CardTitle>What drove this result</CardTitle>
            <p className="text-muted mt-1 text-sm">
              The answers adding most to {FRACTURE_INFO[primary].shortName.toLowerCase()}.
            </p>
            <ul className="mt-4 space-y-4">
              {insights.drivers.map((driver) => (
                <li key={driver.questionId}>
                  <p className="text-muted text-sm">{driver.prompt}</p>
                  <p className="text-ink mt-1 font-medium">
                    “{driver.optionLabel}”
                    <span className="text-muted ml-2 text-sm font-normal tabular-nums">
                      +{driver.points} points
                    </span>
                  </p>
                </li>
              ))}
            </ul>
          </Card>
        ) : null}
      </div>

      <Card className="mt-6">
        <details>
          <summary className="text-ink cursor-pointer text-lg font-semibold tracking-tight">
            Your {bank.questions.length} answers
          </summary>
          <ol className="mt-4 space-y-4">
            {bank.questions.map((question, index) => {
              const option = question.options.find((o) => o.id === answers[question.id]);
              return (
                <li key={question.id} className="text-sm">
                  <p className="text-muted">
                    {index + 1}. {question.prompt}
                  </p>
                  <p className="text-ink mt-1 font-medium">{option?.label ?? "Not answered"}</p>
                </li>
              );
            })}
          </ol>
        </details>
      </Card>

      <section className="mt-6 rounded-2xl bg-slate-900 p-5 text-white shadow-sm sm:p-7">
        <h2 className="text-lg font-semibold">This is a direction, not a verdict</h2>
        <p className="mt-2 text-pretty text-slate-300">
          Twelve answers from one person point at where to look. A Snapshot goes further: several
          leaders answer, your CRM pipeline is measured, and you get a written assessment to take
          into your next leadership meeting.
        </p>
        <div className="mt-5 flex flex-col gap-3 sm:flex-row">
          <ButtonLink href="/diagnostic" variant="secondary">
            Retake the diagnostic
          </ButtonLink>
        </div>
      </section>
    </div>
  );
}
