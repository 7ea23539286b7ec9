import { randomUUID } from "node:crypto";
import { expect, test, type Browser } from "@playwright/test";
import { firstLink, latestMailTo } from "./support/mailbox";
import { answerByKey } from "./support/questionnaire";
import { createOrganization, signIn } from "./support/sign-in";

const BOOKING_URL = "https://booking.example/north-advisors/intro";

/** A prospect, signed out, takes the diagnostic through the branded link; returns the result page. */
async function takeBrandedDiagnostic(browser: Browser, slug: string, email?: string) {
  const context = await browser.newContext();
  // The consultancy's booking page is another site: answer for it, as it is not ours to run.
  await context.route("https://booking.example/**", (route) =>
    route.fulfill({
      contentType: "text/html",
      body: "<title>North's calendar</title><h1>Pick a time</h1>",
    }),
  );
  const prospect = await context.newPage();
  await prospect.goto(`/o/${slug}/diagnostic`);
  for (let n = 1; n <= 12; n++) await answerByKey(prospect, n, (n % 3) + 2);
  await prospect.getByLabel("Your role").selectOption({ label: "CEO or founder" });
  if (email) await prospect.getByLabel("Email for a copy of the result").fill(email);
  await prospect.getByRole("button", { name: "See my result" }).click();
  await expect(prospect).toHaveURL(/\/results\//);
  await expect(prospect.getByText("via North Advisors")).toBeVisible();
  return { prospect, context };
}

test("a consultancy's booking link ends its branded results, and each click shows on the lead", async ({
  page,
  browser,
}) => {
  await signIn(page, `owner-${randomUUID().slice(0, 8)}@north.test`);
  const slug = await createOrganization(page, "North Advisors", { consultancy: true });

  await page.goto(`/o/${slug}/settings`);
  const card = page.locator("form").filter({ hasText: "What the result ends in" });
  await expect(card.getByRole("radio", { name: /No call to action/ })).toBeChecked();
  await card.getByRole("radio", { name: /A booking link/ }).check();
  await card.getByRole("textbox", { name: "Booking page" }).fill("http://booking.example/north");
  await card.getByRole("button", { name: "Save next step" }).click();
  await expect(card.getByRole("alert")).toHaveText(/Use an https:\/\/ address/);
  await card.getByRole("textbox", { name: "Booking page" }).fill(BOOKING_URL);
  await card
    .getByLabel("A line of your own (optional)")
    .fill("Thirty minutes with a partner, no slides.");
  await card.getByRole("button", { name: "Save next step" }).click();
  await expect(card.getByRole("status")).toHaveText("Saved.");
  await page.reload();
  await expect(card.getByRole("textbox", { name: "Booking page" })).toHaveValue(BOOKING_URL);

  const leadEmail = `ceo-${randomUUID().slice(0, 8)}@prospect.test`;
  const { prospect, context } = await takeBrandedDiagnostic(browser, slug, leadEmail);
  const nextStep = prospect.getByRole("region", {
    name: "Go through this result with North Advisors",
  });
  await expect(nextStep).toContainText("Thirty minutes with a partner, no slides.");
  const book = nextStep.getByRole("link", { name: "Book a call with North Advisors" });
  await expect(book).toHaveAttribute("href", BOOKING_URL);
  await expect(book).toHaveAttribute("target", "_blank");
  await expect(book).toHaveAttribute("rel", /noopener/);

  const popup = prospect.waitForEvent("popup");
  await book.click();
  await expect(await popup).toHaveTitle("North's calendar");

  // Printed, the link is written out and no button is left.
  await prospect.emulateMedia({ media: "print" });
  await expect(book).toBeHidden();
  await expect(nextStep.getByText(`Book a call with North Advisors: ${BOOKING_URL}`)).toBeVisible();
  await prospect.emulateMedia({ media: "screen" });

  // The lead shows the click; a second one counts too.
  await page.goto(`/o/${slug}/leads`);
  const lead = page.getByRole("listitem").filter({ hasText: leadEmail });
  await expect(lead).toContainText(/Booking link clicked 1× · last \d{1,2} \w{3} \d\d:\d\d UTC/);
  const second = prospect.waitForEvent("popup");
  await book.click();
  await (await second).close();
  await expect(async () => {
    await page.reload();
    await expect(lead).toContainText("Booking link clicked 2×", { timeout: 1000 });
  }).toPass();
  await lead.getByRole("link", { name: /^Result of / }).click();
  await expect(page.getByRole("list", { name: "Next step taken" })).toContainText(
    "Booking link clicked 2×",
  );

  // Without JavaScript the link is the same link: nothing stands between the prospect and it.
  const resultUrl = prospect.url();
  await context.close();
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const plain = await noScript.newPage();
  await plain.goto(resultUrl);
  await expect(
    plain.getByRole("link", { name: "Book a call with North Advisors" }),
  ).toHaveAttribute("href", BOOKING_URL);
  await noScript.close();
});

test("asking a consultancy for a Snapshot from a result emails its owner once, with the lead", async ({
  page,
  browser,
}) => {
  const ownerEmail = `owner-${randomUUID().slice(0, 8)}@north.test`;
  await signIn(page, ownerEmail);
  const slug = await createOrganization(page, "North Advisors", { consultancy: true });
  await page.goto(`/o/${slug}/settings`);
  const card = page.locator("form").filter({ hasText: "What the result ends in" });
  await card.getByRole("radio", { name: /Ask for a Snapshot/ }).check();
  await card.getByRole("button", { name: "Save next step" }).click();
  await expect(card.getByRole("status")).toHaveText("Saved.");

  // Taken without an address: the request asks for one, so the consultancy can answer.
  const { prospect, context } = await takeBrandedDiagnostic(browser, slug);
  const nextStep = prospect.getByRole("region", { name: "Ask North Advisors for a Snapshot" });
  await nextStep.getByRole("button", { name: "Ask for a Snapshot" }).click();
  await expect(nextStep.getByRole("alert")).toHaveText(/Enter an email address/);
  const prospectEmail = `cfo-${randomUUID().slice(0, 8)}@prospect.test`;
  await nextStep.getByLabel(/Your email/).fill(prospectEmail);
  await nextStep.getByRole("button", { name: "Ask for a Snapshot" }).click();
  await expect(nextStep.getByRole("status")).toHaveText(
    "Done: North Advisors has been told you would like a Snapshot, and will be in touch by email.",
  );

  const mail = await latestMailTo(ownerEmail);
  expect(mail.subject).toBe(`Snapshot request from ${prospectEmail}`);
  expect(mail.text).toContain(
    `${prospectEmail} (CEO or founder) asked North Advisors for a Snapshot`,
  );
  const leadLink = firstLink(mail.text);
  expect(leadLink).toMatch(new RegExp(`/o/${slug}/assessments/[0-9a-f-]{36}$`));
  expect(mail.text).not.toContain(new URL(prospect.url()).pathname);

  // Back on the result later, the request is remembered instead of offered again.
  await prospect.reload();
  await expect(nextStep.getByRole("status")).toContainText(
    "You asked North Advisors for a Snapshot on",
  );
  await expect(nextStep.getByRole("button", { name: "Ask for a Snapshot" })).toHaveCount(0);
  await context.close();

  await page.goto(leadLink);
  await expect(page.getByRole("list", { name: "Next step taken" })).toContainText(
    /Asked for a Snapshot · \d{1,2} \w{3}/,
  );
  await page.goto(`/o/${slug}/leads`);
  await expect(page.getByRole("listitem").filter({ hasText: prospectEmail })).toContainText(
    "Asked for a Snapshot",
  );
});
