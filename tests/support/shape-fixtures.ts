/**
 * The hand-checked CRM exports in tests/fixtures/crm/shapes/ and the figures worked out for each
 * by an independent script (compute_expected.py, not the app's code), with the mapping each was
 * worked out under, turned into what the command line and the browser's import take.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { ImportOptions } from "@/lib/domain/pipeline/import";

export const SHAPES_DIR = path.join(process.cwd(), "tests/fixtures/crm/shapes");

type ExpectedStage = {
  stage: string;
  entered: number;
  movedOn: number;
  dropped: number;
  hereNow: number;
  conversion: number | null;
  medianDays: number | null;
  meanDays: number | null;
};

export type ShapeFixture = {
  files: string[];
  mapping: {
    columns: Record<string, string>;
    entered: Record<string, string>;
    stageLabels: Record<string, string>;
    dateOrder: "ymd" | "mdy" | "dmy";
    currency: string;
    rates: Record<string, number>;
    history?: {
      file: string;
      columns: { id: string; stage: string; date: string };
      stageLabels?: Record<string, string>;
    };
  } | null;
  figures: {
    asOf: string;
    deals: number;
    historyRows: number;
    stages: ExpectedStage[];
    winRate: number | null;
    averageWonValue: number | null;
    cycleDays: number | null;
    qualified: number;
    velocityPerDay: number | null;
    topOwnerByWonRevenue: { owner: string; share: number } | null;
    topOwnerByOpenValue: { owner: string; share: number } | null;
    stale: { count: number; notJudged: number };
  } | null;
  findings: {
    status: string;
    refused: { line: number; reason: string }[];
    duplicateRowsSetAside: number;
    blankAmounts: { total: number; open: number; won: number; lost: number };
    closeBeforeOpened: number;
  } | null;
};

export const SHAPES = JSON.parse(
  readFileSync(path.join(SHAPES_DIR, "expected.json"), "utf8"),
) as Record<string, ShapeFixture>;

/** The fixtures that import (the defect files are tested on their own). */
export const IMPORTING = Object.entries(SHAPES).filter(([, f]) => f.mapping && f.figures);

/** The command-line arguments that map a fixture as its expectations were worked out. */
export function cliArgs(fixture: ShapeFixture): string[] {
  const m = fixture.mapping!;
  const args = fixture.files.map((f) => path.join(SHAPES_DIR, f));
  for (const [field, column] of Object.entries(m.columns)) args.push("--map", `${field}=${column}`);
  for (const [stage, column] of Object.entries(m.entered))
    args.push("--entered", `${stage}=${column}`);
  const labels = { ...m.stageLabels, ...(m.history?.stageLabels ?? {}) };
  for (const [label, stage] of Object.entries(labels)) args.push("--stage", `${label}=${stage}`);
  if (m.history) {
    const c = m.history.columns;
    args.push(
      "--history",
      `id=${c.id}`,
      "--history",
      `stage=${c.stage}`,
      "--history",
      `at=${c.date}`,
    );
  }
  args.push("--currency", m.currency);
  for (const [code, rate] of Object.entries(m.rates)) args.push("--rate", `${code}=${rate}`);
  args.push("--json");
  return args;
}

/** The import options the mapping form would send for a fixture (file i is the i-th upload). */
export function importOptions(fixture: ShapeFixture): ImportOptions {
  const m = fixture.mapping!;
  return {
    files: fixture.files.map((file, index) =>
      m.history && file === m.history.file
        ? {
            index,
            role: "history" as const,
            columns: {},
            entered: {},
            history: {
              id: m.history.columns.id,
              stage: m.history.columns.stage,
              at: m.history.columns.date,
            },
            dateOrder: "ymd" as const,
          }
        : {
            index,
            role: "deals" as const,
            columns: m.columns,
            entered: m.entered,
            dateOrder: m.dateOrder,
          },
    ),
    stageLabels: { ...m.stageLabels, ...(m.history?.stageLabels ?? {}) },
    currency: { rates: m.rates },
  };
}
