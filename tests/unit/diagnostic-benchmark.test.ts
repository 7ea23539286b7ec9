import { describe, expect, it } from "vitest";
import { FRACTURES, type FractureKey } from "@/lib/domain/diagnostic";
import {
  MIN_COHORT_RESULTS,
  chooseCohort,
  cohortsFor,
  compareWithPeers,
  percentileOf,
  type BenchmarkTable,
  type ScoreDistribution,
} from "@/lib/domain/diagnostic/benchmark";

/** A distribution from a list of scores. */
function distribution(scores: number[]): ScoreDistribution {
  const counts = Array.from({ length: 101 }, () => 0);
  for (const s of scores) counts[s]! += 1;
  return { results: scores.length, counts };
}

/** Every fracture of a cohort holding `n` results that all scored `score`. */
function cohortOf(n: number, score = 50): Map<FractureKey, ScoreDistribution> {
  return new Map(FRACTURES.map((key) => [key, distribution(Array(n).fill(score))]));
}

const context = { vertical: "technology", revenueBand: "20m-50m" };

describe("which cohort a result is compared with", () => {
  it("lists industry and band, then industry, then everyone", () => {
    expect(cohortsFor(context).map((c) => c.key)).toEqual([
      "technology/20m-50m",
      "technology",
      "all",
    ]);
    expect(cohortsFor({ vertical: null, revenueBand: "20m-50m" }).map((c) => c.key)).toEqual([
      "all",
    ]);
  });

  it("takes the industry-and-band cohort once it holds 30 results", () => {
    const table: BenchmarkTable = new Map([
      ["technology/20m-50m", cohortOf(30)],
      ["technology", cohortOf(40)],
      ["all", cohortOf(100)],
    ]);
    expect(MIN_COHORT_RESULTS).toBe(30);
    expect(chooseCohort(cohortsFor(context), table)).toEqual({
      key: "technology/20m-50m",
      vertical: "technology",
      revenueBand: "20m-50m",
      results: 30,
    });
  });

  it("with 29 in the band, falls back to the industry alone", () => {
    const table: BenchmarkTable = new Map([
      ["technology/20m-50m", cohortOf(29)],
      ["technology", cohortOf(31)],
      ["all", cohortOf(100)],
    ]);
    expect(chooseCohort(cohortsFor(context), table)?.key).toBe("technology");
  });

  it("with 29 in the industry too, falls back to every result", () => {
    const table: BenchmarkTable = new Map([
      ["technology/20m-50m", cohortOf(29)],
      ["technology", cohortOf(29)],
      ["all", cohortOf(30)],
    ]);
    expect(chooseCohort(cohortsFor(context), table)).toMatchObject({ key: "all", results: 30 });
  });

  it("finds no cohort when even everyone is under 30, and says so", () => {
    const table: BenchmarkTable = new Map([["all", cohortOf(29)]]);
    expect(compareWithPeers(context, [{ key: "SILOS", score: 40 }], table)).toEqual({
      cohort: null,
      fractures: [],
    });
  });

  it("skips a cohort missing a fracture's distribution", () => {
    const partial = cohortOf(50);
    partial.delete("SILOS");
    const table: BenchmarkTable = new Map([
      ["technology/20m-50m", partial],
      ["all", cohortOf(60)],
    ]);
    expect(chooseCohort(cohortsFor(context), table)?.key).toBe("all");
  });
});

describe("a percentile", () => {
  it("counts the scores strictly below plus half of the ties", () => {
    // 10 results: four below 50, two at 50, four above.
    const d = distribution([10, 20, 30, 40, 50, 50, 60, 70, 80, 90]);
    expect(percentileOf(d, 50)).toBe(50);
    expect(percentileOf(d, 45)).toBe(40);
    expect(percentileOf(d, 90)).toBe(95);
    expect(percentileOf(d, 0)).toBe(0);
    expect(percentileOf(d, 100)).toBe(100);
  });

  it("puts everyone at 50 when the whole cohort scored the same", () => {
    expect(percentileOf(distribution(Array(30).fill(25)), 25)).toBe(50);
  });

  it("is given per fracture, from the chosen cohort", () => {
    const byFracture = cohortOf(30, 50);
    byFracture.set("POSITIONING", distribution([...Array(15).fill(10), ...Array(15).fill(90)]));
    const table: BenchmarkTable = new Map([["technology", byFracture]]);
    const comparison = compareWithPeers(
      context,
      [
        { key: "POSITIONING", score: 60 },
        { key: "SILOS", score: 70 },
      ],
      table,
    );
    expect(comparison.cohort?.key).toBe("technology");
    expect(comparison.fractures).toEqual([
      { key: "POSITIONING", score: 60, percentile: 50 },
      { key: "SILOS", score: 70, percentile: 100 },
    ]);
  });
});
