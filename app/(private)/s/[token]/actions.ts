"use server";

import { z } from "zod";
import { runAction, type ActionResult } from "@/lib/actions/action-result";
import {
  saveAnswers,
  submitAnswers,
  ZSaveAnswersRequest,
} from "@/lib/services/snapshot/respondent-answers";

const ZSubmitAnswersRequest = z.object({ token: z.string() });

/** Public: the private link's token is the only authorization a respondent has. */
export async function saveSnapshotAnswersAction(
  input: unknown,
): Promise<ActionResult<{ answeredCount: number }>> {
  return runAction(() => saveAnswers(ZSaveAnswersRequest.parse(input)));
}

/** Public, like saving: sends the finished response of the link's respondent. */
export async function submitSnapshotAnswersAction(
  input: unknown,
): Promise<ActionResult<{ submittedAt: Date }>> {
  return runAction(() => submitAnswers(ZSubmitAnswersRequest.parse(input).token));
}
