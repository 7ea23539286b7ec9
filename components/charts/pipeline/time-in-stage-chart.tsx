"use client";

import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import type { StageMetrics } from "@/lib/domain/pipeline";
import { AXIS_TICK, GRID_STROKE, PALETTE, formatDays, shortLabel } from "./format";

const SERIES = ["median", "mean", "p90"];

/**
 * Median, mean and 90th-percentile days per stage, as horizontal bars: stage names read in full
 * on the left at any width, where side-by-side labels under columns collided on a phone.
 */
export function TimeInStageChart({ stages }: { stages: StageMetrics[] }) {
  const data = stages.map((s) => ({
    label: s.label,
    median: s.medianDays,
    mean: s.meanDays,
    p90: s.p90Days,
  }));
  return (
    <div data-testid="time-in-stage-chart">
      <BarChart
        responsive
        accessibilityLayer={false}
        layout="vertical"
        data={data}
        barGap={1}
        margin={{ top: 4, right: 16, bottom: 4, left: 0 }}
        style={{ width: "100%", height: Math.max(220, data.length * 56 + 56) }}
      >
        <CartesianGrid stroke={GRID_STROKE} horizontal={false} />
        <XAxis type="number" tick={AXIS_TICK} unit=" d" />
        <YAxis
          type="category"
          dataKey="label"
          width={96}
          tick={AXIS_TICK}
          interval={0}
          tickFormatter={(v: string) => shortLabel(v)}
        />
        <Tooltip formatter={(value, name) => [formatDays(Number(value)), String(name)]} />
        {/* In the bars' order (median, mean, 90th percentile), not alphabetical. */}
        <Legend
          wrapperStyle={{ fontSize: 12 }}
          itemSorter={(item) => SERIES.indexOf(String(item.dataKey))}
        />
        <Bar dataKey="median" name="Median" fill={PALETTE.primary} isAnimationActive={false} />
        <Bar dataKey="mean" name="Mean" fill={PALETTE.teal} isAnimationActive={false} />
        <Bar dataKey="p90" name="90th percentile" fill={PALETTE.amber} isAnimationActive={false} />
      </BarChart>
    </div>
  );
}
