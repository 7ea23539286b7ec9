import { randomUUID } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { firstLink, latestMailTo } from "./support/mailbox";
import { signIn } from "./support/sign-in";

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
  // The sign-in itself is on the record.
  const history = page.getByRole("region", { name: "Recent sign-ins to your account" });
  await expect(history.getByText("Email link")).toHaveCount(1);

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

test("the development mailbox does not exist in a production build", async ({ page }) => {
  const response = await page.goto("/dev/mailbox");
  expect(response?.status()).toBe(404);
});

test("another organization's pages answer not found", async ({ page }) => {
  await signIn(page, `outsider-${randomUUID().slice(0, 8)}@acme.test`);
  const response = await page.goto("/o/revenue-chain/members");
  expect(response?.status()).toBe(404);
  // The same page as for an address that does not exist: nothing says the organization does.
  await expect(
    page.getByRole("heading", { name: "There is no page at this address" }),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: "Go to the home page" })).toBeVisible();
});

test("an owner invites a viewer, who joins by the emailed link, cannot invite, and loses access when removed", async ({
  page,
  browser,
}) => {
  const ownerEmail = `boss-${randomUUID().slice(0, 8)}@acme.test`;
  const viewerEmail = `viewer-${randomUUID().slice(0, 8)}@acme.test`;
  const slug = `team-${randomUUID().slice(0, 6)}`;

  await signIn(page, ownerEmail);
  await page.getByLabel("Organization name").fill("Team Co");
  await page.getByLabel("Address").fill(slug);
  await page.getByRole("button", { name: "Create organization" }).click();
  await expect(page).toHaveURL(new RegExp(`/o/${slug}$`));
  await page.goto(`/o/${slug}/members`);
  await page.getByLabel("Email", { exact: true }).fill(viewerEmail);
  await page.getByLabel("Role", { exact: true }).selectOption({ label: "Viewer" });
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByRole("status")).toHaveText(`Invitation sent to ${viewerEmail}.`);
  await expect(
    page.getByRole("region", { name: "Pending invitations" }).getByText(viewerEmail),
  ).toBeVisible();

  const invitation = await latestMailTo(viewerEmail);
  expect(invitation.subject).toBe("Join Team Co on Revenue Chain");

  const viewerContext = await browser.newContext();
  const viewer = await viewerContext.newPage();
  await viewer.goto(firstLink(invitation.text));
  await expect(viewer).toHaveURL(/\/sign-in\?callbackUrl=%2Finvitations%2F/);
  await viewer.getByLabel("Work email").fill(viewerEmail);
  await viewer.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(viewer).toHaveURL(/\/sign-in\/check-email/);
  const signInMail = await latestMailTo(viewerEmail);
  expect(signInMail.subject).toBe("Your Revenue Chain sign-in link");
  await viewer.goto(firstLink(signInMail.text));
  await expect(viewer.getByRole("heading", { name: "Join Team Co" })).toBeVisible();
  await viewer.getByRole("button", { name: "Join Team Co" }).click();
  await expect(viewer).toHaveURL(new RegExp(`/o/${slug}$`));

  await viewer.goto(`/o/${slug}/members`);
  await expect(
    viewer
      .getByRole("listitem")
      .filter({ hasText: viewerEmail })
      .getByText("Viewer", { exact: true }),
  ).toBeVisible();
  await expect(viewer.getByRole("button", { name: "Send invitation" })).toHaveCount(0);
  await expect(viewer.getByRole("button", { name: "Remove" })).toHaveCount(0);

  await page.reload();
  page.once("dialog", (dialog) => dialog.accept());
  await page
    .getByRole("listitem")
    .filter({ hasText: viewerEmail })
    .getByRole("button", { name: "Remove" })
    .click();
  await expect(page.getByRole("listitem").filter({ hasText: viewerEmail })).toHaveCount(0);

  const response = await viewer.goto(`/o/${slug}/members`);
  expect(response?.status()).toBe(404);

  await page.goto(`/o/${slug}/audit`);
  for (const text of [
    "created the organization",
    "invited",
    "accepted an invitation",
    "removed a member",
  ]) {
    await expect(
      page
        .getByRole("listitem")
        .filter({ hasText: new RegExp(text) })
        .first(),
    ).toBeVisible();
  }
  await viewerContext.close();
});
