"use client";

import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import type { OwnerShare } from "@/lib/domain/pipeline";
import { AXIS_TICK, GRID_STROKE, PALETTE, formatPercent, shortLabel } from "./format";

const SHOWN = 8;

/** Each owner's share of open pipeline value and of won revenue; past the top eight, "Others". */
export function OwnerShareChart({ owners }: { owners: OwnerShare[] }) {
  const top = owners.slice(0, SHOWN);
  const rest = owners.slice(SHOWN);
  const rows = rest.length
    ? [
        ...top,
        {
          owner: `Others (${rest.length})`,
          openValueShare: rest.reduce((s, o) => s + (o.openValueShare ?? 0), 0),
          wonRevenueShare: rest.reduce((s, o) => s + (o.wonRevenueShare ?? 0), 0),
        },
      ]
    : top;
  const data = rows.map((o) => ({
    owner: o.owner,
    open: (o.openValueShare ?? 0) * 100,
    won: (o.wonRevenueShare ?? 0) * 100,
  }));
  return (
    <div data-testid="owner-share-chart">
      <BarChart
        responsive
        accessibilityLayer={false}
        layout="vertical"
        data={data}
        margin={{ top: 4, right: 16, bottom: 4, left: 0 }}
        style={{ width: "100%", height: Math.max(200, data.length * 48) }}
      >
        <CartesianGrid stroke={GRID_STROKE} horizontal={false} />
        <XAxis type="number" tick={AXIS_TICK} unit="%" domain={[0, "auto"]} />
        <YAxis
          type="category"
          dataKey="owner"
          // Wide enough for a first and last name on one line.
          width={108}
          tick={AXIS_TICK}
          tickFormatter={(v: string) => shortLabel(v)}
        />
        <Tooltip formatter={(value, name) => [formatPercent(Number(value) / 100), String(name)]} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        <Bar dataKey="open" name="Open pipeline" fill={PALETTE.primary} isAnimationActive={false} />
        <Bar dataKey="won" name="Won revenue" fill={PALETTE.teal} isAnimationActive={false} />
      </BarChart>
    </div>
  );
}
