import { randomUUID } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { firstLink, latestMailTo } from "./support/mailbox";

async function signIn(page: Page, email: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Work email").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in\/check-email/);
  const mail = await latestMailTo(email);
  expect(mail.subject).toBe("Your Revenue Chain sign-in link");
  await page.goto(firstLink(mail.text));
}

test("sign in by email link, create an organization, see it listed, sign out", async ({ page }) => {
  const email = `owner-${randomUUID().slice(0, 8)}@acme.test`;
  await page.goto("/sign-in");
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual(
    [],
  );

  await signIn(page, email);
  await expect(page).toHaveURL(/\/o$/);
  await expect(page.getByRole("heading", { name: "Your organizations" })).toBeVisible();
  await expect(page.getByTestId("signed-in-as")).toHaveText(email);

  await page.getByLabel("Organization name").fill("Acme Freight");
  await expect(page.getByLabel("Address")).toHaveValue("acme-freight");
  const slug = `acme-${randomUUID().slice(0, 6)}`;
  await page.getByLabel("Address").fill(slug);
  await page.getByRole("button", { name: "Create organization" }).click();
  await expect(page).toHaveURL(new RegExp(`/o/${slug}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Acme Freight");

  await page.getByRole("link", { name: "Members" }).first().click();
  const me = page.getByRole("listitem").filter({ hasText: email });
  await expect(me.getByText("Owner", { exact: true })).toBeVisible();

  // The same address cannot be taken twice.
  await page.goto("/o");
  await page.getByLabel("Organization name").fill("Another Acme");
  await page.getByLabel("Address").fill(slug);
  await page.getByRole("button", { name: "Create organization" }).click();
  await expect(page.getByText(`The address "${slug}" is taken. Choose another.`)).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/$/);
  await page.goto(`/o/${slug}`);
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
});

test("a sign-in link works once", async ({ page, browser }) => {
  const email = `once-${randomUUID().slice(0, 8)}@acme.test`;
  await signIn(page, email);
  await expect(page).toHaveURL(/\/o$/);
  const mail = await latestMailTo(email);
  const other = await browser.newContext();
  const second = await other.newPage();
  await second.goto(firstLink(mail.text));
  await expect(
    second.getByText("That sign-in link has expired or was already used."),
  ).toBeVisible();
  await other.close();
});

test("another organization's pages answer not found", async ({ page }) => {
  await signIn(page, `outsider-${randomUUID().slice(0, 8)}@acme.test`);
  const response = await page.goto("/o/revenue-chain/members");
  expect(response?.status()).toBe(404);
});
