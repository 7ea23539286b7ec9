"use client";

import { Bar, BarChart, CartesianGrid, Cell, LabelList, XAxis, YAxis } from "recharts";

export type FractureScoreDatum = {
  key: string;
  name: string;
  score: number;
  color: string;
  primary: boolean;
};

/**
 * The five leak scores as horizontal bars in chain order. The chart is decorative for assistive
 * technology: the page renders the same figures as a list beside it.
 */
export function FractureScoreChart({ data }: { data: FractureScoreDatum[] }) {
  return (
    <div aria-hidden="true" data-testid="fracture-chart">
      <BarChart
        responsive
        accessibilityLayer={false}
        layout="vertical"
        data={data}
        margin={{ top: 4, right: 40, bottom: 4, left: 4 }}
        style={{ width: "100%", height: 280 }}
      >
        <CartesianGrid horizontal={false} stroke="#e2e8f0" />
        <XAxis
          type="number"
          domain={[0, 100]}
          ticks={[0, 25, 50, 75, 100]}
          tick={{ fontSize: 12, fill: "#64748b" }}
        />
        <YAxis
          type="category"
          dataKey="name"
          width={112}
          tick={{ fontSize: 12, fill: "#0f172a" }}
          tickLine={false}
          axisLine={false}
        />
        <Bar
          dataKey="score"
          radius={[0, 6, 6, 0]}
          isAnimationActive={false}
          barSize={26}
          minPointSize={3}
        >
          {data.map((d) => (
            <Cell key={d.key} fill={d.color} fillOpacity={d.primary ? 1 : 0.55} />
          ))}
          <LabelList
            dataKey="score"
            position="right"
            style={{ fontSize: 12, fontWeight: 600, fill: "#0f172a" }}
          />
        </Bar>
      </BarChart>
    </div>
  );
}
