/**
 * The logo an organization puts on its reports: who may upload it, what the upload accepts (and
 * the sentence it answers anything else with), the audit, and the public route that serves it
 * by version, where another organization's logo or an old version is not found.
 */
import { beforeAll, describe, expect, inject, it, vi } from "vitest";
import { POST as uploadRoute } from "@/app/(app)/o/[orgSlug]/settings/logo/upload/route";
import { GET as logoRoute } from "@/app/logos/[organizationId]/[version]/route";
import type { OrgContext } from "@/lib/auth/guard";
import { removeLogo } from "@/lib/services/organization/organization-logo";
import { loadReportBrand } from "@/lib/services/organization/report-brand";
import { sampleLogoPng, tinyJpeg, tinyPng } from "../fixtures/tiny-images";
import {
  addMembership,
  createOrg,
  createSession,
  createUser,
  sessionCookie,
} from "../support/fixtures";
import { query } from "../support/test-database";

/** The signed-in browser the route reads its session from. */
const browser = { session: "" };
vi.mock("next/headers", () => ({
  headers: async () =>
    new Headers({ cookie: browser.session, host: "localhost:3000", "x-forwarded-proto": "http" }),
  cookies: async () => ({
    get: (name: string) => {
      const value = browser.session.startsWith(`${name}=`)
        ? browser.session.slice(name.length + 1)
        : undefined;
      return value === undefined ? undefined : { name, value };
    },
  }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

const ownerUrl = inject("ownerDatabaseUrl");
const APP = process.env.APP_URL!;

type Org = { id: string; slug: string };
let harbor: Org;
let other: Org;
const sessions: Record<"owner" | "admin" | "member" | "outsider", string> = {
  owner: "",
  admin: "",
  member: "",
  outsider: "",
};

beforeAll(async () => {
  harbor = await createOrg("harbor-logo", "CONSULTANCY");
  other = await createOrg("other-logo", "CONSULTANCY");
  for (const role of ["owner", "admin", "member"] as const) {
    const user = await createUser(`harbor-logo-${role}`);
    await addMembership(harbor.id, user.id, role.toUpperCase());
    sessions[role] = sessionCookie(await createSession(user.id));
  }
  const outsider = await createUser("other-logo-owner");
  await addMembership(other.id, outsider.id, "OWNER");
  sessions.outsider = sessionCookie(await createSession(outsider.id));
});

function upload(
  as: keyof typeof sessions | "nobody",
  body: Uint8Array,
  options: { slug?: string; headers?: Record<string, string> } = {},
) {
  browser.session = as === "nobody" ? "" : sessions[as];
  const slug = options.slug ?? harbor.slug;
  return uploadRoute(
    new Request(`${APP}/o/${slug}/settings/logo/upload`, {
      method: "POST",
      headers: {
        "content-type": "image/png",
        origin: APP,
        "sec-fetch-site": "same-origin",
        ...options.headers,
      },
      body: new Uint8Array(body),
    }),
    { params: Promise.resolve({ orgSlug: slug }) },
  );
}

function fetchLogo(organizationId: string, version: string, headers: Record<string, string> = {}) {
  return logoRoute(new Request(`${APP}/logos/${organizationId}/${version}`, { headers }), {
    params: Promise.resolve({ organizationId, version }),
  });
}

async function storedLogo(organizationId: string) {
  const [row] = await query<{ sha256: string; width: number; contentType: string }>(
    ownerUrl,
    `select sha256, width, "contentType" from "OrganizationLogo" where "organizationId" = $1`,
    [organizationId],
  );
  return row ?? null;
}

describe("uploading the logo", () => {
  it("stores an owner's PNG, audits it and serves it for good under its version", async () => {
    const png = sampleLogoPng();
    const response = await upload("owner", png);
    expect(response.status).toBe(201);
    const { url, width, height } = (await response.json()) as {
      url: string;
      width: number;
      height: number;
    };
    expect({ width, height }).toEqual({ width: 240, height: 80 });
    const version = url.split("/").at(-1)!;
    expect(url).toBe(`/logos/${harbor.id}/${version}`);

    const served = await fetchLogo(harbor.id, version);
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("image/png");
    expect(served.headers.get("cache-control")).toContain("max-age=31536000");
    expect(served.headers.get("etag")).toBe(`"${version}"`);
    expect(Buffer.from(await served.arrayBuffer()).equals(png)).toBe(true);
    const again = await fetchLogo(harbor.id, version, { "if-none-match": `"${version}"` });
    expect(again.status).toBe(304);

    const [event] = await query<{ action: string }>(
      ownerUrl,
      `select action from "AuditEvent" where "organizationId" = $1 and action = 'organization.logo_uploaded'`,
      [harbor.id],
    );
    expect(event).toBeDefined();
    // The report of a Snapshot this consultancy buys carries it.
    const brand = await loadReportBrand(
      { purchasedByOrganizationId: harbor.id },
      { publishedById: null },
    );
    expect(brand.logoSrc).toBe(url);
  });

  it("lets an admin replace it with a JPEG, and the old version's address is then not found", async () => {
    const before = (await storedLogo(harbor.id))!;
    const response = await upload("admin", tinyJpeg(300, 100), {
      headers: { "content-type": "image/jpeg" },
    });
    expect(response.status).toBe(201);
    const after = (await storedLogo(harbor.id))!;
    expect(after.contentType).toBe("image/jpeg");
    expect((await fetchLogo(harbor.id, before.sha256)).status).toBe(404);
    expect((await fetchLogo(harbor.id, after.sha256)).status).toBe(200);
  });

  it("refuses a member, and an owner of another organization learns it does not exist", async () => {
    const before = await storedLogo(harbor.id);
    const member = await upload("member", tinyPng(32, 32));
    expect(member.status).toBe(403);
    const outsider = await upload("outsider", tinyPng(32, 32));
    expect(outsider.status).toBe(404);
    const anonymous = await upload("nobody", tinyPng(32, 32));
    expect(anonymous.status).toBe(401);
    expect(await storedLogo(harbor.id)).toEqual(before);
  });

  it("refuses a post from another site before reading anything", async () => {
    const response = await upload("owner", tinyPng(32, 32), {
      headers: { origin: "https://evil.test", "sec-fetch-site": "cross-site" },
    });
    expect(response.status).toBe(403);
    expect(((await response.json()) as { error: string }).error).toMatch(/another site/);
  });

  it.each([
    ["an SVG", Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), 415, /PNG or JPEG/],
    ["an empty file", new Uint8Array(), 415, /empty/],
    ["a PNG cut short", sampleLogoPng().subarray(0, 200), 415, /damaged or incomplete/],
    [
      "a PNG that claims other dimensions",
      tinyPng(40, 20, { claim: { width: 400, height: 200 } }),
      415,
      /damaged or incomplete/,
    ],
    ["an absurdly large image", tinyJpeg(20_000, 20_000), 415, /at most 4000/],
    ["a file over 512 KB", new Uint8Array(600 * 1024), 413, /larger than 512 KB/],
  ] as const)("answers %s with a 4xx and a sentence", async (_label, body, status, message) => {
    const before = await storedLogo(harbor.id);
    const response = await upload("owner", body);
    expect(response.status).toBe(status);
    expect(((await response.json()) as { error: string }).error).toMatch(message);
    expect(await storedLogo(harbor.id)).toEqual(before);
  });
});

describe("the logo route", () => {
  it("does not find one organization's logo under another's id, nor a made-up version", async () => {
    const { sha256 } = (await storedLogo(harbor.id))!;
    expect((await fetchLogo(other.id, sha256)).status).toBe(404);
    expect((await fetchLogo(harbor.id, "0".repeat(64))).status).toBe(404);
    expect((await fetchLogo(harbor.id, "not-a-version")).status).toBe(404);
    expect((await fetchLogo("not-a-uuid", sha256)).status).toBe(404);
  });
});

describe("removing the logo", () => {
  it("takes it off the reports, its address is then not found, and the removal is audited", async () => {
    const { sha256 } = (await storedLogo(harbor.id))!;
    const [owner] = await query<{ id: string; email: string }>(
      ownerUrl,
      `select u.id, u.email from "User" u join "Membership" m on m."userId" = u.id
       where m."organizationId" = $1 and m.role = 'OWNER'`,
      [harbor.id],
    );
    const ctx: OrgContext = {
      user: { id: owner!.id, email: owner!.email, name: null },
      role: "OWNER",
      organization: {
        id: harbor.id,
        slug: harbor.slug,
        name: "Harbor",
        kind: "CONSULTANCY",
        accentColor: null,
        logoUrl: null,
        currency: "USD",
      },
    };
    expect(await removeLogo(ctx)).toEqual({ removed: true });
    expect(await removeLogo(ctx)).toEqual({ removed: false });
    expect((await fetchLogo(harbor.id, sha256)).status).toBe(404);
    const brand = await loadReportBrand(
      { purchasedByOrganizationId: harbor.id },
      { publishedById: null },
    );
    expect(brand).toMatchObject({ logoSrc: null, uploadedLogoVersion: null });
    const events = await query<{ action: string }>(
      ownerUrl,
      `select action from "AuditEvent" where "organizationId" = $1 and action = 'organization.logo_removed'`,
      [harbor.id],
    );
    expect(events).toHaveLength(1);
  });
});
