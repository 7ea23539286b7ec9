import { hashLinkToken } from "@/lib/auth/tokens";
import { getResultNextStep } from "@/lib/data/diagnostic-assessment/get-result-next-step";
import { nextStepOffer, type NextStepOffer } from "@/lib/domain/organization/next-step-setting";

export type ResultNextStep = {
  organization: { slug: string; name: string };
  /** Null: the organization set none, and the result ends in the default box. */
  offer: NextStepOffer | null;
  snapshotRequestedAt: Date | null;
  /** Whether the organization already has an address to answer a Snapshot request at. */
  hasEmail: boolean;
};

/** The call to action that closes a branded link's result, found by the link's token. */
export async function resultNextStep(accessToken: string): Promise<ResultNextStep> {
  const row = await getResultNextStep(hashLinkToken(accessToken));
  return {
    organization: { slug: row.organization.slug, name: row.organization.name },
    offer:
      row.organization.kind === "PLATFORM"
        ? null
        : nextStepOffer(row.organization.name, row.organization),
    snapshotRequestedAt: row.snapshotRequestedAt,
    hasEmail: row.hasEmail,
  };
}
