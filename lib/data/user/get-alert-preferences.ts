import { db } from "@/lib/db";

/** Which Snapshot alerts a person gets (both, until they say otherwise). */
export async function getAlertPreferences(userId: string) {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { alertSnapshotSubmitted: true, alertSnapshotAllSubmitted: true },
  });
  return user ?? { alertSnapshotSubmitted: true, alertSnapshotAllSubmitted: true };
}
