/**
 * Real CRM export shapes (tests/fixtures/crm/shapes, worked out by an independent script) through
 * the browser's import path, against the hand-worked figures and against the command line's
 * in-memory import of the same files: one reader, one model, the same figures.
 */
import { createReadStream, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_STAGES, pipelineFigures } from "@/lib/domain/pipeline";
import {
  csvRecords,
  importInMemory,
  importStageSet,
  SNIFF_BYTES,
  sniffFile,
  type MemoryFile,
} from "@/lib/domain/pipeline/import";
import { loadPipelineDashboard } from "@/lib/services/pipeline/load-pipeline-dashboard";
import { getImport } from "@/lib/data/pipeline/get-import";
import { importOutcome } from "@/lib/services/pipeline/import-outcome";
import { listOwnImports, uploadImportFile } from "@/lib/services/pipeline/imports";
import { loadImportMapping } from "@/lib/services/pipeline/load-import-mapping";
import { runImport } from "@/lib/services/pipeline/run-import/run-import";
import { startImport } from "@/lib/services/pipeline/start-import";
import type { ImportOptions } from "@/lib/domain/pipeline/import";
import { fromFile, fromText, importAll, orgContext, uploadAll } from "../support/import-flow";
import { IMPORTING, SHAPES_DIR, importOptions, type ShapeFixture } from "../support/shape-fixtures";

const round = (v: number | null, places = 4) =>
  v === null ? null : Math.round(v * 10 ** places) / 10 ** places;

/** The same files read the way pipeline:report reads them. */
async function inMemory(fixture: ShapeFixture) {
  const options = importOptions(fixture);
  const files: MemoryFile[] = fixture.files.map((name, index) => {
    const file = path.join(SHAPES_DIR, name);
    const sniffed = sniffFile(readFileSync(file).subarray(0, SNIFF_BYTES));
    if (!sniffed.ok) throw new Error(sniffed.reason);
    const mapping = options.files[index]!;
    const records = () => csvRecords(createReadStream(file), sniffed);
    return mapping.role === "history"
      ? { name, role: "history", records, columns: mapping.history!, dateOrder: mapping.dateOrder }
      : {
          name,
          role: "deals",
          records,
          mapping: { ...mapping, decimalMark: sniffed.decimalMark },
        };
  });
  const memory = await importInMemory(files, {
    stages: DEFAULT_STAGES,
    labels: options.stageLabels,
    set: importStageSet(DEFAULT_STAGES, options.stageLabels, options.files),
    currency: { base: fixture.mapping!.currency, rates: options.currency.rates },
  });
  return { memory, figures: pipelineFigures(memory.data, { asOf: memory.asOf }) };
}

describe("CRM exports in real shapes", () => {
  it.each(IMPORTING)(
    "%s: the browser's import shows the hand-worked figures",
    async (name, fixture) => {
      const ctx = await orgContext(`shape-${name}`, fixture.mapping!.currency);
      const { status, view } = await importAll(
        ctx,
        fixture.files.map((f) => fromFile(path.join(SHAPES_DIR, f))),
        importOptions(fixture),
      );
      expect(status).toBe("SUCCEEDED");
      const expected = fixture.figures!;
      expect(view.dealsImported, "deals counted once each").toBe(expected.deals);
      expect(view.historyRows).toBe(expected.historyRows);
      expect(view.asOf?.toISOString().slice(0, 10)).toBe(expected.asOf.slice(0, 10));
      const refusedLines = fixture.findings!.refused.map((r) => r.line).sort((a, b) => a - b);
      expect(view.rowsRejected).toBe(refusedLines.length);

      const page = await loadPipelineDashboard(ctx.organization.id, {});
      if (page.state !== "current") throw new Error(`figures ${page.state}`);
      const shown = {
        winRate: round(page.deals.winRate),
        averageWonValue: round(page.deals.averageDealValue, 2),
        cycleDays: round(page.deals.averageCycleDays),
        qualified: page.deals.qualifiedCount,
        velocityPerDay: round(page.deals.velocityPerDay, 2),
        topOwnerByWonRevenue: page.topByWonRevenue && {
          owner: page.topByWonRevenue.owner,
          share: round(page.topByWonRevenue.wonRevenueShare),
        },
        topOwnerByOpenValue: page.topByOpenValue && {
          owner: page.topByOpenValue.owner,
          share: round(page.topByOpenValue.openValueShare),
        },
        stale: page.staleCount,
        notJudged: page.staleUnjudged,
        stages: expected.stages.map((e) => {
          const s = page.stages.find((x) => x.key === e.stage)!;
          return {
            stage: s.key,
            entered: s.entered,
            movedOn: s.movedForward,
            dropped: s.dropped,
            hereNow: s.current,
            conversion: round(s.conversionRate),
            medianDays: round(s.medianDays),
            meanDays: round(s.meanDays),
          };
        }),
      };
      expect(shown).toEqual({
        winRate: expected.winRate,
        averageWonValue: expected.averageWonValue,
        cycleDays: expected.cycleDays,
        qualified: expected.qualified,
        velocityPerDay: expected.velocityPerDay,
        topOwnerByWonRevenue: expected.topOwnerByWonRevenue,
        topOwnerByOpenValue: expected.topOwnerByOpenValue,
        stale: expected.stale.count,
        notJudged: expected.stale.notJudged,
        stages: expected.stages.map((e) => ({
          stage: e.stage,
          entered: e.entered,
          movedOn: e.movedOn,
          dropped: e.dropped,
          hereNow: e.hereNow,
          conversion: e.conversion,
          medianDays: e.medianDays,
          meanDays: e.meanDays,
        })),
      });

      // The command line's reading of the same files gives every figure the same.
      const cli = await inMemory(fixture);
      expect(cli.memory.counts.deals).toBe(view.dealsImported);
      // Postgres and JavaScript add floating-point days in different orders: equal to 1e-9.
      const rounded = (stages: typeof page.stages) =>
        stages.map((s) => ({
          ...s,
          medianDays: round(s.medianDays, 9),
          meanDays: round(s.meanDays, 9),
          p90Days: round(s.p90Days, 9),
        }));
      expect(rounded(cli.figures.stages)).toEqual(rounded(page.stages));
      for (const field of [
        "won",
        "lost",
        "open",
        "qualifiedCount",
        "wonWithoutAmount",
        "openWithoutAmount",
        "closedBeforeOpened",
      ] as const)
        expect(page.deals[field], field).toBe(cli.figures.deals[field]);
      for (const field of [
        "winRate",
        "averageDealValue",
        "averageCycleDays",
        "velocityPerDay",
      ] as const)
        expect(round(page.deals[field], 6), field).toBe(round(cli.figures.deals[field], 6));
      expect(page.stale.map((d) => d.opportunityId)).toEqual(
        cli.figures.stale.deals.slice(0, 25).map((d) => d.opportunityId),
      );
      expect(page.owners).toEqual(cli.figures.owners);
      expect(view.findings).toEqual(cli.memory.findings);
    },
  );
});

describe("uploads and the mapping step", () => {
  it("refuses a zip renamed .csv with a sentence, and leaves no import behind", async () => {
    const ctx = await orgContext("upload-zip");
    const zip = readFileSync(path.join(SHAPES_DIR, "zip-renamed.csv"));
    await expect(
      uploadImportFile(ctx, {
        name: "deals.csv",
        body: fromText("deals.csv", zip).body(),
        maxBytes: 1 << 20,
      }),
    ).rejects.toThrow(/zip archive or an Excel workbook/);
    expect(await listOwnImports(ctx)).toEqual([]);
  });

  it("imports a header-only file as nothing imported, not as a success", async () => {
    const ctx = await orgContext("upload-header-only");
    const file = path.join(SHAPES_DIR, "header-only.csv");
    const importId = await uploadAll(ctx, [fromFile(file)]);
    const loaded = await loadImportMapping(ctx, importId);
    await startImport(ctx, importId, {
      files: loaded.files.map((f) => f.mapping),
      stageLabels: {},
      currency: { rates: {} },
    });
    await runImport({ organizationId: ctx.organization.id, importId });
    const view = await getImport(ctx.organization.id, importId);
    expect(view).toMatchObject({ status: "SUCCEEDED", dealsImported: 0, historyRows: 0 });
    expect(importOutcome(view)).toBe("nothing");
  });

  it("will not start while a file's stage labels are all unknown, naming them", async () => {
    const ctx = await orgContext("upload-unknown-stages");
    const importId = await uploadAll(ctx, [
      fromFile(path.join(SHAPES_DIR, "all-unknown-stages.csv")),
    ]);
    const loaded = await loadImportMapping(ctx, importId);
    expect(Object.keys(loaded.stageLabels)).toEqual([]);
    await expect(
      startImport(ctx, importId, {
        files: loaded.files.map((f) => f.mapping),
        stageLabels: loaded.stageLabels,
        currency: { rates: {} },
      }),
    ).rejects.toThrow(/5 labels/);
  });

  it("lists every stage label of the whole file, with counts, for any column chosen as the stage", async () => {
    const ctx = await orgContext("upload-late-labels");
    const lines = ["Deal,Phase,Status note"];
    for (let i = 1; i <= 6000; i++)
      lines.push(`D${i},${i > 5500 ? "Late stage" : i % 2 ? "Early" : "Middle"},note ${i}`);
    const importId = await uploadAll(ctx, [fromText("deals.csv", lines.join("\n"))]);
    const loaded = await loadImportMapping(ctx, importId);
    const scan = loaded.files[0]!.scan!;
    expect(scan.rows).toBe(6000);
    expect(scan.columns.find((c) => c.name === "Phase")!.values).toContainEqual({
      value: "Late stage",
      count: 500,
    });
    // A column of free text is said to be one, not offered as stages.
    expect(scan.columns.find((c) => c.name === "Status note")!.values).toBeNull();
  });

  it("remembers the columns and stages chosen for a header, for the next export of that shape", async () => {
    const ctx = await orgContext("upload-remembered");
    const csv = "Ref,Where,Since,Worth\nA1,Talking,2026-01-02,100\nA2,Signed,2026-01-03,200\n";
    const options: ImportOptions = {
      files: [
        {
          index: 0,
          role: "deals",
          columns: { id: "Ref", stage: "Where", created: "Since", amount: "Worth" },
          entered: {},
          dateOrder: "ymd",
        },
      ],
      stageLabels: { Talking: "sql", Signed: "won" },
      currency: { rates: {} },
    };
    await importAll(ctx, [fromText("first.csv", csv)], options);
    const next = await uploadAll(ctx, [fromText("second.csv", csv)]);
    const loaded = await loadImportMapping(ctx, next);
    expect(loaded.files[0]!.remembered).toBe(true);
    expect(loaded.files[0]!.mapping.columns).toEqual(options.files[0]!.columns);
    expect(loaded.stageLabels).toEqual({ Talking: "sql", Signed: "won" });
  });
});
