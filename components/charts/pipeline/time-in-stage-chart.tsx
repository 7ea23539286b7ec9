"use client";

import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import type { StageMetrics } from "@/lib/domain/pipeline";
import { AXIS_TICK, GRID_STROKE, PALETTE, formatDays, shortLabel } from "./format";

/** Median, mean and 90th-percentile days per stage. */
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
        data={data}
        margin={{ top: 8, right: 8, bottom: 4, left: 0 }}
        style={{ width: "100%", height: 280 }}
      >
        <CartesianGrid stroke={GRID_STROKE} vertical={false} />
        <XAxis
          dataKey="label"
          tick={AXIS_TICK}
          interval={0}
          tickFormatter={(v: string) => shortLabel(v, 8)}
        />
        <YAxis width={36} tick={AXIS_TICK} />
        <Tooltip formatter={(value, name) => [formatDays(Number(value)), String(name)]} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        <Bar dataKey="median" name="Median" fill={PALETTE.primary} isAnimationActive={false} />
        <Bar dataKey="mean" name="Mean" fill={PALETTE.teal} isAnimationActive={false} />
        <Bar dataKey="p90" name="90th percentile" fill={PALETTE.amber} isAnimationActive={false} />
      </BarChart>
    </div>
  );
}
