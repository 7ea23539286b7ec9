"use client";

import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from "recharts";
import type { StageMetrics } from "@/lib/domain/pipeline";
import { AXIS_TICK, GRID_STROKE, PALETTE, formatPercent, shortLabel } from "./format";

/** Opportunities that entered each open stage, split into moved on / dropped / still there. */
export function FunnelChart({ stages }: { stages: StageMetrics[] }) {
  const data = stages.map((s) => ({
    label: s.label,
    movedForward: s.movedForward,
    dropped: s.dropped,
    other: Math.max(0, s.entered - s.movedForward - s.dropped),
    conversion: formatPercent(s.conversionRate),
  }));
  return (
    <div data-testid="funnel-chart">
      <BarChart
        responsive
        accessibilityLayer={false}
        layout="vertical"
        data={data}
        margin={{ top: 4, right: 48, bottom: 4, left: 0 }}
        style={{ width: "100%", height: Math.max(200, data.length * 44) }}
      >
        <CartesianGrid stroke={GRID_STROKE} horizontal={false} />
        <XAxis type="number" tick={AXIS_TICK} allowDecimals={false} />
        <YAxis
          type="category"
          dataKey="label"
          width={96}
          tick={AXIS_TICK}
          tickFormatter={(v: string) => shortLabel(v)}
        />
        <Tooltip
          formatter={(value, name) => [Number(value).toLocaleString("en-US"), String(name)]}
        />
        <Bar
          dataKey="movedForward"
          name="Moved on"
          stackId="a"
          fill={PALETTE.primary}
          isAnimationActive={false}
        />
        <Bar
          dataKey="dropped"
          name="Dropped"
          stackId="a"
          fill={PALETTE.pink}
          isAnimationActive={false}
        />
        <Bar
          dataKey="other"
          name="Still there"
          stackId="a"
          fill={PALETTE.muted}
          isAnimationActive={false}
        >
          <LabelList
            dataKey="conversion"
            position="right"
            style={{ fontSize: 12, fill: "#0f172a" }}
          />
        </Bar>
      </BarChart>
      <p className="text-muted mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs">
        <span>
          <span className="mr-1 inline-block size-2.5 rounded-sm bg-[#4f46e5]" />
          Moved on
        </span>
        <span>
          <span className="mr-1 inline-block size-2.5 rounded-sm bg-[#db2777]" />
          Dropped
        </span>
        <span>
          <span className="mr-1 inline-block size-2.5 rounded-sm bg-[#cbd5e1]" />
          Still there
        </span>
        <span>Percent: conversion</span>
      </p>
    </div>
  );
}
