import { expect, type Page } from "@playwright/test";
import { firstLink, latestMailTo } from "./mailbox";

/** Sign in as `email` through the emailed link, as a person would. */
export async function signIn(page: Page, email: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Work email").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in\/check-email/);
  const mail = await latestMailTo(email);
  expect(mail.subject).toBe("Your Revenue Chain sign-in link");
  await page.goto(firstLink(mail.text));
}

/** A new organization (a company unless told otherwise) owned by the signed-in user; returns its address. */
export async function createOrganization(
  page: Page,
  name: string,
  options: { consultancy?: boolean } = {},
) {
  const slug = `${name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${Math.random().toString(36).slice(2, 8)}`;
  await page.goto("/o");
  await page.getByLabel("Organization name").fill(name);
  await page.getByLabel("Address").fill(slug);
  if (options.consultancy) await page.getByText("A consultancy").click();
  await page.getByRole("button", { name: "Create organization" }).click();
  await expect(page).toHaveURL(new RegExp(`/o/${slug}$`));
  return slug;
}
