import { randomUUID } from "node:crypto";
import { inject } from "vitest";
import { query } from "./test-database";

/** Rows written as the tables' owner, beneath row-level security: each test seeds its own. */
const ownerUrl = () => inject("ownerDatabaseUrl");

export async function createUser(label: string) {
  const id = randomUUID();
  const email = `${label}-${id.slice(0, 8)}@fixtures.test`;
  await query(
    ownerUrl(),
    `insert into "User" (id, email, name, "updatedAt") values ($1, $2, $3, now())`,
    [id, email, `Name ${label}`],
  );
  // userId as well as id, so a user can stand directly as the actor of an audited change.
  return { id, userId: id, email };
}

export async function createOrg(label: string, kind: "COMPANY" | "CONSULTANCY" = "COMPANY") {
  const id = randomUUID();
  const slug = `${label}-${id.slice(0, 8)}`;
  await query(
    ownerUrl(),
    `insert into "Organization" (id, slug, name, kind, "updatedAt") values ($1, $2, $3, $4::"OrganizationKind", now())`,
    [id, slug, `Org ${label} ${id.slice(0, 4)}`, kind],
  );
  return { id, slug };
}

export async function addMembership(organizationId: string, userId: string, role: string) {
  await query(
    ownerUrl(),
    `insert into "Membership" ("organizationId", "userId", role, "updatedAt") values ($1, $2, $3::"Role", now())`,
    [organizationId, userId, role],
  );
}

/**
 * A real database session. The returned token is what the browser's cookie carries; the row
 * holds its SHA-256 (hex), as every session row does.
 */
export async function createSession(userId: string) {
  const token = randomUUID();
  await query(
    ownerUrl(),
    `insert into "Session" (id, "sessionToken", "userId", expires, "updatedAt")
     values ($1, encode(sha256(convert_to($2, 'UTF8')), 'hex'), $3, now() + interval '1 day', now())`,
    [randomUUID(), token, userId],
  );
  return token;
}

/**
 * The Cookie header of a browser signed in with `token`. Auth.js names its session cookie
 * `__Secure-authjs.session-token` when the app's address (APP_URL) is https.
 */
export function sessionCookie(token: string) {
  const secure = process.env.APP_URL?.startsWith("https://") ?? false;
  return `${secure ? "__Secure-" : ""}authjs.session-token=${token}`;
}

/** The platform's own organization, which owns results taken on the public diagnostic. */
export async function ensurePlatformOrganization() {
  await query(
    ownerUrl(),
    `insert into "Organization" (id, slug, name, kind, "updatedAt")
     values (gen_random_uuid(), $1, 'Revenue Chain', 'PLATFORM', now()) on conflict (slug) do nothing`,
    [process.env.PLATFORM_ORG_SLUG],
  );
}
