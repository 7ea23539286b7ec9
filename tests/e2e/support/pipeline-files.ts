import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, type Page } from "@playwright/test";
import { hubspotDealsCsv } from "../../../lib/domain/pipeline/export-csv";
import { DEFAULT_STAGES } from "../../../lib/domain/pipeline/default-stages";
import { generatePipeline } from "../../../lib/domain/pipeline/generate";

const dir = mkdtempSync(path.join(tmpdir(), "pipeline-e2e-"));

/** A generated HubSpot export of `size` deals (seeded), plus any extra (bad) lines. */
export function hubspotFile(name: string, size: number, extra = "", seed = 11) {
  const until = new Date();
  const data = generatePipeline({
    seed,
    opportunities: size,
    from: new Date(until.getTime() - 500 * 86_400_000),
    until,
  });
  const file = path.join(dir, name);
  writeFileSync(file, [...hubspotDealsCsv({ ...data, stages: DEFAULT_STAGES })].join("") + extra);
  return file;
}

/** Upload files to a new import and land on its preview. */
export async function upload(page: Page, slug: string, files: string[]) {
  await page.goto(`/o/${slug}/pipeline/imports`);
  await page.locator('input[type="file"]').setInputFiles(files);
  await page.getByRole("button", { name: "Upload and preview" }).click();
  await expect(page).toHaveURL(new RegExp(`/o/${slug}/pipeline/imports/[0-9a-f-]{36}$`));
}

/**
 * Upload and import a file as detected: wait for it to be read for mapping, for the import to
 * finish, and for its figures to be computed.
 */
export async function importFile(page: Page, slug: string, file: string) {
  await upload(page, slug, [file]);
  await expect(page.getByTestId("start-import")).toBeEnabled({ timeout: 60_000 });
  await page.getByTestId("start-import").click();
  await expect(page.getByTestId("import-summary")).toBeVisible({ timeout: 60_000 });
  const back = page.url();
  await expect(async () => {
    await page.goto(`/o/${slug}/pipeline`);
    await expect(page.getByTestId("figures-behind")).toHaveCount(0, { timeout: 500 });
    await expect(page.getByTestId("win-rate")).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 60_000 });
  await page.goto(back);
}

/** A generated pipeline (seeded) to write as exports, the same deals each time it is written. */
export function generatedPipeline(size: number, seed = 11) {
  const until = new Date();
  return generatePipeline({
    seed,
    opportunities: size,
    from: new Date(until.getTime() - 500 * 86_400_000),
    until,
  });
}

/** A pipeline written as HubSpot's deal export. */
export function hubspotFileOf(name: string, data: ReturnType<typeof generatePipeline>) {
  const file = path.join(dir, name);
  writeFileSync(file, [...hubspotDealsCsv({ ...data, stages: DEFAULT_STAGES })].join(""));
  return file;
}
