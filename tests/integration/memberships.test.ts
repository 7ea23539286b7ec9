import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, inject, it } from "vitest";
import { newLinkToken } from "@/lib/auth/tokens";
import { acceptInvitation } from "@/lib/data/invitation/accept-invitation";
import { createInvitation } from "@/lib/data/invitation/create-invitation";
import { revokeInvitation } from "@/lib/data/invitation/revoke-invitation";
import { changeMemberRole } from "@/lib/data/membership/change-member-role";
import { getMembership } from "@/lib/data/membership/get-membership";
import { listMembershipsForUser } from "@/lib/data/membership/list-memberships-for-user";
import { removeMember } from "@/lib/data/membership/remove-member";
import { createOrganizationWithOwner } from "@/lib/data/organization/create-organization-with-owner";
import { query } from "../support/test-database";

const ownerUrl = inject("ownerDatabaseUrl");

async function newUser(label: string) {
  const id = randomUUID();
  const email = `${label}-${id.slice(0, 8)}@example.com`;
  await query(ownerUrl, `insert into "User" (id, email, "updatedAt") values ($1, $2, now())`, [
    id,
    email,
  ]);
  return { userId: id, email };
}

async function addMember(organizationId: string, userId: string, role: string) {
  await query(
    ownerUrl,
    `insert into "Membership" ("organizationId", "userId", role, "updatedAt") values ($1, $2, $3::"Role", now())`,
    [organizationId, userId, role],
  );
}

let org: { id: string; slug: string };
let owner: { userId: string; email: string };

beforeEach(async () => {
  owner = await newUser("owner");
  org = await createOrganizationWithOwner({
    name: "Acme",
    slug: `acme-${randomUUID().slice(0, 8)}`,
    kind: "COMPANY",
    owner,
  });
});

describe("organizations and memberships", () => {
  it("makes the creator the owner and logs it", async () => {
    expect((await getMembership(owner.userId, org.slug))?.role).toBe("OWNER");
    const events = await query<{ action: string; actorEmail: string }>(
      ownerUrl,
      `select action, "actorEmail" from "AuditEvent" where "organizationId" = $1`,
      [org.id],
    );
    expect(events).toEqual([{ action: "organization.created", actorEmail: owner.email }]);
  });

  it("keeps the last owner: cannot leave, cannot be demoted", async () => {
    await expect(
      removeMember({
        organizationId: org.id,
        targetUserId: owner.userId,
        actor: { ...owner, role: "OWNER" },
      }),
    ).rejects.toThrow("You are the last owner. Make someone else an owner before you leave.");
    await expect(
      changeMemberRole({
        organizationId: org.id,
        targetUserId: owner.userId,
        role: "ADMIN",
        actor: { ...owner, role: "OWNER" },
      }),
    ).rejects.toThrow(/at least one owner/);
    expect((await getMembership(owner.userId, org.slug))?.role).toBe("OWNER");
  });

  it("lets an owner leave once another owner exists", async () => {
    const second = await newUser("second");
    await addMember(org.id, second.userId, "ADMIN");
    await changeMemberRole({
      organizationId: org.id,
      targetUserId: second.userId,
      role: "OWNER",
      actor: { ...owner, role: "OWNER" },
    });
    await removeMember({
      organizationId: org.id,
      targetUserId: owner.userId,
      actor: { ...owner, role: "OWNER" },
    });
    expect(await getMembership(owner.userId, org.slug)).toBeNull();
  });

  it("does not let an admin make, change or remove an owner", async () => {
    const admin = await newUser("admin");
    await addMember(org.id, admin.userId, "ADMIN");
    const asAdmin = { ...admin, role: "ADMIN" as const };
    await expect(
      changeMemberRole({
        organizationId: org.id,
        targetUserId: admin.userId,
        role: "OWNER",
        actor: asAdmin,
      }),
    ).rejects.toThrow("Only an owner can grant, change or remove the owner role.");
    await expect(
      removeMember({ organizationId: org.id, targetUserId: owner.userId, actor: asAdmin }),
    ).rejects.toThrow(/Only an owner/);
  });

  it("ends access at once when a member is removed", async () => {
    const member = await newUser("member");
    await addMember(org.id, member.userId, "MEMBER");
    expect(await getMembership(member.userId, org.slug)).not.toBeNull();
    await removeMember({
      organizationId: org.id,
      targetUserId: member.userId,
      actor: { ...owner, role: "OWNER" },
    });
    expect(await getMembership(member.userId, org.slug)).toBeNull();
    expect(await listMembershipsForUser(member.userId)).toEqual([]);
    const [event] = await query<{ action: string; targetId: string }>(
      ownerUrl,
      `select action, "targetId" from "AuditEvent" where "organizationId" = $1 and action = 'member.removed'`,
      [org.id],
    );
    expect(event).toEqual({ action: "member.removed", targetId: member.userId });
  });

  it("treats another organization's member as not found", async () => {
    const outsider = await newUser("outsider");
    const otherOrg = await createOrganizationWithOwner({
      name: "Other",
      slug: `other-${randomUUID().slice(0, 8)}`,
      kind: "COMPANY",
      owner: outsider,
    });
    await expect(
      removeMember({
        organizationId: org.id,
        targetUserId: outsider.userId,
        actor: { ...owner, role: "OWNER" },
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await getMembership(outsider.userId, otherOrg.slug))?.role).toBe("OWNER");
  });
});

describe("invitations", () => {
  async function invite(email: string, role: "MEMBER" | "VIEWER" = "MEMBER", days = 7) {
    const link = newLinkToken();
    await createInvitation({
      organizationId: org.id,
      email,
      role,
      tokenHash: link.tokenHash,
      expiresAt: new Date(Date.now() + days * 86_400_000),
      actor: owner,
    });
    return link;
  }

  it("turns into a membership with the invited role for the invited address", async () => {
    const invitee = await newUser("invitee");
    const link = await invite(invitee.email, "VIEWER");
    await expect(acceptInvitation(link.tokenHash, invitee)).resolves.toEqual({ slug: org.slug });
    expect((await getMembership(invitee.userId, org.slug))?.role).toBe("VIEWER");
    await expect(acceptInvitation(link.tokenHash, invitee)).rejects.toThrow(
      "This invitation was already accepted.",
    );
  });

  it("refuses another address, an expired link and a revoked one", async () => {
    const invitee = await newUser("invitee");
    const stranger = await newUser("stranger");
    const link = await invite(invitee.email);
    await expect(acceptInvitation(link.tokenHash, stranger)).rejects.toThrow(
      `This invitation is for ${invitee.email}, and you are signed in as ${stranger.email}.`,
    );
    expect(await getMembership(stranger.userId, org.slug)).toBeNull();

    const expired = await invite((await newUser("late")).email, "MEMBER", -1);
    await expect(acceptInvitation(expired.tokenHash, invitee)).rejects.toThrow(/expired/);

    const [row] = await query<{ id: string }>(
      ownerUrl,
      `select id from "Invitation" where "tokenHash" = $1`,
      [link.tokenHash],
    );
    await revokeInvitation(org.id, row!.id, owner);
    await expect(acceptInvitation(link.tokenHash, invitee)).rejects.toThrow(/withdrawn/);
  });

  it("keeps only the newest link to the same address", async () => {
    const invitee = await newUser("invitee");
    const first = await invite(invitee.email);
    const second = await invite(invitee.email);
    await expect(acceptInvitation(first.tokenHash, invitee)).rejects.toThrow(/withdrawn/);
    await expect(acceptInvitation(second.tokenHash, invitee)).resolves.toEqual({ slug: org.slug });
  });

  it("does not invite someone who is already a member", async () => {
    await expect(invite(owner.email)).rejects.toThrow(`${owner.email} is already a member.`);
  });
});
