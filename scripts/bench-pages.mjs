// npm run bench:pages: what a CEO's phone loads when a link opens the diagnostic or a result, on
// the production build. For each page: the JavaScript of a first view (every script the page
// loads, gzipped at the default level, so the figure does not depend on the server's own
// compression) and Lighthouse's mobile performance score (its default mobile emulation and
// throttling, median of several runs). The landing page, prerendered and nearly script-free
// apart from the framework, is measured the same way in the same run as the baseline.
//
//   npm run bench:pages -- [--runs 3]
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { startApp } from "./lib/app-under-test.mjs";
import { loadBank } from "./lib/load-setup.mjs";

const { values } = parseArgs({
  options: { runs: { type: "string", default: "3" }, help: { type: "boolean", default: false } },
});
if (values.help) {
  console.log("Usage: npm run bench:pages -- [--runs 3]");
  process.exit(0);
}
const RUNS = Number(values.runs);
if (!Number.isInteger(RUNS) || RUNS < 1) {
  console.error("--runs must be a whole number of at least 1");
  process.exit(2);
}

const CHROME_PATH = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const LIGHTHOUSE = createRequire(import.meta.url).resolve("lighthouse/cli/index.js");
const BUDGET_KB = 150;
const TARGET_SCORE = 95;

/** A stored result to open, submitted as the diagnostic page submits it. */
async function createResult(baseUrl) {
  const bank = await loadBank();
  const answers = Object.fromEntries(
    bank.questions.map((question, i) => [
      question.id,
      question.options[i % question.options.length].id,
    ]),
  );
  const response = await fetch(`${baseUrl}/api/diagnostic/submissions`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: baseUrl },
    body: JSON.stringify({
      submissionId: crypto.randomUUID(),
      bankVersion: bank.version,
      answers,
      context: { role: "ceo", revenueBand: bank.contextOptions.revenueBand?.[2] },
    }),
  });
  if (response.status !== 201) throw new Error(`submission answered ${response.status}`);
  return (await response.json()).accessToken;
}

/** Every script a first view loads, each gzipped: total KB, and the count. */
async function firstViewScripts(browser, url) {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  const scripts = new Map();
  page.on("response", async (response) => {
    if (response.request().resourceType() !== "script") return;
    try {
      scripts.set(response.url(), gzipSync(await response.body()).length);
    } catch {
      // a script cut off by navigation: not part of the view
    }
  });
  await page.goto(url, { waitUntil: "networkidle" });
  await context.close();
  const bytes = [...scripts.values()].reduce((sum, n) => sum + n, 0);
  return { kb: bytes / 1024, count: scripts.size };
}

function lighthouseScore(url) {
  const run = spawnSync(
    process.execPath,
    [
      LIGHTHOUSE,
      url,
      "--only-categories=performance",
      "--output=json",
      "--quiet",
      "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
    ],
    { env: { ...process.env, CHROME_PATH }, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
  );
  if (run.status !== 0) throw new Error(`lighthouse failed on ${url}: ${run.stderr.slice(-500)}`);
  const report = JSON.parse(run.stdout);
  const audit = (id) => report.audits[id]?.numericValue;
  return {
    score: Math.round(report.categories.performance.score * 100),
    lcp: audit("largest-contentful-paint"),
    tbt: audit("total-blocking-time"),
  };
}

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];

async function main() {
  const app = await startApp({ env: { LOG_LEVEL: "warn" } });
  const browser = await chromium.launch({ executablePath: CHROME_PATH, args: ["--no-sandbox"] });
  try {
    const token = await createResult(app.baseUrl);
    const pages = [
      ["landing page (baseline)", "/"],
      ["diagnostic", "/diagnostic"],
      ["result", `/results/${token}`],
    ];
    console.log(
      `bench:pages on ${app.baseUrl} (build ${readFileSync(".next/BUILD_ID", "utf8").trim()}), ` +
        `${RUNS} Lighthouse run${RUNS === 1 ? "" : "s"} per page, mobile\n`,
    );
    const rows = [];
    for (const [name, path] of pages) {
      const url = `${app.baseUrl}${path}`;
      const js = await firstViewScripts(browser, url);
      const runs = Array.from({ length: RUNS }, () => lighthouseScore(url));
      rows.push({
        name,
        path: path.replace(token, "<token>"),
        jsKb: Math.round(js.kb * 10) / 10,
        scripts: js.count,
        scores: runs.map((r) => r.score),
        score: median(runs.map((r) => r.score)),
        lcpMs: Math.round(median(runs.map((r) => r.lcp))),
        tbtMs: Math.round(median(runs.map((r) => r.tbt))),
      });
    }
    console.log(
      "page                      JS gz KB  scripts  Lighthouse (median; runs)  LCP ms  TBT ms",
    );
    for (const r of rows) {
      console.log(
        `${r.name.padEnd(26)}${String(r.jsKb).padStart(8)}  ${String(r.scripts).padStart(7)}  ` +
          `${`${r.score} (${r.scores.join(", ")})`.padEnd(25)}  ${String(r.lcpMs).padStart(6)}  ${String(r.tbtMs).padStart(6)}`,
      );
    }
    console.log(
      `\ntargets: at most ${BUDGET_KB} KB gzipped JS and a score of at least ${TARGET_SCORE}`,
    );
    for (const r of rows.slice(1)) {
      const js = r.jsKb <= BUDGET_KB ? "within" : "over";
      const score = r.score >= TARGET_SCORE ? "meets" : "misses";
      console.log(`  ${r.name}: JS ${js} budget, score ${score} target`);
    }
    mkdirSync(".data/bench", { recursive: true });
    const file = `.data/bench/pages-${new Date().toISOString().replace(/[:.]/g, "-")}.json`;
    writeFileSync(file, JSON.stringify({ runs: RUNS, rows }, null, 2));
    console.log(`written: ${file}`);
  } finally {
    await browser.close();
    await app.stop();
  }
}

await main();
