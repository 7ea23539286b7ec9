import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { FRACTURE_INFO, FRACTURES } from "../../lib/domain/diagnostic/fractures";
import { answerAll } from "./support/snapshot-answers";
import { pdfText } from "./support/pdf-text";
import { createOrganization, signIn } from "./support/sign-in";

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
  await page.getByRole("link", { name: "Snapshots" }).first().click();
  await page.getByRole("button", { name: /^Buy a Snapshot/ }).click();
  await expect(page).toHaveURL(/\/billing\/test-checkout\/cs_test_local_/);
  await expect(page.getByText("TEST MODE · no real payment is taken")).toBeVisible();
  await page.getByRole("button", { name: /^Pay .* \(test\)$/ }).click();
  await expect(page.getByRole("heading", { name: "The Snapshot is open" })).toBeVisible();
  await page.getByRole("link", { name: "Open the Snapshot" }).click();
  await expect(page.getByText("Collecting answers")).toBeVisible();

  // Invite two leaders.
  const ceo = `ceo-${randomUUID().slice(0, 6)}@northwind.test`;
  const sales = `sales-${randomUUID().slice(0, 6)}@northwind.test`;
  for (const [email, name, role] of [
    [ceo, "Dana CEO", "CEO"],
    [sales, "Sam Sales", "Head of sales"],
  ] as const) {
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Name (optional)").fill(name);
    await page.getByLabel("Answers as").selectOption({ label: role });
    await page.getByRole("button", { name: "Send the link" }).click();
    await expect(page.getByText(`Sent a private answering link to ${email}.`)).toBeVisible();
  }
  await page.reload();
  await expect(page.getByTestId("respondents").getByRole("listitem")).toHaveCount(2);

  // Each answers in their own browser: the CEO sees a healthy chain, sales a broken one.
  for (const [email, pick] of [
    [ceo, () => 0],
    [sales, (i: number) => (i % 2 === 0 ? 3 : 2)],
  ] as const) {
    const context = await browser.newContext();
    await answerAll(await context.newPage(), email, pick);
    await context.close();
  }

  await page.reload();
  await expect(page.getByText("2 of 2 sent their answers")).toBeVisible();
  await page.getByRole("button", { name: "Close answering and write the draft" }).click();
  await expect(page.getByText("Writing the assessment")).toBeVisible();

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
  await page.getByRole("button", { name: "Publish version 1" }).click();
  await expect(page).toHaveURL(/\/report\/1$/);
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
