/**
 * "How you compare": percentiles among other companies' diagnostics, from the hourly aggregate.
 * Every cohort here (industry and band) is used by no other test file, which share this
 * database; the "all" cohort is shared, so nothing below depends on its size.
 */
import { randomUUID } from "node:crypto";
import pg from "pg";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, describe, expect, inject, it } from "vitest";
import { PeerComparison } from "@/components/diagnostic/peer-comparison";
import { newLinkToken } from "@/lib/auth/tokens";
import { refreshDiagnosticBenchmarks } from "@/lib/data/diagnostic-benchmark/refresh-diagnostic-benchmarks";
import { getPublicOrganization } from "@/lib/data/organization/get-public-organization";
import { diagnostic, FRACTURES, scoreDiagnostic, type FractureKey } from "@/lib/domain/diagnostic";
import { getDiagnosticResult } from "@/lib/services/diagnostic/get-diagnostic-result";
import { saveBenchmarkSharing } from "@/lib/services/organization/save-benchmark-sharing";
import { createOrg, createUser } from "../support/fixtures";
import { query } from "../support/test-database";

const ownerUrl = inject("ownerDatabaseUrl");
const appUrl = inject("databaseUrl");
const organizations: string[] = [];

async function org(label: string, kind: "COMPANY" | "CONSULTANCY" = "CONSULTANCY") {
  const created = await createOrg(label, kind);
  organizations.push(created.id);
  return created;
}

afterAll(async () => {
  const { jobQueue } = await import("@/lib/jobs/queue");
  await (await jobQueue()).stop({ graceful: false, wait: true });
  await query(ownerUrl, `delete from "Organization" where id = any($1::uuid[])`, [organizations]);
  await refreshDiagnosticBenchmarks();
});

/** The taker's answers: the most broken option on every question. */
const takerAnswers = Object.fromEntries(
  diagnostic.questions.map((q) => [q.id, q.options.at(-1)!.id]),
);

/** One stored result, written as the tables' owner; returns its private link's token. */
async function insertResult(options: {
  organizationId: string;
  vertical: string;
  revenueBand: string;
  score?: number;
  answers?: Record<string, string>;
  demo?: boolean;
}) {
  const answers = options.answers ?? {};
  const scores = options.answers
    ? scoreDiagnostic(options.answers).fractures
    : FRACTURES.map((key) => ({ key, score: options.score ?? 0 }));
  const link = newLinkToken();
  await query(
    ownerUrl,
    `insert into "DiagnosticAssessment" (id, "organizationId", "submissionId", "accessTokenHash",
       "bankVersion", answers, scores, vertical, "revenueBand", demo, "updatedAt")
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, now())`,
    [
      randomUUID(),
      options.organizationId,
      randomUUID(),
      link.tokenHash,
      diagnostic.version,
      JSON.stringify(answers),
      JSON.stringify(scores),
      options.vertical,
      options.revenueBand,
      options.demo ?? false,
    ],
  );
  return link.token;
}

/** Peers scored 0, 3, 6, …: `count` of them, spread over two other organizations. */
async function insertPeers(count: number, vertical: string, revenueBand: string) {
  const [b, c] = [await org("peer-b"), await org("peer-c")];
  const scores: number[] = [];
  for (let i = 0; i < count; i++) {
    scores.push(i * 3);
    await insertResult({
      organizationId: i % 2 ? b.id : c.id,
      vertical,
      revenueBand,
      score: i * 3,
    });
  }
  return scores;
}

/** The share strictly below plus half the ties, computed here from the raw scores. */
function expectedPercentile(all: number[], score: number) {
  const below = all.filter((s) => s < score).length;
  const ties = all.filter((s) => s === score).length;
  return Math.round((100 * (below + ties / 2)) / all.length);
}

async function storedCohorts(prefix: string) {
  return query<{ cohort: string; results: number; fracture: FractureKey; counts: number[] }>(
    ownerUrl,
    `select cohort, results, fracture, counts from "DiagnosticBenchmark"
      where "bankVersion" = $1 and (cohort = $2 or cohort like $2 || '/%')`,
    [diagnostic.version, prefix],
  );
}

describe("how a result compares with its peers", () => {
  it(
    "with 30 results in its industry and band, shows percentiles from that cohort after the hourly job",
    { timeout: 60_000 },
    async () => {
      const a = await org("taker-a");
      const token = await insertResult({
        organizationId: a.id,
        vertical: "technology",
        revenueBand: "20m-50m",
        answers: takerAnswers,
      });
      const peerScores = await insertPeers(29, "technology", "20m-50m");

      // Before the job runs, nothing is known about this cohort.
      const before = await getDiagnosticResult(token);
      expect(before.peers.cohort?.key).not.toBe("technology/20m-50m");

      // The hourly job, as an instance runs it: this hour's run is queued, then worked.
      const { BENCHMARK_QUEUE, jobQueue, startJobWorkers } = await import("@/lib/jobs/queue");
      const { registerBenchmarkJobs } = await import("@/lib/services/jobs/register-job-handlers");
      registerBenchmarkJobs();
      await (await jobQueue()).send(BENCHMARK_QUEUE, {}, { singletonKey: `test-${randomUUID()}` });
      await startJobWorkers();
      await expect
        .poll(async () => (await getDiagnosticResult(token)).peers.cohort?.key, {
          timeout: 45_000,
          interval: 250,
        })
        .toBe("technology/20m-50m");
      const view = await getDiagnosticResult(token);
      expect(view.peers.cohort).toMatchObject({ key: "technology/20m-50m", results: 30 });
      for (const f of view.result.fractures) {
        const percentile = view.peers.fractures.find((p) => p.key === f.key)!.percentile;
        expect(percentile).toBe(expectedPercentile([...peerScores, f.score], f.score));
      }
      // The most broken answers everywhere sit above all 29 peers: (29 + ½) / 30.
      expect(view.peers.fractures.map((p) => p.percentile)).toEqual(Array(5).fill(98));

      const html = renderToStaticMarkup(
        createElement(PeerComparison, {
          comparison: view.peers,
          context: view.context,
          voice: "taker",
        }),
      );
      expect(html).toContain("How you compare");
      expect(html).toContain(
        "Among 30 results from technology and software companies with $20M–$50M revenue",
      );
      expect(html).toContain("98th percentile");
      expect(html).not.toContain("whole industry");
    },
  );

  it("with 29 in its band, uses the industry alone", async () => {
    const a = await org("taker-a");
    const token = await insertResult({
      organizationId: a.id,
      vertical: "industrial",
      revenueBand: "under-20m",
      answers: takerAnswers,
    });
    await insertPeers(28, "industrial", "under-20m");
    await insertPeers(3, "industrial", "over-150m");

    await refreshDiagnosticBenchmarks();
    // A cohort under 30 is not even stored, so no page could show it.
    expect((await storedCohorts("industrial")).map((r) => r.cohort)).toEqual(
      Array(5).fill("industrial"),
    );
    const view = await getDiagnosticResult(token);
    expect(view.peers.cohort).toMatchObject({ key: "industrial", results: 32 });

    const html = renderToStaticMarkup(
      createElement(PeerComparison, {
        comparison: view.peers,
        context: view.context,
        voice: "taker",
      }),
    );
    expect(html).toContain("Among 32 results from industrial and manufacturing companies,");
    expect(html).toContain("so this compares you with the whole industry");
    // The consultancy's own page for the lead says the same of the taker, not of "you".
    const team = renderToStaticMarkup(
      createElement(PeerComparison, {
        comparison: view.peers,
        context: view.context,
        voice: "team",
      }),
    );
    expect(team).toContain("How this result compares");
    expect(team).toContain("share both the taker&#x27;s industry and revenue band");
    expect(team).not.toMatch(/\byou\b/i);

    // One more result in the band, and the band is used again.
    await insertPeers(1, "industrial", "under-20m");
    await refreshDiagnosticBenchmarks();
    expect((await getDiagnosticResult(token)).peers.cohort).toMatchObject({
      key: "industrial/under-20m",
      results: 30,
    });
  });

  it("leaves out demo rows and organizations that opted out", async () => {
    const a = await org("taker-a");
    await insertResult({
      organizationId: a.id,
      vertical: "services",
      revenueBand: "50m-150m",
      answers: takerAnswers,
    });
    await insertPeers(24, "services", "50m-150m");
    for (let i = 0; i < 10; i++)
      await insertResult({
        organizationId: a.id,
        vertical: "services",
        revenueBand: "50m-150m",
        score: 50,
        demo: true,
      });
    const quiet = await org("opted-out");
    const owner = await createUser("opted-out-owner");
    const ctx = {
      user: { id: owner.id, email: owner.email, name: null },
      role: "OWNER" as const,
      organization: {
        id: quiet.id,
        slug: quiet.slug,
        name: "Opted out",
        kind: "CONSULTANCY" as const,
        accentColor: null,
        logoUrl: null,
        currency: "USD",
      },
    };
    await saveBenchmarkSharing(ctx, { shareBenchmarks: false });
    for (let i = 0; i < 10; i++)
      await insertResult({
        organizationId: quiet.id,
        vertical: "services",
        revenueBand: "50m-150m",
        score: 50,
      });

    // 25 real results count; 10 demo and 10 opted-out ones would have made 45.
    await refreshDiagnosticBenchmarks();
    expect(await storedCohorts("services")).toEqual([]);

    // The choice is audited, and the branded questionnaire stops mentioning benchmarks.
    const audit = await query<{ action: string; details: unknown; actorEmail: string }>(
      ownerUrl,
      `select action, details, "actorEmail" from "AuditEvent" where "organizationId" = $1`,
      [quiet.id],
    );
    expect(audit).toEqual([
      {
        action: "organization.benchmarks_changed",
        details: { benchmarkOptOut: true },
        actorEmail: owner.email,
      },
    ]);
    expect(await getPublicOrganization(quiet.slug)).toMatchObject({ benchmarkOptOut: true });

    // Sharing again brings its ten results back in: 35, demo rows still left out.
    await saveBenchmarkSharing(ctx, { shareBenchmarks: true });
    await refreshDiagnosticBenchmarks();
    const rows = await storedCohorts("services");
    expect(new Set(rows.map((r) => `${r.cohort}:${r.results}`))).toEqual(
      new Set(["services:35", "services/50m-150m:35"]),
    );
    const silos = rows.find((r) => r.cohort === "services" && r.fracture === "SILOS")!;
    expect(silos.counts).toHaveLength(101);
    expect(silos.counts[50]).toBe(10);
  });
});

describe("the refresh function, as the app's role", () => {
  async function asApp<T extends pg.QueryResultRow>(sql: string) {
    const client = new pg.Client({ connectionString: appUrl });
    await client.connect();
    try {
      return (await client.query<T>(sql)).rows;
    } finally {
      await client.end();
    }
  }

  it("may run the refresh, which answers with a count and no row of any tenant", async () => {
    const rows = await asApp<{ stored: number }>(
      `select app_refresh_diagnostic_benchmarks() as stored`,
    );
    expect(rows).toHaveLength(1);
    expect(Object.keys(rows[0]!)).toEqual(["stored"]);
    expect(typeof rows[0]!.stored).toBe("number");
    // Without a tenant set, the app's role still sees no result at all.
    expect(await asApp(`select id from "DiagnosticAssessment"`)).toEqual([]);
  });

  it("reads the aggregate, which holds no tenant or row id, and cannot write it", async () => {
    const columns = await query<{ column_name: string }>(
      ownerUrl,
      `select column_name from information_schema.columns where table_name = 'DiagnosticBenchmark'
        order by ordinal_position`,
    );
    expect(columns.map((c) => c.column_name)).toEqual([
      "bankVersion",
      "cohort",
      "fracture",
      "results",
      "counts",
      "refreshedAt",
    ]);
    await expect(asApp(`select cohort from "DiagnosticBenchmark" limit 1`)).resolves.toBeDefined();
    for (const sql of [
      `delete from "DiagnosticBenchmark"`,
      `update "DiagnosticBenchmark" set results = 1000`,
      `insert into "DiagnosticBenchmark" values ('x', 'all', 'SILOS', 1000, '{}', now())`,
    ])
      await expect(asApp(sql), sql).rejects.toThrow(/permission denied/);
  });
});
