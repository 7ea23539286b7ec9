import { expect, type Page } from "@playwright/test";

/**
 * Question `n` is on screen and can be answered. The first question is already in the
 * prerendered page before the browser has made it answerable, so the wait is for its choices,
 * not just its heading.
 */
export async function expectQuestion(page: Page, n: number, total = 12) {
  await expect(page.getByText(`Question ${n} of ${total}`)).toBeVisible();
  await expect(page.getByRole("radio").first()).toBeAttached();
}

/**
 * Pick option `choice` (1-based; "last" for the last) of question `n` with its number key and
 * move on with Enter. The key is pressed again until the choice shows as picked, since a key
 * pressed in the instant before the page listens for keys is lost, as it would be for a person.
 */
export async function answerByKey(page: Page, n: number, choice: number | "last", total = 12) {
  await expectQuestion(page, n, total);
  const radios = page.getByRole("radio");
  const index = choice === "last" ? await radios.count() : choice;
  await expect(async () => {
    await page.keyboard.press(String(index));
    await expect(radios.nth(index - 1)).toBeChecked({ timeout: 500 });
  }).toPass({ timeout: 10_000 });
  await page.keyboard.press("Enter");
}
