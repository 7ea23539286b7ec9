import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { FRACTURE_INFO } from "../../lib/domain/diagnostic/fractures";
import { pdfText } from "./support/pdf-text";
import { createOrganization, signIn } from "./support/sign-in";
import {
  buySnapshot,
  closeWithoutPipeline,
  inviteLeaders,
  leadersAnswer,
  perFracture,
  publishAfterDeletingPipelineNote,
} from "./support/snapshot-flow";

const positioning = FRACTURE_INFO.POSITIONING.name;
const marketing = FRACTURE_INFO.MARKETING.name;
const relationships = FRACTURE_INFO.RELATIONSHIPS.name;

/** What the report says about these two leaders, wherever it is read. */
async function expectFindings(page: Page) {
  // Positioning 60 against marketing 59: too close to name one the costliest.
  const headline = page.locator("p", { hasText: "No single break stands out as the costliest" });
  await expect(headline).toContainText(`${positioning} (60) and ${marketing} (59)`);
  await expect(page.getByText(/The costliest break is/)).toHaveCount(0);
  await expect(page.getByText("(the costliest)")).toHaveCount(0);
  // Relationships: the CEO at 3, the head of sales at 99. The 51 they average to is never shown.
  await expect(headline).toContainText(
    "Relationships (the leaders disagree: the CEO 3 and the head of sales 99)",
  );
  await expect(page.getByText(`${relationships}: the leaders disagree`)).toBeVisible();
  await expect(page.getByText(`${relationships}: 51/100`)).toHaveCount(0);
  await expect(
    page.getByText(
      "The leaders are 30 points or more apart on Relationships: its bar is an average",
    ),
  ).toBeVisible();
  // Nothing meant for the editor is printed.
  await expect(page.getByText(/Editor's note|Import the pipeline/)).toHaveCount(0);
}

test("two leaders far apart on one fracture, and a 1-point lead: the report names the disagreement and the tie", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  page.on("dialog", (dialog) => dialog.accept());
  await signIn(page, `owner-${randomUUID().slice(0, 8)}@fjord.test`);
  const company = `Fjord Freight ${randomUUID().slice(0, 4)}`;
  await createOrganization(page, company);
  await buySnapshot(page);
  // Both leaders see positioning and marketing leaking alike; on relationships the CEO sees
  // nothing wrong and the head of sales sees it broken.
  const ceo = `ceo-${randomUUID().slice(0, 6)}@fjord.test`;
  const sales = `sales-${randomUUID().slice(0, 6)}@fjord.test`;
  await inviteLeaders(page, [
    { email: ceo, name: "Dana CEO", role: "CEO" },
    { email: sales, name: "Sam Sales", role: "Head of sales" },
  ]);
  await leadersAnswer(browser, [
    [ceo, perFracture([2, 2, 0, 0, 0])],
    [sales, perFracture([2, 2, 0, 3, 0])],
  ]);
  await page.reload();
  await expect(page.getByText("2 of 2 sent their answers")).toBeVisible();
  await closeWithoutPipeline(page);

  await page.getByRole("link", { name: "Edit the written assessment" }).click();
  await publishAfterDeletingPipelineNote(page, 1);
  await expect(page.getByRole("heading", { level: 1, name: company })).toBeVisible();
  await expectFindings(page);

  // The share page reads the same.
  await page.goBack();
  await page.getByRole("button", { name: "Create a share link" }).click();
  const link = await page.getByLabel("Share link").inputValue();
  const reader = await browser.newContext();
  const shared = await reader.newPage();
  await shared.goto(link);
  await expect(shared.getByRole("heading", { level: 1, name: company })).toBeVisible();
  await expectFindings(shared);

  // So does the PDF, on the web report's four-band scale.
  const download = shared.waitForEvent("download");
  await shared.getByRole("link", { name: "Download PDF" }).click();
  const file = await download;
  const text = (await pdfText(new Uint8Array(readFileSync((await file.path())!)))).replace(
    /\s+/g,
    " ",
  );
  expect(text).toContain("No single break stands out as the costliest");
  expect(text).toContain("the leaders disagree: the CEO 3 and the head of sales 99");
  expect(text).toContain("75+: Broken");
  expect(text).not.toMatch(/Editor's note|Import the pipeline|severe/);
  await reader.close();
});
