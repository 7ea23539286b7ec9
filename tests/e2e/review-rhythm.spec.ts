import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { moveDeal } from "../support/move-deal";
import { generatedPipeline, hubspotFileOf, importFile } from "./support/pipeline-files";
import { createOrganization, signIn } from "./support/sign-in";

/** The CRM ids of the deals a review's page lists, in the order shown. */
async function listedIds(page: Page) {
  return page
    .getByTestId("review-deals")
    .locator(":scope > li")
    .evaluateAll((items) => items.map((li) => li.getAttribute("data-testid")!.slice(5)));
}

/** The listed deals marked stale, in the order shown. */
async function staleIds(page: Page) {
  return page
    .getByTestId("review-deals")
    .locator(":scope > li")
    .evaluateAll((items) =>
      items
        .filter((li) => li.textContent?.includes("Stale"))
        .map((li) => li.getAttribute("data-testid")!.slice(5)),
    );
}

const isoDay = (offsetDays: number) =>
  new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

test("decisions carry from one review to the next, and the cadence asks before an early start", async ({
  page,
}) => {
  test.setTimeout(240_000);
  const id = randomUUID().slice(0, 6);
  await signIn(page, `ceo-${id}@rhythm.test`);
  const slug = await createOrganization(page, "Rhythm Freight Co");
  const data = generatedPipeline(500, 31);
  await importFile(page, slug, hubspotFileOf(`rhythm-${id}-1.csv`, data));

  // Review 1 is due today: it starts without a question. The scoreboard says it is never filtered.
  await page.goto(`/o/${slug}/scoreboard`);
  await expect(page.getByTestId("scoreboard-scope")).toContainText(
    "Every figure covers the whole pipeline, all 500 deals",
  );
  await page.getByRole("button", { name: "Start review 1" }).click();
  await expect(page).toHaveURL(new RegExp(`/o/${slug}/scoreboard/reviews/1$`));
  await expect(page.getByTestId("meeting-day")).toBeVisible();
  await expect(page.getByTestId("data-as-of")).toBeVisible();
  // Largest open amount first; Y is a stale deal, so the pipeline's stale list shows it.
  const [x] = await listedIds(page);
  const y = (await staleIds(page)).find((id) => id !== x);
  expect(x && y).toBeTruthy();

  // X advances, due in seven days; Y is eliminated.
  const formX = page.getByTestId(`deal-${x}`).getByRole("form");
  await formX.getByLabel("Next step").fill("Book the pricing call with the CFO");
  await formX.getByLabel("Owner").fill("Sam Ortiz");
  // A step due on the meeting day is refused with a sentence.
  await formX.getByLabel("Due").fill(isoDay(0));
  await formX.getByRole("button", { name: "Record decision" }).click();
  await expect(formX).toContainText("The due date must be after the review day.");
  await formX.getByLabel("Due").fill(isoDay(7));
  await formX.getByRole("button", { name: "Record decision" }).click();
  await expect(page.getByTestId(`deal-${x}`)).toContainText(
    "Advance: Book the pricing call with the CFO — Sam Ortiz",
  );
  const formY = page.getByTestId(`deal-${y}`).getByRole("form");
  await formY.getByLabel("Eliminate").check();
  await formY.getByLabel("Reason").fill("No budget until 2028");
  await formY.getByRole("button", { name: "Record decision" }).click();
  await expect(page.getByTestId(`deal-${y}`)).toContainText("Eliminate: No budget until 2028");

  // The decisions export for the CRM admin.
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export decisions (CSV)" }).click();
  const csv = readFileSync(await (await download).path(), "utf8");
  expect(csv).toContain(`${x},`);
  expect(csv).toContain(`Advance,Book the pricing call with the CFO,Sam Ortiz,${isoDay(7)}`);
  expect(csv).toContain("Eliminate,,,,No budget until 2028");

  // Closing with deals undecided lists them and asks first.
  const total = Number((await page.getByTestId("decided-count").innerText()).match(/of (\d+)/)![1]);
  const undecided = total - 2;
  // On paper the whole list prints, with the decisions, not only the page on screen.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByTestId("print-deals").locator("tbody tr")).toHaveCount(total);
  await expect(page.getByTestId("print-deals")).toContainText("Eliminate: No budget until 2028");
  await page.emulateMedia({ media: "screen" });
  await page.getByRole("button", { name: "Close review 1" }).click();
  await expect(page.getByTestId("confirm-close")).toContainText(
    `${undecided} ${undecided === 1 ? "deal has" : "deals have"} no decision`,
  );
  await expect(page.getByTestId("undecided-deals").getByRole("listitem").first()).toBeVisible();
  await page.getByRole("button", { name: `Close with ${undecided} undecided` }).click();
  await expect(page.getByText("Closed", { exact: true })).toBeVisible();

  // The pipeline still counts Y, marked; the deal page remembers the elimination.
  await page.goto(`/o/${slug}/pipeline?sort=amount`);
  await expect(
    page.getByTestId("stale-table").getByRole("row").filter({ hasText: "Eliminated in review 1" }),
  ).toHaveCount(1);
  await page.goto(`/o/${slug}/pipeline/deals/${encodeURIComponent(y!)}`);
  await expect(page.getByTestId("eliminated-mark")).toHaveText("Eliminated in review 1");
  await expect(page.getByTestId("decision-history")).toContainText("Eliminated");
  await expect(page.getByTestId("decision-history")).toContainText("No budget until 2028");

  // The next import shows X moved on and Y where it was.
  const movedX = moveDeal(data, x!, new Date());
  await importFile(page, slug, hubspotFileOf(`rhythm-${id}-2.csv`, movedX));

  // Review 2 is due in two weeks: starting it today asks, and the review says it was early.
  await page.goto(`/o/${slug}/scoreboard`);
  await expect(page.getByTestId("next-review")).toContainText("Review 2 is due");
  await page.getByRole("button", { name: "Start review 2" }).click();
  await expect(page.getByTestId("confirm-early")).toContainText("Review 2 is due on");
  await page.getByRole("button", { name: "Start review 2 early" }).click();
  await expect(page).toHaveURL(new RegExp(`/o/${slug}/scoreboard/reviews/2$`));
  await expect(page.getByTestId("started-early")).toContainText("Held early");
  await expect(page.getByTestId(`follow-up-${x}`)).toContainText("Done");
  await expect(page.getByTestId(`follow-up-${x}`)).toContainText(
    "Book the pricing call with the CFO — Sam Ortiz",
  );
  expect(await listedIds(page)).not.toContain(y);
  await page.getByRole("button", { name: "Close review 2" }).click();
  await page.getByRole("button", { name: /^Close (with \d+ undecided|review 2)$/ }).click();
  await expect(page.getByText("Closed", { exact: true })).toBeVisible();

  // A second import moves Y: it is back on review 3, marked reopened.
  await importFile(
    page,
    slug,
    hubspotFileOf(`rhythm-${id}-3.csv`, moveDeal(movedX, y!, new Date())),
  );
  await page.goto(`/o/${slug}/scoreboard`);
  await page.getByRole("button", { name: "Start review 3" }).click();
  await page.getByRole("button", { name: "Start review 3 early" }).click();
  await expect(page).toHaveURL(new RegExp(`/o/${slug}/scoreboard/reviews/3$`));
  const back = page.getByTestId(`deal-${y}`);
  await expect(back).toContainText("Reopened");
  await expect(back).toContainText("Eliminated in review 1 (No budget until 2028)");
  // X's step was seen done at review 2: it is not checked again.
  await expect(page.getByTestId(`follow-up-${x}`)).toHaveCount(0);
});
