import { expect, type Page } from "@playwright/test";
import { FRACTURES } from "../../../lib/domain/diagnostic/fractures";
import { snapshotV1 } from "../../../lib/domain/snapshot/banks/snapshot-v1";
import { firstLink, latestMailTo } from "./mailbox";

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
