/**
 * Each hand-checked CRM export shape through the browser: upload, map as its expectations were
 * worked out, import, then read the pipeline page. The figures shown equal the independent
 * script's (tests/fixtures/crm/shapes/expected.json), as pipeline:report's do (unit tests).
 */
import { randomUUID } from "node:crypto";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { formatDays, formatMoney, formatPercent } from "../../components/charts/pipeline/format";
import { IMPORTING, SHAPES_DIR, type ShapeFixture } from "../support/shape-fixtures";
import { upload } from "./support/pipeline-files";
import { createOrganization, signIn } from "./support/sign-in";

const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });

async function setCurrency(page: Page, slug: string, currency: string) {
  await page.goto(`/o/${slug}/settings`);
  await page.getByLabel("Currency").selectOption(currency);
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();
}

/** Choose in the mapping form what the fixture's expectations were worked out under. */
async function map(page: Page, fixture: ShapeFixture) {
  const m = fixture.mapping!;
  await expect(page.getByTestId("start-import")).toBeVisible({ timeout: 30_000 });
  for (const [index, name] of fixture.files.entries()) {
    if (m.history && name === m.history.file) {
      await page.getByTestId(`role-${index}-history`).check({ force: true });
      const c = m.history.columns;
      await page.getByTestId(`map-${index}-id`).selectOption(c.id);
      await page.getByTestId(`map-${index}-stage`).selectOption(c.stage);
      await page.getByTestId(`map-${index}-at`).selectOption(c.date);
      continue;
    }
    await page.getByTestId(`role-${index}-deals`).check({ force: true });
    for (const [field, column] of Object.entries(m.columns))
      await page.getByTestId(`map-${index}-${field}`).selectOption(column);
    for (const [stage, column] of Object.entries(m.entered)) {
      const select = page.getByTestId(`entered-${index}-${column}`);
      if ((await select.count()) > 0) await select.selectOption(stage);
    }
    await page.getByTestId(`date-order-${index}`).selectOption(m.dateOrder);
  }
  const labels = { ...m.stageLabels, ...(m.history?.stageLabels ?? {}) };
  for (const [label, stage] of Object.entries(labels)) {
    const select = page.getByTestId(`label-${label}`);
    if ((await select.count()) > 0) await select.selectOption(stage);
  }
  for (const [code, rate] of Object.entries(m.rates))
    await page.getByTestId(`rate-${code}`).fill(String(rate));
}

for (const [name, fixture] of IMPORTING) {
  test(`${name}: uploaded, mapped and imported in the browser, the page shows the hand-worked figures`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const e = fixture.figures!;
    const currency = fixture.mapping!.currency;
    await signIn(page, `shapes-${randomUUID().slice(0, 8)}@acme.test`);
    const slug = await createOrganization(page, `Shapes ${name}`);
    if (currency !== "USD") await setCurrency(page, slug, currency);

    await upload(
      page,
      slug,
      fixture.files.map((f) => path.join(SHAPES_DIR, f)),
    );
    await map(page, fixture);
    await expect(page.getByTestId("mapping-missing")).toHaveCount(0);
    await page.getByTestId("start-import").click();
    await expect(page.getByTestId("import-summary")).toBeVisible({ timeout: 60_000 });
    await expect(page.getByTestId("deals-imported")).toHaveText(e.deals.toLocaleString("en-US"));
    await expect(page.getByTestId("import-badge")).toHaveText(
      fixture.findings!.refused.length > 0 ? "Imported with problems" : "Imported",
    );

    // The figures are computed by their job; the page shows them once they are in.
    await expect(async () => {
      await page.goto(`/o/${slug}/pipeline`);
      await expect(page.getByTestId("win-rate")).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 60_000 });
    await expect(page.getByTestId("as-of")).toHaveText(
      dateFormat.format(new Date(`${e.asOf.slice(0, 10)}T00:00:00Z`)),
    );
    await expect(page.getByTestId("win-rate")).toHaveText(formatPercent(e.winRate));
    await expect(page.getByTestId("average-won-value")).toHaveText(
      formatMoney(e.averageWonValue, { compact: true, currency }),
    );
    await expect(page.getByTestId("cycle")).toHaveText(formatDays(e.cycleDays));
    await expect(page.getByTestId("qualified")).toHaveText(String(e.qualified));
    await expect(page.getByTestId("velocity")).toHaveText(
      `${formatMoney(e.velocityPerDay, { compact: true, currency })}/day`,
    );
    for (const s of e.stages) {
      const row = page.locator(`[data-testid="stage-table"] tr[data-stage="${s.stage}"]`);
      await expect(row.locator('[data-cell="entered"]')).toHaveText(String(s.entered));
      await expect(row.locator('[data-cell="moved-on"]')).toHaveText(String(s.movedOn));
      await expect(row.locator('[data-cell="conversion"]')).toHaveText(formatPercent(s.conversion));
      await expect(row.locator('[data-cell="median"]')).toHaveText(formatDays(s.medianDays));
    }
    for (const [testId, top] of [
      ["top-owner-won", e.topOwnerByWonRevenue],
      ["top-owner-open", e.topOwnerByOpenValue],
    ] as const) {
      if (!top) continue;
      // The expectation's share is rounded to four places; the page shows one decimal of a percent.
      const shown = (await page.getByTestId(testId).textContent()) ?? "";
      const [owner, percent] = shown.split(", ");
      expect(owner).toBe(top.owner);
      expect(Math.abs(parseFloat(percent!) - top.share * 100)).toBeLessThanOrEqual(0.06);
    }
    await expect(page.getByTestId("stale-count")).toHaveText(String(e.stale.count));
  });
}
