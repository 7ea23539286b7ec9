import type { OrgContext } from "@/lib/auth/guard";
import { getReportVersion } from "@/lib/data/snapshot/get-report-version";
import { getSnapshotOrThrow } from "@/lib/data/snapshot/get-snapshot";
import { listSnapshots } from "@/lib/data/snapshot/list-snapshots";
import { can } from "@/lib/domain/organization/permissions";
import { listOwnEngagements } from "@/lib/services/engagements/list-own-engagements";
import { readTogether } from "@/lib/data/tenant/read-together";

/** The Snapshots page: every Snapshot, and the active clients a consultancy may buy for. */
async function readSnapshotList(ctx: OrgContext) {
  const mayBuy = can(ctx.role, "billing") && !ctx.via;
  const consultancy = ctx.organization.kind === "CONSULTANCY";
  const [snapshots, engagements] = await Promise.all([
    listSnapshots(ctx.organization.id),
    mayBuy && consultancy ? listOwnEngagements(ctx) : [],
  ]);
  const clients = consultancy
    ? engagements.filter((e) => e.status === "ACTIVE").map((e) => e.client)
    : null;
  return { snapshots, clients, mayBuy };
}

/** The same, every read in one transaction (readTogether): one pooled connection per page. */
export function loadSnapshotList(ctx: OrgContext) {
  return readTogether(ctx.organization.id, () => readSnapshotList(ctx));
}

/** One Snapshot of this organization (another's is not found). */
export function getSnapshot(ctx: OrgContext, snapshotId: string) {
  return getSnapshotOrThrow(ctx.organization.id, snapshotId);
}

/** One published version of a Snapshot's assessment. */
export function getPublishedVersion(ctx: OrgContext, snapshotId: string, number: number) {
  return getReportVersion(ctx.organization.id, snapshotId, number);
}
