import { notFound } from "next/navigation";
import type { OrgContext } from "@/lib/auth/guard";
import { getSnapshot } from "@/lib/services/snapshot/load-snapshots";
import { isAppError } from "@/lib/errors";

/** The Snapshot named in the URL, or the not-found page (another tenant's id included). */
export async function loadSnapshot(ctx: OrgContext, snapshotId: string) {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(snapshotId))
    notFound();
  try {
    return await getSnapshot(ctx, snapshotId);
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
