import { redirect } from "next/navigation";
import { requireUserPage } from "@/lib/auth/guard";
import { snapshotStartPath } from "@/lib/services/organization/snapshot-start-path";

/** "Get the Snapshot" from a result: sign in (or sign up), then on to where it is bought. */
export default async function GetSnapshotPage() {
  const user = await requireUserPage("/get-snapshot");
  redirect(await snapshotStartPath(user));
}
