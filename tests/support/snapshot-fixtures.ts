import { randomUUID } from "node:crypto";
import { inject } from "vitest";
import type { OrgContext } from "@/lib/auth/guard";
import { snapshot as bank } from "@/lib/domain/snapshot";
import { query } from "./test-database";

/** An open (paid) Snapshot of the context's company with two leaders who sent answers. */
export async function answeredSnapshot(ctx: OrgContext, mailDomain = "snapshot.test") {
  const id = randomUUID();
  await query(
    inject("ownerDatabaseUrl"),
    `insert into "Snapshot" ("organizationId", id, "purchasedByOrganizationId", "bankVersion", unlocked, "paymentStatus", "updatedAt")
     values ($1, $2, $1, $3, true, 'PAID', now())`,
    [ctx.organization.id, id, bank.version],
  );
  for (const [role, pick] of [
    ["CEO", 0],
    ["SALES", 3],
  ] as const) {
    const answers = Object.fromEntries(bank.questions.map((q) => [q.id, q.options[pick]!.id]));
    await query(
      inject("ownerDatabaseUrl"),
      `insert into "SnapshotRespondent" ("organizationId", id, "snapshotId", email, role, "tokenHash", answers, "answeredCount", "submittedAt", "updatedAt")
       values ($1, $2, $3, $4, $5::"RespondentRole", $6, $7, $8, now(), now())`,
      [
        ctx.organization.id,
        randomUUID(),
        id,
        `${role.toLowerCase()}-${id.slice(0, 6)}@${mailDomain}`,
        role,
        randomUUID(),
        JSON.stringify(answers),
        bank.questions.length,
      ],
    );
  }
  return id;
}
