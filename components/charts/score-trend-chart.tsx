"use client";

import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";

export type TrendPoint = { period: string } & Record<string, number | string>;

const COLORS = ["#4f46e5", "#0891b2", "#d97706", "#db2777", "#059669"];

/** Average leak score per fracture per month. */
export function ScoreTrendChart({
  data,
  series,
}: {
  data: TrendPoint[];
  series: { key: string; name: string }[];
}) {
  return (
    <div data-testid="trend-chart">
      <LineChart
        responsive
        accessibilityLayer={false}
        data={data}
        margin={{ top: 8, right: 16, bottom: 4, left: 0 }}
        style={{ width: "100%", height: 300 }}
      >
        <CartesianGrid stroke="#e2e8f0" vertical={false} />
        <XAxis dataKey="period" tick={{ fontSize: 12, fill: "#64748b" }} />
        <YAxis
          domain={[0, 100]}
          ticks={[0, 25, 50, 75, 100]}
          width={32}
          tick={{ fontSize: 12, fill: "#64748b" }}
        />
        <Tooltip />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        {series.map((s, i) => (
          <Line
            key={s.key}
            dataKey={s.key}
            name={s.name}
            stroke={COLORS[i % COLORS.length]}
            strokeWidth={2}
            dot={{ r: 3 }}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </div>
  );
}
