/**
 * npm run pipeline:report, through the real process: the hand-checked CRM shapes give their
 * hand-worked figures, the dd/mm report is read day-first without being told, a label holding "="
 * maps, and nothing usable exits non-zero.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { IMPORTING, SHAPES, SHAPES_DIR, cliArgs } from "../support/shape-fixtures";

function run(args: string[]) {
  const out = spawnSync(
    process.execPath,
    ["--import", "tsx", "scripts/pipeline-report.ts", ...args],
    {
      encoding: "utf8",
    },
  );
  return { status: out.status, stdout: out.stdout, stderr: out.stderr };
}

function report(args: string[]) {
  const out = run(args);
  if (out.status !== 0) throw new Error(`exit ${out.status}: ${out.stderr}`);
  return JSON.parse(out.stdout);
}

describe("npm run pipeline:report", () => {
  it.each(IMPORTING)("%s: the hand-worked figures", (_name, fixture) => {
    const r = report(cliArgs(fixture));
    const e = fixture.figures!;
    expect({
      asOf: r.asOf.slice(0, 10),
      deals: r.counts.deals,
      winRate: r.winRate,
      averageWonValue: r.averageWonValue,
      cycleDays: r.cycleDays,
      qualified: r.qualified,
      velocityPerDay: r.velocityPerDay,
      topOwnerByWonRevenue: r.topOwnerByWonRevenue,
      topOwnerByOpenValue: r.topOwnerByOpenValue,
      stale: r.staleCount,
      stages: e.stages.map((s) => {
        const got = r.stages.find((x: { key: string }) => x.key === s.stage);
        return [
          s.stage,
          got.entered,
          got.movedOn,
          got.dropped,
          got.hereNow,
          got.conversion,
          got.medianDays,
        ];
      }),
      refused: r.refused.map((x: { line: number }) => x.line),
    }).toEqual({
      asOf: e.asOf.slice(0, 10),
      deals: e.deals,
      winRate: e.winRate,
      averageWonValue: e.averageWonValue,
      cycleDays: e.cycleDays,
      qualified: e.qualified,
      velocityPerDay: e.velocityPerDay,
      topOwnerByWonRevenue: e.topOwnerByWonRevenue,
      topOwnerByOpenValue: e.topOwnerByOpenValue,
      stale: e.stale.count,
      stages: e.stages.map((s) => [
        s.stage,
        s.entered,
        s.movedOn,
        s.dropped,
        s.hereNow,
        s.conversion,
        s.medianDays,
      ]),
      refused: fixture.findings!.refused.map((x) => x.line),
    });
  });

  it("guesses the dd/mm order of a Salesforce report on its own, as the browser does", () => {
    const fixture = SHAPES["salesforce-report-dmy"]!;
    const r = report(cliArgs(fixture));
    expect(r.dateOrder).toBe("dmy");
    expect(r.refused.every((x: { reason: string }) => !/is not a date/.test(x.reason))).toBe(true);
  });

  it("maps a label that holds an equals sign: it is split on the last one", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "report-"));
    const csv = path.join(dir, "deals.csv");
    writeFileSync(csv, "Id,Stage,Created\nA,Phase=1,2026-01-01\nB,Won,2026-01-02\n");
    const r = report([
      csv,
      "--map",
      "id=Id",
      "--map",
      "stage=Stage",
      "--stage",
      "Phase=1=sql",
      "--json",
    ]);
    expect(r.unmappedLabels).toEqual([]);
    expect(r.counts.deals).toBe(2);
    expect(r.stages.find((s: { key: string }) => s.key === "sql")).toMatchObject({ hereNow: 1 });
  });

  it("refuses a zip renamed .csv, and exits non-zero when nothing usable was read", () => {
    const zip = run([path.join(SHAPES_DIR, "zip-renamed.csv"), "--json"]);
    expect(zip.status).toBe(2);
    expect(zip.stderr).toMatch(/zip archive or an Excel workbook/);
    const empty = run([
      path.join(SHAPES_DIR, "header-only.csv"),
      "--map",
      "id=Record ID",
      "--map",
      "stage=Deal Stage",
      "--json",
    ]);
    expect(empty.status).toBe(1);
    expect(JSON.parse(empty.stdout).counts.deals).toBe(0);
    const unknown = run([path.join(SHAPES_DIR, "all-unknown-stages.csv"), "--json"]);
    expect(unknown.status).toBe(1);
    expect(JSON.parse(unknown.stdout).unmappedLabels.length).toBe(5);
  });

  it("refuses an unknown field or stage with a clear message", () => {
    const csv = path.join(SHAPES_DIR, "worked-example.csv");
    const field = run([csv, "--map", "colour=Deal"]);
    expect(field.status).toBe(2);
    expect(field.stderr).toMatch(/unknown field "colour"/);
    const stage = run([csv, "--stage", "Lead=somewhere"]);
    expect(stage.status).toBe(2);
    expect(stage.stderr).toMatch(/unknown stage "somewhere"/);
  });
});
