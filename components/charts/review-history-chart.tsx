"use client";

import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { AXIS_TICK, GRID_STROKE, formatMoney, formatPercent } from "./pipeline/format";

const COLORS = ["#4f46e5", "#0891b2", "#d97706", "#db2777", "#059669"];

/** Figures frozen at each review, review by review: shares as percentages, or money. */
export function ReviewHistoryChart({
  data,
  series,
  unit,
  testId,
}: {
  data: ({ review: string } & Record<string, number | string | null>)[];
  series: { key: string; name: string }[];
  unit: "percent" | "money";
  testId: string;
}) {
  const format = (v: number) =>
    unit === "percent" ? formatPercent(v) : `${formatMoney(v, { compact: true })}`;
  return (
    <div data-testid={testId}>
      <LineChart
        responsive
        accessibilityLayer={false}
        data={data}
        margin={{ top: 12, right: 16, bottom: 4, left: 0 }}
        style={{ width: "100%", height: 240 }}
      >
        <CartesianGrid stroke={GRID_STROKE} vertical={false} />
        {/* Padded so the first and last review's labels are not cut at the plot's edges. */}
        <XAxis dataKey="review" tick={AXIS_TICK} padding={{ left: 16, right: 16 }} />
        <YAxis width={56} tick={AXIS_TICK} tickFormatter={format} />
        <Tooltip formatter={(value) => format(Number(value))} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        {series.map((s, i) => (
          <Line
            key={s.key}
            dataKey={s.key}
            name={s.name}
            stroke={COLORS[i % COLORS.length]}
            strokeWidth={2}
            dot={{ r: 4 }}
            connectNulls
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </div>
  );
}
