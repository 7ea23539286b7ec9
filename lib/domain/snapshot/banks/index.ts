import type { SnapshotBank } from "../types";
import { snapshotV1 } from "./snapshot-v1";

export const CURRENT_SNAPSHOT_VERSION = "snapshot-v1";

/** Every bank ever published, by version, so stored responses always find their questions. */
export const SNAPSHOT_BANKS: Readonly<Record<string, SnapshotBank>> = {
  [snapshotV1.version]: snapshotV1,
};

export function getSnapshotBank(version: string): SnapshotBank {
  const bank = SNAPSHOT_BANKS[version];
  if (!bank) throw new Error(`Unknown Snapshot question bank "${version}".`);
  return bank;
}
