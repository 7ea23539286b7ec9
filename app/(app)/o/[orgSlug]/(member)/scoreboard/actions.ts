"use server";

import { revalidatePath } from "next/cache";
import { orgAction } from "@/lib/auth/guard";
import {
  closeScoreboardReview,
  decideReviewDeal,
  startScoreboardReview,
  ZCloseReviewRequest,
  ZDecisionRequest,
  ZStartReviewRequest,
} from "@/lib/services/scoreboard/reviews";
import {
  saveScoreboardSettings,
  ZScoreboardSettingsRequest,
} from "@/lib/services/scoreboard/settings";
import {
  draftStandard,
  signStandard,
  ZDraftStandardRequest,
  ZSignStandardRequest,
} from "@/lib/services/scoreboard/standard";

const base = (slug: string) => `/o/${slug}/scoreboard`;

const settings = orgAction(
  "scoreboard.settings",
  "scoreboard:manage",
  ZScoreboardSettingsRequest,
  async (ctx, input) => {
    await saveScoreboardSettings(ctx, input);
    revalidatePath(base(ctx.organization.slug), "layout");
  },
);

// Any member may propose a new version: it changes nothing until both leads sign it.
const draft = orgAction(
  "scoreboard.draft-standard",
  "scoreboard:decide",
  ZDraftStandardRequest,
  async (ctx, input) => {
    const result = await draftStandard(ctx, input);
    revalidatePath(base(ctx.organization.slug), "layout");
    return result;
  },
);

// Whether this user may sign for this function is the signing rules' call, not a role's.
const sign = orgAction(
  "scoreboard.sign-standard",
  "scoreboard:read",
  ZSignStandardRequest,
  async (ctx, input) => {
    await signStandard(ctx, input);
    revalidatePath(base(ctx.organization.slug), "layout");
  },
);

const start = orgAction(
  "scoreboard.start-review",
  "scoreboard:manage",
  ZStartReviewRequest,
  async (ctx, input) => {
    const review = await startScoreboardReview(ctx, { confirmEarly: input.confirmEarly });
    revalidatePath(base(ctx.organization.slug), "layout");
    return { number: review.number };
  },
);

const decide = orgAction(
  "scoreboard.decide",
  "scoreboard:decide",
  ZDecisionRequest,
  async (ctx, input) => {
    await decideReviewDeal(ctx, input);
    revalidatePath(`${base(ctx.organization.slug)}/reviews/${input.number}`);
  },
);

const close = orgAction(
  "scoreboard.close-review",
  "scoreboard:manage",
  ZCloseReviewRequest,
  async (ctx, input) => {
    await closeScoreboardReview(ctx, input.number, { confirmUndecided: input.confirmUndecided });
    revalidatePath(base(ctx.organization.slug), "layout");
  },
);

export async function saveScoreboardSettingsAction(input: unknown) {
  return settings(input);
}
export async function draftStandardAction(input: unknown) {
  return draft(input);
}
export async function signStandardAction(input: unknown) {
  return sign(input);
}
export async function startReviewAction(input: unknown) {
  return start(input);
}
export async function decideReviewDealAction(input: unknown) {
  return decide(input);
}
export async function closeReviewAction(input: unknown) {
  return close(input);
}
