import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { FRACTURE_INFO, FRACTURES } from "../../lib/domain/diagnostic/fractures";
import { latestMailTo } from "./support/mailbox";
import { pdfInfo, pdfText } from "./support/pdf-text";
import { createOrganization, signIn } from "./support/sign-in";
import {
  buySnapshot,
  closeWithoutPipeline,
  inviteLeaders,
  leadersAnswer,
  publishAfterDeletingPipelineNote,
} from "./support/snapshot-flow";

test("buy a Snapshot, two leaders answer, close, edit, publish and download the PDF", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  page.on("dialog", (dialog) => dialog.accept());
  const owner = `ceo-${randomUUID().slice(0, 8)}@northwind.test`;
  const company = `Northwind Components ${randomUUID().slice(0, 4)}`;
  await signIn(page, owner);
  const slug = await createOrganization(page, company);

  // Buy through the local test-mode checkout.
  await buySnapshot(page);

  // Invite two leaders.
  const ceo = `ceo-${randomUUID().slice(0, 6)}@northwind.test`;
  const sales = `sales-${randomUUID().slice(0, 6)}@northwind.test`;
  await inviteLeaders(page, [
    { email: ceo, name: "Dana CEO", role: "CEO" },
    { email: sales, name: "Sam Sales", role: "Head of sales" },
  ]);

  // Each answers in their own browser: the CEO sees a healthy chain, sales a broken one. The
  // owner who started the Snapshot hears of each, and of the last.
  const alertArrives = (subject: string) => async () => {
    await expect.poll(async () => (await latestMailTo(owner)).subject).toBe(subject);
  };
  await leadersAnswer(browser, [
    [ceo, () => 0, alertArrives(`${company}'s Snapshot: Dana CEO sent their answers`)],
    [
      sales,
      (i: number) => (i % 2 === 0 ? 3 : 2),
      alertArrives(`${company}'s Snapshot: every leader has answered`),
    ],
  ]);
  expect((await latestMailTo(owner)).text).toContain("All 2 leaders invited");

  await page.reload();
  await expect(page.getByText("2 of 2 sent their answers")).toBeVisible();
  await closeWithoutPipeline(page);

  // The analysis shows where they disagree.
  await page.getByRole("link", { name: "Analysis" }).click();
  await expect(page.getByRole("heading", { name: "Perception gaps" })).toBeVisible();
  await expect(page.getByText(/a gap this wide is itself a sign of silos/)).toBeVisible();
  await page.goBack();

  // Edit the summary, then publish version 1.
  await page.getByRole("link", { name: "Edit the written assessment" }).click();
  const summary = page.getByLabel("Executive summary");
  await summary.fill(`${await summary.inputValue()}\n\nAgreed at the leadership offsite.`);
  await page.getByRole("button", { name: "Save executive summary" }).click();
  await expect(page.getByText("Saved").first()).toBeVisible();
  await publishAfterDeletingPipelineNote(page, 1);
  await expect(page.getByRole("heading", { level: 1, name: company })).toBeVisible();
  await expect(page.getByText("Agreed at the leadership offsite.")).toBeVisible();

  // The PDF, made on the server, names the company and the five fractures.
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download PDF" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(
    /^northwind-components-[a-z0-9]+-snapshot-\d{4}-\d{2}-\d{2}\.pdf$/,
  );
  const bytes = new Uint8Array(readFileSync((await file.path())!));
  const text = (await pdfText(bytes.slice())).replace(/\s+/g, " ");
  expect(text).toContain(company);
  // Bought for itself, the company is the document's author.
  expect(await pdfInfo(bytes)).toMatchObject({ Author: company });
  for (const key of FRACTURES) expect(text).toContain(FRACTURE_INFO[key].name);
  expect(text).toContain("Agreed at the leadership offsite.");

  // A later edit becomes version 2; version 1 stays as it was.
  await page.goto(`/o/${slug}/snapshots`);
  await page.getByRole("link", { name: /^Snapshot of/ }).click();
  await page.getByRole("link", { name: "Edit the written assessment" }).click();
  const again = page.getByLabel("Executive summary");
  await again.fill((await again.inputValue()).replace("leadership offsite", "March board meeting"));
  await page.getByRole("button", { name: "Save executive summary" }).click();
  await expect(page.getByText("Saved").first()).toBeVisible();
  await page.getByRole("button", { name: "Publish version 2" }).click();
  await expect(page).toHaveURL(/\/report\/2$/);
  await expect(page.getByText("Agreed at the March board meeting.")).toBeVisible();
  await page.goto(page.url().replace(/\/2$/, "/1"));
  await expect(page.getByText("Agreed at the leadership offsite.")).toBeVisible();
  await expect(page.getByText("March board meeting")).toHaveCount(0);

  // The share link: copied twice it is the same link, shown again after a reload, and it opens
  // the latest version for someone who is not signed in.
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(page.url().replace(/\/1$/, ""));
  await page.getByRole("button", { name: "Create a share link" }).click();
  const shareInput = page.getByLabel("Share link");
  await expect(shareInput).toHaveValue(/\/r\/[A-Za-z0-9_-]{43}$/);
  const copy = async () => {
    await page.getByRole("button", { name: /^(Copy|Copied)$/ }).click();
    await expect(page.getByRole("button", { name: "Copied" })).toBeVisible();
    return page.evaluate(() => navigator.clipboard.readText());
  };
  const firstCopy = await copy();
  await page.reload();
  const secondCopy = await copy();
  expect(secondCopy).toBe(firstCopy);
  await expect(shareInput).toHaveValue(firstCopy);
  const reader = await browser.newContext();
  const readerPage = await reader.newPage();
  await readerPage.goto(firstCopy);
  await expect(readerPage.getByText("Agreed at the March board meeting.")).toBeVisible();
  await reader.close();
});
