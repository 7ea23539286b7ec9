// Demo data for a local run: the platform organization that owns public diagnostics, and a few
// finished diagnostics so the results page has something to show. Safe to run repeatedly.
import { submitDiagnostic } from "@/lib/assessments/submit-diagnostic";
import { db } from "@/lib/db";
import { diagnostic, type FractureKey } from "@/lib/diagnostic";
import { env } from "@/lib/env";

/** Demo takers: the worst answer on the questions led by `focus`, a mild leak everywhere else. */
const DEMO_PROFILES: { submissionId: string; label: string; focus: FractureKey | null }[] = [
  {
    submissionId: "00000000-0000-4000-8000-000000000001",
    label: "a distributor whose reps each tell their own story",
    focus: "MESSAGING",
  },
  {
    submissionId: "00000000-0000-4000-8000-000000000002",
    label: "a logistics firm that leans on a few relationships",
    focus: "RELATIONSHIPS",
  },
  {
    submissionId: "00000000-0000-4000-8000-000000000003",
    label: "a manufacturer in good shape",
    focus: null,
  },
];

function leadFracture(weights: Partial<Record<FractureKey, number>>) {
  return (Object.entries(weights) as [FractureKey, number][]).sort((a, b) => b[1] - a[1])[0]![0];
}

async function main() {
  const { PLATFORM_ORG_SLUG } = env();
  await db.organization.upsert({
    where: { slug: PLATFORM_ORG_SLUG },
    update: {},
    create: { slug: PLATFORM_ORG_SLUG, name: "Revenue Chain", kind: "PLATFORM" },
  });

  const links: string[] = [];
  for (const profile of DEMO_PROFILES) {
    const answers = Object.fromEntries(
      diagnostic.questions.map((question) => {
        const led = profile.focus !== null && leadFracture(question.weights) === profile.focus;
        const option = led ? question.options.at(-1)! : question.options[profile.focus ? 1 : 0]!;
        return [question.id, option.id];
      }),
    );
    const { accessToken } = await submitDiagnostic({
      organizationSlug: PLATFORM_ORG_SLUG,
      request: {
        submissionId: profile.submissionId,
        bankVersion: diagnostic.version,
        answers,
        context: {},
      },
      baseUrl: env().APP_URL ?? "http://127.0.0.1:3000",
    });
    links.push(`  /results/${accessToken}  (${profile.label})`);
  }
  console.log(
    `[seed] platform organization "${PLATFORM_ORG_SLUG}" and ${links.length} demo results:`,
  );
  console.log(links.join("\n"));
}

main()
  .then(() => db.$disconnect())
  .catch(async (error) => {
    console.error(error);
    await db.$disconnect();
    process.exit(1);
  });
