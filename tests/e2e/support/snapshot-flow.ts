import { expect, type Browser, type Page } from "@playwright/test";
import { FRACTURES } from "../../../lib/domain/diagnostic/fractures";
import { snapshotV1 } from "../../../lib/domain/snapshot/banks/snapshot-v1";
import { firstLink, latestMailTo } from "./mailbox";

/** A leader invited to a Snapshot: address, name and the role as the form labels it. */
export type Leader = { email: string; name: string; role: "CEO" | "Head of sales" };

/**
 * A respondent answers every question from their emailed link. `pick` chooses the option index
 * per question, so two leaders can disagree.
 */
export async function answerAll(page: Page, email: string, pick: (index: number) => number) {
  const mail = await latestMailTo(email);
  expect(mail.subject).toMatch(/Snapshot/);
  await page.goto(firstLink(mail.text));
  await page.getByRole("button", { name: "Start answering" }).click();
  const sections = FRACTURES.length;
  let index = 0;
  for (let s = 0; s < sections; s++) {
    const questions = snapshotV1.questions.filter((q) => q.fracture === FRACTURES[s]);
    for (const q of questions) {
      const group = page.getByRole("group", { name: q.prompt });
      const option = q.options[pick(index)]!.label;
      await group.getByText(option, { exact: true }).click();
      await expect(group.getByRole("radio", { name: option, exact: true })).toBeChecked();
      index++;
    }
    if (s === 0) {
      // One evidence note, kept with the answer.
      const first = page.getByRole("group", { name: questions[0]!.prompt });
      await first.getByRole("button", { name: "Add evidence note (optional)" }).click();
      await page.getByLabel(questions[0]!.evidencePrompt).fill("The positioning page in our wiki.");
    }
    if (s < sections - 1) await page.getByRole("button", { name: "Next section" }).click();
  }
  await expect(
    page.getByText(`${snapshotV1.questions.length} of ${snapshotV1.questions.length} answered`),
  ).toBeVisible();
  await page.getByRole("button", { name: "Send my answers" }).click();
  await expect(page.getByRole("heading", { name: "Thank you: your answers are in" })).toBeVisible();
}

/** On an open Snapshot's page: send each leader their private answering link. */
export async function inviteLeaders(page: Page, leaders: readonly Leader[]) {
  for (const { email, name, role } of leaders) {
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Name (optional)").fill(name);
    await page.getByLabel("Answers as").selectOption({ label: role });
    await page.getByRole("button", { name: "Send the link" }).click();
    await expect(page.getByText(`Sent a private answering link to ${email}.`)).toBeVisible();
  }
  await page.reload();
  await expect(page.getByTestId("respondents").getByRole("listitem")).toHaveCount(leaders.length);
}

/** Each leader answers in a browser of their own, as `pick` chooses for them. */
export async function leadersAnswer(
  browser: Browser,
  answers: readonly (readonly [
    string,
    (index: number) => number,
    /** What to check once this leader has sent their answers. */
    (() => Promise<void>)?,
  ])[],
) {
  for (const [email, pick, after] of answers) {
    const context = await browser.newContext();
    await answerAll(await context.newPage(), email, pick);
    await context.close();
    await after?.();
  }
}

/** Chooses an option index for the `index`-th question, counted in chain order from 0. */
export type Pick = (index: number) => number;

/** Picks the same option for every question of a fracture, one option index per fracture. */
export const perFracture =
  (options: number[]): Pick =>
  (index) => {
    let seen = 0;
    for (const [i, key] of FRACTURES.entries()) {
      seen += snapshotV1.questions.filter((q) => q.fracture === key).length;
      if (index < seen) return options[i] ?? 0;
    }
    return 0;
  };

/** From the signed-in organization's home: buy a Snapshot in test mode and open it. */
export async function buySnapshot(page: Page) {
  await page.getByRole("link", { name: "Snapshots" }).first().click();
  await page.getByRole("button", { name: /^Buy a Snapshot/ }).click();
  await expect(page).toHaveURL(/\/billing\/test-checkout\/cs_test_local_/);
  await expect(page.getByText("TEST MODE · no real payment is taken")).toBeVisible();
  await page.getByRole("button", { name: /^Pay .* \(test\)$/ }).click();
  await expect(page.getByRole("heading", { name: "The Snapshot is open" })).toBeVisible();
  await page.getByRole("link", { name: "Open the Snapshot" }).click();
  await expect(page.getByText("Collecting answers")).toBeVisible();
}

/**
 * Close answering with no pipeline imported: the page says what the report will lack, and the
 * close button waits for that to be confirmed. Needs a page that accepts the closing dialog.
 */
export async function closeWithoutPipeline(page: Page) {
  const close = page.getByRole("button", { name: "Close answering and write the draft" });
  await expect(page.getByText(/cannot price any fracture in revenue per quarter/)).toBeVisible();
  await expect(close).toBeDisabled();
  await page.getByLabel("Close without pipeline data").check();
  await close.click();
  await expect(page.getByText("Writing the assessment")).toBeVisible();
}

/**
 * In the editor: publishing is refused while the pipeline section still holds the draft's note
 * for the editor, and names that section; deleting the note lets the next version through.
 */
export async function publishAfterDeletingPipelineNote(page: Page, version: number) {
  const title = "What the pipeline shows";
  await expect(page.getByTestId("editor-notes-pipeline")).toContainText(
    "never shown to the client",
  );
  await page.getByRole("button", { name: `Publish version ${version}` }).click();
  await expect(page.getByText(`an editor's note is still in “${title}”`)).toBeVisible();
  await expect(page).not.toHaveURL(new RegExp(`/report/${version}$`));
  const pipeline = page.getByLabel(title);
  const kept = (await pipeline.inputValue())
    .split("\n")
    .filter((line) => !line.startsWith("[Editor's note]"))
    .join("\n");
  await pipeline.fill(kept);
  // Saved as typed: wait for the edit to be taken, then for its save.
  const state = page.getByTestId("save-state-pipeline");
  await expect(state).toHaveText("Unsaved changes");
  await expect(state).toHaveText("Saved");
  await expect(page.getByTestId("editor-notes-pipeline")).toHaveCount(0);
  await page.getByRole("button", { name: `Publish version ${version}` }).click();
  await expect(page).toHaveURL(new RegExp(`/report/${version}$`));
}
