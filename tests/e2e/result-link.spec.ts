/**
 * What a CEO can do from the result page after the result: have it emailed, within the copy
 * limits, and erase it, after a confirmation, so the private link then finds nothing.
 */
import { randomUUID } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { diagnostic } from "../../lib/domain/diagnostic";
import { mailCountTo } from "./support/mailbox";

async function takeDiagnostic(page: Page, baseURL: string): Promise<string> {
  const response = await page.request.post("/api/diagnostic/submissions", {
    headers: { "content-type": "application/json", origin: baseURL },
    data: {
      submissionId: randomUUID(),
      bankVersion: diagnostic.version,
      answers: Object.fromEntries(diagnostic.questions.map((q) => [q.id, q.options[2]!.id])),
    },
  });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

test("a CEO has the result emailed after seeing it, then deletes it for good", async ({
  page,
  baseURL,
}) => {
  const token = await takeDiagnostic(page, baseURL!);
  await page.goto(`/results/${token}`);

  const form = page.getByRole("region", { name: "Email me this result" });
  const address = form.getByLabel("Email address");
  const send = form.getByRole("button", { name: "Email me a copy" });

  await address.fill("ceo at company");
  await send.click();
  await expect(form.getByText("Enter an email address such as name@company.com.")).toBeVisible();
  // What was typed stays, to be corrected rather than typed again.
  await expect(address).toHaveValue("ceo at company");

  const typo = `ceo-${randomUUID()}@exmaple.com`;
  await address.fill(typo);
  await send.click();
  await expect(form.getByRole("status")).toContainText(`on its way to ${typo}`);

  // The corrected address still goes out; a third one for the same result does not.
  const fixed = `ceo-${randomUUID()}@example.com`;
  await address.fill(fixed);
  await send.click();
  await expect(form.getByRole("status")).toContainText(`on its way to ${fixed}`);
  await address.fill(`someone-${randomUUID()}@example.com`);
  await send.click();
  await expect(form.getByRole("status")).toContainText(
    "Not sent: this result has already been emailed 2 times",
  );

  const serious = (await new AxeBuilder({ page }).analyze()).violations.filter(
    (v) => v.impact === "serious" || v.impact === "critical",
  );
  expect(serious.map((v) => v.id)).toEqual([]);

  await page.getByRole("link", { name: "Delete this result" }).click();
  await expect(page.getByRole("heading", { name: "Delete this result?" })).toBeVisible();
  await expect(page.getByText("This cannot be undone.")).toBeVisible();
  // Going back keeps it.
  await page.getByRole("link", { name: "Keep it and go back" }).click();
  await expect(page.getByRole("region", { name: "Email me this result" })).toBeVisible();

  expect(await mailCountTo([typo, fixed])).toBe(2);
  await page.getByRole("link", { name: "Delete this result" }).click();
  await page.getByRole("button", { name: "Delete the result for good" }).click();
  await expect(page.getByRole("heading", { name: "Your result is deleted" })).toBeVisible();
  // Nothing is left of where the copies went, either.
  expect(await mailCountTo([typo, fixed])).toBe(0);

  const gone = await page.goto(`/results/${token}`);
  expect(gone?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "We could not find that result" })).toBeVisible();
  expect((await page.goto(`/results/${token}/delete`))?.status()).toBe(404);
});

test("the platform's result offers the Snapshot, through sign-in", async ({ page, baseURL }) => {
  const token = await takeDiagnostic(page, baseURL!);
  await page.goto(`/results/${token}`);
  const next = page.getByRole("region", { name: /leadership team and your pipeline/ });
  await expect(next.getByRole("link", { name: "Retake the diagnostic" })).toBeVisible();
  await next.getByRole("button", { name: "Get the Snapshot" }).click();
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fget-snapshot$/);
});
