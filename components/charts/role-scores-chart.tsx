"use client";

import { useSyncExternalStore } from "react";
import { Bar, BarChart, CartesianGrid, Legend, XAxis, YAxis } from "recharts";

export type RoleScoresDatum = { name: string } & Record<string, number | string>;

const COLORS = ["#4f46e5", "#0891b2", "#d97706", "#64748b"];

/** Below this width five fracture names side by side run into each other. */
const NARROW = "(max-width: 640px)";

function subscribe(onChange: () => void) {
  const query = window.matchMedia(NARROW);
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
}

function useNarrow() {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(NARROW).matches,
    () => false,
  );
}

/**
 * Each role's score per fracture as grouped bars, so a gap between leaders shows as bars of
 * different heights. Decorative for assistive technology: the page lists the same figures.
 */
export function RoleScoresChart({
  data,
  roles,
}: {
  data: RoleScoresDatum[];
  roles: { key: string; label: string }[];
}) {
  // On a phone the names are slanted, so each keeps its own space under its bars.
  const narrow = useNarrow();
  return (
    <div aria-hidden="true" data-testid="role-scores-chart">
      <BarChart
        responsive
        accessibilityLayer={false}
        data={data}
        margin={{ top: 8, right: 8, bottom: 4, left: narrow ? 12 : -16 }}
        style={{ width: "100%", height: narrow ? 320 : 280 }}
      >
        <CartesianGrid vertical={false} stroke="#e2e8f0" />
        <XAxis
          dataKey="name"
          tick={{ fontSize: 11, fill: "#0f172a" }}
          interval={0}
          {...(narrow ? { angle: -40, textAnchor: "end", height: 72 } : {})}
        />
        <YAxis
          domain={[0, 100]}
          ticks={[0, 25, 50, 75, 100]}
          tick={{ fontSize: 11, fill: "#64748b" }}
        />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        {roles.map((r, i) => (
          <Bar
            key={r.key}
            dataKey={r.key}
            name={r.label}
            fill={COLORS[i % COLORS.length]}
            radius={[4, 4, 0, 0]}
            isAnimationActive={false}
            minPointSize={2}
          />
        ))}
      </BarChart>
    </div>
  );
}
