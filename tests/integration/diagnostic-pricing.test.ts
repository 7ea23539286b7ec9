import { randomUUID } from "node:crypto";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { POST as reprice } from "@/app/api/diagnostic/results/[token]/revenue-band/route";
import { DiagnosticResultSections } from "@/components/diagnostic/diagnostic-result-sections";
import { FRACTURE_INFO, diagnostic, scoreDiagnostic } from "@/lib/domain/diagnostic";
import { PRICING_VERSION, formatMoney, priceDiagnostic } from "@/lib/domain/pricing";
import {
  getDiagnosticResult,
  type DiagnosticResultView,
} from "@/lib/services/diagnostic/get-diagnostic-result";
import { submitDiagnosticRequest } from "../support/submit-diagnostic";
import { ensurePlatformOrganization } from "../support/fixtures";
import { query } from "../support/test-database";

/** Direct checks and old-style rows are made as the owner, beneath row-level security. */
const url = inject("ownerDatabaseUrl");

let calls = 0;
const nextClient = () => `198.51.100.${++calls % 250}`;

/** Mostly broken answers, so several fractures are priced. */
const answers = Object.fromEntries(
  diagnostic.questions.map((q, i) => [
    q.id,
    q.options[Math.max(0, q.options.length - 1 - (i % 2))]!.id,
  ]),
);

async function submit(context: Record<string, string>) {
  const submitted = await submitDiagnosticRequest(
    { submissionId: randomUUID(), bankVersion: diagnostic.version, answers, context },
    nextClient(),
  );
  if (!submitted.ok) throw new Error(submitted.error);
  return submitted.data.accessToken;
}

async function rowFor(token: string) {
  const view = await getDiagnosticResult(token);
  const [row] = await query<{
    pricingVersion: string | null;
    revenueBand: string | null;
    averageDealSize: number | null;
    winRatePercent: number | null;
    scores: unknown;
    answers: unknown;
  }>(
    url,
    `select "pricingVersion", "revenueBand", "averageDealSize", "winRatePercent", scores, answers
       from "DiagnosticAssessment" where id = $1`,
    [view.id],
  );
  return row!;
}

function post(token: string, body: unknown, headers: Record<string, string> = {}) {
  return reprice(
    new Request(`http://localhost:3000/api/diagnostic/results/${token}/revenue-band`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": nextClient(), ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
    { params: Promise.resolve({ token }) },
  );
}

function render(view: DiagnosticResultView) {
  return renderToStaticMarkup(createElement(DiagnosticResultSections, { view, voice: "taker" }));
}

const headings = (html: string) => [...html.matchAll(/<h2[^>]*>(.*?)<\/h2>/g)].map((m) => m[1]);

beforeAll(async () => {
  await ensurePlatformOrganization();
});

describe("a diagnostic taken with a revenue band", () => {
  it("stores the pricing method and the figures given, and shows a range per broken fracture", async () => {
    const token = await submit({
      revenueBand: "20m-50m",
      averageDealSize: "$85,000",
      winRatePercent: "19%",
    });
    const row = await rowFor(token);
    expect(row).toMatchObject({
      pricingVersion: PRICING_VERSION,
      revenueBand: "20m-50m",
      averageDealSize: 85_000,
      winRatePercent: 19,
    });

    const view = await getDiagnosticResult(token);
    const scores = scoreDiagnostic(answers).fractures;
    expect(view.pricing).toEqual(
      priceDiagnostic(scores, {
        revenueBand: "20m-50m",
        averageDealSize: 85_000,
        winRatePercent: 19,
      }),
    );
    if (view.pricing?.status !== "priced") throw new Error("expected a priced result");
    const broken = scores.filter((s) => s.score >= 25).map((s) => s.key);
    expect(view.pricing.prices.map((p) => p.key).sort()).toEqual([...broken].sort());

    const html = render(view);
    expect(headings(html)).toContain("What the leak costs, per quarter");
    for (const price of view.pricing.prices) {
      expect(html).toContain(
        `${formatMoney(price.lowPerQuarter)}–${formatMoney(price.highPerQuarter)}`,
      );
    }
    expect(html).toContain("they are not added into one total");
    expect(html).toContain("<summary");
    expect(html).toContain("How we got this");
    for (const assumption of view.pricing.assumptions) {
      expect(html).toContain(assumption.text.replace(/'/g, "&#x27;"));
    }
    expect(html).toContain("Our assumption");
    expect(html).toContain("Published figure");
    // The stated deal size is quoted in the positioning lift.
    if (broken.includes("POSITIONING")) expect(html).toContain("from $85k to $94k");
  });

  it("mails a copy that states the same range per broken fracture as the page", async () => {
    const email = `priced-${randomUUID()}@example.com`;
    const token = await submit({ revenueBand: "20m-50m", email });
    const view = await getDiagnosticResult(token);
    if (view.pricing?.status !== "priced") throw new Error("expected a priced result");
    const [mail] = await query<{ text: string; html: string }>(
      url,
      `select text, html from "MailMessage" where "to" = $1`,
      [email],
    );
    expect(mail!.text).toContain("What the leak costs, per quarter");
    for (const price of view.pricing.prices) {
      const line = `${FRACTURE_INFO[price.key].name}: ${formatMoney(price.lowPerQuarter)}–${formatMoney(price.highPerQuarter)} a quarter`;
      expect(mail!.text).toContain(line);
      expect(mail!.html).toContain(line);
    }
    expect(mail!.text).toContain("they are not added into one total");
  });

  it("mails a copy that says how to have it priced when no band was given", async () => {
    const email = `unpriced-${randomUUID()}@example.com`;
    await submit({ email });
    const [mail] = await query<{ text: string }>(
      url,
      `select text from "MailMessage" where "to" = $1`,
      [email],
    );
    expect(mail!.text).toContain("give your revenue band on the result page");
    expect(mail!.text).not.toMatch(/a quarter\b/);
  });
});

describe("a result stored before results were priced", () => {
  it("renders with no money and the same sections as before, even with a revenue band", async () => {
    const token = await submit({ revenueBand: "50m-150m" });
    const priced = render(await getDiagnosticResult(token));
    const view = await getDiagnosticResult(token);
    await query(url, `update "DiagnosticAssessment" set "pricingVersion" = null where id = $1`, [
      view.id,
    ]);
    const old = await getDiagnosticResult(token);
    expect(old.pricing).toBeNull();
    const html = render(old);
    expect(html).not.toContain("What the leak costs");
    expect(html).not.toContain("How we got this");
    expect(html).not.toMatch(/a quarter/);
    expect(headings(html)).toEqual(
      headings(priced).filter((h) => h !== "What the leak costs, per quarter"),
    );
    // Nor can it be priced after the fact: it stays as it was stored.
    const response = await post(token, { revenueBand: "50m-150m" });
    expect(response.status).toBe(409);
    expect(await response.json()).toMatchObject({
      error: expect.stringMatching(/stays as it was/),
    });
  });
});

describe("giving a result its revenue band", () => {
  it("stores the band for that result and returns its range, leaving answers and scores as they were", async () => {
    const token = await submit({});
    const before = await rowFor(token);
    expect((await getDiagnosticResult(token)).pricing).toEqual({
      version: PRICING_VERSION,
      status: "needs-revenue",
    });

    const response = await post(token, { revenueBand: "50m-150m" });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { pricing: { status: string; prices: unknown[] } };
    expect(body.pricing.status).toBe("priced");
    expect(body.pricing.prices.length).toBeGreaterThan(0);

    const after = await rowFor(token);
    expect(after.revenueBand).toBe("50m-150m");
    expect(after.scores).toEqual(before.scores);
    expect(after.answers).toEqual(before.answers);
    const view = await getDiagnosticResult(token);
    expect(view.pricing).toEqual(body.pricing);

    // The same band again changes nothing; another band does not replace it.
    expect((await post(token, { revenueBand: "50m-150m" })).status).toBe(200);
    const other = await post(token, { revenueBand: "under-20m" });
    expect(other.status).toBe(409);
    expect((await rowFor(token)).revenueBand).toBe("50m-150m");
  });

  it("cannot reach another result through one's own link", async () => {
    const mine = await submit({});
    const theirs = await submit({});
    const theirsId = (await getDiagnosticResult(theirs)).id;

    const smuggled = await post(mine, {
      revenueBand: "over-150m",
      accessToken: theirs,
      id: theirsId,
    });
    expect(smuggled.status).toBe(400);
    expect((await rowFor(theirs)).revenueBand).toBeNull();
    expect((await rowFor(mine)).revenueBand).toBeNull();

    expect((await post(mine, { revenueBand: "over-150m" })).status).toBe(200);
    expect((await rowFor(mine)).revenueBand).toBe("over-150m");
    expect((await rowFor(theirs)).revenueBand).toBeNull();
  });

  it("answers hostile requests with a sentence and changes nothing", async () => {
    const token = await submit({});
    const cases: [unknown, number][] = [
      [{ revenueBand: "a-billion" }, 400],
      [{ revenueBand: ["50m-150m"] }, 400],
      [{}, 400],
      ["[1,2", 400],
      ["null", 400],
    ];
    for (const [body, status] of cases) {
      const response = await post(token, body);
      expect(response.status).toBe(status);
      expect((await response.json()).error).toMatch(/\.$/);
    }
    const unknown = await post("A".repeat(43), { revenueBand: "50m-150m" });
    expect(unknown.status).toBe(404);
    const malformed = await post("not-a-token", { revenueBand: "50m-150m" });
    expect(malformed.status).toBe(404);
    const crossSite = await post(
      token,
      { revenueBand: "50m-150m" },
      { origin: "https://evil.example" },
    );
    expect(crossSite.status).toBe(403);
    const plainText = await post(
      token,
      { revenueBand: "50m-150m" },
      { "content-type": "text/plain" },
    );
    expect(plainText.status).toBe(415);
    expect((await rowFor(token)).revenueBand).toBeNull();
  });

  it("stops one result being written to over and over", async () => {
    const token = await submit({});
    for (let i = 0; i < 5; i++) {
      expect((await post(token, { revenueBand: "20m-50m" })).status).toBe(200);
    }
    const refused = await post(token, { revenueBand: "20m-50m" });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await refused.json()).error).toMatch(/Try again in/);
  });
});
