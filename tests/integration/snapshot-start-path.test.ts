/** Where "Get the Snapshot" on a diagnostic result sends someone once they are signed in. */
import { describe, expect, it } from "vitest";
import { snapshotStartPath } from "@/lib/services/organization/snapshot-start-path";
import { addMembership, createOrg, createUser } from "../support/fixtures";

const asSessionUser = (user: { id: string; email: string }) => ({ ...user, name: null });

describe("Get the Snapshot, after signing in", () => {
  it("opens the Snapshots page of the one company the person may pay for", async () => {
    const user = await createUser("buyer");
    const company = await createOrg("buyer-co");
    await addMembership(company.id, user.id, "OWNER");
    // A company where they may not pay, and a consultancy, are not where a CEO buys their own.
    await addMembership((await createOrg("other-co")).id, user.id, "MEMBER");
    await addMembership((await createOrg("advisers", "CONSULTANCY")).id, user.id, "OWNER");
    expect(await snapshotStartPath(asSessionUser(user))).toBe(`/o/${company.slug}/snapshots`);
  });

  it("sends a new account to create its company, with a note on what to do next", async () => {
    const user = await createUser("newcomer");
    expect(await snapshotStartPath(asSessionUser(user))).toBe("/o?snapshot=1");
  });
});
