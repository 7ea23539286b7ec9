// npm test: every check, in order of cost. Stops at the first failing stage and says which.
//   lint → typecheck → unit + integration (vitest, real embedded Postgres)
//   → production build → end-to-end (Playwright, Chromium, against that build)
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const stages = [
  ["lint", "npx", ["eslint", "--max-warnings=0", "."]],
  ["typecheck", "npm", ["run", "--silent", "typecheck"]],
  ["unit and integration tests", "npx", ["vitest", "run"]],
  ["production build", "npx", ["next", "build"]],
  ["end-to-end tests", "npx", ["playwright", "test"]],
];

if (!process.env.PLAYWRIGHT_CHROMIUM_PATH && !existsSync("/usr/bin/chromium")) {
  console.warn(
    "[test] /usr/bin/chromium not found: end-to-end tests will try Playwright's own browser.\n" +
      "[test] On Debian/Ubuntu: apt-get install -y chromium (or set PLAYWRIGHT_CHROMIUM_PATH).",
  );
}

for (const [name, command, args] of stages) {
  const started = Date.now();
  console.log(`\n[test] ${name}…`);
  const result = spawnSync(command, args, {
    stdio: "inherit",
    env: { ...process.env, FORCE_COLOR: "0", NEXT_TELEMETRY_DISABLED: "1" },
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n[test] FAILED: ${name} (${seconds} s)`);
    process.exit(result.status ?? 1);
  }
  console.log(`[test] ${name} passed in ${seconds} s`);
}
console.log("\n[test] all stages passed");
