"use client";

import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import type { VelocityMonth } from "@/lib/domain/pipeline";
import { AXIS_TICK, GRID_STROKE, PALETTE, formatMoney } from "./format";

const monthLabel = (month: string) =>
  new Date(`${month}-01T00:00:00Z`).toLocaleString("en-US", {
    month: "short",
    year: "2-digit",
    timeZone: "UTC",
  });

/** Pipeline velocity (revenue per day) month by month. */
export function VelocityTrendChart({
  months,
  currency = "USD",
}: {
  months: VelocityMonth[];
  currency?: string;
}) {
  const data = months.map((m) => ({ month: monthLabel(m.month), velocity: m.velocityPerDay }));
  return (
    <div data-testid="velocity-trend-chart">
      <LineChart
        responsive
        accessibilityLayer={false}
        data={data}
        margin={{ top: 8, right: 12, bottom: 4, left: 0 }}
        style={{ width: "100%", height: 260 }}
      >
        <CartesianGrid stroke={GRID_STROKE} vertical={false} />
        <XAxis dataKey="month" tick={AXIS_TICK} minTickGap={12} />
        <YAxis
          width={56}
          tick={AXIS_TICK}
          tickFormatter={(v: number) => formatMoney(v, { compact: true, currency })}
        />
        <Tooltip
          formatter={(value) => [`${formatMoney(Number(value), { currency })}/day`, "Velocity"]}
        />
        <Line
          dataKey="velocity"
          name="Velocity"
          stroke={PALETTE.primary}
          strokeWidth={2}
          dot={{ r: 3 }}
          connectNulls
          isAnimationActive={false}
        />
      </LineChart>
    </div>
  );
}
