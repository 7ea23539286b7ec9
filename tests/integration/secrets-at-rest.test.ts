/**
 * Tokens that grant access are stored as their SHA-256 only, and only the token itself opens
 * anything: session cookies, private result links. Provider tokens are never stored. Sign-in
 * runs through Auth.js' own routes, as the browser drives them; the app's address is https here
 * (tests/support/database-setup.ts), so the session cookie is the Secure one.
 */
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, inject, it, vi } from "vitest";
import { diagnostic } from "@/lib/domain/diagnostic";
import {
  addMembership,
  createOrg,
  createSession,
  createUser,
  sessionCookie,
} from "../support/fixtures";
import { query } from "../support/test-database";

let cookie = "";
function cookieNamed(name: string) {
  for (const part of cookie.split(/;\s*/)) {
    const at = part.indexOf("=");
    if (at > 0 && part.slice(0, at) === name) return { name, value: part.slice(at + 1) };
  }
  return undefined;
}
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ cookie, host: "localhost:3000", "x-forwarded-proto": "http" }),
  cookies: async () => ({ get: cookieNamed, set: () => {}, delete: () => {} }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

const ownerUrl = inject("ownerDatabaseUrl");
const APP = process.env.APP_URL!;
const SESSION_COOKIE = "__Secure-authjs.session-token";

const sha256 = (value: string) => createHash("sha256").update(value).digest("hex");

async function authRequest(path: string, init: { cookie?: string; form?: Record<string, string> }) {
  const { handlers } = await import("@/lib/auth/auth");
  const { NextRequest } = await import("next/server");
  const headers: Record<string, string> = {};
  if (init.cookie) headers.cookie = init.cookie;
  if (init.form) headers["content-type"] = "application/x-www-form-urlencoded";
  const request = new NextRequest(`${APP}${path}`, {
    method: init.form ? "POST" : "GET",
    headers,
    body: init.form ? new URLSearchParams(init.form).toString() : undefined,
  });
  return init.form ? handlers.POST(request) : handlers.GET(request);
}

/** "name=value" of each cookie a response sets, and the attributes of each by name. */
function setCookies(response: Response) {
  const all = response.headers.getSetCookie();
  const byName = new Map(all.map((line) => [line.split("=")[0]!, line]));
  const pair = (name: string) => byName.get(name)?.split(";")[0];
  return { all, byName, pair };
}

async function sessionUser(cookieHeader: string) {
  const response = await authRequest("/api/auth/session", { cookie: cookieHeader });
  const body = (await response.json()) as { user?: { email: string } } | null;
  return body?.user?.email ?? null;
}

async function latestMailText(to: string) {
  const [row] = await query<{ text: string }>(
    ownerUrl,
    `select text from "MailMessage" where "to" = $1 order by "createdAt" desc limit 1`,
    [to],
  );
  return row?.text ?? "";
}

/** Sign in as `email` through Auth.js' email routes; returns the session cookie it set. */
async function signInByEmail(email: string) {
  const csrf = await authRequest("/api/auth/csrf", {});
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = setCookies(csrf).pair("__Host-authjs.csrf-token")!;
  const asked = await authRequest("/api/auth/signin/email", {
    cookie: csrfCookie,
    form: { email, csrfToken, callbackUrl: `${APP}/o` },
  });
  expect(asked.status).toBe(302);
  const link = (await latestMailText(email)).match(/https?:\/\/\S+/)?.[0];
  expect(link).toBeTruthy();
  const url = new URL(link!);
  const callback = await authRequest(`${url.pathname}${url.search}`, { cookie: csrfCookie });
  expect(callback.status).toBe(302);
  return { csrfToken, csrfCookie, callback, cookies: setCookies(callback) };
}

describe("session tokens", () => {
  it("signs in by email link with a Secure cookie whose token is stored only as its hash", async () => {
    const email = `hashed-${randomUUID().slice(0, 8)}@example.com`;
    const { cookies } = await signInByEmail(email);
    const attributes = cookies.byName.get(SESSION_COOKIE);
    expect(attributes).toMatch(/; Secure/i);
    expect(attributes).toMatch(/; HttpOnly/i);
    const raw = cookies.pair(SESSION_COOKIE)!.slice(SESSION_COOKIE.length + 1);
    expect(raw.length).toBeGreaterThanOrEqual(32);

    const rows = await query<{ sessionToken: string }>(
      ownerUrl,
      `select s."sessionToken" from "Session" s join "User" u on u.id = s."userId" where u.email = $1`,
      [email],
    );
    expect(rows).toEqual([{ sessionToken: sha256(raw) }]);
    expect(rows[0]!.sessionToken).not.toBe(raw);

    expect(await sessionUser(`${SESSION_COOKIE}=${raw}`)).toBe(email);
    // What the table holds is not a key: presented as a cookie, the stored value signs nobody in.
    expect(await sessionUser(`${SESSION_COOKIE}=${rows[0]!.sessionToken}`)).toBeNull();
    // On https only the __Secure- cookie counts.
    expect(await sessionUser(`authjs.session-token=${raw}`)).toBeNull();
  });

  it("signs out by the cookie's token, deleting the hashed row", async () => {
    const email = `signout-${randomUUID().slice(0, 8)}@example.com`;
    const { cookies, csrfToken, csrfCookie } = await signInByEmail(email);
    const session = cookies.pair(SESSION_COOKIE)!;
    const response = await authRequest("/api/auth/signout", {
      cookie: `${csrfCookie}; ${session}`,
      form: { csrfToken, callbackUrl: `${APP}/` },
    });
    expect(response.status).toBe(302);
    const left = await query(
      ownerUrl,
      `select 1 from "Session" s join "User" u on u.id = s."userId" where u.email = $1`,
      [email],
    );
    expect(left).toEqual([]);
    expect(await sessionUser(session)).toBeNull();
  });

  it("extends a session that is due, still keyed by the hash", async () => {
    const user = await createUser("extend");
    const token = await createSession(user.id);
    // Stored a day ago with thirty days to run: the next read extends it.
    await query(
      ownerUrl,
      `update "Session" set expires = now() + interval '29 days' where "userId" = $1`,
      [user.id],
    );
    const stored = () =>
      query<{ sessionToken: string; days: number }>(
        ownerUrl,
        `select "sessionToken", extract(day from expires - now())::int as days from "Session" where "userId" = $1`,
        [user.id],
      );
    expect((await stored())[0]!.days).toBe(28);
    expect(await sessionUser(sessionCookie(token))).toBe(user.email);
    const [row] = await stored();
    expect(row!.sessionToken).toBe(sha256(token));
    expect(row!.days).toBeGreaterThanOrEqual(29);
    expect(await sessionUser(sessionCookie(token))).toBe(user.email);
  });
});

describe("provider accounts", () => {
  it("links a Google account without keeping its access, refresh or ID token", async () => {
    const { authAdapter } = await import("@/lib/data/auth/auth-adapter");
    const user = await createUser("oauth");
    const providerAccountId = `google-${randomUUID()}`;
    await authAdapter().linkAccount!({
      userId: user.id,
      type: "oidc",
      provider: "google",
      providerAccountId,
      access_token: "ya29.access-token-value",
      refresh_token: "1//refresh-token-value",
      id_token: "eyJ.id-token-value",
      expires_at: 1_900_000_000,
      token_type: "bearer",
      scope: "openid email profile",
    });
    const rows = await query(
      ownerUrl,
      `select row_to_json(a)::text as row, provider, "providerAccountId", type, scope, access_token,
              refresh_token, id_token from "Account" a where "userId" = $1`,
      [user.id],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      provider: "google",
      providerAccountId,
      type: "oidc",
      scope: "openid email profile",
      access_token: null,
      refresh_token: null,
      id_token: null,
    });
    expect(String((rows[0] as { row: string }).row)).not.toMatch(/token-value/);
    // The account still finds its user for the next sign-in.
    await expect(
      authAdapter().getUserByAccount!({ provider: "google", providerAccountId }),
    ).resolves.toMatchObject({ id: user.id });
  });
});

function answers(pick: number) {
  return Object.fromEntries(
    diagnostic.questions.map((q) => [q.id, q.options[Math.min(pick, q.options.length - 1)]!.id]),
  );
}

describe("private result links", () => {
  let org: { id: string; slug: string };
  beforeAll(async () => {
    org = await createOrg("links", "CONSULTANCY");
  });

  async function submit(submissionId = randomUUID()) {
    const { submitDiagnostic } = await import("@/lib/services/diagnostic/submit-diagnostic");
    const stored = await submitDiagnostic({
      organizationSlug: org.slug,
      request: {
        submissionId,
        bankVersion: diagnostic.version,
        answers: answers(3),
        context: { role: "ceo" },
      },
      baseUrl: APP,
    });
    return { ...stored, submissionId };
  }

  it("stores only the hash of the link, opens by the link and not by the hash", async () => {
    const { getDiagnosticResult } = await import("@/lib/services/diagnostic/get-diagnostic-result");
    const { accessToken, submissionId } = await submit();
    expect(accessToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const [row] = await query<{ accessTokenHash: string; whole: string }>(
      ownerUrl,
      `select "accessTokenHash", row_to_json(d)::text as whole from "DiagnosticAssessment" d where "submissionId" = $1`,
      [submissionId],
    );
    expect(row!.accessTokenHash).toBe(sha256(accessToken));
    expect(row!.whole).not.toContain(accessToken);

    await expect(getDiagnosticResult(accessToken)).resolves.toMatchObject({
      organization: { slug: org.slug },
    });
    await expect(getDiagnosticResult(row!.accessTokenHash)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("gives a retried submission a working link when its stored link was made another way", async () => {
    const { getDiagnosticResult } = await import("@/lib/services/diagnostic/get-diagnostic-result");
    const first = await submit();
    // As a result stored with a random link before links were derived from the submission.
    const oldToken = randomBytes(32).toString("base64url");
    await query(
      ownerUrl,
      `update "DiagnosticAssessment" set "accessTokenHash" = $1 where "submissionId" = $2`,
      [sha256(oldToken), first.submissionId],
    );
    await expect(getDiagnosticResult(first.accessToken)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const retry = await submit(first.submissionId);
    expect(retry.created).toBe(false);
    await expect(getDiagnosticResult(retry.accessToken)).resolves.toMatchObject({
      id: expect.any(String),
    });
  });
});

describe("an organization's own result page", () => {
  let orgA: { id: string; slug: string };
  let orgB: { id: string; slug: string };
  let assessmentA: string;
  let assessmentB: string;
  let memberB: string;

  beforeAll(async () => {
    orgA = await createOrg("page-a", "CONSULTANCY");
    orgB = await createOrg("page-b", "CONSULTANCY");
    const viewer = await createUser("page-viewer-b");
    await addMembership(orgB.id, viewer.id, "VIEWER");
    memberB = await createSession(viewer.id);
    const { submitDiagnostic } = await import("@/lib/services/diagnostic/submit-diagnostic");
    const ids: string[] = [];
    for (const slug of [orgA.slug, orgB.slug]) {
      const submissionId = randomUUID();
      await submitDiagnostic({
        organizationSlug: slug,
        request: {
          submissionId,
          bankVersion: diagnostic.version,
          answers: answers(slug === orgA.slug ? 1 : 3),
          context: { role: "ceo", email: `lead-${submissionId.slice(0, 8)}@prospect.test` },
        },
        baseUrl: APP,
      });
      const [row] = await query<{ id: string }>(
        ownerUrl,
        `select id from "DiagnosticAssessment" where "submissionId" = $1`,
        [submissionId],
      );
      ids.push(row!.id);
    }
    [assessmentA, assessmentB] = ids as [string, string];
  });

  async function openPage(orgSlug: string, assessmentId: string) {
    const { default: AssessmentPage } =
      await import("@/app/(app)/o/[orgSlug]/(member)/assessments/[assessmentId]/page");
    cookie = sessionCookie(memberB);
    return AssessmentPage({
      params: Promise.resolve({ orgSlug, assessmentId }),
    } as PageProps<"/o/[orgSlug]/assessments/[assessmentId]">);
  }

  it("shows a member the result, with the same sections as the private link", async () => {
    const html = renderToStaticMarkup(await openPage(orgB.slug, assessmentB));
    expect(html).toContain("How the five fractures compare");
    expect(html).toContain("Repair order");
    expect(html).toContain("What would change this answer");
    expect(html).toContain("CEO or founder");
    expect(html).not.toContain("@prospect.test");
  });

  it.each([
    ["another organization's assessment", () => [orgB.slug, assessmentA]],
    ["another organization's address", () => [orgA.slug, assessmentA]],
    ["an id that does not exist", () => [orgB.slug, randomUUID()]],
    ["a malformed id", () => [orgB.slug, "not-an-id"]],
    ["a private link's hash in place of the id", () => [orgB.slug, "a".repeat(64)]],
  ])("answers not found for %s", async (_name, target) => {
    const [slug, id] = target();
    await expect(openPage(slug!, id!)).rejects.toMatchObject({
      digest: "NEXT_HTTP_ERROR_FALLBACK;404",
    });
  });

  it("lists each lead in the CSV export with its page in the app, not a private link", async () => {
    const { GET } = await import("@/app/(app)/o/[orgSlug]/leads/export/route");
    const owner = await createUser("export-owner");
    await addMembership(orgB.id, owner.id, "OWNER");
    cookie = sessionCookie(await createSession(owner.id));
    const response = await GET(new Request(`${APP}/o/${orgB.slug}/leads/export`), {
      params: Promise.resolve({ orgSlug: orgB.slug }),
    });
    expect(response.status).toBe(200);
    const csv = await response.text();
    expect(csv.split("\n")[0]).toContain("Result in the app");
    expect(csv).toContain(`${APP}/o/${orgB.slug}/assessments/${assessmentB}`);
    expect(csv).not.toContain("/results/");
    expect(csv).not.toContain(assessmentA);
  });
});
