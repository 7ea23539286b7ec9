import { createHash } from "node:crypto";
// Demo data for a local run: the platform organization that owns public diagnostics, and a few
// finished diagnostics so the results page has something to show. Safe to run repeatedly.
import { submitDiagnostic } from "@/lib/services/diagnostic/submit-diagnostic";
import { db } from "@/lib/db";
import { diagnostic, type FractureKey } from "@/lib/domain/diagnostic";
import { env } from "@/lib/env";
import { appBaseUrl } from "@/lib/http/base-url";
import { markDemoAssessments } from "@/lib/data/diagnostic-assessment/mark-demo-assessments";
import { createOrganizationWithOwner } from "@/lib/data/organization/create-organization-with-owner";
import { computePipelineSummary } from "@/lib/data/pipeline/compute-pipeline-summary";
import { queryPipelineAsOf } from "@/lib/data/pipeline/query-pipeline-as-of";
import { readPipelineSummary } from "@/lib/data/pipeline/read-pipeline-summary";
import { replacePipeline } from "@/lib/data/pipeline/replace-pipeline";
import { storePipelineSummary } from "@/lib/data/pipeline/store-pipeline-summary";
import { setRevenueTarget } from "@/lib/data/pipeline/set-revenue-target";
import { generatePipeline } from "@/lib/domain/pipeline";
import { withTenant } from "@/lib/db";
import { updateScoreboardSettings } from "@/lib/data/scoreboard/update-scoreboard-settings";
import { createStandardVersion } from "@/lib/data/scoreboard/create-standard-version";
import { signStandardVersion } from "@/lib/data/scoreboard/sign-standard-version";
import { DEFAULT_STANDARD } from "@/lib/domain/scoreboard";

const DEMO_COMPANY = { slug: "northwind-demo", name: "Northwind Components (demo)" };
const DEMO_OWNER_EMAIL = "demo@revenuechain.local";
const DEMO_SALES_LEAD_EMAIL = "sales.lead@revenuechain.local";

/**
 * A demo company with eighteen months of generated pipeline and this quarter's target, owned by
 * demo@revenuechain.local (sign in with that address; the link lands in /dev/mailbox).
 */
async function seedDemoCompany() {
  const user = await db.user.upsert({
    where: { email: DEMO_OWNER_EMAIL },
    update: {},
    create: { email: DEMO_OWNER_EMAIL, name: "Demo Owner" },
  });
  const existing = await db.organization.findUnique({ where: { slug: DEMO_COMPANY.slug } });
  if (existing) return;
  const { id } = await createOrganizationWithOwner({
    ...DEMO_COMPANY,
    kind: "COMPANY",
    owner: { userId: user.id, email: user.email },
  });
  const until = new Date();
  const from = new Date(until.getTime() - 548 * 24 * 60 * 60 * 1000);
  await replacePipeline(id, generatePipeline({ seed: 2026, opportunities: 2400, from, until }));
  const quarter = Math.floor(until.getUTCMonth() / 3);
  await setRevenueTarget(id, {
    periodStart: new Date(Date.UTC(until.getUTCFullYear(), quarter * 3, 1)),
    periodEnd: new Date(Date.UTC(until.getUTCFullYear(), quarter * 3 + 3, 0)),
    amount: 9_000_000,
  });
  await seedDemoScoreboard(id, { userId: user.id, email: user.email });
  // The dashboards open at once: the figures are computed here rather than by the job.
  const summary = await readPipelineSummary(id);
  if (summary)
    await storePipelineSummary(
      id,
      summary.version,
      await computePipelineSummary(id, await queryPipelineAsOf(id)),
    );
}

/**
 * The demo company's scoreboard: the owner leads marketing, a second member leads sales, and
 * both have signed the first version of the standard, so the scoreboard opens filled in.
 */
async function seedDemoScoreboard(
  organizationId: string,
  owner: { userId: string; email: string },
) {
  const lead = await db.user.upsert({
    where: { email: DEMO_SALES_LEAD_EMAIL },
    update: {},
    create: { email: DEMO_SALES_LEAD_EMAIL, name: "Sales Lead (demo)" },
  });
  await withTenant(organizationId, (tx) =>
    tx.membership.create({ data: { organizationId, userId: lead.id, role: "MEMBER" } }),
  );
  await updateScoreboardSettings({
    organizationId,
    marketingLeadId: owner.userId,
    salesLeadId: lead.id,
    cadence: "BIWEEKLY",
    anchorDate: new Date(new Date().toISOString().slice(0, 10)),
    actor: owner,
  });
  const { number } = await createStandardVersion({
    organizationId,
    content: DEFAULT_STANDARD,
    actor: owner,
  });
  await signStandardVersion({
    organizationId,
    version: number,
    function: "MARKETING",
    actor: owner,
  });
  await signStandardVersion({
    organizationId,
    version: number,
    function: "SALES",
    actor: { userId: lead.id, email: lead.email },
  });
}

/** Demo takers: the worst answer on the questions led by `focus`, a mild leak everywhere else. */
const DEMO_PROFILES: { label: string; focus: FractureKey | null }[] = [
  {
    label: "a distributor whose reps each tell their own story",
    focus: "MESSAGING",
  },
  {
    label: "a logistics firm that leans on a few relationships",
    focus: "RELATIONSHIPS",
  },
  {
    label: "a manufacturer in good shape",
    focus: null,
  },
];

/**
 * A stable submission id per demo profile and answer set: re-seeding finds the same rows, and a
 * change to the demo answers seeds new rows instead of clashing with the old ones.
 */
function demoSubmissionId(label: string, answers: Record<string, string>) {
  const hex = createHash("sha256").update(label).update(JSON.stringify(answers)).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function leadFracture(weights: Partial<Record<FractureKey, number>>) {
  return (Object.entries(weights) as [FractureKey, number][]).sort((a, b) => b[1] - a[1])[0]![0];
}

async function main() {
  const { PLATFORM_ORG_SLUG } = env();
  const platform = await db.organization.upsert({
    where: { slug: PLATFORM_ORG_SLUG },
    update: {},
    create: { slug: PLATFORM_ORG_SLUG, name: "Revenue Chain", kind: "PLATFORM" },
    select: { id: true },
  });

  const links: string[] = [];
  const submissionIds: string[] = [];
  for (const profile of DEMO_PROFILES) {
    const answers = Object.fromEntries(
      diagnostic.questions.map((question) => {
        const led = profile.focus !== null && leadFracture(question.weights) === profile.focus;
        const option = led ? question.options.at(-1)! : question.options[profile.focus ? 1 : 0]!;
        return [question.id, option.id];
      }),
    );
    const submissionId = demoSubmissionId(profile.label, answers);
    submissionIds.push(submissionId);
    const { accessToken } = await submitDiagnostic({
      organizationSlug: PLATFORM_ORG_SLUG,
      request: {
        submissionId,
        bankVersion: diagnostic.version,
        answers,
        context: {},
      },
      baseUrl: appBaseUrl(),
    });
    links.push(`  /results/${accessToken}  (${profile.label})`);
  }
  // Made-up answers must never move a real company's percentiles.
  await markDemoAssessments(platform.id, submissionIds);
  console.log(
    `[seed] platform organization "${PLATFORM_ORG_SLUG}" and ${links.length} demo results:`,
  );
  console.log(links.join("\n"));
  await seedDemoCompany();
  console.log(
    `[seed] demo company /o/${DEMO_COMPANY.slug}: sign in as ${DEMO_OWNER_EMAIL} (or its sales lead, ${DEMO_SALES_LEAD_EMAIL}) to see its pipeline and scoreboard`,
  );
}

main()
  .then(() => db.$disconnect())
  .catch(async (error) => {
    console.error(error);
    await db.$disconnect();
    process.exit(1);
  });
