/**
 * The history of a draft section through the server actions the editor calls, with real
 * sessions and Postgres: saves are kept (one writer's saves close together as one entry), an
 * earlier text can be restored as a new entry, and only a manager of the Snapshot's own
 * organization may read or restore; everyone else is refused and changes nothing.
 */
import { beforeAll, describe, expect, inject, it, vi } from "vitest";
import type { OrgContext } from "@/lib/auth/guard";
import { closeSnapshot } from "@/lib/services/snapshot/manage-snapshot";
import {
  addMembership,
  createOrg,
  createSession,
  createUser,
  sessionCookie,
} from "../support/fixtures";
import { answeredSnapshot } from "../support/snapshot-fixtures";
import { query } from "../support/test-database";

let cookie = "";
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ cookie, host: "localhost:3000", "x-forwarded-proto": "http" }),
  cookies: async () => ({ get: () => undefined, set: () => {}, delete: () => {} }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

const ownerUrl = inject("ownerDatabaseUrl");
type Actions = typeof import("@/app/(app)/o/[orgSlug]/(member)/snapshots/actions");
let actions: Actions;

async function signedIn(orgId: string, label: string, role: string) {
  const user = await createUser(label);
  await addMembership(orgId, user.id, role);
  return { ...user, cookie: sessionCookie(await createSession(user.id)) };
}

/** A paid Snapshot with two leaders' answers, closed, so its draft is written. */
async function closedSnapshot(ctx: OrgContext) {
  const id = await answeredSnapshot(ctx, "history.test");
  await closeSnapshot(ctx, id, { confirmNoPipeline: true });
  return id;
}

async function summaryOf(snapshotId: string) {
  const [row] = await query<{ draftSections: { key: string; body: string }[] }>(
    ownerUrl,
    `select "draftSections" from "Snapshot" where id = $1`,
    [snapshotId],
  );
  return row!.draftSections.find((s) => s.key === "summary")!.body;
}

let a: { id: string; slug: string };
let b: { id: string; slug: string };
let ownerA: Awaited<ReturnType<typeof signedIn>>;
let viewerA: Awaited<ReturnType<typeof signedIn>>;
let ownerB: Awaited<ReturnType<typeof signedIn>>;
let snapshotId: string;
let original: string;

beforeAll(async () => {
  actions = await import("@/app/(app)/o/[orgSlug]/(member)/snapshots/actions");
  a = await createOrg("history-a");
  b = await createOrg("history-b");
  ownerA = await signedIn(a.id, "history-owner-a", "OWNER");
  viewerA = await signedIn(a.id, "history-viewer-a", "VIEWER");
  ownerB = await signedIn(b.id, "history-owner-b", "OWNER");
  snapshotId = await closedSnapshot({
    user: { id: ownerA.id, email: ownerA.email, name: null },
    role: "OWNER",
    organization: {
      id: a.id,
      slug: a.slug,
      name: "History A",
      kind: "COMPANY",
      accentColor: null,
      logoUrl: null,
      currency: "USD",
    },
  });
  original = await summaryOf(snapshotId);
});

describe("section history", () => {
  it("keeps the text before the first edit and the edits, newest first", async () => {
    cookie = ownerA.cookie;
    for (const body of ["First pass.", "First pass, tightened."]) {
      const saved = await actions.updateSectionAction({
        orgSlug: a.slug,
        snapshotId,
        key: "summary",
        body,
      });
      expect(saved.ok).toBe(true);
    }
    const history = await actions.sectionHistoryAction({
      orgSlug: a.slug,
      snapshotId,
      key: "summary",
    });
    if (!history.ok) throw new Error(history.error);
    // Autosaves of one sitting are one entry; the generated text stays as the first.
    expect(history.data.map((d) => [d.body, d.savedBy !== null])).toEqual([
      ["First pass, tightened.", true],
      [original, false],
    ]);
    // Nothing but what the page shows leaves the server.
    expect(Object.keys(history.data[0]!).sort()).toEqual([
      "body",
      "id",
      "restored",
      "savedAt",
      "savedBy",
    ]);
  });

  it("restores an earlier text as a new entry, and the draft takes it", async () => {
    cookie = ownerA.cookie;
    const before = await actions.sectionHistoryAction({
      orgSlug: a.slug,
      snapshotId,
      key: "summary",
    });
    if (!before.ok) throw new Error(before.error);
    const generated = before.data.at(-1)!;
    const restored = await actions.restoreSectionAction({
      orgSlug: a.slug,
      snapshotId,
      draftId: generated.id,
    });
    expect(restored).toEqual({ ok: true, data: { key: "summary", body: original } });
    expect(await summaryOf(snapshotId)).toBe(original);
    const after = await actions.sectionHistoryAction({
      orgSlug: a.slug,
      snapshotId,
      key: "summary",
    });
    if (!after.ok) throw new Error(after.error);
    expect(after.data.map((d) => [d.body, d.restored])).toEqual([
      [original, true],
      ["First pass, tightened.", false],
      [original, false],
    ]);
    const audit = await query<{ action: string }>(
      ownerUrl,
      `select action from "AuditEvent" where "organizationId" = $1 and action = 'snapshot.section_restored'`,
      [a.id],
    );
    expect(audit).toHaveLength(1);
  });

  it("refuses a viewer, and another organization's owner, on read and restore", async () => {
    cookie = ownerA.cookie;
    const own = await actions.sectionHistoryAction({
      orgSlug: a.slug,
      snapshotId,
      key: "summary",
    });
    if (!own.ok) throw new Error(own.error);
    const draftId = own.data.at(-1)!.id;
    const before = await query(
      ownerUrl,
      `select * from "SnapshotSectionDraft" where "organizationId" = $1 order by id`,
      [a.id],
    );
    const summaryBefore = await summaryOf(snapshotId);

    cookie = viewerA.cookie;
    expect(
      await actions.sectionHistoryAction({ orgSlug: a.slug, snapshotId, key: "summary" }),
    ).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(
      await actions.restoreSectionAction({ orgSlug: a.slug, snapshotId, draftId }),
    ).toMatchObject({ ok: false, code: "FORBIDDEN" });

    cookie = ownerB.cookie;
    for (const slug of [a.slug, b.slug]) {
      const read = await actions.sectionHistoryAction({
        orgSlug: slug,
        snapshotId,
        key: "summary",
      });
      expect(read).toMatchObject({ ok: false, code: "NOT_FOUND" });
      expect(JSON.stringify(read)).not.toContain(summaryBefore.slice(0, 40));
      expect(
        await actions.restoreSectionAction({ orgSlug: slug, snapshotId, draftId }),
      ).toMatchObject({ ok: false, code: "NOT_FOUND" });
    }

    expect(
      await query(
        ownerUrl,
        `select * from "SnapshotSectionDraft" where "organizationId" = $1 order by id`,
        [a.id],
      ),
    ).toEqual(before);
    expect(await summaryOf(snapshotId)).toBe(summaryBefore);
  });
});
