import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { answerByKey } from "./support/questionnaire";

const MONEY = /^\$[\d.]+[kM]?–\$[\d.]+[kM]? a quarter$/;

async function answerAllWorst(page: Page) {
  await page.goto("/diagnostic");
  for (let n = 1; n <= 12; n++) await answerByKey(page, n, "last");
  await expect(page.getByRole("heading", { name: "Almost there" })).toBeVisible();
}

test("a result taken with revenue, deal size and win rate shows a range per broken fracture and how it was reached", async ({
  page,
}) => {
  await answerAllWorst(page);
  await page.getByLabel("Company revenue").selectOption({ label: "$20M–$50M" });
  await page.getByLabel("Average deal size (US$)").fill("$85,000");
  await page.getByLabel("Win rate (%)").fill("19");
  await page.getByRole("button", { name: "See my result" }).click();
  await page.waitForURL(/\/results\//);

  const money = page.locator("section", { has: page.locator("#money-title") });
  await expect(
    money.getByRole("heading", { name: "What the leak costs, per quarter" }),
  ).toBeVisible();
  const prices = money.locator("[data-testid^=price-]");
  await expect(prices).toHaveCount(5);
  for (const text of await prices.allInnerTexts()) expect(text.replace(/\s+/g, " ")).toMatch(MONEY);
  await expect(money.getByText("from 19% to 28%")).toBeVisible();
  await expect(money.getByText("from $85k to $94k")).toBeVisible();
  await expect(money.getByText(/not added into one total/)).toBeVisible();

  await expect(money.getByText("Published figure").first()).toBeHidden();
  await money.getByText("How we got this").click();
  await expect(money.getByText("Published figure").first()).toBeVisible();
  await expect(money.getByText("Our assumption").first()).toBeVisible();
  await expect(money.getByText(/Revenue: \$20M–\$50M is priced at its two ends/)).toBeVisible();

  const serious = (await new AxeBuilder({ page }).analyze()).violations.filter(
    (v) => v.impact === "serious" || v.impact === "critical",
  );
  expect(serious.map((v) => v.id)).toEqual([]);
});

test("a result taken without a revenue band is priced in place once given one, with no retake", async ({
  page,
}) => {
  await answerAllWorst(page);
  await page.getByRole("button", { name: "See my result" }).click();
  await page.waitForURL(/\/results\//);
  const url = page.url();

  const money = page.locator("section", { has: page.locator("#money-title") });
  await expect(money.getByRole("heading", { name: "What the leak costs" })).toBeVisible();
  await expect(money.locator("[data-testid^=price-]")).toHaveCount(0);

  await money.getByRole("button", { name: "Price the leak" }).click();
  await expect(money.getByRole("alert")).toHaveText("Choose your company's revenue band first.");

  await money.getByLabel("Company revenue").selectOption({ label: "$50M–$150M" });
  await money.getByRole("button", { name: "Price the leak" }).click();
  await expect(
    money.getByRole("heading", { name: "What the leak costs, per quarter" }),
  ).toBeVisible();
  await expect(money.locator("[data-testid^=price-]")).toHaveCount(5);
  expect(page.url()).toBe(url);

  // Stored with the result: the private link opens priced.
  await page.reload();
  await expect(page.getByText(/a revenue band of \$50M–\$150M/)).toBeVisible();
  await expect(page.locator("[data-testid^=price-]")).toHaveCount(5);
});
