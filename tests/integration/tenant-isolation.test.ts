/**
 * Tenant isolation, walked over every registered organization entry point: a member of
 * organization B tries organization A's slug and A's object ids for every action, route and page,
 * in every role B can hold. Everything must answer "not found" (or change nothing), leak no field
 * of A, and leave A's rows exactly as they were.
 *
 * Sessions are real (rows in Postgres, read by Auth.js); only Next's request scope is supplied,
 * since these calls run outside a web request.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import {
  addMembership,
  createOrg,
  createSession,
  createUser,
  sessionCookie,
} from "../support/fixtures";
import { query } from "../support/test-database";

let cookie = "";
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ cookie, host: "localhost:3000", "x-forwarded-proto": "http" }),
  cookies: async () => ({ get: () => undefined, set: () => {}, delete: () => {} }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

const ownerUrl = inject("ownerDatabaseUrl");
const ORG_ROOT = "app/(app)/o/[orgSlug]";
const ROLES = ["OWNER", "ADMIN", "MEMBER", "VIEWER"] as const;

type Seeded = {
  orgA: { id: string; slug: string };
  orgB: { id: string; slug: string };
  ownerA: { id: string; email: string };
  memberA: { id: string; email: string };
  invitationA: string;
  assessmentA: string;
  importA: string;
  snapshotA: string;
  respondentA: string;
  purchaseA: string;
  usersB: Record<(typeof ROLES)[number], { id: string; email: string; session: string }>;
};
let seeded: Seeded;

const user = createUser;
const org = (label: string) => createOrg(label);
const member = addMembership;
const session = createSession;

/** Every row of organization A, as one comparable snapshot. */
async function snapshotA() {
  const tables = [
    "Membership",
    "Invitation",
    "DiagnosticAssessment",
    "AuditEvent",
    "PipelineImport",
    "PipelineImportFile",
    "PipelineImportChunk",
    "RevenueTarget",
    "Snapshot",
    "SnapshotRespondent",
    "SnapshotPurchase",
    "SnapshotReportVersion",
    "ScoreboardSettings",
    "QualificationStandardVersion",
    "StandardSignature",
    "ScoreboardReview",
    "ReviewDeal",
  ];
  const out: Record<string, unknown[]> = {};
  for (const table of tables) {
    out[table] = await query(
      ownerUrl,
      `select * from "${table}" where "organizationId" = $1 order by 1, 2`,
      [seeded.orgA.id],
    );
  }
  out.Organization = await query(ownerUrl, `select * from "Organization" where id = $1`, [
    seeded.orgA.id,
  ]);
  return JSON.stringify(out);
}

/** Strings that must never reach user B. */
function secretsOfA(): string[] {
  return [
    seeded.ownerA.email,
    seeded.memberA.email,
    "Name ownerA",
    "Name memberA",
    seeded.orgA.id,
    "secret-a-deals.csv",
    "respondent-a@isolation.test",
    "Secret section of A",
    "Secret deal of A",
    "Secret budget rule of A",
  ];
}

function expectNoLeak(text: string) {
  for (const secret of secretsOfA()) expect(text, `leaked ${secret}`).not.toContain(secret);
}

/** Files named `name` anywhere below `dir`. */
function filesNamed(dir: string, names: string[]): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && names.includes(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

const orgModules = filesNamed(ORG_ROOT, ["actions.ts", "route.ts"]);
const orgPages = filesNamed(ORG_ROOT, ["page.tsx"]);

beforeAll(async () => {
  const orgA = await org("a");
  const orgB = await org("b");
  const ownerA = await user("ownerA");
  const memberA = await user("memberA");
  await member(orgA.id, ownerA.id, "OWNER");
  await member(orgA.id, memberA.id, "MEMBER");
  const invitationA = randomUUID();
  await query(
    ownerUrl,
    `insert into "Invitation" (id, "organizationId", email, role, "tokenHash", "expiresAt") values ($1, $2, $3, 'MEMBER', $4, now() + interval '7 days')`,
    [
      invitationA,
      orgA.id,
      `invitee-a-${invitationA.slice(0, 6)}@isolation.test`,
      randomBytes(32).toString("hex"),
    ],
  );
  const assessmentA = randomUUID();
  await query(
    ownerUrl,
    `insert into "DiagnosticAssessment" (id, "organizationId", "submissionId", "accessTokenHash", "bankVersion", answers, scores, email, "updatedAt")
     values ($1, $2, $3, $4, 'diagnostic-v1', '{}', '[]', $5, now())`,
    [
      assessmentA,
      orgA.id,
      randomUUID(),
      randomBytes(32).toString("hex"),
      `lead-a-${assessmentA.slice(0, 6)}@isolation.test`,
    ],
  );
  const importA = randomUUID();
  await query(
    ownerUrl,
    `insert into "PipelineImport" ("organizationId", id, "createdById", "bytesTotal") values ($1, $2, $3, 40)`,
    [orgA.id, importA, ownerA.id],
  );
  await query(
    ownerUrl,
    `insert into "PipelineImportFile" ("organizationId", "importId", index, name, "sizeBytes", format) values ($1, $2, 0, 'secret-a-deals.csv', 40, 'csv')`,
    [orgA.id, importA],
  );
  await query(
    ownerUrl,
    `insert into "PipelineImportChunk" ("organizationId", "importId", "fileIndex", seq, data) values ($1, $2, 0, 0, $3)`,
    [orgA.id, importA, Buffer.from("Deal,Stage,Opened\nA-1,Won,2026-01-01\n")],
  );
  // A paid Snapshot of A, with a respondent, a purchase and a published version.
  const snapshotA = randomUUID();
  const respondentA = randomUUID();
  const purchaseA = randomUUID();
  await query(
    ownerUrl,
    `insert into "Snapshot" ("organizationId", id, "purchasedByOrganizationId", "bankVersion", unlocked, "paymentStatus", "answeringClosedAt", "draftSections", "updatedAt")
     values ($1, $2, $1, 'snapshot-v1', true, 'PAID', now(), $3, now())`,
    [
      orgA.id,
      snapshotA,
      JSON.stringify([{ key: "summary", title: "Summary", body: "Secret section of A" }]),
    ],
  );
  await query(
    ownerUrl,
    `insert into "SnapshotRespondent" ("organizationId", id, "snapshotId", email, role, "tokenHash", "updatedAt")
     values ($1, $2, $3, 'respondent-a@isolation.test', 'CEO', $4, now())`,
    [orgA.id, respondentA, snapshotA, randomBytes(32).toString("hex")],
  );
  await query(
    ownerUrl,
    `insert into "SnapshotPurchase" ("organizationId", id, "clientOrganizationId", "snapshotId", "checkoutSessionId", "testMode", status, "amountTotal", currency, "paidAt", "updatedAt")
     values ($1, $2, $1, $3, $4, true, 'PAID', 490000, 'usd', now(), now())`,
    [orgA.id, purchaseA, snapshotA, `cs_test_local_${randomBytes(16).toString("hex")}`],
  );
  await query(
    ownerUrl,
    `insert into "SnapshotReportVersion" ("organizationId", id, "snapshotId", number, sections, figures)
     values ($1, $2, $3, 1, $4, '{"combined":[],"byRole":[]}')`,
    [
      orgA.id,
      randomUUID(),
      snapshotA,
      JSON.stringify([{ key: "summary", title: "Summary", body: "Secret section of A" }]),
    ],
  );
  // A's scoreboard: settings, a signed standard and an open review with one deal.
  await query(
    ownerUrl,
    `insert into "ScoreboardSettings" ("organizationId", "marketingLeadId", "salesLeadId", "anchorDate", "updatedAt")
     values ($1, $2, $3, current_date, now())`,
    [orgA.id, ownerA.id, memberA.id],
  );
  await query(
    ownerUrl,
    `insert into "QualificationStandardVersion" ("organizationId", number, content) values ($1, 1, $2)`,
    [orgA.id, JSON.stringify({ criteria: { budget: "Secret budget rule of A" } })],
  );
  await query(
    ownerUrl,
    `insert into "StandardSignature" ("organizationId", version, function, "userId") values ($1, 1, 'MARKETING', $2)`,
    [orgA.id, ownerA.id],
  );
  const reviewA = randomUUID();
  await query(
    ownerUrl,
    `insert into "ScoreboardReview" ("organizationId", id, number, "reviewDate", figures) values ($1, $2, 1, current_date, '{}')`,
    [orgA.id, reviewA],
  );
  await query(
    ownerUrl,
    `insert into "ReviewDeal" ("organizationId", "reviewId", "externalId", name, reason, "reasonText")
     values ($1, $2, 'A-DEAL-1', 'Secret deal of A', 'STALE', 'stale')`,
    [orgA.id, reviewA],
  );
  const usersB = {} as Seeded["usersB"];
  for (const role of ROLES) {
    const u = await user(`b-${role.toLowerCase()}`);
    await member(orgB.id, u.id, role);
    usersB[role] = { ...u, session: await session(u.id) };
  }
  seeded = {
    orgA,
    orgB,
    ownerA,
    memberA,
    invitationA,
    assessmentA,
    importA,
    snapshotA,
    respondentA,
    purchaseA,
    usersB,
  };
  // Importing the modules registers their entry points.
  for (const file of orgModules) await import(path.resolve(file));
});

afterAll(async () => {
  await query(ownerUrl, `delete from "Organization" where id = any($1::uuid[])`, [
    [seeded.orgA.id, seeded.orgB.id],
  ]);
});

describe("tenant isolation", () => {
  it("covers every action and route module under /o/[orgSlug]", async () => {
    const { entryPoints } = await import("@/lib/auth/entry-points");
    expect(orgModules.length).toBeGreaterThanOrEqual(2);
    // Each module must register at least one entry point through the guard.
    for (const file of orgModules) {
      const source = readFileSync(file, "utf8");
      expect(source, `${file} must wrap its handlers in orgAction/orgRoute`).toMatch(
        /org(Action|Route)(<[^>]*>)?\(/,
      );
    }
    const names = entryPoints().map((e) => e.name);
    expect(names).toEqual(
      expect.arrayContaining([
        "members.invite",
        "members.remove",
        "leads.export",
        "snapshots.publish",
        "snapshots.version-pdf",
        "billing.refund-test-purchase",
        "scoreboard.sign-standard",
        "scoreboard.decide",
        "organization.benchmarks",
      ]),
    );
  });

  // One test per role: each walks every entry point with every id (hundreds of calls), and is
  // budgeted for that work on a busy machine rather than sharing one fixed budget for all four.
  it.each(ROLES)(
    "denies organization A's slug and ids to the %s of organization B, on every entry point",
    { timeout: 120_000 },
    async (role) => {
      const { entryPoints } = await import("@/lib/auth/entry-points");
      const before = await snapshotA();
      const idsOfA = [
        seeded.ownerA.id,
        seeded.memberA.id,
        seeded.invitationA,
        seeded.assessmentA,
        seeded.importA,
        seeded.snapshotA,
        seeded.respondentA,
        seeded.purchaseA,
        seeded.orgA.id,
        randomUUID(),
      ];
      let attempts = 0;

      cookie = sessionCookie(seeded.usersB[role].session);
      for (const entry of entryPoints()) {
        for (const slug of [seeded.orgA.slug, seeded.orgB.slug]) {
          for (const id of idsOfA) {
            attempts++;
            if (entry.kind === "route") {
              const response = await entry.invoke(
                new Request(`http://localhost/o/${slug}/x?id=${id}&import=${id}&name=probe.csv`, {
                  method: "POST",
                  body: "Deal,Stage,Opened\nB-1,Won,2026-01-01\n",
                }),
                { orgSlug: slug, importId: id, snapshotId: id, version: "1", number: "1" },
              );
              const body = await response.text();
              expectNoLeak(body);
              // B's own export is allowed for roles that may export, and holds none of A's rows.
              if (slug === seeded.orgA.slug)
                expect(response.status, `${entry.name} as ${role}`).toBe(404);
              continue;
            }
            const input = {
              orgSlug: slug,
              userId: id,
              invitationId: id,
              assessmentId: id,
              importId: id,
              snapshotId: id,
              respondentId: id,
              purchaseId: id,
              clientSlug: seeded.orgA.slug,
              key: "summary",
              body: "Overwritten by B",
              number: 1,
              version: 1,
              function: "MARKETING",
              externalId: "A-DEAL-1",
              decision: { kind: "ELIMINATE", reason: "Overwritten by B" },
              cadence: "WEEKLY",
              anchorDate: "2026-01-01",
              marketingLeadId: "",
              salesLeadId: "",
              options: { map: {}, stageOverrides: {}, dateOrder: "ymd" },
              role: "VIEWER",
              shareBenchmarks: false,
              email: `probe-${randomUUID().slice(0, 6)}@isolation.test`,
            };
            let result: { ok: boolean; error?: string };
            try {
              result = await entry.invoke(input);
            } catch (error) {
              // leave redirects after success; anything else is a failure of the test.
              expect(String(error)).toMatch(/NEXT_REDIRECT/);
              result = { ok: true };
            }
            expectNoLeak(JSON.stringify(result));
            if (slug === seeded.orgA.slug) {
              expect(result, `${entry.name} as ${role} on A`).toMatchObject({ ok: false });
              expect(result.error).toBe("That organization was not found.");
            }
          }
        }
      }
      expect(attempts).toBeGreaterThanOrEqual(200);
      expect(await snapshotA()).toBe(before);
    },
  );

  it("answers not found for every member page of organization A", async () => {
    const { resolveOrgContext } = await import("@/lib/auth/guard");
    const permissions = orgPages
      .map((file) => readFileSync(file, "utf8").match(/orgPage\([^,]+,\s*"([a-z:-]+)"/)?.[1])
      .filter((p): p is NonNullable<typeof p> => Boolean(p));
    expect(permissions.length).toBeGreaterThanOrEqual(4);
    for (const role of ROLES) {
      cookie = sessionCookie(seeded.usersB[role].session);
      for (const permission of permissions) {
        await expect(
          resolveOrgContext(seeded.orgA.slug, permission as never),
        ).rejects.toMatchObject({
          code: "NOT_FOUND",
        });
      }
    }
  });

  it("holds at the database when a handler forgets the tenant filter", async () => {
    // A handler with no application-layer check on the object: it takes A's ids straight from
    // the request and queries inside B's tenant, as a forgotten `organizationId` filter would.
    const { withTenant } = await import("@/lib/db");
    const leaked = await withTenant(seeded.orgB.id, async (tx) => ({
      assessments: await tx.diagnosticAssessment.findMany({ where: { id: seeded.assessmentA } }),
      everyAssessment: await tx.diagnosticAssessment.findMany({}),
      members: await tx.membership.findMany({
        where: { userId: { in: [seeded.ownerA.id, seeded.memberA.id] } },
      }),
      invitation: await tx.invitation.findUnique({ where: { id: seeded.invitationA } }),
      updated: await tx.invitation.updateMany({
        where: { id: seeded.invitationA },
        data: { revokedAt: new Date() },
      }),
      deleted: await tx.membership.deleteMany({ where: { organizationId: seeded.orgA.id } }),
    }));
    expect(leaked).toEqual({
      assessments: [],
      everyAssessment: [],
      members: [],
      invitation: null,
      updated: { count: 0 },
      deleted: { count: 0 },
    });
    const stillThere = await query(
      ownerUrl,
      `select 1 from "Membership" where "organizationId" = $1`,
      [seeded.orgA.id],
    );
    expect(stillThere).toHaveLength(2);
  });

  it("ends access at once for a removed member and a signed-out session", async () => {
    const { resolveOrgContext } = await import("@/lib/auth/guard");
    // Fresh members: the walk above may have made B's members leave B (their own right).
    const viewer = await user("late-viewer");
    await member(seeded.orgB.id, viewer.id, "VIEWER");
    const viewerSession = await session(viewer.id);
    cookie = sessionCookie(viewerSession);
    await expect(resolveOrgContext(seeded.orgB.slug, "assessments:read")).resolves.toMatchObject({
      role: "VIEWER",
    });
    await expect(resolveOrgContext(seeded.orgB.slug, "members:invite")).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await query(
      ownerUrl,
      `delete from "Session" where "sessionToken" = encode(sha256(convert_to($1, 'UTF8')), 'hex')`,
      [viewerSession],
    );
    await expect(resolveOrgContext(seeded.orgB.slug, "assessments:read")).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });

    const memberB = await user("late-member");
    await member(seeded.orgB.id, memberB.id, "MEMBER");
    cookie = sessionCookie(await session(memberB.id));
    await expect(resolveOrgContext(seeded.orgB.slug, "assessments:read")).resolves.toMatchObject({
      role: "MEMBER",
    });
    await query(ownerUrl, `delete from "Membership" where "userId" = $1`, [memberB.id]);
    await expect(resolveOrgContext(seeded.orgB.slug, "assessments:read")).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

describe("the session endpoint", () => {
  it("tells the browser who is signed in, never the session token", async () => {
    const u = await user("session-probe");
    const token = await session(u.id);
    const { handlers } = await import("@/lib/auth/auth");
    const { NextRequest } = await import("next/server");
    const response = await handlers.GET(
      new NextRequest("http://localhost:3000/api/auth/session", {
        headers: { cookie: sessionCookie(token) },
      }),
    );
    const body = await response.json();
    expect(body.user).toEqual({
      id: u.id,
      name: "Name session-probe",
      email: u.email,
      image: null,
    });
    expect(JSON.stringify(body)).not.toContain(token);
    expect(Object.keys(body).sort()).toEqual(["expires", "user"]);
  });
});
