/**
 * The Stripe webhook, through its route handler with real signatures (the stripe library signs
 * and verifies) and a real Postgres: bad signatures are refused, an event counts once however it
 * is delivered, and the purchase ends where Stripe's facts say, in whatever order they arrive.
 */
import { randomBytes } from "node:crypto";
import Stripe from "stripe";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { POST } from "@/app/api/stripe/webhook/route";
import { billingMode } from "@/lib/stripe/billing-mode";
import { createSnapshotPurchase } from "@/lib/data/snapshot/create-snapshot-purchase";
import { createOrg, createUser } from "../support/fixtures";
import { query } from "../support/test-database";

const ownerUrl = inject("ownerDatabaseUrl");
const signer = new Stripe("sk_test_signing_only");
let secret = "";

beforeAll(() => {
  secret = billingMode().webhookSecret;
});

type Target = { orgId: string; purchaseId: string; snapshotId: string };

async function newPurchase(label: string): Promise<Target> {
  const org = await createOrg(label);
  const user = await createUser(`${label}-buyer`);
  const { purchaseId, snapshotId } = await createSnapshotPurchase({
    payerId: org.id,
    clientOrganizationId: org.id,
    actor: user,
    testMode: true,
  });
  return { orgId: org.id, purchaseId, snapshotId };
}

const eventId = () => `evt_${randomBytes(12).toString("hex")}`;

function event(type: string, object: Record<string, unknown>, id = eventId(), created?: number) {
  return {
    id,
    object: "event",
    type,
    created: created ?? Math.floor(Date.now() / 1000),
    data: { object },
  };
}

const metadata = (t: Target) => ({
  purchaseId: t.purchaseId,
  organizationId: t.orgId,
  snapshotId: t.snapshotId,
});

function completed(t: Target, paymentIntent = "pi_1") {
  return event("checkout.session.completed", {
    id: `cs_${randomBytes(8).toString("hex")}`,
    object: "checkout.session",
    client_reference_id: t.orgId,
    payment_status: "paid",
    payment_intent: paymentIntent,
    amount_total: 490000,
    currency: "usd",
    metadata: metadata(t),
  });
}

function refunded(t: Target) {
  return event("charge.refunded", {
    id: `ch_${randomBytes(8).toString("hex")}`,
    object: "charge",
    payment_intent: "pi_1",
    amount_refunded: 490000,
    metadata: metadata(t),
  });
}

async function deliver(
  body: unknown,
  options: { secret?: string; timestamp?: number; raw?: string } = {},
) {
  const payload = options.raw ?? JSON.stringify(body);
  const header = signer.webhooks.generateTestHeaderString({
    payload,
    secret: options.secret ?? secret,
    timestamp: options.timestamp,
  });
  const response = await POST(
    new Request("http://localhost/api/stripe/webhook", {
      method: "POST",
      headers: { "stripe-signature": header, "content-type": "application/json" },
      body: options.raw ?? payload,
    }),
  );
  return { status: response.status, body: (await response.json()) as { result?: string } };
}

async function state(t: Target) {
  const [purchase] = await query<{ status: string; paidAt: Date | null; refundedAt: Date | null }>(
    ownerUrl,
    `select status, "paidAt", "refundedAt" from "SnapshotPurchase" where id = $1`,
    [t.purchaseId],
  );
  const [snapshot] = await query<{ unlocked: boolean; paymentStatus: string }>(
    ownerUrl,
    `select unlocked, "paymentStatus" from "Snapshot" where id = $1`,
    [t.snapshotId],
  );
  const audit = await query<{ action: string }>(
    ownerUrl,
    `select action from "AuditEvent" where "targetId" = $1 and action in ('snapshot.unlocked', 'snapshot.locked') order by "createdAt"`,
    [t.snapshotId],
  );
  return { purchase: purchase!, snapshot: snapshot!, audit: audit.map((a) => a.action) };
}

describe("the Stripe webhook", () => {
  it("refuses a wrong signature and records nothing", async () => {
    const t = await newPurchase("wh-wrong");
    const e = completed(t);
    const response = await deliver(e, { secret: "whsec_not_the_right_one" });
    expect(response.status).toBe(400);
    const seen = await query(ownerUrl, `select 1 from "StripeEvent" where id = $1`, [e.id]);
    expect(seen).toHaveLength(0);
    expect((await state(t)).snapshot.unlocked).toBe(false);
  });

  it("refuses a body changed after signing", async () => {
    const t = await newPurchase("wh-tampered");
    const payload = JSON.stringify(completed(t));
    const header = signer.webhooks.generateTestHeaderString({ payload, secret });
    const response = await POST(
      new Request("http://localhost/api/stripe/webhook", {
        method: "POST",
        headers: { "stripe-signature": header },
        body: payload.replace('"paid"', '"paid" '),
      }),
    );
    expect(response.status).toBe(400);
  });

  it("refuses a stale signature (older than five minutes) and a missing one", async () => {
    const t = await newPurchase("wh-stale");
    const stale = await deliver(completed(t), {
      timestamp: Math.floor(Date.now() / 1000) - 10 * 60,
    });
    expect(stale.status).toBe(400);
    const missing = await POST(
      new Request("http://localhost/api/stripe/webhook", {
        method: "POST",
        body: JSON.stringify(completed(t)),
      }),
    );
    expect(missing.status).toBe(400);
    expect((await state(t)).snapshot.unlocked).toBe(false);
  });

  it("refuses signatures dated an hour or a year ahead, and accepts a minute of clock skew", async () => {
    const now = Math.floor(Date.now() / 1000);
    for (const ahead of [60 * 60, 365 * 24 * 60 * 60]) {
      const t = await newPurchase("wh-future");
      expect((await deliver(completed(t), { timestamp: now + ahead })).status).toBe(400);
      expect((await state(t)).snapshot.unlocked).toBe(false);
    }
    const t = await newPurchase("wh-skew");
    expect((await deliver(completed(t), { timestamp: now + 60 })).status).toBe(200);
    expect((await state(t)).snapshot.unlocked).toBe(true);
  });

  it("refuses a body over 1 MB with 413 before reading it all, declared or not", async () => {
    const big = "x".repeat(1024 * 1024 + 1);
    const declared = await POST(
      new Request("http://localhost/api/stripe/webhook", {
        method: "POST",
        headers: { "stripe-signature": "t=1,v1=0", "content-length": String(big.length) },
        body: big,
      }),
    );
    expect(declared.status).toBe(413);
    // Streamed without a length: refused once the bytes pass the limit.
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent > 100 * 1024 * 1024) return controller.close();
        sent += 64 * 1024;
        controller.enqueue(new Uint8Array(64 * 1024));
      },
    });
    const streamed = await POST(
      new Request("http://localhost/api/stripe/webhook", {
        method: "POST",
        headers: { "stripe-signature": "t=1,v1=0" },
        body: stream,
        duplex: "half",
      } as RequestInit),
    );
    expect(streamed.status).toBe(413);
    expect(await streamed.json()).toMatchObject({ error: "The request body is larger than 1 MB." });
    expect(sent).toBeLessThan(2 * 1024 * 1024);
  });

  it("acknowledges an event type it does not handle, changing nothing", async () => {
    const t = await newPurchase("wh-other");
    const response = await deliver(event("customer.created", { id: "cus_1", metadata: {} }));
    expect(response).toEqual({ status: 200, body: { received: true, result: "ignored" } });
    expect((await state(t)).purchase.status).toBe("PENDING");
  });

  it("unlocks once when one event is delivered 100 times, 10 at once", async () => {
    const t = await newPurchase("wh-repeat");
    const e = completed(t);
    const results: string[] = [];
    for (let round = 0; round < 10; round++) {
      const batch = await Promise.all(Array.from({ length: 10 }, () => deliver(e)));
      for (const r of batch) {
        expect(r.status).toBe(200);
        results.push(r.body.result!);
      }
    }
    expect(results.filter((r) => r === "applied")).toHaveLength(1);
    expect(results.filter((r) => r === "duplicate")).toHaveLength(99);
    const s = await state(t);
    expect(s.purchase.status).toBe("PAID");
    expect(s.snapshot).toEqual({ unlocked: true, paymentStatus: "PAID" });
    expect(s.audit).toEqual(["snapshot.unlocked"]);
  });

  it("ends locked when the refund arrives before the completion", async () => {
    const t = await newPurchase("wh-refund-first");
    expect((await deliver(refunded(t))).body.result).toBe("applied");
    expect((await deliver(completed(t))).body.result).toBe("applied");
    const s = await state(t);
    expect(s.purchase.status).toBe("REFUNDED");
    expect(s.purchase.paidAt).not.toBeNull();
    expect(s.snapshot).toEqual({ unlocked: false, paymentStatus: "REFUNDED" });
    expect(s.audit).toEqual([]);
  });

  it("locks a paid Snapshot when it is refunded, and an expiry afterwards changes nothing", async () => {
    const t = await newPurchase("wh-refund-after");
    await deliver(completed(t));
    expect((await state(t)).snapshot.unlocked).toBe(true);
    await deliver(refunded(t));
    await deliver(
      event("checkout.session.expired", {
        id: "cs_x",
        client_reference_id: t.orgId,
        payment_status: "unpaid",
        metadata: metadata(t),
      }),
    );
    const s = await state(t);
    expect(s.purchase.status).toBe("REFUNDED");
    expect(s.snapshot.unlocked).toBe(false);
    expect(s.audit).toEqual(["snapshot.unlocked", "snapshot.locked"]);
  });

  it("waits for an asynchronous payment, then unlocks on its success", async () => {
    const t = await newPurchase("wh-async");
    const session = {
      id: "cs_async",
      client_reference_id: t.orgId,
      payment_status: "unpaid",
      metadata: metadata(t),
    };
    await deliver(event("checkout.session.completed", session));
    expect((await state(t)).snapshot.unlocked).toBe(false);
    await deliver(
      event("checkout.session.async_payment_succeeded", { ...session, payment_status: "paid" }),
    );
    expect((await state(t)).snapshot).toEqual({ unlocked: true, paymentStatus: "PAID" });
  });

  it("ignores a session whose client_reference_id is not the purchase's payer", async () => {
    const t = await newPurchase("wh-mismatch");
    const other = await createOrg("wh-mismatch-other");
    const e = completed(t);
    (e.data.object as { client_reference_id: string }).client_reference_id = other.id;
    expect((await deliver(e)).body.result).toBe("unmatched");
    expect((await state(t)).purchase.status).toBe("PENDING");
  });
});
