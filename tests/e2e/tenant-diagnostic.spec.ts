import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { answerByKey } from "./support/questionnaire";
import { latestMailTo } from "./support/mailbox";
import { signIn } from "./support/sign-in";

test("a consultancy's own diagnostic link lands results and leads in its account, exportable as CSV", async ({
  page,
  browser,
}) => {
  const ownerEmail = `consultant-${randomUUID().slice(0, 8)}@advisors.test`;
  const leadEmail = `ceo-${randomUUID().slice(0, 8)}@prospect.test`;
  const slug = `advisors-${randomUUID().slice(0, 6)}`;

  // Signed in once the link is sent and opened (the helper waits for "Check your email" first,
  // so the form's own navigation cannot race the link).
  await signIn(page, ownerEmail);
  await page.goto("/o");
  await page.getByLabel("Organization name").fill("North Advisors");
  await page.getByLabel("Address").fill(slug);
  await page.getByText("A consultancy").click();
  await page.getByRole("button", { name: "Create organization" }).click();
  await expect(page).toHaveURL(new RegExp(`/o/${slug}$`));

  await page.goto(`/o/${slug}/assessments`);
  await expect(page.getByText("No diagnostics yet")).toBeVisible();

  // A prospect takes the diagnostic from the consultancy's public link, signed out.
  const prospectContext = await browser.newContext();
  const prospect = await prospectContext.newPage();
  await prospect.goto(`/o/${slug}/diagnostic`);
  await expect(prospect.getByRole("banner")).toContainText("North Advisors");
  for (let n = 1; n <= 12; n++) await answerByKey(prospect, n, (n % 3) + 2);
  await prospect.getByLabel("Your role").selectOption({ label: "CEO or founder" });
  await prospect.getByLabel("Email for a copy of the result").fill(leadEmail);
  await prospect.getByRole("button", { name: "See my result" }).click();
  await expect(prospect).toHaveURL(/\/results\//);
  await expect(prospect.getByText("via North Advisors")).toBeVisible();
  const headline = (await prospect.getByRole("heading", { level: 1 }).textContent()) ?? "";
  const scores = (await prospect.getByTestId("score-list").textContent()) ?? "";
  const copy = await latestMailTo(leadEmail);
  expect(copy.subject).toMatch(/^Your Revenue Leak Diagnostic: /);
  await prospectContext.close();

  await page.goto(`/o/${slug}/leads`);
  const lead = page.getByRole("listitem").filter({ hasText: leadEmail });
  await expect(lead).toContainText("CEO or founder");
  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(
    new RegExp(`^${slug}-leads-\\d{4}-\\d{2}-\\d{2}\\.csv$`),
  );
  const csv = await readFile((await download.path())!, "utf8");
  expect(csv.split("\n")[0]).toContain("Email,Role,Revenue,Industry,Costliest fracture");
  expect(csv).toContain(`${leadEmail},CEO or founder`);
  // The taker's private link is theirs alone: the export points at the result's page in the app.
  const resultUrl = csv.match(new RegExp(`https?://[^,\\s]+/o/${slug}/assessments/[0-9a-f-]{36}`));
  expect(resultUrl).not.toBeNull();
  const resultPath = new URL(resultUrl![0]).pathname;
  expect(csv).not.toContain("/results/");

  // Members read the same result inside the app, from the lead.
  await lead.getByRole("link", { name: /^Result of / }).click();
  await expect(page).toHaveURL(new RegExp(`${resultPath}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(headline);
  await expect(page.getByTestId("score-list")).toHaveText(scores);
  await expect(page.getByText("CEO or founder")).toBeVisible();
  await expect(page.getByTestId("fracture-chart")).toBeVisible();

  await page.goto(`/o/${slug}/assessments`);
  await expect(page.getByRole("table")).toContainText("CEO or founder");
  await expect(page.getByTestId("trend-chart")).toBeVisible();
  await page.getByRole("table").getByRole("link").first().click();
  await expect(page).toHaveURL(new RegExp(`${resultPath}$`));
  await expect(page.getByRole("link", { name: "← Assessments" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "How this result compares" })).toBeVisible();

  // Someone signed in who is not a member gets nothing at that address.
  const strangerContext = await browser.newContext();
  const stranger = await strangerContext.newPage();
  await signIn(stranger, `stranger-${randomUUID().slice(0, 8)}@elsewhere.test`);
  const refused = await stranger.goto(resultPath);
  expect(refused?.status()).toBe(404);
  await strangerContext.close();

  // The platform's site-wide leads never include this organization's takers.
  const outsider = await page.request.get(`/o/revenue-chain/leads/export`);
  expect(outsider.status()).toBe(404);
});
