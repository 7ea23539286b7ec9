import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { answerByKey, expectQuestion } from "./support/questionnaire";

const QUESTION_COUNT = 12;
const FRACTURE_NAMES = [/positioning/i, /marketing/i, /messag/i, /relationship/i, /silo/i];

async function expectNoSeriousA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter(
    (v) => v.impact === "serious" || v.impact === "critical",
  );
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}

/** The chart drew one labelled bar per fracture (a score of 0 still gets a sliver and its label). */
async function expectChartOfFiveFractures(page: Page) {
  const chart = page.getByTestId("fracture-chart");
  await expect(chart.locator("[data-label]")).toHaveCount(5);
  await expect(chart.locator("[data-value]")).toHaveCount(5);
  const bars = chart.locator("[data-bar]");
  await expect(bars).toHaveCount(5);
  // Drawn, not just present: every bar has a visible width (a score of 0 keeps a sliver).
  const widths = await bars.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().width));
  expect(widths.every((w) => w > 0)).toBe(true);
}

test("a CEO answers all twelve questions by keyboard and reopens the result from its private link", async ({
  page,
  browser,
}) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("revenue chain");
  await expect(page.getByText(/under three minutes/i)).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("link", { name: "Start the diagnostic" }).first().click();
  await expectQuestion(page, 1);
  await expect(page.getByRole("progressbar", { name: "Questions answered" })).toHaveAttribute(
    "aria-valuenow",
    "0",
  );
  await expectNoSeriousA11yViolations(page);

  // Keys: a number picks an option, Enter moves on. Worst option on the first six questions.
  for (let n = 1; n <= 6; n++) {
    await expectQuestion(page, n);
    expect(await page.getByRole("radio").count()).toBeGreaterThanOrEqual(4);
    await answerByKey(page, n, "last");
  }
  await expectQuestion(page, 7);
  await expect(page.getByRole("progressbar", { name: "Questions answered" })).toHaveAttribute(
    "aria-valuenow",
    "6",
  );

  // A reload keeps every answer and the place in the questionnaire.
  await page.reload();
  await expectQuestion(page, 7);
  await expect(page.getByRole("progressbar", { name: "Questions answered" })).toHaveAttribute(
    "aria-valuenow",
    "6",
  );

  // Backspace goes back, and the earlier answer is still chosen.
  await page.keyboard.press("Backspace");
  await expectQuestion(page, 6);
  const lastOption = page.getByRole("radio").last();
  await expect(lastOption).toBeChecked();
  await page.keyboard.press("Enter");

  for (let n = 7; n <= QUESTION_COUNT; n++) await answerByKey(page, n, 1);

  await expect(page.getByRole("heading", { name: "Almost there" })).toBeVisible();
  await page.getByLabel("Your role").selectOption({ label: "CEO or founder" });
  await page.getByLabel("Email for a copy of the result").fill("not-an-email");
  await page.getByRole("button", { name: "See my result" }).click();
  await expect(page.getByText("Enter a valid email address, or leave it empty.")).toBeVisible();
  await page.getByLabel("Email for a copy of the result").fill("ceo@example.com");
  await page.getByRole("button", { name: "See my result" }).click();

  await expect(page).toHaveURL(/\/results\/[A-Za-z0-9_-]{43}$/);
  const resultUrl = page.url();
  const headline = page.getByRole("heading", { level: 1 });
  await expect(headline).toBeVisible();
  const headlineText = (await headline.textContent()) ?? "";
  for (const name of FRACTURE_NAMES)
    await expect(page.getByTestId("score-list")).toContainText(name);
  await expectChartOfFiveFractures(page);
  await expect(page.getByRole("heading", { name: "First repair step" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Repair order" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "What would change this answer" })).toBeVisible();
  // After the move from the questionnaire the page's title is streamed in behind its content.
  await expect(page).toHaveTitle(/^Your diagnostic result/);
  await expectNoSeriousA11yViolations(page);

  // The private link works in a fresh browser with no saved state.
  const other = await browser.newContext();
  const reopened = await other.newPage();
  await reopened.goto(resultUrl);
  await expect(reopened.getByRole("heading", { level: 1 })).toHaveText(headlineText);
  await other.close();

  // Starting again begins a new questionnaire: the finished one was cleared from this browser.
  await page.goto("/diagnostic");
  await expectQuestion(page, 1);
  await expect(page.getByRole("progressbar", { name: "Questions answered" })).toHaveAttribute(
    "aria-valuenow",
    "0",
  );
});

test("a link that was never issued shows a clear not-found page", async ({ page }) => {
  const response = await page.goto(`/results/${"A".repeat(43)}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "We could not find that result" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Take the diagnostic" }).first()).toBeVisible();
});

test("@phone the diagnostic works by tapping on a phone", async ({ page }) => {
  await page.goto("/diagnostic");
  for (let n = 1; n <= QUESTION_COUNT; n++) {
    await expectQuestion(page, n);
    // A tap picks the option and moves on by itself.
    await page.getByRole("radio").nth(1).locator("xpath=..").tap();
  }
  await expect(page.getByRole("heading", { name: "Almost there" })).toBeVisible();
  await page.getByRole("button", { name: "See my result" }).tap();
  await expect(page).toHaveURL(/\/results\//);
  await expectChartOfFiveFractures(page);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});
