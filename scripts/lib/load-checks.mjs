// What the load benchmark checks once the traffic has stopped: that every acknowledged
// submission is stored, and what the server logged meanwhile.
import { readFileSync } from "node:fs";

/** Which acknowledged submissions are stored, and what became of the unacknowledged ones. */
export async function checkSubmissions(query, submissions) {
  const ids = submissions.map((s) => s.submissionId);
  const rows = await query(
    `select "submissionId"::text as id from "DiagnosticAssessment" where "submissionId" = any($1::uuid[])`,
    [ids],
  );
  const stored = new Set(rows.map((row) => row.id));
  const acknowledged = submissions.filter((s) => s.acknowledged);
  const lost = acknowledged.filter((s) => !stored.has(s.submissionId));
  const unacknowledged = submissions.filter((s) => !s.acknowledged);
  return {
    sent: submissions.length,
    acknowledged: acknowledged.length,
    stored: acknowledged.length - lost.length,
    lost: lost.length,
    lostIds: lost.slice(0, 20).map((s) => s.submissionId),
    unacknowledged: unacknowledged.length,
    unacknowledgedButStored: unacknowledged.filter((s) => stored.has(s.submissionId)).length,
  };
}

/**
 * Warnings and errors the server logged, by message, apart from those written once the app and
 * its database were being stopped (from `stoppingAt`).
 */
export function summarizeServerLog(file, stoppingAt) {
  let text = "";
  try {
    text = readFileSync(file, "utf8");
  } catch {
    // no log: the app never started
  }
  const counts = { warnings: 0, errors: 0, whileStopping: 0 };
  const messages = new Map();
  const firstLine = (value) =>
    String(value)
      .replace(/\u001b\[[0-9;]*m/g, "")
      .split("\n")[0]
      .trim()
      .slice(0, 160);
  for (const line of text.split("\n")) {
    if (!line.startsWith("{")) continue;
    let entry;
    try {
      entry = JSON.parse(line);
    } catch {
      continue;
    }
    if (!["warn", "error", "fatal"].includes(entry.level)) continue;
    if (stoppingAt && Date.parse(entry.time) >= stoppingAt) {
      counts.whileStopping += 1;
      continue;
    }
    if (entry.level === "warn") counts.warnings += 1;
    else counts.errors += 1;
    const detail = entry.err?.message ? `: ${firstLine(entry.err.message)}` : "";
    const key = `${entry.level} ${firstLine(entry.msg ?? "")}${detail}`;
    messages.set(key, (messages.get(key) ?? 0) + 1);
  }
  return {
    file,
    ...counts,
    messages: [...messages]
      .sort((x, y) => y[1] - x[1])
      .map(([message, count]) => ({ message, count })),
  };
}
