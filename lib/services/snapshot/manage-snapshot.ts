import { z } from "zod";
import type { OrgContext } from "@/lib/auth/guard";
import { newKeptLinkToken, openLinkToken } from "@/lib/auth/link-cipher";
import { closeAnswering } from "@/lib/data/snapshot/close-answering";
import { listSubmittedResponses } from "@/lib/data/snapshot/list-submitted-responses";
import { publishReportVersion } from "@/lib/data/snapshot/publish-report-version";
import { getShareLink } from "@/lib/data/snapshot/get-share-link";
import { setShareLink } from "@/lib/data/snapshot/set-share-link";
import { updateDraftSection } from "@/lib/data/snapshot/update-draft-section";
import { listSectionDrafts } from "@/lib/data/snapshot/list-section-drafts";
import { restoreSectionDraft } from "@/lib/data/snapshot/restore-section-draft";
import { getSnapshotOrThrow } from "@/lib/data/snapshot/get-snapshot";
import { inviteRespondent } from "@/lib/data/snapshot/invite-respondent";
import { AppError } from "@/lib/errors";
import { sendMail } from "@/lib/mail/send-mail";
import {
  analyzeSnapshot,
  draftAssessment,
  getSnapshotBank,
  RESPONDENT_ROLES,
  WITHOUT_PIPELINE,
  type AssessmentSection,
  type SnapshotBank,
  type SnapshotRespondent,
} from "@/lib/domain/snapshot";
import { snapshotPipelineFigures } from "./pipeline-figures";
import { publishedFigures } from "./published-figures";
import { respondentEmail } from "./respondent-email";
import { sendRespondentReminder } from "./respondent-reminders";
import { readTogether } from "@/lib/data/tenant/read-together";

const ZId = z.uuid("That Snapshot was not found.");

export const ZInviteRespondentRequest = z.object({
  orgSlug: z.string(),
  snapshotId: ZId,
  email: z.string().trim().toLowerCase().max(254).pipe(z.email("Enter a valid email address.")),
  name: z
    .string()
    .trim()
    .max(120)
    .transform((v) => v || null)
    .default(""),
  role: z.enum(RESPONDENT_ROLES),
});

export const ZSnapshotRequest = z.object({ orgSlug: z.string(), snapshotId: ZId });

export const ZRespondentRequest = ZSnapshotRequest.extend({
  respondentId: z.uuid("That respondent was not found."),
});

export const ZUpdateSectionRequest = ZSnapshotRequest.extend({
  key: z.string().min(1).max(40),
  body: z.string().max(20_000, "Keep a section under 20,000 characters."),
});

export const ZSectionRequest = ZSnapshotRequest.extend({ key: z.string().min(1).max(40) });

export const ZRestoreSectionRequest = ZSnapshotRequest.extend({
  draftId: z.uuid("That earlier draft was not found."),
});

/** What the history of a section shows: no ids of people, only who saved and when. */
export const ZSectionDraftView = z.object({
  id: z.uuid(),
  body: z.string(),
  savedAt: z.date(),
  savedBy: z.string().nullable(),
  restored: z.boolean(),
});
export type TSectionDraftView = z.infer<typeof ZSectionDraftView>;

export const actorOf = (ctx: OrgContext) => ({ userId: ctx.user.id, email: ctx.user.email });
/** A consultant working in the client names their consultancy; a member of the company needs none. */
const inviterOf = (ctx: OrgContext) => ({ name: ctx.user.name, organizationName: ctx.via ?? null });

function bankOf(version: string): SnapshotBank {
  const bank = getSnapshotBank(version);
  if (!bank) throw new Error(`Unknown Snapshot bank ${version}`);
  return bank;
}

/** Invite one leader and email them their private link. */
export async function inviteSnapshotRespondent(
  ctx: OrgContext,
  request: z.infer<typeof ZInviteRespondentRequest>,
  baseUrl: string,
) {
  const { token, tokenHash, tokenSealed } = newKeptLinkToken("snapshot-respondent");
  await inviteRespondent({
    organizationId: ctx.organization.id,
    snapshotId: request.snapshotId,
    email: request.email,
    name: request.name,
    role: request.role,
    tokenHash,
    tokenSealed,
    actor: actorOf(ctx),
  });
  await sendMail(
    respondentEmail({
      to: request.email,
      name: request.name,
      inviter: inviterOf(ctx),
      companyName: ctx.organization.name,
      role: request.role,
      url: `${baseUrl}/s/${token}`,
      reminder: false,
    }),
  );
}

/** Remind one leader who has not sent answers, with the link they already have. */
export function remindSnapshotRespondent(
  ctx: OrgContext,
  request: z.infer<typeof ZRespondentRequest>,
  baseUrl: string,
) {
  return sendRespondentReminder(
    {
      organizationId: ctx.organization.id,
      snapshotId: request.snapshotId,
      respondentId: request.respondentId,
      companyName: ctx.organization.name,
      inviter: inviterOf(ctx),
      actor: actorOf(ctx),
    },
    baseUrl,
  );
}

/** The submitted responses in the analysis's terms. */
async function responsesOf(organizationId: string, snapshotId: string) {
  const rows = await listSubmittedResponses(organizationId, snapshotId);
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    email: r.email,
    role: r.role,
    answers: r.answers as Record<string, string>,
    evidence: (r.evidence ?? {}) as Record<string, string>,
  }));
}

export const ZCloseSnapshotRequest = ZSnapshotRequest.extend({
  /** Closing with no pipeline imported must be confirmed: the report then measures and prices nothing. */
  confirmNoPipeline: z.boolean().default(false),
});

/** The draft the generator writes today from the submitted answers and the current pipeline. */
export async function freshDraft(
  organization: OrgContext["organization"],
  snapshotId: string,
): Promise<{ draft: AssessmentSection[]; hasPipeline: boolean }> {
  const snapshot = await getSnapshotOrThrow(organization.id, snapshotId);
  const responses = await responsesOf(organization.id, snapshotId);
  if (responses.length === 0)
    throw new AppError("CONFLICT", "No one has sent answers yet; there is nothing to assess.");
  const pipeline = await snapshotPipelineFigures(organization.id);
  const draft = draftAssessment({
    companyName: organization.name,
    bank: bankOf(snapshot.bankVersion),
    respondents: responses satisfies SnapshotRespondent[],
    pipeline,
    diagnostic: snapshot.diagnostic,
  });
  return { draft, hasPipeline: pipeline !== null };
}

/**
 * Close answering and write the first draft from the answers and the pipeline. With no pipeline
 * imported, closing is refused unless the consultant has confirmed they accept what is missing.
 */
export async function closeSnapshot(
  ctx: OrgContext,
  snapshotId: string,
  options: { confirmNoPipeline?: boolean } = {},
) {
  const { draft, hasPipeline } = await freshDraft(ctx.organization, snapshotId);
  if (!hasPipeline && !options.confirmNoPipeline)
    throw new AppError(
      "CONFLICT",
      `${WITHOUT_PIPELINE} Import the pipeline first, or confirm that you want to close without it.`,
    );
  await closeAnswering({
    organizationId: ctx.organization.id,
    snapshotId,
    draft,
    actor: actorOf(ctx),
  });
}

/** Everything the analysis page shows, from the submitted answers and the pipeline. */
async function readSnapshotAnalysis(organizationId: string, snapshotId: string) {
  const snapshot = await getSnapshotOrThrow(organizationId, snapshotId);
  const responses = await responsesOf(organizationId, snapshotId);
  const bank = bankOf(snapshot.bankVersion);
  if (responses.length === 0) return { snapshot, bank, responses, analysis: null };
  const analysis = analyzeSnapshot(bank, responses, await snapshotPipelineFigures(organizationId));
  return { snapshot, bank, responses, analysis };
}

/** The same, every read in one transaction (readTogether): one pooled connection per page. */
export function loadSnapshotAnalysis(organizationId: string, snapshotId: string) {
  return readTogether(organizationId, () => readSnapshotAnalysis(organizationId, snapshotId));
}

export function updateSnapshotSection(
  ctx: OrgContext,
  request: z.infer<typeof ZUpdateSectionRequest>,
) {
  return updateDraftSection({
    organizationId: ctx.organization.id,
    snapshotId: request.snapshotId,
    key: request.key,
    body: request.body,
    savedById: ctx.user.id,
  });
}

/** The saved texts of one section, newest first. */
export async function listSnapshotSectionDrafts(
  ctx: OrgContext,
  request: z.infer<typeof ZSectionRequest>,
): Promise<TSectionDraftView[]> {
  const rows = await listSectionDrafts({
    organizationId: ctx.organization.id,
    snapshotId: request.snapshotId,
    key: request.key,
  });
  return z
    .array(ZSectionDraftView)
    .parse(rows.map((r) => ({ ...r, restored: r.restoredFromId !== null })));
}

/** Put an earlier saved text back; returns the section's text as it now stands. */
export function restoreSnapshotSectionDraft(
  ctx: OrgContext,
  request: z.infer<typeof ZRestoreSectionRequest>,
) {
  return restoreSectionDraft({
    organizationId: ctx.organization.id,
    snapshotId: request.snapshotId,
    draftId: request.draftId,
    actor: actorOf(ctx),
  });
}

/** Publish the draft as the next version, with the figures its charts show. */
export async function publishSnapshot(ctx: OrgContext, snapshotId: string) {
  const { analysis } = await loadSnapshotAnalysis(ctx.organization.id, snapshotId);
  if (!analysis) throw new AppError("CONFLICT", "No answers to publish an assessment from.");
  return publishReportVersion({
    organizationId: ctx.organization.id,
    snapshotId,
    figures: publishedFigures(analysis),
    actor: actorOf(ctx),
  });
}

/** A new share link for the leadership team (the previous one stops working). */
export async function createSnapshotShareLink(
  ctx: OrgContext,
  snapshotId: string,
  baseUrl: string,
) {
  const { token, tokenHash, tokenSealed } = newKeptLinkToken("snapshot-share");
  await setShareLink({
    organizationId: ctx.organization.id,
    snapshotId,
    link: { tokenHash, tokenSealed },
    actor: actorOf(ctx),
  });
  return { url: `${baseUrl}/r/${token}` };
}

/**
 * The share link as it can be shown again: "none" without one; "hidden" for a link made before
 * links were kept (it works, but only replacing it shows a link).
 */
export async function getSnapshotShareLink(
  ctx: OrgContext,
  snapshotId: string,
  baseUrl: string,
): Promise<{ state: "none" } | { state: "hidden" } | { state: "shown"; url: string }> {
  const link = await getShareLink(ctx.organization.id, snapshotId);
  if (!link.active) return { state: "none" };
  const token = openLinkToken("snapshot-share", link.tokenSealed);
  return token ? { state: "shown", url: `${baseUrl}/r/${token}` } : { state: "hidden" };
}

export function revokeSnapshotShareLink(ctx: OrgContext, snapshotId: string) {
  return setShareLink({
    organizationId: ctx.organization.id,
    snapshotId,
    link: null,
    actor: actorOf(ctx),
  });
}
