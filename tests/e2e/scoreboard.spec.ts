import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { inviteAndJoin } from "./support/members";
import { hubspotFile, importFile } from "./support/pipeline-files";
import { createOrganization, signIn } from "./support/sign-in";

async function sign(page: Page, slug: string, title: string) {
  await page.goto(`/o/${slug}/scoreboard/standard`);
  await page.getByRole("button", { name: `Sign version 1 as ${title}` }).click();
  await expect(page.getByRole("button", { name: `Sign version 1 as ${title}` })).toHaveCount(0);
}

test("both leads sign the standard, a review is frozen against a new import, and the next shows the change", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  page.on("dialog", (dialog) => dialog.accept());
  const id = randomUUID().slice(0, 6);
  await signIn(page, `ceo-${id}@harbor.test`);
  const orgName = "Harbor Freight Co";
  const slug = await createOrganization(page, orgName);
  const marketing = await inviteAndJoin(page, browser, {
    slug,
    orgName,
    email: `cmo-${id}@harbor.test`,
    role: "Member",
  });
  const sales = await inviteAndJoin(page, browser, {
    slug,
    orgName,
    email: `cro-${id}@harbor.test`,
    role: "Member",
  });
  await importFile(page, slug, hubspotFile(`scoreboard-${id}.csv`, 900, "", 21));

  // The owner names the leads and writes the first version.
  await page.getByRole("link", { name: "Scoreboard" }).first().click();
  await expect(page.getByText("No signed definition yet.")).toBeVisible();
  await page.getByRole("link", { name: "Write and sign the standard" }).click();
  await page.getByLabel("Marketing lead").selectOption({ label: `cmo-${id}@harbor.test` });
  await page.getByLabel("Sales lead").selectOption({ label: `cro-${id}@harbor.test` });
  await page.getByRole("button", { name: "Save leads and rhythm" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();
  await page.getByRole("button", { name: "Save as version 1" }).click();
  await expect(page.getByRole("heading", { name: "Version 1 waits for signatures" })).toBeVisible();
  // The owner holds neither lead role, so cannot sign.
  await expect(page.getByRole("button", { name: /^Sign version 1/ })).toHaveCount(0);

  // One signature is not enough; the second puts version 1 in effect.
  await sign(marketing, slug, "marketing lead");
  await expect(
    marketing.getByRole("heading", { name: "Version 1 waits for signatures" }),
  ).toBeVisible();
  await sign(sales, slug, "sales lead");
  await expect(sales.getByRole("heading", { name: "Version 1 waits for signatures" })).toHaveCount(
    0,
  );
  await expect(sales.getByTestId("signatures-1")).toContainText(`Signed by cmo-${id}@harbor.test`);
  await expect(sales.getByTestId("signatures-1")).toContainText(`Signed by cro-${id}@harbor.test`);

  // The scoreboard shows the signed definition, then a review starts.
  await page.goto(`/o/${slug}/scoreboard`);
  await expect(page.getByTestId("standard-summary")).toContainText("Version 1");
  await expect(page.getByTestId("standard-summary")).toContainText(
    `signed by cro-${id}@harbor.test`,
  );
  await expect(page.getByTestId("scoreboard-figures")).toContainText("Handoffs answered in time");
  await page.getByRole("button", { name: "Start review 1" }).click();
  await expect(page).toHaveURL(new RegExp(`/o/${slug}/scoreboard/reviews/1$`));
  const frozen = await page.getByTestId("review-figures").innerText();

  // Decisions: advance one deal, eliminate another.
  const forms = page.getByRole("form", { name: /^Decision on / });
  const first = forms.first();
  await first.getByLabel("Next step").fill("Book a call with the sponsor");
  await first.getByRole("button", { name: "Record decision" }).click();
  await expect(page.getByTestId("decisions-log").getByRole("listitem")).toHaveCount(1);
  const next = page.getByRole("form", { name: /^Decision on / }).first();
  await next.getByLabel("Eliminate").check();
  await next.getByLabel("Reason").fill("No budget until next year");
  await next.getByRole("button", { name: "Record decision" }).click();
  await expect(page.getByTestId("decisions-log").getByRole("listitem")).toHaveCount(2);
  await expect(page.getByTestId("review-deals")).toContainText(
    "Advance: Book a call with the sponsor",
  );
  await expect(page.getByTestId("review-deals")).toContainText(
    "Eliminate: No budget until next year",
  );

  // A newer, different export does not change the frozen review.
  await importFile(page, slug, hubspotFile(`scoreboard-${id}-newer.csv`, 1400, "", 22));
  await page.goto(`/o/${slug}/scoreboard/reviews/1`);
  expect(await page.getByTestId("review-figures").innerText()).toBe(frozen);
  await expect(page.getByTestId("decisions-log").getByRole("listitem")).toHaveCount(2);

  // Close it; the next review shows the change since the first.
  await page.getByRole("button", { name: "Close review 1" }).click();
  await page.getByRole("button", { name: /^Close with \d+ undecided$/ }).click();
  await expect(page.getByText("Closed", { exact: true })).toBeVisible();
  await page.goto(`/o/${slug}/scoreboard`);
  await page.getByRole("button", { name: "Start review 2" }).click();
  await page.getByRole("button", { name: "Start review 2 early" }).click();
  await expect(page).toHaveURL(new RegExp(`/o/${slug}/scoreboard/reviews/2$`));
  await expect(page.getByRole("heading", { name: "Since review 1" })).toBeVisible();
  await expect(page.getByTestId("change-qualifiedCount")).toContainText(/^[▲▼] [+−]\d/);
  await expect(page.getByTestId("change-qualifiedCount")).toContainText("from");
  await page.goto(`/o/${slug}/scoreboard`);
  await expect(page.getByTestId("reviews").getByRole("listitem")).toHaveCount(2);
  await expect(page.getByTestId("review-history-rates")).toBeVisible();
});
