import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { sampleLogoPng } from "../fixtures/tiny-images";
import { latestMailTo } from "./support/mailbox";
import { pdfImageCount, pdfInfo, pdfText } from "./support/pdf-text";
import { createOrganization, signIn } from "./support/sign-in";
import {
  closeWithoutPipeline,
  inviteLeaders,
  leadersAnswer,
  publishAfterDeletingPipelineNote,
} from "./support/snapshot-flow";

/** The image really loaded: a broken logo is visible as an empty box but has no pixels. */
async function expectLoaded(image: Locator, width: number) {
  await expect(image).toBeVisible();
  await expect
    .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
    .toBe(width);
}

async function downloadPdf(page: Page, path: string) {
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download PDF" }).click();
  const file = await download;
  await file.saveAs(path);
  return new Uint8Array(readFileSync(path));
}

test("a consultancy's logo and prepared-by reach its client's report, share page and PDF", async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(240_000);
  page.on("dialog", (dialog) => dialog.accept());
  const tag = randomUUID().slice(0, 6);
  const consultancy = `Harbor Advisors ${tag}`;
  const client = `Delta Freight ${tag}`;
  await signIn(page, `partner-${tag}@harbor.test`);
  const slug = await createOrganization(page, consultancy, { consultancy: true });

  // The brand: colour, logo (an SVG is refused with a reason first) and who prepares reports.
  await page.goto(`/o/${slug}/settings`);
  await page.getByLabel("Accent colour").fill("#0f766e");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByRole("status").first()).toHaveText("Saved.");
  const card = page.getByTestId("report-brand");
  await card.getByLabel("Logo file").setInputFiles({
    name: "logo.svg",
    mimeType: "image/svg+xml",
    buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>'),
  });
  await expect(card.getByRole("alert")).toHaveText(
    "Upload a PNG or JPEG image: other formats cannot be drawn on the PDF.",
  );
  await card.getByLabel("Logo file").setInputFiles({
    name: "harbor.png",
    mimeType: "image/png",
    buffer: sampleLogoPng(),
  });
  await expect(card.getByRole("status")).toHaveText("Logo uploaded.");
  await expectLoaded(card.getByRole("img", { name: `${consultancy} logo` }), 240);
  await card.getByLabel("Consultant's name").fill("Ingrid Solberg");
  await card.getByLabel("Title").fill("Managing partner");
  await card.getByLabel("Contact email").fill("ingrid@harbor.test");
  await card.getByLabel("Contact phone").fill("+47 22 33 44 55");
  await card.getByRole("button", { name: "Save prepared by" }).click();
  await expect(card.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

  // A client, and a Snapshot bought for it.
  await page.goto(`/o/${slug}/engagements`);
  await page.getByLabel("Client company").fill(client);
  await page.getByRole("button", { name: "Add client" }).click();
  await expect(page.getByRole("status")).toContainText(`${client} added.`);
  await page.goto(`/o/${slug}/snapshots`);
  await page.getByLabel("For client").selectOption({ label: client });
  await page.getByRole("button", { name: /^Buy a Snapshot/ }).click();
  await page.getByRole("button", { name: /^Pay .* \(test\)$/ }).click();
  await expect(page.getByRole("heading", { name: "The Snapshot is open" })).toBeVisible();
  // Open the Snapshot takes the consultancy straight to its client's Snapshot.
  await page.getByRole("link", { name: "Open the Snapshot" }).click();
  await expect(page.getByText("Collecting answers")).toBeVisible();

  const ceo = `ceo-${tag}@deltafreight.test`;
  const sales = `sales-${tag}@deltafreight.test`;
  await inviteLeaders(page, [
    { email: ceo, name: "Dana CEO", role: "CEO" },
    { email: sales, name: "Sam Sales", role: "Head of sales" },
  ]);
  // The consultant signed in without a name: the mail names the consultancy, and the role as written.
  expect((await latestMailTo(sales)).text).toContain(
    `${consultancy} asked you to answer ${client}'s Snapshot as Head of sales:`,
  );
  await leadersAnswer(browser, [
    [ceo, () => 0],
    [sales, (i: number) => (i % 2 === 0 ? 3 : 2)],
  ]);

  await page.reload();
  await closeWithoutPipeline(page);
  await page.getByRole("link", { name: "Edit the written assessment" }).click();
  await publishAfterDeletingPipelineNote(page, 1);

  // The web report carries the consultancy's logo and who prepared it.
  await expectLoaded(page.getByRole("img", { name: consultancy }), 240);
  await expect(page.getByTestId("prepared-by")).toContainText("Ingrid Solberg, Managing partner");
  const inApp = await downloadPdf(page, testInfo.outputPath("in-app.pdf"));
  expect(await pdfInfo(inApp)).toMatchObject({ Author: consultancy });

  // The leadership team's share page, at desktop and phone widths.
  await page.getByRole("link", { name: "← Written assessment" }).click();
  await page.getByRole("button", { name: "Create a share link" }).click();
  const shareUrl = await page.getByLabel("Share link").inputValue();
  const reader = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const share = await reader.newPage();
  await share.goto(shareUrl);
  await expect(share.getByRole("heading", { level: 1, name: client })).toBeVisible();
  await expectLoaded(share.getByRole("img", { name: consultancy }), 240);
  const preparedBy = share.getByTestId("prepared-by");
  await expect(preparedBy).toContainText("Ingrid Solberg, Managing partner");
  await expect(preparedBy).toContainText(consultancy);
  await expect(preparedBy.getByRole("link", { name: "ingrid@harbor.test" })).toHaveAttribute(
    "href",
    "mailto:ingrid@harbor.test",
  );
  await share.setViewportSize({ width: 390, height: 844 });
  await expectLoaded(share.getByRole("img", { name: consultancy }), 240);

  // Its PDF: the same author as the one downloaded in the app, the logo and prepared-by on the cover.
  const shared = await downloadPdf(share, testInfo.outputPath("shared.pdf"));
  expect(await pdfInfo(shared)).toMatchObject({ Author: consultancy });
  expect(await pdfImageCount(shared, 1)).toBe(1);
  const [cover, ...rest] = (await pdfText(shared.slice()))
    .split("\n")
    .map((p) => p.replace(/\s+/g, " "));
  expect(cover).toContain(client);
  expect(cover).toContain(`PREPARED BY Ingrid Solberg, Managing partner ${consultancy}`);
  expect(cover).toContain("ingrid@harbor.test · +47 22 33 44 55");
  for (const page of [cover, ...rest]) expect(page).toContain(`Prepared by ${consultancy} · Page`);
  await reader.close();
});
