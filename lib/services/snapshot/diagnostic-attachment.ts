import type { OrgContext } from "@/lib/auth/guard";
import { getDiagnosticAssessmentByTokenHashOrThrow } from "@/lib/data/diagnostic-assessment/get-diagnostic-assessment-by-token-hash";
import { can } from "@/lib/domain/organization/permissions";
import { ZAttachedScores, type AttachedDiagnostic } from "@/lib/domain/snapshot";
import { isAppError } from "@/lib/errors";
import { openDiagnosticReference } from "@/lib/services/diagnostic/diagnostic-reference";

export type DiagnosticAttachment =
  | { status: "ready"; assessmentId: string; diagnostic: AttachedDiagnostic }
  | { status: "unusable"; message: string };

const AGAIN = "To bring it, open the result again and press “Get the Snapshot”.";

/**
 * Whether a Snapshot this organization buys takes the diagnostic its buyer brought. Only a
 * company buying for itself: the diagnostic describes the taker's own company, and a consultancy
 * buying for a client would attach one person's result to another company's Snapshot.
 */
export function takesDiagnostic(ctx: OrgContext): boolean {
  return ctx.organization.kind === "COMPANY" && !ctx.via && can(ctx.role, "billing");
}

/**
 * The diagnostic a sealed reference names, read the way its result page reads it (by the
 * private link's hash, under the row-level policy for link holders), or a sentence saying why it
 * cannot be attached. Never throws for a bad reference: buying goes on without it.
 */
export async function resolveDiagnosticAttachment(
  reference: string,
  now = new Date(),
): Promise<DiagnosticAttachment> {
  const opened = openDiagnosticReference(reference, now);
  if (!opened.ok) {
    return {
      status: "unusable",
      message:
        opened.problem === "expired"
          ? `The diagnostic result you brought along was brought more than an hour ago, so it will not be attached. ${AGAIN}`
          : `The diagnostic result you brought along could not be read, so it will not be attached. ${AGAIN}`,
    };
  }
  let row: Awaited<ReturnType<typeof getDiagnosticAssessmentByTokenHashOrThrow>>;
  try {
    row = await getDiagnosticAssessmentByTokenHashOrThrow(opened.value);
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") {
      return {
        status: "unusable",
        message:
          "The diagnostic result you brought along no longer exists (it may have been deleted), so nothing will be attached.",
      };
    }
    throw error;
  }
  const scores = ZAttachedScores.safeParse(row.scores);
  if (row.organization.kind !== "PLATFORM" || !scores.success) {
    return {
      status: "unusable",
      message: `The diagnostic result you brought along cannot be attached to a Snapshot. ${AGAIN}`,
    };
  }
  return {
    status: "ready",
    assessmentId: row.id,
    diagnostic: {
      takenAt: row.createdAt,
      bankVersion: row.bankVersion,
      pricingVersion: row.pricingVersion,
      revenueBand: row.revenueBand,
      role: row.role,
      primary: row.primary,
      scores: scores.data,
    },
  };
}

/** What the Snapshots page says about a diagnostic brought along: null when it says nothing. */
export type DiagnosticAttachmentNotice =
  | { status: "ready"; takenAt: Date; primary: AttachedDiagnostic["primary"] }
  | { status: "unusable"; message: string };

export async function diagnosticAttachmentNotice(
  ctx: OrgContext,
  reference: string | undefined,
): Promise<DiagnosticAttachmentNotice | null> {
  if (!reference || !takesDiagnostic(ctx)) return null;
  const attachment = await resolveDiagnosticAttachment(reference);
  if (attachment.status === "unusable") return attachment;
  return {
    status: "ready",
    takenAt: attachment.diagnostic.takenAt,
    primary: attachment.diagnostic.primary,
  };
}
