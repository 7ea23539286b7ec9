import { z } from "zod";
import { hashLinkToken, ZLinkToken } from "@/lib/auth/tokens";
import { getRespondentByToken } from "@/lib/data/snapshot/get-respondent-by-token";
import { saveRespondentAnswers } from "@/lib/data/snapshot/save-respondent-answers";
import { submitRespondent } from "@/lib/data/snapshot/submit-respondent";
import { sendSubmissionAlerts } from "./submission-alerts";
import { AppError } from "@/lib/errors";
import { describeWait } from "@/lib/limits/limit-spec";
import { enforceLimits } from "@/lib/limits/rate-limit";
import { appBaseUrl } from "@/lib/http/base-url";
import { log } from "@/lib/log";
import { EVIDENCE_MAX_LENGTH, getSnapshotBank, type SnapshotBank } from "@/lib/domain/snapshot";

function tokenHashOf(token: string): string {
  if (!ZLinkToken.safeParse(token).success)
    throw new AppError("NOT_FOUND", "This answering link is incomplete. Open it from the email.");
  return hashLinkToken(token);
}

/** Saves and submissions through one answering link, within its limit (autosave stays well under). */
async function countLinkUse(tokenHash: string) {
  await enforceLimits(
    [{ limit: "respondentPerLink", subject: tokenHash }],
    ({ retryAfterSeconds }) =>
      `This link has saved answers more often than it may in an hour. What you saved is kept; try again in ${describeWait(retryAfterSeconds)}.`,
  );
}

function bankOf(version: string): SnapshotBank {
  const bank = getSnapshotBank(version);
  if (!bank) throw new Error(`Unknown Snapshot bank ${version}`);
  return bank;
}

/** The answering page: the respondent, the bank they answer, and what they saved so far. */
export async function loadAnsweringPage(token: string) {
  const respondent = await getRespondentByToken(tokenHashOf(token));
  return { respondent, bank: bankOf(respondent.bankVersion) };
}

/** Some answers and notes, as the page sends them while the respondent works. */
export const ZSaveAnswersRequest = z.object({
  token: z.string(),
  answers: z.record(z.string().max(100), z.string().max(20)).default({}),
  evidence: z
    .record(
      z.string().max(100),
      z
        .string()
        .trim()
        .max(
          EVIDENCE_MAX_LENGTH,
          `Keep each evidence note under ${EVIDENCE_MAX_LENGTH} characters.`,
        ),
    )
    .default({}),
});

/**
 * Save part of a response. Every question id and option id is checked against the Snapshot's
 * own bank before anything is stored.
 */
export async function saveAnswers(request: z.infer<typeof ZSaveAnswersRequest>) {
  const tokenHash = tokenHashOf(request.token);
  const { bankVersion } = await getRespondentByToken(tokenHash);
  await countLinkUse(tokenHash);
  const bank = bankOf(bankVersion);
  const questions = new Map(bank.questions.map((q) => [q.id, q]));
  for (const [id, option] of Object.entries(request.answers)) {
    if (!questions.get(id)?.options.some((o) => o.id === option))
      throw new AppError("INVALID_INPUT", "That answer is not one of the question's options.");
  }
  for (const id of Object.keys(request.evidence)) {
    if (!questions.has(id))
      throw new AppError("INVALID_INPUT", "That question is not part of this Snapshot.");
  }
  return saveRespondentAnswers(
    tokenHash,
    { answers: request.answers, evidence: request.evidence },
    bank.questions.map((q) => q.id),
  );
}

/** Send the finished response; the first time, the consultant is told. */
export async function submitAnswers(token: string) {
  const tokenHash = tokenHashOf(token);
  const { bankVersion } = await getRespondentByToken(tokenHash);
  await countLinkUse(tokenHash);
  const { submittedAt, first, ...submission } = await submitRespondent(
    tokenHash,
    bankOf(bankVersion).questions.map((q) => q.id),
  );
  if (first) {
    // The answers are in whatever the mail does: a failed alert is logged, not shown to the leader.
    await sendSubmissionAlerts(submission, appBaseUrl()).catch((error: unknown) =>
      log.error({ err: error, snapshotId: submission.snapshotId }, "submission alert failed"),
    );
  }
  return { submittedAt };
}
