// Setting up the load benchmark against a running build: what the diagnostic page submits and
// how, a static file to compare with, and signed-in members of the demo organization.
import { randomBytes, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
const SUBMIT_ROUTE = "/api/diagnostic/submissions";

/** The current question bank, and the options of the optional context, as ids. */
export async function loadBank() {
  try {
    const banks = await import("../../lib/domain/diagnostic/banks/index.ts");
    const context = await import("../../lib/domain/diagnostic/context.ts");
    const ids = (options) => options.map((option) => option.id);
    const bank = banks.getDiagnosticBank(banks.CURRENT_DIAGNOSTIC_VERSION);
    return {
      version: bank.version,
      questions: bank.questions.map((q) => ({
        id: q.id,
        options: q.options.map((o) => ({ id: o.id })),
      })),
      contextOptions: {
        role: ids(context.ROLE_OPTIONS),
        revenueBand: ids(context.REVENUE_BAND_OPTIONS),
        vertical: ids(context.VERTICAL_OPTIONS),
      },
    };
  } catch (error) {
    throw new Error(
      `could not read the question bank (${error.message}); run this through its npm script, which loads TypeScript with tsx`,
    );
  }
}

/** Where the diagnostic page posts its answers, checked against this build's routes. */
export function submitTransport() {
  const routes = JSON.parse(readFileSync(".next/app-path-routes-manifest.json", "utf8"));
  if (Object.values(routes).includes(SUBMIT_ROUTE)) return { path: SUBMIT_ROUTE };
  throw new Error(`the build has no ${SUBMIT_ROUTE}: run npm run build`);
}

/** A script file the landing page loads, served by the same server. */
export async function findStaticScript(baseUrl) {
  const html = await (await fetch(`${baseUrl}/`)).text();
  const match = /\/_next\/static\/chunks\/[A-Za-z0-9._~-]+\.js/.exec(html);
  if (!match) throw new Error("the landing page references no /_next/static/chunks/*.js file");
  return match[0];
}

/**
 * `count` users who are members of the organization, each with a live database session, made
 * as the tables' owner through `query`; their session tokens.
 */
export async function createSignedInUsers(query, organizationSlug, count) {
  if (count === 0) return [];
  const [organization] = await query(`select id from "Organization" where slug = $1`, [
    organizationSlug,
  ]);
  if (!organization) throw new Error(`the seeded organization ${organizationSlug} is missing`);
  const people = Array.from({ length: count }, (_, i) => {
    const id = randomUUID();
    return {
      id,
      email: `load-${i + 1}-${id.slice(0, 8)}@bench.test`,
      token: randomBytes(32).toString("base64url"),
    };
  });
  const column = (key) => people.map((person) => person[key]);
  await query(
    `insert into "User" (id, email, name, "updatedAt")
     select id, email, 'Load test user', now() from unnest($1::uuid[], $2::text[]) as t(id, email)`,
    [column("id"), column("email")],
  );
  // MEMBER holds pipeline:read and scoreboard:read (lib/domain/organization/permissions.ts).
  await query(
    `insert into "Membership" ("organizationId", "userId", role, "updatedAt")
     select $1, id, 'MEMBER'::"Role", now() from unnest($2::uuid[]) as t(id)`,
    [organization.id, column("id")],
  );
  // The row holds the SHA-256 (hex) of the token; the cookie carries the token itself. It expires
  // in 30 days, the app's session lifetime, as a session from a sign-in just now does.
  await query(
    `insert into "Session" (id, "sessionToken", "userId", expires, "updatedAt")
     select gen_random_uuid(), encode(sha256(convert_to(token, 'UTF8')), 'hex'), id, now() + interval '30 days', now()
     from unnest($1::uuid[], $2::text[]) as t(id, token)`,
    [column("id"), column("token")],
  );
  return column("token");
}
