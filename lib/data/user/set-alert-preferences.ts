import { db } from "@/lib/db";

/** Which Snapshot alerts a person gets; the fields left out stay as they are. */
export async function setAlertPreferences(
  userId: string,
  preferences: { alertSnapshotSubmitted?: boolean; alertSnapshotAllSubmitted?: boolean },
) {
  const changed = await db.user.updateMany({ where: { id: userId }, data: preferences });
  return changed.count === 1;
}
