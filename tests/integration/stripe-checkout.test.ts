/**
 * Buying a Snapshot with Stripe keys set: the real `stripe` client talks to a local server that
 * answers as Stripe's API does, so what the app sends (price, client_reference_id, metadata,
 * idempotency key) is checked on the wire.
 */
import { randomBytes } from "node:crypto";
import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createOrg, createUser } from "../support/fixtures";
import { startFakeStripe } from "../support/fake-stripe";
import { query } from "../support/test-database";

const ownerUrl = inject("ownerDatabaseUrl");
let fake: Awaited<ReturnType<typeof startFakeStripe>>;

beforeAll(async () => {
  fake = await startFakeStripe({ intents: {} });
  // Set before the app's modules read (and cache) the environment.
  process.env.STRIPE_SECRET_KEY = "sk_test_fake_key";
  process.env.STRIPE_WEBHOOK_SECRET = "whsec_fake_secret";
  process.env.STRIPE_PRICE_SNAPSHOT = "price_fake_snapshot";
  process.env.STRIPE_API_BASE = fake.url;
});

afterAll(async () => {
  await fake.close();
  for (const name of [
    "STRIPE_SECRET_KEY",
    "STRIPE_WEBHOOK_SECRET",
    "STRIPE_PRICE_SNAPSHOT",
    "STRIPE_API_BASE",
  ])
    delete process.env[name];
});

async function buyer(label: string) {
  const org = await createOrg(label);
  const user = await createUser(`${label}-owner`);
  return { org, user };
}

describe("checkout with Stripe", () => {
  it("creates a Checkout Session with the price, the payer and an idempotency key", async () => {
    const { startSnapshotCheckout } =
      await import("@/lib/services/billing/start-snapshot-checkout");
    const { org, user } = await buyer("stripe-buy");
    const { url } = await startSnapshotCheckout({
      payer: { id: org.id, slug: org.slug },
      clientOrganizationId: org.id,
      actor: user,
      baseUrl: "https://app.example.test",
    });
    expect(url).toMatch(/^https:\/\/checkout\.stripe\.test\/c\/pay\/cs_test_fake_\d+$/);

    const request = fake.requests.at(-1)!;
    expect(request.method).toBe("POST");
    expect(request.path).toBe("/v1/checkout/sessions");
    expect(request.headers.authorization).toBe("Bearer sk_test_fake_key");
    const [purchase] = await query<{ id: string; checkoutSessionId: string; testMode: boolean }>(
      ownerUrl,
      `select id, "checkoutSessionId", "testMode" from "SnapshotPurchase" where "organizationId" = $1`,
      [org.id],
    );
    expect(purchase!.testMode).toBe(false);
    expect(url.endsWith(purchase!.checkoutSessionId)).toBe(true);
    expect(request.headers["idempotency-key"]).toBe(`snapshot-checkout-${purchase!.id}`);
    const form = request.form;
    expect(form.get("mode")).toBe("payment");
    expect(form.get("line_items[0][price]")).toBe("price_fake_snapshot");
    expect(form.get("line_items[0][quantity]")).toBe("1");
    expect(form.get("client_reference_id")).toBe(org.id);
    expect(form.get("customer_email")).toBe(user.email);
    expect(form.get("metadata[purchaseId]")).toBe(purchase!.id);
    expect(form.get("payment_intent_data[metadata][purchaseId]")).toBe(purchase!.id);
    expect(form.get("success_url")).toBe(
      `https://app.example.test/o/${org.slug}/billing/return?session_id={CHECKOUT_SESSION_ID}`,
    );
  });

  it("reports a Stripe outage plainly and marks the purchase failed", async () => {
    const { startSnapshotCheckout } =
      await import("@/lib/services/billing/start-snapshot-checkout");
    fake.options.failCheckout = true;
    const before = fake.requests.length;
    try {
      const { org, user } = await buyer("stripe-down");
      await expect(
        startSnapshotCheckout({
          payer: { id: org.id, slug: org.slug },
          clientOrganizationId: org.id,
          actor: user,
          baseUrl: "https://app.example.test",
        }),
      ).rejects.toMatchObject({
        code: "CONFLICT",
        message: expect.stringMatching(/Nothing was charged/),
      });
      const rows = await query<{ status: string }>(
        ownerUrl,
        `select status from "SnapshotPurchase" where "organizationId" = $1`,
        [org.id],
      );
      expect(rows.map((r) => r.status)).toEqual(["FAILED"]);
      // Stripe's client retried with the same idempotency key.
      const attempts = fake.requests
        .slice(before)
        .filter((r) => r.path === "/v1/checkout/sessions");
      expect(attempts.length).toBeGreaterThan(1);
      expect(new Set(attempts.map((a) => a.headers["idempotency-key"])).size).toBe(1);
    } finally {
      fake.options.failCheckout = false;
    }
  });
});

describe("buying again after leaving checkout, with Stripe", () => {
  async function rows(orgId: string) {
    const purchases = await query<{ id: string; snapshotId: string; checkoutSessionId: string }>(
      ownerUrl,
      `select id, "snapshotId", "checkoutSessionId" from "SnapshotPurchase" where "organizationId" = $1`,
      [orgId],
    );
    const snapshots = await query<{ id: string }>(
      ownerUrl,
      `select id from "Snapshot" where "organizationId" = $1`,
      [orgId],
    );
    return { purchases, snapshots };
  }

  it("sends the buyer back to the same open session: one purchase, one Snapshot", async () => {
    const { startSnapshotCheckout } =
      await import("@/lib/services/billing/start-snapshot-checkout");
    const { org, user } = await buyer("stripe-again");
    const input = {
      payer: { id: org.id, slug: org.slug },
      clientOrganizationId: org.id,
      actor: user,
      baseUrl: "https://app.example.test",
    };
    const first = await startSnapshotCheckout(input);
    const before = fake.requests.length;
    const second = await startSnapshotCheckout(input);
    expect(second.url).toBe(first.url);
    const asked = fake.requests.slice(before);
    // Stripe was asked about the session, and no second one was created.
    expect(asked.map((r) => `${r.method} ${r.path}`)).toEqual([
      `GET /v1/checkout/sessions/${first.url.split("/").at(-1)}`,
    ]);
    const { purchases, snapshots } = await rows(org.id);
    expect(purchases).toHaveLength(1);
    expect(snapshots.map((s) => s.id)).toEqual([purchases[0]!.snapshotId]);
    const audit = await query<{ action: string }>(
      ownerUrl,
      `select action from "AuditEvent" where "organizationId" = $1 order by "createdAt"`,
      [org.id],
    );
    expect(audit.map((a) => a.action)).toEqual([
      "snapshot.checkout_started",
      "snapshot.checkout_resumed",
    ]);
  });

  it("starts afresh when Stripe says the session has expired", async () => {
    const { startSnapshotCheckout } =
      await import("@/lib/services/billing/start-snapshot-checkout");
    const { org, user } = await buyer("stripe-expired");
    const input = {
      payer: { id: org.id, slug: org.slug },
      clientOrganizationId: org.id,
      actor: user,
      baseUrl: "https://app.example.test",
    };
    const first = await startSnapshotCheckout(input);
    fake.options.expiredSessions = new Set([first.url.split("/").at(-1)!]);
    try {
      const second = await startSnapshotCheckout(input);
      expect(second.url).not.toBe(first.url);
      expect((await rows(org.id)).purchases).toHaveLength(2);
    } finally {
      fake.options.expiredSessions = undefined;
    }
  });

  it("does not resume another company's checkout", async () => {
    const { startSnapshotCheckout } =
      await import("@/lib/services/billing/start-snapshot-checkout");
    const a = await buyer("stripe-a");
    const b = await buyer("stripe-b");
    const first = await startSnapshotCheckout({
      payer: { id: a.org.id, slug: a.org.slug },
      clientOrganizationId: a.org.id,
      actor: a.user,
      baseUrl: "https://app.example.test",
    });
    const other = await startSnapshotCheckout({
      payer: { id: b.org.id, slug: b.org.slug },
      clientOrganizationId: b.org.id,
      actor: b.user,
      baseUrl: "https://app.example.test",
    });
    expect(other.url).not.toBe(first.url);
  });
});

describe("the webhook with Stripe keys", () => {
  it("finds the purchase of a refund whose charge carries no metadata through its payment", async () => {
    const { startSnapshotCheckout } =
      await import("@/lib/services/billing/start-snapshot-checkout");
    const { POST } = await import("@/app/api/stripe/webhook/route");
    const { org, user } = await buyer("stripe-refund");
    await startSnapshotCheckout({
      payer: { id: org.id, slug: org.slug },
      clientOrganizationId: org.id,
      actor: user,
      baseUrl: "https://app.example.test",
    });
    const [purchase] = await query<{ id: string; snapshotId: string }>(
      ownerUrl,
      `select id, "snapshotId" from "SnapshotPurchase" where "organizationId" = $1`,
      [org.id],
    );
    const meta = { purchaseId: purchase!.id, organizationId: org.id };
    const paymentIntent = `pi_${randomBytes(6).toString("hex")}`;
    fake.options.intents = { [paymentIntent]: meta };
    const signer = new Stripe("sk_test_signing_only");
    const send = async (type: string, object: Record<string, unknown>) => {
      const payload = JSON.stringify({
        id: `evt_${randomBytes(10).toString("hex")}`,
        type,
        created: Math.floor(Date.now() / 1000),
        data: { object },
      });
      const header = signer.webhooks.generateTestHeaderString({
        payload,
        secret: "whsec_fake_secret",
      });
      const response = await POST(
        new Request("http://localhost/api/stripe/webhook", {
          method: "POST",
          headers: { "stripe-signature": header },
          body: payload,
        }),
      );
      return response.status;
    };
    expect(
      await send("checkout.session.completed", {
        id: "cs_x",
        client_reference_id: org.id,
        payment_status: "paid",
        payment_intent: paymentIntent,
        metadata: meta,
      }),
    ).toBe(200);
    expect(
      await send("charge.refunded", {
        id: "ch_x",
        payment_intent: paymentIntent,
        amount_refunded: 490000,
        metadata: {},
      }),
    ).toBe(200);
    expect(fake.requests.some((r) => r.path === `/v1/payment_intents/${paymentIntent}`)).toBe(true);
    const [snapshot] = await query<{ unlocked: boolean; paymentStatus: string }>(
      ownerUrl,
      `select unlocked, "paymentStatus" from "Snapshot" where id = $1`,
      [purchase!.snapshotId],
    );
    expect(snapshot).toEqual({ unlocked: false, paymentStatus: "REFUNDED" });
  });

  it("has no local test checkout once Stripe is configured", async () => {
    const { getTestCheckout } = await import("@/lib/stripe/test-checkout");
    const { org } = await buyer("stripe-no-test");
    await expect(getTestCheckout(org.id, `cs_test_local_${"0".repeat(32)}`)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
