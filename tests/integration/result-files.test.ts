/**
 * A diagnostic result's PDF and link-preview image, through their public routes as the browser
 * and a link preview fetch them.
 */
import { randomUUID } from "node:crypto";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as imageGET } from "@/app/(marketing)/results/[token]/image/route";
import { GET as pdfGET } from "@/app/(marketing)/results/[token]/pdf/route";
import { diagnostic, FRACTURE_INFO, scoreDiagnostic } from "@/lib/domain/diagnostic";
import { limitSpec } from "@/lib/limits/rate-limit";
import { submitDiagnosticRequest } from "../support/submit-diagnostic";
import { ensurePlatformOrganization } from "../support/fixtures";

/** A documentation-range address no other test uses. */
function newClient() {
  const n = Math.floor(Math.random() * 2 ** 16);
  return `198.18.${n >> 8}.${n & 255}`;
}

/** The worst option where a question mostly measures the sales message, the best elsewhere. */
const answers = Object.fromEntries(
  diagnostic.questions.map((q) => {
    const messaging = q.weights.MESSAGING ?? 0;
    const most = Math.max(...Object.values(q.weights));
    return [q.id, q.options[messaging > 0 && messaging === most ? q.options.length - 1 : 0]!.id];
  }),
);

let token = "";

beforeAll(async () => {
  await ensurePlatformOrganization();
  const submitted = await submitDiagnosticRequest(
    { submissionId: randomUUID(), bankVersion: diagnostic.version, answers, context: {} },
    newClient(),
  );
  if (!submitted.ok) throw new Error(submitted.error);
  token = submitted.data.accessToken;
});

function get(
  route: typeof pdfGET,
  accessToken: string,
  {
    client = newClient(),
    headers = {},
  }: { client?: string; headers?: Record<string, string> } = {},
) {
  const request = new Request(`http://localhost:3000/results/${accessToken}/x`, {
    headers: { "x-forwarded-for": client, ...headers },
  });
  return route(request, { params: Promise.resolve({ token: accessToken }) });
}

async function pdfPages(data: ArrayBuffer): Promise<string[]> {
  const pdf = await getDocument({ data: new Uint8Array(data), isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str : "")).join(" "));
  }
  await pdf.destroy();
  return pages.map((page) => page.replace(/\s+/g, " "));
}

/** PNG's signature, then the IHDR chunk's width and height. */
function pngSize(data: ArrayBuffer) {
  const bytes = Buffer.from(data);
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe("the result's PDF", () => {
  it("is one A4 page naming the fracture, the five scores and the first repair step", async () => {
    const expected = scoreDiagnostic(answers);
    expect(expected.primary).toBe("MESSAGING");
    const response = await get(pdfGET, token);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="revenue-leak-diagnostic-messaging-\d{4}-\d{2}-\d{2}\.pdf"$/,
    );
    expect(response.headers.get("cache-control")).toMatch(/^private, .*immutable/);

    const pages = await pdfPages(await response.arrayBuffer());
    expect(pages).toHaveLength(1);
    const [page] = pages as [string];
    expect(page).toContain(FRACTURE_INFO.MESSAGING.name);
    for (const { key, score } of expected.fractures) {
      expect(page).toMatch(new RegExp(`${FRACTURE_INFO[key].name} ${score} `));
    }
    expect(page).toContain("First repair step");
    expect(page).toContain(
      FRACTURE_INFO.MESSAGING.firstRepairStep.split(" ").slice(0, 6).join(" "),
    );
    // The answers stay on the private page.
    const firstQuestion = diagnostic.questions[0]!;
    expect(page).not.toContain(firstQuestion.prompt.slice(0, 40));
  });

  it("answers a reader holding the current copy with 304 and no body", async () => {
    const first = await get(pdfGET, token);
    const etag = first.headers.get("etag");
    expect(etag).toBeTruthy();
    const again = await get(pdfGET, token, { headers: { "if-none-match": etag! } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
  });

  it("is not found, with a sentence, for a token we never issued or could not have", async () => {
    for (const unknown of ["A".repeat(43), "not-a-token", "%00"]) {
      const response = await get(pdfGET, unknown);
      expect(response.status).toBe(404);
      expect((await response.json()).error).toMatch(/does not exist or the link is incomplete/);
    }
  });

  it("is refused with 429 and Retry-After once a client has asked for too many", async () => {
    const allowed = limitSpec("resultPdfPerClient").count;
    const client = newClient();
    const statuses: number[] = [];
    for (let i = 0; i < allowed + 1; i++)
      statuses.push((await get(pdfGET, token, { client })).status);
    expect(statuses.slice(0, allowed).every((status) => status === 200)).toBe(true);
    const refused = await get(pdfGET, token, { client });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await refused.json()).error).toMatch(/Too many PDFs .* Try again in/);
    // Another client is not held back by that one.
    expect((await get(pdfGET, token)).status).toBe(200);
  });
});

describe("the result's preview image", () => {
  it("is a 1200×630 PNG, privately cached", async () => {
    const response = await get(imageGET, token);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(response.headers.get("cache-control")).toMatch(/^private, .*immutable/);
    expect(response.headers.get("etag")).toMatch(/^W\/"/);
    expect(pngSize(await response.arrayBuffer())).toEqual({ width: 1200, height: 630 });
  });

  it("is not found for an unknown token", async () => {
    const response = await get(imageGET, "B".repeat(43));
    expect(response.status).toBe(404);
    expect((await response.json()).error).toMatch(/does not exist/);
  });

  it("is refused with 429 past its own limit", async () => {
    const allowed = limitSpec("resultImagePerClient").count;
    const client = newClient();
    const responses = await Promise.all(
      Array.from({ length: allowed + 5 }, () => get(imageGET, token, { client })),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(allowed);
    expect(statuses.filter((s) => s === 429)).toHaveLength(5);
  });
});
