import { beforeAll, describe, expect, it, vi } from "vitest";
import { resolveOrgContext } from "@/lib/auth/guard";
import { createClientOrganization } from "@/lib/data/engagement/create-client-organization";
import { endEngagement } from "@/lib/data/engagement/end-engagement";
import { grantConsultancyAccess } from "@/lib/data/engagement/grant-consultancy-access";
import { listEngagements } from "@/lib/data/engagement/list-engagements";
import {
  addMembership,
  createOrg,
  createSession,
  createUser,
  sessionCookie,
} from "../support/fixtures";

let cookie = "";
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ cookie, host: "localhost:3000", "x-forwarded-proto": "http" }),
}));

async function signedInAs(userId: string) {
  cookie = sessionCookie(await createSession(userId));
}

let consultancy: { id: string; slug: string };
let otherConsultancy: { id: string; slug: string };
type TestUser = Awaited<ReturnType<typeof createUser>>;
let lead: TestUser;
let analyst: TestUser;
let rival: TestUser;

beforeAll(async () => {
  consultancy = await createOrg("advisors", "CONSULTANCY");
  otherConsultancy = await createOrg("rivals", "CONSULTANCY");
  lead = await createUser("lead");
  analyst = await createUser("analyst");
  rival = await createUser("rival");
  await addMembership(consultancy.id, lead.id, "OWNER");
  await addMembership(consultancy.id, analyst.id, "VIEWER");
  await addMembership(otherConsultancy.id, rival.id, "OWNER");
});

describe("consultancy engagements", () => {
  it("gives the consultancy's members access to a client it creates, capped at admin", async () => {
    const client = await createClientOrganization({
      consultancyId: consultancy.id,
      name: "Client One",
      slug: `client-one-${consultancy.id.slice(0, 6)}`,
      actor: lead,
    });
    await signedInAs(lead.id);
    await expect(resolveOrgContext(client.slug, "members:invite")).resolves.toMatchObject({
      role: "ADMIN",
      via: expect.stringContaining("advisors"),
    });
    await expect(resolveOrgContext(client.slug, "billing")).rejects.toMatchObject({
      code: "FORBIDDEN",
    });

    await signedInAs(analyst.id);
    await expect(resolveOrgContext(client.slug, "assessments:read")).resolves.toMatchObject({
      role: "VIEWER",
    });
    await expect(resolveOrgContext(client.slug, "members:invite")).rejects.toMatchObject({
      code: "FORBIDDEN",
    });

    await signedInAs(rival.id);
    await expect(resolveOrgContext(client.slug, "assessments:read")).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("ends access at once when the engagement ends", async () => {
    const client = await createClientOrganization({
      consultancyId: consultancy.id,
      name: "Client Two",
      slug: `client-two-${consultancy.id.slice(0, 6)}`,
      actor: lead,
    });
    await signedInAs(analyst.id);
    await expect(resolveOrgContext(client.slug, "assessments:read")).resolves.toBeDefined();
    await endEngagement(consultancy.id, client.engagementId, lead);
    await expect(resolveOrgContext(client.slug, "assessments:read")).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(endEngagement(consultancy.id, client.engagementId, lead)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("never shows a client the consultancy's other clients", async () => {
    const a = await createClientOrganization({
      consultancyId: consultancy.id,
      name: "Client A",
      slug: `client-a-${consultancy.id.slice(0, 6)}`,
      actor: lead,
    });
    await createClientOrganization({
      consultancyId: consultancy.id,
      name: "Client B",
      slug: `client-b-${consultancy.id.slice(0, 6)}`,
      actor: lead,
    });
    const seenByA = await listEngagements((await resolveClientId(a.slug))!);
    expect(seenByA.map((e) => e.client.name)).toEqual(["Client A"]);
    const seenByConsultancy = await listEngagements(consultancy.id);
    expect(seenByConsultancy.map((e) => e.client.name)).toEqual(
      expect.arrayContaining(["Client A", "Client B"]),
    );
  });

  it("lets a company bring in a consultancy by its address, once", async () => {
    const company = await createOrg("company");
    await grantConsultancyAccess({
      clientId: company.id,
      consultancySlug: otherConsultancy.slug,
      actor: rival,
    });
    await signedInAs(rival.id);
    await expect(resolveOrgContext(company.slug, "organization:read")).resolves.toMatchObject({
      role: "ADMIN",
    });
    await expect(
      grantConsultancyAccess({
        clientId: company.id,
        consultancySlug: otherConsultancy.slug,
        actor: rival,
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      grantConsultancyAccess({ clientId: company.id, consultancySlug: company.slug, actor: rival }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

/** The client's id, read through a consultant's guard like any page would. */
async function resolveClientId(slug: string) {
  await signedInAs(lead.id);
  return (await resolveOrgContext(slug, "organization:read")).organization.id;
}
