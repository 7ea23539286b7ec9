/**
 * A Snapshot from purchase to published assessment, through the use cases the pages and actions
 * call, on a real Postgres: who may buy for whom, closing and the first draft, frozen numbered
 * versions, the share link, reminders, and what a refund locks.
 */
import { randomUUID } from "node:crypto";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import type { OrgContext } from "@/lib/auth/guard";
import { getReportVersion } from "@/lib/data/snapshot/get-report-version";
import { snapshot as bank } from "@/lib/domain/snapshot";
import { buySnapshot } from "@/lib/services/snapshot/buy-snapshot";
import {
  closeSnapshot,
  createSnapshotShareLink,
  inviteSnapshotRespondent,
  publishSnapshot,
  remindSnapshotRespondent,
  revokeSnapshotShareLink,
  updateSnapshotSection,
} from "@/lib/services/snapshot/manage-snapshot";
import { loadAnsweringPage } from "@/lib/services/snapshot/respondent-answers";
import { loadSharedReport } from "@/lib/services/snapshot/shared-report";
import {
  redraftPipelineSections,
  pipelineRedraftOffer,
} from "@/lib/services/snapshot/redraft-pipeline-sections";
import { createOrg, createUser } from "../support/fixtures";
import { answeredSnapshot } from "../support/snapshot-fixtures";
import { fromFile, importAll } from "../support/import-flow";
import { IMPORTING, SHAPES_DIR, importOptions } from "../support/shape-fixtures";
import { query } from "../support/test-database";

const ownerUrl = inject("ownerDatabaseUrl");
const BASE = "https://app.example.test";

async function contextFor(
  label: string,
  kind: "COMPANY" | "CONSULTANCY" = "COMPANY",
): Promise<OrgContext> {
  const org = await createOrg(label, kind);
  const user = await createUser(`${label}-owner`);
  return {
    user: { id: user.id, email: user.email, name: null },
    role: "OWNER",
    organization: {
      id: org.id,
      slug: org.slug,
      // As createOrg names it, so the stored name and the context agree.
      name: `Org ${label} ${org.id.slice(0, 4)}`,
      kind,
      accentColor: null,
      logoUrl: null,
      currency: "USD",
    },
  };
}

const tokenOf = (url: string) => url.split("/").at(-1)!;

async function draftOf(id: string) {
  const [row] = await query<{ draftSections: { key: string; title: string; body: string }[] }>(
    ownerUrl,
    `select "draftSections" from "Snapshot" where id = $1`,
    [id],
  );
  return row!.draftSections;
}

/** Close with no pipeline imported, as confirmed, and act on the note the draft leaves for it. */
async function closeWithoutPipeline(ctx: OrgContext, id: string) {
  await closeSnapshot(ctx, id, { confirmNoPipeline: true });
  await deletePipelineNote(ctx, id);
}

/** Delete the pipeline section's note, as a consultant who accepts the draft without it would. */
async function deletePipelineNote(ctx: OrgContext, id: string) {
  const pipeline = (await draftOf(id)).find((s) => s.key === "pipeline")!;
  await updateSnapshotSection(ctx, {
    orgSlug: ctx.organization.slug,
    snapshotId: id,
    key: "pipeline",
    body: pipeline.body
      .split("\n")
      .filter((line) => !line.startsWith("[Editor's note]"))
      .join("\n"),
  });
}

describe("buying a Snapshot", () => {
  it("lets a consultancy buy for a client it has an active engagement with, and no other", async () => {
    const consultancy = await contextFor("advisors", "CONSULTANCY");
    const client = await createOrg("client");
    const stranger = await createOrg("stranger");
    await query(
      ownerUrl,
      `insert into "Engagement" (id, "organizationId", "consultancyId", status) values ($1, $2, $3, 'ACTIVE')`,
      [randomUUID(), client.id, consultancy.organization.id],
    );
    const { url } = await buySnapshot(
      consultancy,
      { orgSlug: consultancy.organization.slug, clientSlug: client.slug },
      BASE,
    );
    expect(url).toMatch(
      new RegExp(
        `^${BASE}/o/${consultancy.organization.slug}/billing/test-checkout/cs_test_local_`,
      ),
    );
    const [snapshot] = await query<{ organizationId: string; purchasedByOrganizationId: string }>(
      ownerUrl,
      `select "organizationId", "purchasedByOrganizationId" from "Snapshot" where "organizationId" = $1`,
      [client.id],
    );
    expect(snapshot!.purchasedByOrganizationId).toBe(consultancy.organization.id);
    const purchases = await query<{ clientOrganizationId: string; status: string }>(
      ownerUrl,
      `select "clientOrganizationId", status from "SnapshotPurchase" where "organizationId" = $1`,
      [consultancy.organization.id],
    );
    expect(purchases).toEqual([{ clientOrganizationId: client.id, status: "PENDING" }]);

    await expect(
      buySnapshot(
        consultancy,
        { orgSlug: consultancy.organization.slug, clientSlug: stranger.slug },
        BASE,
      ),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const strangers = await query(
      ownerUrl,
      `select 1 from "Snapshot" where "organizationId" = $1`,
      [stranger.id],
    );
    expect(strangers).toHaveLength(0);
  });

  it("asks a consultancy which client the Snapshot is for", async () => {
    const consultancy = await contextFor("advisors-2", "CONSULTANCY");
    await expect(
      buySnapshot(consultancy, { orgSlug: consultancy.organization.slug }, BASE),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });
});

describe("the written assessment", () => {
  it("is drafted on closing, published as frozen numbered versions, and shared by a link", async () => {
    const ctx = await contextFor("assessed");
    const id = await answeredSnapshot(ctx);
    await closeWithoutPipeline(ctx, id);
    await expect(closeSnapshot(ctx, id, { confirmNoPipeline: true })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    const row = { draftSections: await draftOf(id) };
    expect(row!.draftSections.map((s) => s.key)).toEqual([
      "summary",
      "fractures",
      "perception",
      "pipeline",
      "plan",
      "questions",
    ]);
    expect(row!.draftSections[0]!.body).toContain(ctx.organization.name);

    expect(await publishSnapshot(ctx, id)).toEqual({ number: 1 });
    await updateSnapshotSection(ctx, {
      orgSlug: ctx.organization.slug,
      snapshotId: id,
      key: "summary",
      body: "Rewritten for the board.",
    });
    expect(await publishSnapshot(ctx, id)).toEqual({ number: 2 });
    const first = await getReportVersion(ctx.organization.id, id, 1);
    const second = await getReportVersion(ctx.organization.id, id, 2);
    const summaryOf = (v: typeof first) =>
      (v.sections as { key: string; body: string }[]).find((s) => s.key === "summary")!.body;
    expect(summaryOf(first)).not.toBe("Rewritten for the board.");
    expect(summaryOf(second)).toBe("Rewritten for the board.");
    expect((first.figures as { byRole: unknown[] }).byRole).toHaveLength(2);

    const { url } = await createSnapshotShareLink(ctx, id, BASE);
    expect(url).toMatch(new RegExp(`^${BASE}/r/[A-Za-z0-9_-]{43}$`));
    const shared = await loadSharedReport(tokenOf(url));
    expect(shared.version.number).toBe(2);
    expect(shared.snapshot.organization.name).toBe(ctx.organization.name);
    // A new link replaces the old one; withdrawing it ends access.
    const { url: replaced } = await createSnapshotShareLink(ctx, id, BASE);
    await expect(loadSharedReport(tokenOf(url))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await revokeSnapshotShareLink(ctx, id);
    await expect(loadSharedReport(tokenOf(replaced))).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("closes without a pipeline only once that is confirmed, saying what will be missing", async () => {
    const ctx = await contextFor("no-pipeline");
    const id = await answeredSnapshot(ctx);
    await expect(closeSnapshot(ctx, id)).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(
        /No pipeline has been imported.*revenue per quarter.*against the CRM.*confirm/,
      ),
    });
    const [open] = await query<{ answeringClosedAt: Date | null }>(
      ownerUrl,
      `select "answeringClosedAt" from "Snapshot" where id = $1`,
      [id],
    );
    expect(open!.answeringClosedAt).toBeNull();
    await closeSnapshot(ctx, id, { confirmNoPipeline: true });
    expect((await draftOf(id)).length).toBe(6);
  });

  it("refuses to publish while an editor's note is left, naming its sections", async () => {
    const ctx = await contextFor("noted");
    const id = await answeredSnapshot(ctx);
    await closeSnapshot(ctx, id, { confirmNoPipeline: true });
    const summary = (await draftOf(id)).find((s) => s.key === "summary")!;
    await updateSnapshotSection(ctx, {
      orgSlug: ctx.organization.slug,
      snapshotId: id,
      key: "summary",
      body: `${summary.body}\n\n[Editor's note] Ask Dana for the Q3 figure.`,
    });
    await expect(publishSnapshot(ctx, id)).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("“Executive summary” and “What the pipeline shows”"),
    });
    const versions = await query(
      ownerUrl,
      `select 1 from "SnapshotReportVersion" where "snapshotId" = $1`,
      [id],
    );
    expect(versions).toHaveLength(0);
    await updateSnapshotSection(ctx, {
      orgSlug: ctx.organization.slug,
      snapshotId: id,
      key: "summary",
      body: summary.body,
    });
    await expect(publishSnapshot(ctx, id)).rejects.toMatchObject({
      message: expect.not.stringContaining("Executive summary"),
    });
    await deletePipelineNote(ctx, id);
    expect(await publishSnapshot(ctx, id)).toEqual({ number: 1 });
    const published = await getReportVersion(ctx.organization.id, id, 1);
    expect(JSON.stringify(published.sections)).not.toContain("Editor's note");
  });

  it("redrafts, once a pipeline is imported, only the pipeline sections nobody edited", async () => {
    const ctx = await contextFor("imported-later");
    const id = await answeredSnapshot(ctx);
    await closeSnapshot(ctx, id, { confirmNoPipeline: true });
    expect(await pipelineRedraftOffer(ctx, id)).toBeNull();
    await updateSnapshotSection(ctx, {
      orgSlug: ctx.organization.slug,
      snapshotId: id,
      key: "questions",
      body: "Our own questions for the board.",
    });

    const [, fixture] = IMPORTING.find(([, f]) => f.mapping!.currency === "USD")!;
    const imported = await importAll(
      ctx,
      fixture.files.map((f) => fromFile(path.join(SHAPES_DIR, f))),
      importOptions(fixture),
    );
    expect(imported.status).toBe("SUCCEEDED");

    const offer = await pipelineRedraftOffer(ctx, id);
    expect(offer?.redraft).toEqual(
      expect.arrayContaining(["Executive summary", "What the pipeline shows"]),
    );
    expect(offer?.edited).toEqual(["Questions for the leadership meeting"]);
    const before = await draftOf(id);
    await redraftPipelineSections(ctx, id);
    const after = await draftOf(id);
    const body = (key: string) => after.find((s) => s.key === key)!.body;
    expect(body("pipeline")).not.toContain("[Editor's note]");
    expect(body("pipeline")).toMatch(/opportunities: \d+ won/);
    expect(body("questions")).toBe("Our own questions for the board.");
    expect(body("perception")).toBe(before.find((s) => s.key === "perception")!.body);
    // Nothing left to offer, and publishing needs no more clean-up.
    expect(await pipelineRedraftOffer(ctx, id)).toBeNull();
    expect(await publishSnapshot(ctx, id)).toEqual({ number: 1 });
  });

  it("refuses to close a Snapshot no one has answered", async () => {
    const ctx = await contextFor("unanswered");
    const id = randomUUID();
    await query(
      ownerUrl,
      `insert into "Snapshot" ("organizationId", id, "purchasedByOrganizationId", "bankVersion", unlocked, "paymentStatus", "updatedAt")
       values ($1, $2, $1, $3, true, 'PAID', now())`,
      [ctx.organization.id, id, bank.version],
    );
    await expect(closeSnapshot(ctx, id)).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(/No one has sent answers/),
    });
  });

  it("is locked by a refund: nothing invited, edited, published or read by its link", async () => {
    const ctx = await contextFor("refunded");
    const id = await answeredSnapshot(ctx);
    await closeWithoutPipeline(ctx, id);
    await publishSnapshot(ctx, id);
    const { url } = await createSnapshotShareLink(ctx, id, BASE);
    await query(
      ownerUrl,
      `update "Snapshot" set unlocked = false, "paymentStatus" = 'REFUNDED' where id = $1`,
      [id],
    );
    const locked = { code: "CONFLICT", message: expect.stringMatching(/locked/) };
    await expect(
      inviteSnapshotRespondent(
        ctx,
        {
          orgSlug: ctx.organization.slug,
          snapshotId: id,
          email: "late@snapshot.test",
          name: null,
          role: "OTHER",
        },
        BASE,
      ),
    ).rejects.toMatchObject(locked);
    await expect(
      updateSnapshotSection(ctx, {
        orgSlug: ctx.organization.slug,
        snapshotId: id,
        key: "summary",
        body: "x",
      }),
    ).rejects.toMatchObject(locked);
    await expect(publishSnapshot(ctx, id)).rejects.toMatchObject(locked);
    await expect(loadSharedReport(tokenOf(url))).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("inviting and reminding", () => {
  it("sends each leader a private link; a reminder sends the same link again", async () => {
    const ctx = await contextFor("reminded");
    const id = randomUUID();
    await query(
      ownerUrl,
      `insert into "Snapshot" ("organizationId", id, "purchasedByOrganizationId", "bankVersion", unlocked, "paymentStatus", "updatedAt")
       values ($1, $2, $1, $3, true, 'PAID', now())`,
      [ctx.organization.id, id, bank.version],
    );
    const email = `cmo-${id.slice(0, 6)}@snapshot.test`;
    const request = {
      orgSlug: ctx.organization.slug,
      snapshotId: id,
      email,
      name: "Ana",
      role: "MARKETING",
    } as const;
    await inviteSnapshotRespondent(ctx, request, BASE);
    await expect(inviteSnapshotRespondent(ctx, request, BASE)).rejects.toMatchObject({
      code: "CONFLICT",
    });
    const linkIn = async () => {
      const [mail] = await query<{ text: string; subject: string }>(
        ownerUrl,
        `select text, subject from "MailMessage" where "to" = $1 order by "createdAt" desc limit 1`,
        [email],
      );
      return { token: mail!.text.match(/\/s\/([A-Za-z0-9_-]{43})/)![1]!, subject: mail!.subject };
    };
    const first = await linkIn();
    expect(first.subject).toBe(`${ctx.organization.name}'s Snapshot: your answers, please`);
    expect((await loadAnsweringPage(first.token)).respondent.role).toBe("MARKETING");

    const [respondent] = await query<{ id: string }>(
      ownerUrl,
      `select id from "SnapshotRespondent" where "snapshotId" = $1`,
      [id],
    );
    await remindSnapshotRespondent(
      ctx,
      { orgSlug: ctx.organization.slug, snapshotId: id, respondentId: respondent!.id },
      BASE,
    );
    const second = await linkIn();
    expect(second.subject).toMatch(/^Reminder:/);
    // The same link: a tab the leader left open on the first one keeps working.
    expect(second.token).toBe(first.token);
    expect((await loadAnsweringPage(first.token)).respondent.role).toBe("MARKETING");
    // A second reminder minutes later is refused.
    await expect(
      remindSnapshotRespondent(
        ctx,
        { orgSlug: ctx.organization.slug, snapshotId: id, respondentId: respondent!.id },
        BASE,
      ),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });
});
