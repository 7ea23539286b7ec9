"use client";

import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from "recharts";
import type { SourceQuality } from "@/lib/domain/pipeline";
import { AXIS_TICK, GRID_STROKE, PALETTE, formatMoney, formatPercent, shortLabel } from "./format";

/** Won revenue per lead source, each bar labelled with the source's win rate. */
export function SourceQualityChart({
  sources,
  currency = "USD",
}: {
  sources: SourceQuality[];
  currency?: string;
}) {
  const data = sources.map((s) => ({
    source: s.source,
    wonRevenue: s.wonRevenue,
    // The percent alone: "40.5% win" wrapped in the margin on a phone; the caption names it.
    label: formatPercent(s.winRate),
  }));
  return (
    <div data-testid="source-quality-chart">
      <BarChart
        responsive
        accessibilityLayer={false}
        layout="vertical"
        data={data}
        margin={{ top: 4, right: 56, bottom: 4, left: 0 }}
        style={{ width: "100%", height: Math.max(180, data.length * 40) }}
      >
        <CartesianGrid stroke={GRID_STROKE} horizontal={false} />
        <XAxis
          type="number"
          tick={AXIS_TICK}
          // Three ticks: compact money labels are wide, and more collided on a phone.
          tickCount={3}
          tickFormatter={(v: number) => formatMoney(v, { compact: true, currency })}
        />
        <YAxis
          type="category"
          dataKey="source"
          width={96}
          tick={AXIS_TICK}
          tickFormatter={(v: string) => shortLabel(v)}
        />
        <Tooltip formatter={(value) => [formatMoney(Number(value), { currency }), "Won revenue"]} />
        <Bar
          dataKey="wonRevenue"
          name="Won revenue"
          fill={PALETTE.green}
          minPointSize={2}
          isAnimationActive={false}
        >
          <LabelList dataKey="label" position="right" style={{ fontSize: 12, fill: "#0f172a" }} />
        </Bar>
      </BarChart>
      <p className="text-muted mt-2 text-xs">Percent: win rate</p>
    </div>
  );
}
