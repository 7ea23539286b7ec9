import { FRACTURES } from "@/lib/domain/diagnostic";
import { QUARTER_DAYS, SNAPSHOT_BENCHMARKS } from "../benchmarks";
import { formatDays, formatMoney, formatMultiple, formatPercent } from "../format-figures";
import { PRICE_LEVERS } from "../price-fractures";
import { editorNote } from "../editor-notes";
import type { PipelineFigures } from "../types";
import { blocks, bullets, capitalize, short, type DraftContext } from "./draft-context";

function headlineFigures(figures: PipelineFigures): string[] {
  const d = figures.deals;
  const lines = [
    `${d.won + d.lost + d.open} opportunities: ${d.won} won, ${d.lost} lost, ${d.open} open (${d.qualifiedCount} of them qualified)`,
    `Open pipeline: ${formatMoney(d.openPipelineValue)}`,
  ];
  if (d.winRate !== null) lines.push(`Win rate: ${formatPercent(d.winRate)}`);
  if (d.averageDealValue !== null)
    lines.push(`Average won deal: ${formatMoney(d.averageDealValue)}`);
  if (d.averageCycleDays !== null) lines.push(`Average cycle: ${formatDays(d.averageCycleDays)}`);
  if (d.velocityPerDay !== null)
    lines.push(`Velocity: ${formatMoney(d.velocityPerDay * QUARTER_DAYS)} a quarter`);
  if (figures.coverageRatio != null)
    lines.push(`Coverage of the period's target: ${formatMultiple(figures.coverageRatio)}`);
  if (figures.staleShare != null)
    lines.push(`Open deals gone stale: ${formatPercent(figures.staleShare)}`);
  return lines;
}

export function pipelineSection({ company, analysis }: DraftContext): string {
  const p = analysis.pipeline;
  if (!p) {
    return blocks(
      `No pipeline data was available for ${company} when this draft was written. Nothing the leaders claimed has been checked against the CRM, and no fracture is priced in money: any figure here would be invented.`,
      editorNote(
        "Import the pipeline, and set the period's revenue target so coverage can be measured; the Snapshot then offers to redraft the sections that use it.",
      ),
    );
  }
  const findings = [...p.claims.findings].sort(
    (a, b) => Number(b.verdict === "contradicted") - Number(a.verdict === "contradicted"),
  );
  const prices = FRACTURES.map((key) => {
    const price = p.prices[key];
    return price
      ? `**${short(key)}**: ${formatMoney(price.addedPerQuarter)} a quarter. ${price.assumption}`
      : `**${short(key)}**: not priced; it needs ${PRICE_LEVERS[key].needs}.`;
  });
  // Only the assumptions this draft leans on, so the reader can check each one.
  const notes = new Set([
    ...findings.map((f) => f.measured.benchmarkNote),
    ...FRACTURES.filter((key) => p.prices[key]).map(
      (key) => SNAPSHOT_BENCHMARKS[PRICE_LEVERS[key].benchmark].note,
    ),
  ]);
  return blocks(
    `What ${company}'s pipeline shows:\n${bullets(headlineFigures(p.figures))}`,
    findings.length > 0
      ? `What the leaders claimed, against what the pipeline measures:\n${bullets(
          findings.map(
            (f) =>
              `**${f.verdict === "contradicted" ? "Contradicted" : "Consistent"}** (${short(f.fracture)}): ${f.text}`,
          ),
        )}`
      : "The pipeline data did not hold the figures needed to check any of the leaders' claims.",
    p.claims.unavailable.length > 0 &&
      `Not checked, for lack of data:\n${bullets(p.claims.unavailable.map(capitalize))}`,
    `What each fracture costs in velocity terms:\n${bullets(prices)}`,
    notes.size > 0 &&
      `Each price lifts one velocity factor and holds the others still, so the prices overlap and should not be added together. The benchmarks are working assumptions, not facts about ${company}'s market:\n${bullets([...notes])}`,
  );
}
