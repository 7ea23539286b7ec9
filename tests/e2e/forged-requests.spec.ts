/**
 * Forged requests from another origin, made by a real browser carrying the owner's cookies: a
 * page on another port of localhost is cross-origin but same-site, so Chromium sends the session
 * cookie (SameSite=Lax) with its form posts. The app must refuse them, and write nothing.
 */
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { createOrganization, signIn } from "./support/sign-in";

const DATABASE_URL = `postgresql://postgres:postgres@127.0.0.1:${process.env.E2E_DB_PORT ?? 55439}/app`;

function actionId(file: string, name: string): string {
  const manifest = JSON.parse(
    readFileSync(".next/server/server-reference-manifest.json", "utf8"),
  ) as { node: Record<string, { filename?: string; exportedName?: string }> };
  const entry = Object.entries(manifest.node).find(
    ([, e]) => e.filename === file && e.exportedName === name,
  );
  if (!entry) throw new Error(`no action ${file}#${name} in this build`);
  return entry[0];
}

async function row<T>(sql: string, params: unknown[]): Promise<T> {
  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows[0] as T;
  } finally {
    await client.end();
  }
}

/** A site of the attacker's: serves whatever page it is given, from another origin. */
async function attackerSite(html: string) {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://localhost:${port}/`, close: () => server.close() };
}

test("a form on another origin can neither upload an export nor call a server action", async ({
  page,
  baseURL,
}) => {
  await signIn(page, `forged-${randomUUID().slice(0, 8)}@example.com`);
  const slug = await createOrganization(page, "Forged Target");
  const org = await row<{ id: string; name: string }>(
    `select id, name from "Organization" where slug = $1`,
    [slug],
  );
  const updateProfile = actionId(
    "app/(app)/o/[orgSlug]/(member)/settings/actions.ts",
    "updateOrganizationProfileAction",
  );

  const site = await attackerSite(`<!doctype html><html><body>
    <form id="upload" method="POST" enctype="text/plain"
      action="${baseURL}/o/${slug}/pipeline/imports/upload?name=deals.csv">
      <input name="Deal ID,Stage,Amount&#10;1,Won,100&#10;2" value="Lost,50">
    </form>
    <form id="action" method="POST" enctype="multipart/form-data" action="${baseURL}/o/${slug}/settings">
      <input name="$ACTION_ID_${updateProfile}" value="">
      <input name="orgSlug" value="${slug}">
      <input name="name" value="Owned by someone else">
    </form>
  </body></html>`);
  try {
    for (const form of ["upload", "action"]) {
      await page.goto(site.url);
      const [response] = await Promise.all([
        page.waitForResponse(
          (r) => r.url().startsWith(baseURL!) && r.request().method() === "POST",
        ),
        page.evaluate((id) => (document.getElementById(id) as HTMLFormElement).submit(), form),
      ]);
      expect(response.status(), `${form} answered`).toBe(403);
      // The browser did carry the session: without the origin check the post would have counted.
      expect(await response.request().headerValue("cookie")).toContain("authjs.session-token");
      await expect(
        page.getByText("This request came from another site and was refused."),
      ).toBeVisible();
    }
  } finally {
    site.close();
  }

  const imports = await row<{ n: number }>(
    `select count(*)::int as n from "PipelineImport" where "organizationId" = $1`,
    [org.id],
  );
  expect(imports.n).toBe(0);
  const after = await row<{ name: string }>(`select name from "Organization" where id = $1`, [
    org.id,
  ]);
  expect(after.name).toBe(org.name);
});
