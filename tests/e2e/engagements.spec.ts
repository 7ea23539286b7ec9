import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { signIn } from "./support/sign-in";

test("a consultancy brands its pages, adds a client, works inside it, and loses access when the engagement ends", async ({
  page,
}) => {
  const tag = randomUUID().slice(0, 6);
  await signIn(page, `partner-${tag}@advisors.test`);
  await page.getByLabel("Organization name").fill("Harbor Advisors");
  await page.getByLabel("Address").fill(`harbor-${tag}`);
  await page.getByText("A consultancy").click();
  await page.getByRole("button", { name: "Create organization" }).click();
  await expect(page).toHaveURL(new RegExp(`/o/harbor-${tag}$`));

  // Branding shows on the public diagnostic page.
  await page.getByRole("link", { name: "Settings" }).click();
  await page.getByLabel("Accent colour").fill("#fde68a");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(
    page.getByText("Choose a darker colour: white text must stay readable on it."),
  ).toBeVisible();
  await page.getByLabel("Accent colour").fill("#0f766e");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved.");
  await page.goto(`/o/harbor-${tag}/diagnostic`);
  await expect(page.getByRole("banner")).toContainText("Harbor Advisors");
  const progress = page.getByRole("progressbar", { name: "Questions answered" }).locator("div");
  await expect(progress).toHaveCSS("background-color", "rgb(15, 118, 110)");

  // A client company, reached through the engagement.
  await page.goto(`/o/harbor-${tag}/engagements`);
  await page.getByLabel("Client company").fill(`Delta Freight ${tag}`);
  await page.getByRole("button", { name: "Add client" }).click();
  await expect(page.getByRole("status")).toContainText(`Delta Freight ${tag} added.`);
  await page.getByRole("link", { name: `Delta Freight ${tag}` }).click();
  await expect(page.getByText("Consultant access via Harbor Advisors")).toBeVisible();
  const clientUrl = page.url();

  // The consultant invites the client's CEO from inside the client.
  await page.goto(`${clientUrl}/members`);
  const ceo = `ceo-${tag}@deltafreight.test`;
  await page.getByLabel("Email", { exact: true }).fill(ceo);
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByRole("status")).toHaveText(`Invitation sent to ${ceo}.`);

  // Ending the engagement ends the consultant's access at once.
  await page.goto(`/o/harbor-${tag}/engagements`);
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "End engagement" }).click();
  await expect(page.getByText("Ended", { exact: true })).toBeVisible();
  const response = await page.goto(clientUrl);
  expect(response?.status()).toBe(404);
});
