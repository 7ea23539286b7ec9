// npm test: every check, in order of cost. Stops at the first failing stage and says which.
//   lint → typecheck → unit + integration (vitest, real embedded Postgres)
//   → production build → end-to-end (Playwright, Chromium, against that build)
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";

const REPORTS = ".data/test-reports";
const VITEST_JSON = `${REPORTS}/vitest.json`;
const PLAYWRIGHT_JSON = `${REPORTS}/playwright.json`;
rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });

const stages = [
  ["lint", "npx", ["eslint", "--max-warnings=0", "."]],
  ["typecheck", "npm", ["run", "--silent", "typecheck"]],
  [
    "unit and integration tests",
    "npx",
    ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${VITEST_JSON}`],
  ],
  ["production build", "npx", ["next", "build"]],
  [
    "end-to-end tests",
    "npx",
    ["playwright", "test", "--reporter=list,json"],
    { PLAYWRIGHT_JSON_OUTPUT_NAME: PLAYWRIGHT_JSON },
  ],
];

/**
 * Vitest answers 0 when a file fails in its setup (a beforeAll that throws) and so runs none of
 * its tests; its report still says so. Null when the report shows no such failure.
 */
function vitestSuiteFailure() {
  if (!existsSync(VITEST_JSON)) return "vitest wrote no report";
  const report = JSON.parse(readFileSync(VITEST_JSON, "utf8"));
  if (report.numFailedTestSuites > 0 || report.success === false) {
    const files = report.testResults
      .filter((file) => file.status === "failed")
      .map((file) => file.name);
    return `${report.numFailedTestSuites} failed test file(s): ${files.join(", ")}`;
  }
  return null;
}

/** Passed and failed test counts from the runners' JSON reports, for one closing line. */
function totals() {
  let passed = 0;
  let failed = 0;
  if (existsSync(VITEST_JSON)) {
    const report = JSON.parse(readFileSync(VITEST_JSON, "utf8"));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
  }
  if (existsSync(PLAYWRIGHT_JSON)) {
    const { stats } = JSON.parse(readFileSync(PLAYWRIGHT_JSON, "utf8"));
    passed += stats.expected + stats.flaky;
    failed += stats.unexpected;
  }
  return `${passed} passed, ${failed} failed`;
}

if (!process.env.PLAYWRIGHT_CHROMIUM_PATH && !existsSync("/usr/bin/chromium")) {
  console.warn(
    "[test] /usr/bin/chromium not found: end-to-end tests will try Playwright's own browser.\n" +
      "[test] On Debian/Ubuntu: apt-get install -y chromium (or set PLAYWRIGHT_CHROMIUM_PATH).",
  );
}

for (const [name, command, args, extraEnv = {}] of stages) {
  const started = Date.now();
  console.log(`\n[test] ${name}…`);
  const result = spawnSync(command, args, {
    stdio: "inherit",
    env: { ...process.env, FORCE_COLOR: "0", NEXT_TELEMETRY_DISABLED: "1", ...extraEnv },
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const hidden = result.status === 0 && args.includes("vitest") ? vitestSuiteFailure() : null;
  if (hidden) {
    console.error(`\n[test] FAILED: ${name} (${seconds} s): ${hidden}`);
    console.error(`tests: ${totals()}`);
    process.exit(1);
  }
  if (result.status !== 0) {
    console.error(`\n[test] FAILED: ${name} (${seconds} s)`);
    console.error(`tests: ${totals()}`);
    process.exit(result.status ?? 1);
  }
  console.log(`[test] ${name} passed in ${seconds} s`);
}
console.log("\n[test] all stages passed");
console.log(`tests: ${totals()}`);
