import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { hubspotFile, importFile } from "./support/pipeline-files";
import { createOrganization, signIn } from "./support/sign-in";

const number = (text: string) => Number(text.replace(/[^0-9.]/g, ""));

test("the filters say what they cover, and the stale list sorts, pages and downloads whole", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await signIn(page, `revops-${randomUUID().slice(0, 8)}@acme.test`);
  const slug = await createOrganization(page, "Filter Rule Co");
  await importFile(page, slug, hubspotFile("filters.csv", 1500, "", 23));
  await page.goto(`/o/${slug}/pipeline`);

  // The target field shows the saved target of its period, not a sample figure.
  const target = page.getByTestId("target-amount");
  await expect(target).toHaveValue("");
  await target.fill("9000000");
  await page.getByRole("button", { name: "Save target" }).click();
  await expect(page.getByTestId("saved-target")).toHaveText("$9M");
  await page.reload();
  await expect(page.getByTestId("target-amount")).toHaveValue("9,000,000");

  // The one rule is on the page, and each figure says what it covers.
  await expect(page.getByTestId("filter-rule")).toContainText(
    "figures that compare owners are never filtered by owner",
  );
  await expect(page.getByTestId("covers-key-person")).toHaveText("Whole pipeline: all 1,500 deals");
  const keyPerson = await page.getByTestId("top-owner-won").textContent();
  const staleAll = number((await page.getByTestId("stale-count").textContent())!);
  expect(staleAll).toBeGreaterThan(25);

  // Under an owner filter the owner figures stay as they are and say why; the stale list narrows.
  const owner = page.getByLabel("Owner");
  const name = await owner.locator("option").nth(1).textContent();
  await owner.selectOption({ label: name! });
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/owner=/);
  await expect(page.getByTestId("top-owner-won")).toHaveText(keyPerson!);
  await expect(page.getByTestId("covers-key-person")).toContainText(
    "Whole pipeline, all filters ignored: figures that compare owners are never filtered by owner",
  );
  await expect(page.getByTestId("covers-stale")).toHaveText(
    new RegExp(`^Filtered: owner ${name} · [\\d,]+ of 1,500 deals$`),
  );
  const staleOwner = number((await page.getByTestId("stale-count").textContent())!);
  expect(staleOwner).toBeLessThan(staleAll);
  await expect(page.getByTestId("stale-table").locator("tbody tr").first()).toContainText(name!);

  // Filters that match no deal: a sentence and a way back, not empty charts.
  await page.getByLabel("Created from").fill("2099-01-01");
  await page.getByRole("button", { name: "Apply" }).click();
  const none = page.getByTestId("no-matching-deals");
  await expect(none).toContainText("No deal matches these filters");
  await expect(page.getByTestId("funnel-chart")).toHaveCount(0);
  await expect(page.getByTestId("stale-table")).toHaveCount(0);
  await none.getByRole("link", { name: "Clear the filters" }).click();
  await expect(page).toHaveURL(new RegExp(`/o/${slug}/pipeline$`));
  await expect(page.getByTestId("win-rate")).toHaveText(/^\d+(\.\d)?%$/);
  await expect(page.getByTestId("stale-count")).toHaveText(staleAll.toLocaleString("en-US"));

  // Sorting by open amount puts the largest first, in the address.
  const table = page.getByTestId("stale-table");
  await table.getByRole("link", { name: /Open amount/ }).click();
  await expect(page).toHaveURL(/sort=amount/);
  await expect(table.getByRole("columnheader", { name: /Open amount/ })).toHaveAttribute(
    "aria-sort",
    "descending",
  );
  const amounts = (await table.locator('[data-cell="amount"]').allTextContents()).map((t) =>
    t.trim() === "—" ? -1 : number(t),
  );
  expect(amounts.length).toBe(25);
  expect(amounts).toEqual([...amounts].sort((a, b) => b - a));

  // Page 2 keeps the sort and shows the next rows.
  await page.getByRole("link", { name: "Page 2", exact: true }).click();
  await expect(page).toHaveURL(/sort=amount.*page=2|page=2.*sort=amount/);
  await expect(page.getByTestId("pager-range")).toHaveText(
    `26–${Math.min(50, staleAll)} of ${staleAll.toLocaleString("en-US")}`,
  );
  const second = (await table.locator('[data-cell="amount"]').allTextContents()).map((t) =>
    t.trim() === "—" ? -1 : number(t),
  );
  expect(second[0]).toBeLessThanOrEqual(amounts.at(-1)!);

  // The download is every stale deal, in the same order, with a header.
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: /^Download all [\d,]+ as CSV$/ }).click();
  const csv = readFileSync(await (await download).path(), "utf8").replace(/^\uFEFF/, "");
  const lines = csv.trimEnd().split(/\r?\n/);
  expect(lines[0]).toBe(
    "deal id,deal,owner,stage,open amount,days,days counted,usual stay (days),usual stay is,x usual stay",
  );
  expect(lines).toHaveLength(staleAll + 1);
  const csvAmounts = lines.slice(1).map((l) => {
    const cell = l.split(",").at(-6)!;
    return cell === "" ? -1 : Number(cell);
  });
  expect(csvAmounts).toEqual([...csvAmounts].sort((a, b) => b - a));
});
