import { randomUUID } from "node:crypto";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { readFile } from "node:fs/promises";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { diagnostic } from "../../lib/domain/diagnostic";
import { pdfText } from "./support/pdf-text";

/** A result taken through the public route, as the questionnaire posts it. */
async function submitResult(request: APIRequestContext, baseURL: string): Promise<string> {
  const answers = Object.fromEntries(
    diagnostic.questions.map((q, i) => [q.id, q.options[(i * 3) % q.options.length]!.id]),
  );
  const response = await request.post("/api/diagnostic/submissions", {
    headers: { origin: baseURL },
    data: { submissionId: randomUUID(), bankVersion: diagnostic.version, answers, context: {} },
  });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

async function pageCount(pdf: Buffer): Promise<number> {
  const doc = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false }).promise;
  const count = doc.numPages;
  await doc.destroy();
  return count;
}

test("the site answers /favicon.ico with an icon", async ({ request }) => {
  const response = await request.get("/favicon.ico");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toMatch(/^image\/(x-icon|vnd\.microsoft\.icon)/);
  expect((await response.body()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]));
});

test("a forwarded result shows a preview image, downloads as one page and prints without the site around it", async ({
  page,
  request,
  baseURL,
}) => {
  const token = await submitResult(request, baseURL!);
  await page.goto(`/results/${token}`);
  const fracture = (await page.getByRole("heading", { level: 1 }).textContent())!.trim();

  // What a link preview reads: an absolute og:image that answers with a PNG; still noindex.
  const ogImage = await page.locator('meta[property="og:image"]').getAttribute("content");
  expect(ogImage).toBe(`${baseURL}/results/${token}/image`);
  const image = await request.get(ogImage!);
  expect(image.status()).toBe(200);
  expect(image.headers()["content-type"]).toBe("image/png");
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  await expect(page.locator('meta[name="referrer"]')).toHaveAttribute("content", "no-referrer");

  // The PDF the page offers: one page, named for the fracture on the page.
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download PDF" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^revenue-leak-diagnostic-.*\.pdf$/);
  const pdf = await readFile((await download.path())!);
  expect(await pageCount(pdf)).toBe(1);
  expect((await pdfText(new Uint8Array(pdf))).replace(/\s+/g, " ")).toContain(fracture);

  // On paper: no header, footer or buttons, and the result (with its money and peer sections)
  // on at most three pages.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(page.getByRole("contentinfo")).toBeHidden();
  await expect(page.getByRole("button", { name: "Copy private link" })).toBeHidden();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const printed = await page.pdf({ format: "A4", printBackground: true });
  expect(await pageCount(printed)).toBeLessThanOrEqual(3);
});
