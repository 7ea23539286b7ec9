/**
 * A CEO goes from the free diagnostic to a paid Snapshot, and the result goes with them: the
 * Snapshots page says which result will be attached, and the Snapshot bought shows it.
 */
import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { FRACTURE_INFO, FRACTURES } from "../../lib/domain/diagnostic/fractures";
import { firstLink, latestMailTo } from "./support/mailbox";
import { answerByKey } from "./support/questionnaire";
import { createOrganization } from "./support/sign-in";

const longDate = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" });

/** The diagnostic answered in the browser; returns the name of the fracture the result names. */
async function takeDiagnostic(page: Page): Promise<string> {
  await page.goto("/diagnostic");
  // Healthy answers first, broken ones after: the result names a fracture.
  for (let n = 1; n <= 12; n++) await answerByKey(page, n, n > 6 ? "last" : 1);
  await expect(page.getByRole("heading", { name: "Almost there" })).toBeVisible();
  await page.getByLabel("Your role").selectOption({ label: "CEO or founder" });
  await page.getByRole("button", { name: "See my result" }).click();
  await expect(page).toHaveURL(/\/results\/[A-Za-z0-9_-]{43}$/);
  const headline = (await page.getByRole("heading", { level: 1 }).textContent()) ?? "";
  const named = FRACTURES.map((key) => FRACTURE_INFO[key].name).find((n) => headline === n);
  expect(named, `the result names a fracture, not "${headline}"`).toBeDefined();
  return named!;
}

/** "Get the Snapshot", then sign in from the emailed link, as a first-time visitor does. */
async function getTheSnapshot(page: Page, email: string) {
  const next = page.getByRole("region", { name: /leadership team and your pipeline/ });
  await next.getByRole("button", { name: "Get the Snapshot" }).click();
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fget-snapshot$/);
  // The result's private link is nowhere in the address.
  expect(page.url()).not.toMatch(/results|token/);
  await page.getByLabel("Work email").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await page.goto(firstLink((await latestMailTo(email)).text));
  // A new account has no company yet: it is sent to create one.
  await expect(page).toHaveURL(/\/o\?snapshot=1$/);
}

async function buyInTestMode(page: Page) {
  await page.getByRole("button", { name: /^Buy a Snapshot/ }).click();
  await expect(page).toHaveURL(/\/billing\/test-checkout\/cs_test_local_/);
  await page.getByRole("button", { name: /^Pay .* \(test\)$/ }).click();
  await expect(page.getByRole("heading", { name: "The Snapshot is open" })).toBeVisible();
  await page.getByRole("link", { name: "Open the Snapshot" }).click();
  await expect(page.getByText("Collecting answers")).toBeVisible();
}

test("the diagnostic result is attached to the Snapshot bought after it", async ({ page }) => {
  test.setTimeout(120_000);
  const named = await takeDiagnostic(page);
  const takenOn = longDate.format(new Date());
  await getTheSnapshot(page, `ceo-${randomUUID().slice(0, 8)}@attach.test`);
  const slug = await createOrganization(page, `Harbor Freight ${randomUUID().slice(0, 4)}`);

  await page.getByRole("link", { name: "Snapshots" }).first().click();
  const notice = page.getByRole("region", {
    name: "Your diagnostic result comes with this Snapshot",
  });
  await expect(notice).toContainText(
    `The diagnostic result from ${takenOn}, which named “${named}” as the costliest break, will be attached to the Snapshot you buy next.`,
  );
  await expect(notice.getByRole("button", { name: "Do not attach it" })).toBeVisible();

  await buyInTestMode(page);
  const attached = page.getByRole("region", { name: "The diagnostic this Snapshot started from" });
  await expect(attached).toContainText(`Taken on ${takenOn} (answered as CEO or founder)`);
  await expect(attached).toContainText(`It named “${named}” as the costliest break.`);
  const scores = attached.getByRole("list", { name: "Diagnostic scores" }).getByRole("listitem");
  await expect(scores).toHaveCount(5);
  for (const key of FRACTURES) {
    await expect(scores.filter({ hasText: FRACTURE_INFO[key].shortName })).toHaveText(
      /\d+ · (Holding|Strained|Leaking|Broken)$/,
    );
  }

  // Attached once: the next Snapshot bought here starts without it.
  await page.goto(`/o/${slug}/snapshots`);
  await expect(page.getByRole("button", { name: /^Buy a Snapshot/ })).toBeVisible();
  await expect(page.getByText("will be attached to the Snapshot you buy next")).toHaveCount(0);
});

test("a CEO can choose not to attach the result", async ({ page }) => {
  test.setTimeout(120_000);
  await takeDiagnostic(page);
  await getTheSnapshot(page, `ceo-${randomUUID().slice(0, 8)}@attach.test`);
  await createOrganization(page, `Quay Logistics ${randomUUID().slice(0, 4)}`);
  await page.getByRole("link", { name: "Snapshots" }).first().click();

  const notice = page.getByRole("region", {
    name: "Your diagnostic result comes with this Snapshot",
  });
  await notice.getByRole("button", { name: "Do not attach it" }).click();
  await expect(notice).toHaveCount(0);
  await page.reload();
  await expect(page.getByText("will be attached to the Snapshot you buy next")).toHaveCount(0);

  await buyInTestMode(page);
  await expect(page.getByText("The diagnostic this Snapshot started from")).toHaveCount(0);
});
