"use server";

import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { z } from "zod";
import { orgAction } from "@/lib/auth/guard";
import { appBaseUrl } from "@/lib/http/base-url";
import { DIAGNOSTIC_REFERENCE_COOKIE } from "@/lib/http/diagnostic-reference-cookie";
import { buySnapshot, ZBuySnapshotRequest } from "@/lib/services/snapshot/buy-snapshot";
import {
  closeSnapshot,
  listSnapshotSectionDrafts,
  restoreSnapshotSectionDraft,
  createSnapshotShareLink,
  inviteSnapshotRespondent,
  publishSnapshot,
  remindSnapshotRespondent,
  revokeSnapshotShareLink,
  updateSnapshotSection,
  ZCloseSnapshotRequest,
  ZInviteRespondentRequest,
  ZRespondentRequest,
  ZRestoreSectionRequest,
  ZSectionRequest,
  ZSnapshotRequest,
  ZUpdateSectionRequest,
} from "@/lib/services/snapshot/manage-snapshot";
import { redraftPipelineSections } from "@/lib/services/snapshot/redraft-pipeline-sections";

const page = (slug: string, snapshotId: string) => `/o/${slug}/snapshots/${snapshotId}`;

const buy = orgAction("snapshots.buy", "billing", ZBuySnapshotRequest, async (ctx, input) => {
  const jar = await cookies();
  const { url, diagnostic } = await buySnapshot(ctx, input, appBaseUrl(), {
    diagnosticReference: jar.get(DIAGNOSTIC_REFERENCE_COOKIE)?.value,
  });
  // Attached, or no longer usable: either way the reference has done its work.
  if (diagnostic !== "none") jar.delete(DIAGNOSTIC_REFERENCE_COOKIE);
  return { url };
});

/** "Do not attach it": the diagnostic brought along is forgotten, nothing stored changes. */
const leaveOutDiagnostic = orgAction(
  "snapshots.leave-out-diagnostic",
  "snapshots:read",
  z.object({ orgSlug: z.string() }),
  async (ctx) => {
    (await cookies()).delete(DIAGNOSTIC_REFERENCE_COOKIE);
    revalidatePath(`/o/${ctx.organization.slug}/snapshots`);
  },
);

const invite = orgAction(
  "snapshots.invite",
  "snapshots:manage",
  ZInviteRespondentRequest,
  async (ctx, input) => {
    await inviteSnapshotRespondent(ctx, input, appBaseUrl());
    revalidatePath(page(ctx.organization.slug, input.snapshotId));
  },
);

const remind = orgAction(
  "snapshots.remind",
  "snapshots:manage",
  ZRespondentRequest,
  async (ctx, input) => {
    await remindSnapshotRespondent(ctx, input, appBaseUrl());
    revalidatePath(page(ctx.organization.slug, input.snapshotId));
  },
);

const close = orgAction(
  "snapshots.close",
  "snapshots:manage",
  ZCloseSnapshotRequest,
  async (ctx, input) => {
    await closeSnapshot(ctx, input.snapshotId, { confirmNoPipeline: input.confirmNoPipeline });
    revalidatePath(page(ctx.organization.slug, input.snapshotId));
  },
);

const updateSection = orgAction(
  "snapshots.update-section",
  "snapshots:manage",
  ZUpdateSectionRequest,
  async (ctx, input) => {
    await updateSnapshotSection(ctx, input);
  },
);

const sectionHistory = orgAction(
  "snapshots.section-history",
  "snapshots:manage",
  ZSectionRequest,
  async (ctx, input) => listSnapshotSectionDrafts(ctx, input),
);

const restoreSection = orgAction(
  "snapshots.restore-section",
  "snapshots:manage",
  ZRestoreSectionRequest,
  async (ctx, input) => restoreSnapshotSectionDraft(ctx, input),
);

const publish = orgAction(
  "snapshots.publish",
  "snapshots:manage",
  ZSnapshotRequest,
  async (ctx, input) => {
    const result = await publishSnapshot(ctx, input.snapshotId);
    revalidatePath(page(ctx.organization.slug, input.snapshotId));
    return result;
  },
);

const redraft = orgAction(
  "snapshots.redraft",
  "snapshots:manage",
  ZSnapshotRequest,
  async (ctx, input) => {
    const result = await redraftPipelineSections(ctx, input.snapshotId);
    revalidatePath(`${page(ctx.organization.slug, input.snapshotId)}/report`);
    return result;
  },
);

const share = orgAction(
  "snapshots.share",
  "snapshots:manage",
  ZSnapshotRequest,
  async (ctx, input) => createSnapshotShareLink(ctx, input.snapshotId, appBaseUrl()),
);

const unshare = orgAction(
  "snapshots.unshare",
  "snapshots:manage",
  ZSnapshotRequest,
  async (ctx, input) => {
    await revokeSnapshotShareLink(ctx, input.snapshotId);
    revalidatePath(page(ctx.organization.slug, input.snapshotId));
  },
);

export async function buySnapshotAction(input: unknown) {
  return buy(input);
}
export async function leaveOutDiagnosticAction(input: unknown) {
  return leaveOutDiagnostic(input);
}
export async function inviteRespondentAction(input: unknown) {
  return invite(input);
}
export async function remindRespondentAction(input: unknown) {
  return remind(input);
}
export async function closeSnapshotAction(input: unknown) {
  return close(input);
}
export async function updateSectionAction(input: unknown) {
  return updateSection(input);
}
export async function sectionHistoryAction(input: unknown) {
  return sectionHistory(input);
}
export async function restoreSectionAction(input: unknown) {
  return restoreSection(input);
}
export async function publishSnapshotAction(input: unknown) {
  return publish(input);
}
export async function redraftPipelineSectionsAction(input: unknown) {
  return redraft(input);
}
export async function shareSnapshotAction(input: unknown) {
  return share(input);
}
export async function unshareSnapshotAction(input: unknown) {
  return unshare(input);
}
