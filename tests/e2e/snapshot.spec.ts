import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { FRACTURE_INFO, FRACTURES } from "../../lib/domain/diagnostic/fractures";
import { pdfText } from "./support/pdf-text";
import { createOrganization, signIn } from "./support/sign-in";
import {
  buySnapshot,
  closeWithoutPipeline,
  inviteAndAnswer,
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

  // Buy through the local test-mode checkout; invite two leaders, who answer in their own
  // browsers: the CEO sees a healthy chain, sales a broken one.
  await buySnapshot(page);
  await inviteAndAnswer(page, browser, [
    {
      email: `ceo-${randomUUID().slice(0, 6)}@northwind.test`,
      name: "Dana CEO",
      role: "CEO",
      pick: () => 0,
    },
    {
      email: `sales-${randomUUID().slice(0, 6)}@northwind.test`,
      name: "Sam Sales",
      role: "Head of sales",
      pick: (i) => (i % 2 === 0 ? 3 : 2),
    },
  ]);
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
  const text = (await pdfText(new Uint8Array(readFileSync((await file.path())!)))).replace(
    /\s+/g,
    " ",
  );
  expect(text).toContain(company);
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
});
