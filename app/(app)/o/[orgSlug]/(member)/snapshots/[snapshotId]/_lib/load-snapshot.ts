import { notFound } from "next/navigation";
import { getSnapshotOrThrow } from "@/lib/data/snapshot/get-snapshot";
import { isAppError } from "@/lib/errors";

/** The Snapshot named in the URL, or the not-found page (another tenant's id included). */
export async function loadSnapshot(organizationId: string, snapshotId: string) {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(snapshotId))
    notFound();
  try {
    return await getSnapshotOrThrow(organizationId, snapshotId);
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
