// Latency and failures per request kind for one phase of the load benchmark, and the tables
// that print them.

/** Nearest-rank percentile of ascending `sorted` (p in 0–100); null when there is nothing. */
export function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

function summarize(samples, errors, elapsedSeconds) {
  const sorted = Float64Array.from(samples).sort();
  const failed = Object.values(errors).reduce((sum, n) => sum + n, 0);
  const round = (value) => (value === null ? null : Math.round(value * 10) / 10);
  return {
    count: samples.length,
    failed,
    perSecond: elapsedSeconds > 0 ? Math.round((samples.length / elapsedSeconds) * 10) / 10 : 0,
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    errors,
  };
}

/**
 * Every request of a phase: its kind, how long it took, and its failure if it failed. A failed
 * request keeps its latency (a timeout counts as the time waited), so slow failures show.
 */
export function createRecorder() {
  const kinds = new Map();
  return {
    record(kind, ms, error) {
      let entry = kinds.get(kind);
      if (!entry) kinds.set(kind, (entry = { samples: [], errors: {} }));
      entry.samples.push(ms);
      if (error) entry.errors[error] = (entry.errors[error] ?? 0) + 1;
    },
    /** Figures per kind (in `order`, then any other) and over all of them. */
    summary(elapsedSeconds, order) {
      const names = [
        ...order.filter((k) => kinds.has(k)),
        ...[...kinds.keys()].filter((k) => !order.includes(k)),
      ];
      const byKind = {};
      const all = [];
      const allErrors = {};
      for (const name of names) {
        const { samples, errors } = kinds.get(name);
        byKind[name] = summarize(samples, errors, elapsedSeconds);
        all.push(...samples);
        for (const [error, n] of Object.entries(errors))
          allErrors[error] = (allErrors[error] ?? 0) + n;
      }
      return { elapsedSeconds, kinds: byKind, overall: summarize(all, allErrors, elapsedSeconds) };
    },
  };
}

const number = (value) => (value === null ? "—" : value.toLocaleString("en-US"));

/** A plain-text table: `columns` are [heading, value(row), "left"|"right"]. */
export function formatTable(rows, columns) {
  const cells = rows.map((row) => columns.map(([, value]) => String(value(row))));
  const widths = columns.map(([heading], i) =>
    Math.max(heading.length, ...cells.map((line) => line[i].length)),
  );
  const pad = (text, i) =>
    columns[i][2] === "left" ? text.padEnd(widths[i]) : text.padStart(widths[i]);
  const lines = [columns.map(([heading], i) => pad(heading, i)).join("  ")];
  lines.push(widths.map((w) => "-".repeat(w)).join("  "));
  for (const line of cells) lines.push(line.map(pad).join("  "));
  return lines.join("\n");
}

/** "HTTP 502 ×3, timeout ×1", or "none". */
export function formatErrors(errors) {
  const entries = Object.entries(errors).sort((a, b) => b[1] - a[1]);
  return entries.length ? entries.map(([error, n]) => `${error} ×${n}`).join(", ") : "none";
}

/** The latency table of a phase; with `rates`, requests per second too. */
export function phaseTable(summary, labels, { rates = false } = {}) {
  const rows = Object.entries(summary.kinds).map(([kind, figures]) => ({
    label: labels[kind] ?? kind,
    ...figures,
  }));
  rows.push({ label: "all requests", ...summary.overall });
  const columns = [
    ["request", (r) => r.label, "left"],
    ["count", (r) => number(r.count)],
    ...(rates ? [["req/s", (r) => number(r.perSecond)]] : []),
    ["p50 ms", (r) => number(r.p50)],
    ["p95 ms", (r) => number(r.p95)],
    ["p99 ms", (r) => number(r.p99)],
    ["errors", (r) => number(r.failed)],
  ];
  return formatTable(rows, columns);
}
