import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support/sign-in";

const DEMO = "/o/northwind-demo";

/** How far the page reaches past the screen's right edge, in CSS pixels (0 when it fits). */
const sidewaysOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

test("@phone the organization menu lists every tab, navigates, and no tab scrolls sideways", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await signIn(page, "demo@revenuechain.local");
  await page.goto(DEMO);

  const nav = page.getByRole("navigation", { name: "Organization" });
  const menu = nav.getByRole("button", { name: "Menu: Overview" });
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await menu.click();
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  const tabs = nav.getByRole("link");
  await expect(tabs).toHaveCount(11);
  await expect(nav.getByRole("link", { name: "Overview" })).toHaveAttribute("aria-current", "page");
  const items = await tabs.evaluateAll((links) =>
    links.map((a) => ({ label: a.textContent ?? "", href: a.getAttribute("href") ?? "" })),
  );
  expect(items.map((i) => i.label)).toEqual([
    "Overview",
    "Pipeline",
    "Scoreboard",
    "Snapshots",
    "Assessments",
    "Leads",
    "Members",
    "Consultants",
    "Audit log",
    "Billing",
    "Settings",
  ]);

  // Escape closes it and gives focus back to the button.
  await page.keyboard.press("Escape");
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(tabs).toHaveCount(0);
  await expect(menu).toBeFocused();

  // Choosing a tab goes there, closes the menu, and the button names the new page.
  await menu.click();
  await nav.getByRole("link", { name: "Audit log" }).click();
  await expect(page).toHaveURL(new RegExp(`${DEMO}/audit$`));
  const auditMenu = nav.getByRole("button", { name: "Menu: Audit log" });
  await expect(auditMenu).toHaveAttribute("aria-expanded", "false");
  await expect(nav.getByRole("link")).toHaveCount(0);

  for (const { label, href } of items) {
    await test.step(`${label} fits the screen`, async () => {
      await page.goto(href);
      await expect(nav.getByRole("button", { name: `Menu: ${label}` })).toBeVisible();
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    });
  }

  // The stale list keeps its sortable figures on screen: its table needs no sideways scroll.
  await page.goto(`${DEMO}/pipeline?sort=amount`);
  const table = page.getByTestId("stale-table");
  const ratio = table.getByRole("columnheader", { name: /^× usual stay/ });
  await ratio.scrollIntoViewIfNeeded();
  await expect(ratio).toBeInViewport();
  expect(
    await table.evaluate((t) => t.parentElement!.scrollWidth - t.parentElement!.clientWidth),
  ).toBeLessThanOrEqual(0);
});
