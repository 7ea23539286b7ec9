import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import {
  closeWithoutPipeline,
  inviteLeaders,
  leadersAnswer,
  publishAfterDeletingPipelineNote,
} from "./support/snapshot-flow";
import { createOrganization, signIn } from "./support/sign-in";

const snapshotLinks = (page: Page) => page.getByRole("link", { name: /^Snapshot of/ });

test("leaving checkout and buying again, editing with autosave and a guard, restoring, and the phone chart", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  page.on("dialog", (dialog) => void dialog.accept());
  const owner = `ceo-${randomUUID().slice(0, 8)}@bluefin.test`;
  await signIn(page, owner);
  const slug = await createOrganization(page, `Bluefin Tools ${randomUUID().slice(0, 4)}`);

  // Leave the checkout, buy again: the same checkout comes back, and one Snapshot is listed.
  await page.goto(`/o/${slug}/snapshots`);
  await page.getByRole("button", { name: /^Buy a Snapshot/ }).click();
  await expect(page).toHaveURL(/\/billing\/test-checkout\/cs_test_local_/);
  const firstCheckout = page.url();
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByText("Checkout cancelled. Nothing was charged.")).toBeVisible();
  await page.goto(`/o/${slug}/snapshots`);
  await expect(snapshotLinks(page)).toHaveCount(1);
  await page.getByRole("button", { name: /^Buy a Snapshot/ }).click();
  await expect(page).toHaveURL(/\/billing\/test-checkout\/cs_test_local_/);
  expect(page.url()).toBe(firstCheckout);
  await page.getByRole("button", { name: /^Pay .* \(test\)$/ }).click();
  await expect(page.getByRole("heading", { name: "The Snapshot is open" })).toBeVisible();
  await page.getByRole("link", { name: "Open the Snapshot" }).click();
  await expect(page).toHaveURL(new RegExp(`/o/${slug}/snapshots/[0-9a-f-]{36}$`));
  await expect(page.getByText("Collecting answers")).toBeVisible();
  const snapshotUrl = page.url();
  await page.goto(`/o/${slug}/snapshots`);
  await expect(snapshotLinks(page)).toHaveCount(1);
  await page.goto(snapshotUrl);

  // Two leaders answer, so the report has a by-role chart.
  const ceo = `ceo-${randomUUID().slice(0, 6)}@bluefin.test`;
  const sales = `sales-${randomUUID().slice(0, 6)}@bluefin.test`;
  await inviteLeaders(page, [
    { email: ceo, name: "Casey CEO", role: "CEO" },
    { email: sales, name: "Sasha Sales", role: "Head of sales" },
  ]);
  await leadersAnswer(browser, [
    [ceo, () => 0],
    [sales, (i: number) => (i % 2 === 0 ? 3 : 2)],
  ]);
  await page.reload();
  await closeWithoutPipeline(page);
  await page.getByRole("link", { name: "Edit the written assessment" }).click();

  const summary = page.getByLabel("Executive summary");
  const preview = page.getByTestId("preview-summary");
  const generated = await summary.inputValue();
  await page.setViewportSize({ width: 1440, height: 1000 });

  // The preview draws the markup as the report will.
  await summary.fill(`${generated}\n\n### Next steps\n\n- **Agree** the owner of each fracture`);
  await expect(preview.getByRole("heading", { name: "Next steps" })).toBeVisible();
  await expect(preview.locator("strong", { hasText: "Agree" })).toBeVisible();

  // Autosave: type and leave at once by the back link; the text is there on return.
  await summary.fill(`${generated}\n\nAgreed at the spring offsite.`);
  await page.getByRole("link", { name: "← Snapshot" }).click();
  await expect(page).toHaveURL(snapshotUrl);
  await page.getByRole("link", { name: "Edit the written assessment" }).click();
  await expect(summary).toHaveValue(`${generated}\n\nAgreed at the spring offsite.`);
  await expect(preview.getByText("Agreed at the spring offsite.")).toBeVisible();

  // Guard: a save that cannot go through keeps the page and the text.
  const tooLong = "x".repeat(20_001);
  await summary.fill(tooLong);
  await page.getByRole("link", { name: "← Snapshot" }).click();
  await expect(page.getByText("Not saved: Keep a section under 20,000 characters.")).toBeVisible();
  await expect(
    page.getByText(/You are still here because an edit could not be saved/),
  ).toBeVisible();
  await expect(page).toHaveURL(/\/report$/);
  await expect(summary).toHaveValue(tooLong);
  await summary.fill(`${generated}\n\nAgreed at the board meeting.`);
  await expect(page.getByTestId("save-state-summary")).toHaveText("Saved");

  // History: earlier drafts, and restoring the generated one (itself a new entry).
  await page.getByRole("button", { name: "Earlier drafts of executive summary" }).click();
  const drafts = page.getByTestId("history-summary").getByTestId("section-draft");
  await expect(drafts).toHaveCount(2);
  await expect(drafts.first()).toContainText("Agreed at the board meeting.");
  await expect(drafts.last()).toContainText("before the first edit");
  await drafts.last().getByRole("button", { name: "Restore this draft" }).click();
  await expect(summary).toHaveValue(generated);
  await expect(drafts).toHaveCount(3);
  await expect(drafts.first()).toContainText("restored by");
  await page.reload();
  await expect(summary).toHaveValue(generated);

  await page.setViewportSize({ width: 390, height: 844 });

  // Published (once the pipeline's note for the editor is gone), the by-role chart's fracture
  // names stay apart on a phone.
  await publishAfterDeletingPipelineNote(page, 1);
  const chart = page.getByTestId("role-scores-chart");
  await chart.scrollIntoViewIfNeeded();
  // The x axis's labels (recharts may draw them in a layer of their own, apart from the axis).
  const ticks = chart
    .locator("text.recharts-cartesian-axis-tick-value")
    .filter({ hasText: /^(Positioning|Marketing|Sales message|Relationships|Silos)$/ });
  await expect(ticks).toHaveCount(5);
  const gaps = await ticks.evaluateAll((nodes) => {
    const boxes = nodes.map((n) => n.getBoundingClientRect());
    const angle = Math.abs(
      Number((nodes[0]!.getAttribute("transform") ?? "").match(/rotate\((-?[\d.]+)/)?.[1] ?? 0),
    );
    const height = parseFloat(getComputedStyle(nodes[0]!).fontSize);
    // Parallel labels slanted by `angle` are apart when their baselines are a line apart;
    // level labels when their boxes do not meet.
    return boxes.slice(1).map((box, i) => {
      const prev = boxes[i]!;
      if (angle === 0) return box.left - prev.right;
      return (box.right - prev.right) * Math.sin((angle * Math.PI) / 180) - height;
    });
  });
  for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(0);
  await page.setViewportSize({ width: 1440, height: 1000 });

  // A checkout left to expire is labelled so, and its buyer removes it.
  await page.goto(`/o/${slug}/snapshots`);
  await page.getByRole("button", { name: /^Buy a Snapshot/ }).click();
  await expect(page).toHaveURL(/\/billing\/test-checkout\/cs_test_local_/);
  await page.goto(`/o/${slug}/billing`);
  await page.getByRole("button", { name: "Let it expire (test)" }).click();
  await expect(page.getByText("Checkout expired")).toBeVisible();
  await page.goto(`/o/${slug}/snapshots`);
  await expect(snapshotLinks(page)).toHaveCount(2);
  await expect(page.getByText("Checkout expired")).toBeVisible();
  await page.getByRole("button", { name: "Remove" }).click();
  await expect(snapshotLinks(page)).toHaveCount(1);
  await expect(page.getByText("Checkout expired")).toHaveCount(0);
});

test("a consultancy that pays for a client is taken to that client's Snapshot", async ({
  page,
}) => {
  const tag = randomUUID().slice(0, 6);
  await signIn(page, `partner-${tag}@keel.test`);
  const slug = await createOrganization(page, `Keel Partners ${tag}`, { consultancy: true });
  await page.goto(`/o/${slug}/engagements`);
  await page.getByLabel("Client company").fill(`Osprey Foods ${tag}`);
  await page.getByRole("button", { name: "Add client" }).click();
  await expect(page.getByRole("status")).toContainText(`Osprey Foods ${tag} added.`);

  await page.goto(`/o/${slug}/snapshots`);
  await page.getByLabel("For client").selectOption({ label: `Osprey Foods ${tag}` });
  await page.getByRole("button", { name: /^Buy a Snapshot/ }).click();
  await page.getByRole("button", { name: /^Pay .* \(test\)$/ }).click();
  await expect(page.getByRole("heading", { name: "The Snapshot is open" })).toBeVisible();
  await page.getByRole("link", { name: "Open the Snapshot" }).click();
  await expect(page).toHaveURL(/\/o\/osprey-foods-[^/]+\/snapshots\/[0-9a-f-]{36}$/);
  await expect(page.getByText("Collecting answers")).toBeVisible();
});
