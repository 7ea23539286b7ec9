import { randomUUID } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test, type Locator } from "@playwright/test";
import { hubspotFile, upload } from "./support/pipeline-files";
import { createOrganization, signIn } from "./support/sign-in";

/** A chart that drew something: marks with a size, and a picture that is not blank. */
async function expectDrawn(chart: Locator, marks: string) {
  await expect(chart).toBeVisible();
  const sized = await chart
    .locator(marks)
    .evaluateAll((els) => els.filter((e) => e.getBoundingClientRect().width > 0.5).length);
  expect(sized).toBeGreaterThan(2);
  // A blank chart area compresses to almost nothing; bars, lines and labels do not.
  expect((await chart.screenshot()).length).toBeGreaterThan(6_000);
}

test("import a HubSpot export with bad rows, then read the dashboards and a stale deal", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signIn(page, `revops-${randomUUID().slice(0, 8)}@acme.test`);
  const slug = await createOrganization(page, "Harbor Logistics");

  await page.getByRole("link", { name: "Pipeline" }).first().click();
  await expect(page.getByTestId("pipeline-empty")).toContainText("No pipeline data yet");

  const file = hubspotFile(
    "deals.csv",
    1500,
    'X-1,"Quoted\nname",Awareness,=SUM(A1:A9),2026-01-01,,Kim,Web,SMB,USD\n' +
      "X-2,Unknown stage deal,Somewhere,100,2026-01-02,,Kim,Web,SMB,USD\n",
  );
  await upload(page, slug, [file]);
  await expect(page.getByText("Detected:")).toContainText("HubSpot deals export");
  const preview = page.getByTestId("preview-table");
  await expect(preview.locator("tbody tr")).toHaveCount(5);
  await expect(preview).toContainText("Record ID");

  // A label no stage matches must be given one, or left out, before the import can start.
  await expect(page.getByTestId("start-import")).toBeDisabled({ timeout: 30_000 });
  await expect(page.getByTestId("mapping-missing")).toContainText("“Somewhere”");
  await page.getByTestId("label-Somewhere").selectOption({ label: "Leave these rows out" });
  await page.getByTestId("start-import").click();
  const summary = page.getByTestId("import-summary");
  await expect(summary).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId("deals-imported")).toHaveText("1,500");
  await expect(page.getByTestId("rows-left-out")).toHaveText("1");
  await expect(page.getByTestId("import-badge")).toHaveText("Imported with problems");

  const problems = page.getByTestId("problems-table");
  await expect(problems).toContainText('"=SUM(A1:A9)" is not an amount');
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download all as CSV" }).click();
  const csv = readFileSync(await (await download).path(), "utf8");
  expect(csv.replace(/^\uFEFF/, "").split(/\r?\n/)[0]).toBe("file,line,column,reason");
  expect(csv).toContain("deals.csv,1503,Amount");

  // The figures are computed by their own job; the page shows them once they are in.
  await expect(async () => {
    await page.goto(`/o/${slug}/pipeline`);
    await expect(page.getByTestId("win-rate")).toHaveText(/^\d+(\.\d)?%$/, { timeout: 1_000 });
  }).toPass({ timeout: 60_000 });
  await expectDrawn(page.getByTestId("funnel-chart"), ".recharts-bar-rectangle");
  await expectDrawn(page.getByTestId("time-in-stage-chart"), ".recharts-bar-rectangle");
  await expectDrawn(page.getByTestId("velocity-trend-chart"), ".recharts-line-dot");
  await expectDrawn(page.getByTestId("source-quality-chart"), ".recharts-bar-rectangle");
  await expectDrawn(page.getByTestId("owner-share-chart"), ".recharts-bar-rectangle");

  await page.getByText("The four factors, month by month").click();
  await expect(page.getByTestId("trend-table").locator("tbody tr")).toHaveCount(12);
  await expect(page.getByTestId("owner-spread-table")).toContainText("Negotiation");

  // Every figure explains itself on focus.
  await page.getByRole("button", { name: "Win rate" }).focus();
  await expect(page.getByRole("tooltip").filter({ hasText: "Won ÷ (won + lost)" })).toBeVisible();

  // A filter narrows the figures and stays in the address.
  await page.getByLabel("Segment").selectOption("Enterprise");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/segment=Enterprise/);
  await expect(page.getByTestId("stage-table")).toBeVisible();

  // Stale deals link to the deal's stage history.
  // The first deal link: the header row holds the sort links.
  const stale = page.getByTestId("stale-table").locator("tbody").getByRole("link").first();
  const name = await stale.textContent();
  await stale.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name!);
  await expect(page.getByRole("heading", { name: "Stage history" })).toBeVisible();
});

test("map an unknown CSV's columns and stages, and cancel a long import", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, `ops-${randomUUID().slice(0, 8)}@acme.test`);
  const slug = await createOrganization(page, "Delta Parts");

  const custom = path.join(mkdtempSync(path.join(tmpdir(), "custom-csv-")), "custom.csv");
  writeFileSync(
    custom,
    "\uFEFFDeal,Rep,Value,Opened,Closed,Status\n" +
      'X-1,Kim,"1.500,00",15/01/2026,20/02/2026,Signed\n' +
      "X-2,Kim,900,01/02/2026,,Talking\n",
  );
  await upload(page, slug, [custom]);
  await expect(page.getByText("Detected:")).toContainText("Other CSV");
  await expect(page.getByLabel("Dates are written")).toHaveValue("dmy");
  await expect(page.getByTestId("map-0-id")).toHaveValue("Deal");
  await page.getByTestId("map-0-stage").selectOption("Status");
  await page.getByTestId("label-Signed").selectOption("won");
  await page.getByTestId("label-Talking").selectOption("sql");
  await page.getByRole("button", { name: "Start import" }).click();
  const summary = page.getByTestId("import-summary");
  await expect(summary).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId("rows-refused")).toHaveText("0");

  // A big file: progress shows rows done, and cancel leaves nothing behind.
  await upload(page, slug, [hubspotFile("big.csv", 80_000)]);
  await expect(page.getByTestId("start-import")).toBeEnabled({ timeout: 60_000 });
  await page.getByRole("button", { name: "Start import" }).click();
  await expect(page.getByRole("progressbar", { name: "Import progress" })).toBeVisible();
  await expect(page.getByTestId("import-rows")).toContainText(/[1-9][\d,]* rows read/, {
    timeout: 30_000,
  });
  await page.getByRole("button", { name: "Cancel import" }).click();
  await expect(page.getByRole("heading", { name: "Cancelled" })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText("Cancelled; nothing was saved.")).toBeVisible();

  // Only the two mapped deals are in the pipeline.
  await expect(async () => {
    await page.goto(`/o/${slug}/pipeline`);
    await expect(page.getByText("1 won · 0 lost · 1 open")).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 60_000 });
});
