import { expect, type Browser, type Page } from "@playwright/test";
import { firstLink, latestMailTo } from "./mailbox";

/**
 * The signed-in owner invites `email` with `role`; the invitee joins through the emailed link in
 * a browser of their own. Returns the invitee's page, signed in and inside the organization.
 */
export async function inviteAndJoin(
  owner: Page,
  browser: Browser,
  options: { slug: string; orgName: string; email: string; role: string },
): Promise<Page> {
  const { slug, orgName, email, role } = options;
  await owner.goto(`/o/${slug}/members`);
  await owner.getByLabel("Email", { exact: true }).fill(email);
  await owner.getByLabel("Role", { exact: true }).selectOption({ label: role });
  await owner.getByRole("button", { name: "Send invitation" }).click();
  await expect(owner.getByRole("status")).toHaveText(`Invitation sent to ${email}.`);
  const invitation = await latestMailTo(email);
  const page = await (await browser.newContext()).newPage();
  await page.goto(firstLink(invitation.text));
  await page.getByLabel("Work email").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page).toHaveURL(/\/sign-in\/check-email/);
  await page.goto(firstLink((await latestMailTo(email)).text));
  await page.getByRole("button", { name: `Join ${orgName}` }).click();
  await expect(page).toHaveURL(new RegExp(`/o/${slug}$`));
  return page;
}
