/**
 * A buyer who leaves the checkout and buys again, in test mode (no Stripe keys): the same
 * purchase and Snapshot come back instead of a second "Awaiting payment" Snapshot. A checkout
 * that expired is labelled by the webhook and only its buyer can remove it, with its Snapshot.
 */
import { randomBytes } from "node:crypto";
import Stripe from "stripe";
import { describe, expect, inject, it } from "vitest";
import { POST } from "@/app/api/stripe/webhook/route";
import { removeExpiredPurchase } from "@/lib/data/snapshot/remove-expired-purchase";
import { startSnapshotCheckout } from "@/lib/services/billing/start-snapshot-checkout";
import { billingMode } from "@/lib/stripe/billing-mode";
import { createOrg, createUser } from "../support/fixtures";
import { query } from "../support/test-database";

const ownerUrl = inject("ownerDatabaseUrl");

async function buyer(label: string) {
  const org = await createOrg(label);
  const user = await createUser(`${label}-owner`);
  const start = () =>
    startSnapshotCheckout({
      payer: { id: org.id, slug: org.slug },
      clientOrganizationId: org.id,
      actor: user,
      baseUrl: "https://app.example.test",
    });
  return { org, user, start };
}

async function purchasesOf(orgId: string) {
  return query<{ id: string; snapshotId: string; checkoutSessionId: string; status: string }>(
    ownerUrl,
    `select id, "snapshotId", "checkoutSessionId", status from "SnapshotPurchase"
      where "organizationId" = $1 order by "createdAt"`,
    [orgId],
  );
}

async function snapshotsOf(orgId: string) {
  return query<{ id: string; paymentStatus: string }>(
    ownerUrl,
    `select id, "paymentStatus" from "Snapshot" where "organizationId" = $1`,
    [orgId],
  );
}

/** Stripe's "checkout.session.expired", signed and posted to the webhook route. */
async function expire(orgId: string, purchase: { id: string; snapshotId: string }) {
  const payload = JSON.stringify({
    id: `evt_${randomBytes(10).toString("hex")}`,
    object: "event",
    type: "checkout.session.expired",
    created: Math.floor(Date.now() / 1000),
    data: {
      object: {
        id: `cs_${randomBytes(6).toString("hex")}`,
        object: "checkout.session",
        client_reference_id: orgId,
        payment_status: "unpaid",
        status: "expired",
        metadata: {
          purchaseId: purchase.id,
          organizationId: orgId,
          snapshotId: purchase.snapshotId,
        },
      },
    },
  });
  const header = new Stripe("sk_test_signing_only").webhooks.generateTestHeaderString({
    payload,
    secret: billingMode().webhookSecret,
  });
  const response = await POST(
    new Request("http://localhost/api/stripe/webhook", {
      method: "POST",
      headers: { "stripe-signature": header, "content-type": "application/json" },
      body: payload,
    }),
  );
  expect(response.status).toBe(200);
}

describe("buying again after leaving the checkout", () => {
  it("resumes the same purchase and Snapshot instead of making a second", async () => {
    const { org, start } = await buyer("again-test");
    const first = await start();
    const second = await start();
    expect(second.url).toBe(first.url);
    expect(first.url).toMatch(/\/billing\/test-checkout\/cs_test_local_[0-9a-f]{32}$/);
    const purchases = await purchasesOf(org.id);
    expect(purchases).toHaveLength(1);
    expect((await snapshotsOf(org.id)).map((s) => s.id)).toEqual([purchases[0]!.snapshotId]);
  });

  it("starts a new purchase once the old checkout has expired", async () => {
    const { org, start } = await buyer("again-expired");
    const first = await start();
    const [old] = await purchasesOf(org.id);
    await expire(org.id, old!);
    const second = await start();
    expect(second.url).not.toBe(first.url);
    expect((await purchasesOf(org.id)).map((p) => p.status)).toEqual(["EXPIRED", "PENDING"]);
  });
});

describe("removing an expired checkout", () => {
  it("removes the purchase and its locked Snapshot for the buyer, and logs it", async () => {
    const { org, user, start } = await buyer("remove-own");
    await start();
    const [purchase] = await purchasesOf(org.id);
    await expire(org.id, purchase!);
    expect(await snapshotsOf(org.id)).toEqual([
      { id: purchase!.snapshotId, paymentStatus: "EXPIRED" },
    ]);
    await removeExpiredPurchase({ payerId: org.id, snapshotId: purchase!.snapshotId, actor: user });
    expect(await purchasesOf(org.id)).toEqual([]);
    expect(await snapshotsOf(org.id)).toEqual([]);
    const audit = await query<{ action: string; actorUserId: string }>(
      ownerUrl,
      `select action, "actorUserId" from "AuditEvent" where "organizationId" = $1 and "targetId" = $2`,
      [org.id, purchase!.id],
    );
    expect(audit).toContainEqual({
      action: "snapshot.expired_purchase_removed",
      actorUserId: user.id,
    });
  });

  it("refuses a checkout still awaiting payment, and another organization's", async () => {
    const own = await buyer("remove-pending");
    await own.start();
    const [pending] = await purchasesOf(own.org.id);
    await expect(
      removeExpiredPurchase({
        payerId: own.org.id,
        snapshotId: pending!.snapshotId,
        actor: own.user,
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });

    await expire(own.org.id, pending!);
    const other = await buyer("remove-other");
    await expect(
      removeExpiredPurchase({
        payerId: other.org.id,
        snapshotId: pending!.snapshotId,
        actor: other.user,
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await purchasesOf(own.org.id)).toHaveLength(1);
    expect(await snapshotsOf(own.org.id)).toHaveLength(1);
  });
});
