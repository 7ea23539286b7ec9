// npm run bench:load: the production server under many people at once. Virtual users, each from
// its own loopback address over its own keep-alive connection, walk the landing page, the
// diagnostic (submitted as the build's page submits it), the result, and signed in the pipeline
// and scoreboard, with think time; then the same with none, to find the server's ceiling. A
// static script file from the same server, in the same loop, is the baseline. Every acknowledged
// submission is looked up in the database at the end.
//
//   npm run bench:load -- [--users 50] [--seconds 300] [--saturation-seconds 30] [--signed-in N]
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import { parseArgs } from "node:util";
import { startApp } from "./lib/app-under-test.mjs";
import { checkSubmissions, summarizeServerLog } from "./lib/load-checks.mjs";
import {
  createSignedInUsers,
  findStaticScript,
  loadBank,
  submitTransport,
} from "./lib/load-setup.mjs";
import { formatErrors, phaseTable, createRecorder } from "./lib/load-stats.mjs";
import { createVirtualUser, loopbackAddress, REQUEST_TIMEOUT_MS } from "./lib/load-user.mjs";

const USAGE =
  "Usage: npm run bench:load -- [--users 50] [--seconds 300] [--saturation-seconds 30] [--signed-in N]\n" +
  "  --signed-in  how many of the users are signed in as members of northwind-demo (default: half)";

const { values } = parseArgs({
  options: {
    users: { type: "string", default: "50" },
    seconds: { type: "string", default: "300" },
    "saturation-seconds": { type: "string", default: "30" },
    "signed-in": { type: "string" },
    help: { type: "boolean", default: false },
  },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
function wholeNumber(name, text, min) {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min) {
    console.error(`--${name} must be a whole number of at least ${min}.\n${USAGE}`);
    process.exit(2);
  }
  return value;
}
const users = wholeNumber("users", values.users, 1);
const settings = {
  users,
  signedIn: wholeNumber("signed-in", values["signed-in"] ?? String(Math.floor(users / 2)), 0),
  seconds: wholeNumber("seconds", values.seconds, 1),
  saturationSeconds: wholeNumber("saturation-seconds", values["saturation-seconds"], 0),
  thinkTimeMs: { min: 1000, max: 3000 },
  requestTimeoutMs: REQUEST_TIMEOUT_MS,
  organizationSlug: "northwind-demo",
};
if (settings.signedIn > users) {
  console.error(`--signed-in cannot exceed --users (${users}).`);
  process.exit(2);
}

// Each virtual user submits every ten seconds or so, far more often than a person, so the
// per-client and per-link limits would refuse the benchmark's own traffic at their defaults.
const LIMITS = {
  RATE_LIMIT_DIAGNOSTIC_PER_CLIENT: "1000000/1m",
  RATE_LIMIT_DIAGNOSTIC_PER_LINK: "1000000/1m",
};
const KINDS = ["static", "landing", "diagnostic", "submit", "result", "pipeline", "scoreboard"];
const LABELS = {
  static: "GET static script (baseline)",
  landing: "GET / (landing, prerendered)",
  diagnostic: "GET /diagnostic",
  submit: "POST submit", // named once the build says how its page submits
  result: "GET /results/<token>",
  pipeline: `GET /o/${settings.organizationSlug}/pipeline`,
  scoreboard: `GET /o/${settings.organizationSlug}/scoreboard`,
};

const stamp = new Date().toISOString().replace(/[:.]/g, "-");
const outDir = ".data/bench";
const logFile = `${outDir}/load-${stamp}.log`;
const jsonFile = `${outDir}/load-${stamp}.json`;

function machine() {
  const cpus = os.cpus();
  return {
    cores: cpus.length,
    cpuModel: cpus[0]?.model?.trim() ?? "unknown",
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    loadAverage: os.loadavg().map((n) => Math.round(n * 100) / 100),
  };
}

let interrupted = false;
let app;
async function stopApp() {
  const running = app;
  app = undefined;
  try {
    await running?.stop();
  } catch (error) {
    console.error(`stopping the app: ${error.message}`);
  }
}
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    if (interrupted) {
      stopApp().finally(() => process.exit(130));
      return;
    }
    interrupted = true;
    console.log(`\n${signal}: finishing the requests under way, then stopping the app…`);
  });
}

async function runPhase(virtualUsers, { seconds, think, submissions }) {
  const recorder = createRecorder();
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    virtualUsers.map((vu) =>
      vu.run({
        deadline,
        think,
        recorder,
        submissions,
        stopped: () => interrupted,
        // Arrivals spread over the first pause, not all at the same instant.
        startDelayMs: think ? Math.random() * think.max : 0,
      }),
    ),
  );
  const elapsed = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const summary = recorder.summary(Math.round(elapsed * 10) / 10, KINDS);
  summary.loadGeneratorCpuPercent = Math.round(((cpu.user + cpu.system) / 1e6 / elapsed) * 100);
  return summary;
}

function printPhase(title, summary, options) {
  console.log(`\n${title} (${summary.elapsedSeconds} s)`);
  console.log(phaseTable(summary, LABELS, options));
  const failing = Object.entries(summary.kinds).filter(([, figures]) => figures.failed > 0);
  if (failing.length === 0) console.log("errors: none");
  for (const [kind, figures] of failing)
    console.log(`errors, ${LABELS[kind]}: ${formatErrors(figures.errors)}`);
  console.log(
    `load generator: ${summary.loadGeneratorCpuPercent} % of one core (it shares the machine with the server)`,
  );
}

async function benchmark() {
  const bank = await loadBank();
  const startedAt = new Date().toISOString();
  const host = machine();
  console.log(
    `bench:load: ${settings.users} virtual users (${settings.signedIn} signed in), ${settings.seconds} s with ` +
      `${settings.thinkTimeMs.min / 1000}–${settings.thinkTimeMs.max / 1000} s think time, then ` +
      `${settings.saturationSeconds} s with none; request timeout ${REQUEST_TIMEOUT_MS / 1000} s`,
  );
  console.log(
    `machine: ${host.cores} cores (${host.cpuModel}), ${host.memoryGiB} GiB, ${host.os}, Node ${host.node}; ` +
      `load average at start ${host.loadAverage.join(" ")}`,
  );
  console.log(
    `limits raised for this run: ${Object.entries(LIMITS)
      .map(([k, v]) => `${k}=${v}`)
      .join(", ")} ` +
      "(every virtual user submits every few seconds; the defaults would refuse them)",
  );
  console.log(`starting the production build on a throwaway Postgres (server log: ${logFile})…`);

  app = await startApp({ env: LIMITS, logFile });
  const origin = app.baseUrl;
  const target = { host: "127.0.0.1", port: Number(new URL(origin).port), origin };
  const submitVia = submitTransport();
  LABELS.submit = `POST ${submitVia.path}`;
  const buildId = readFileSync(".next/BUILD_ID", "utf8").trim();
  const staticPath = await findStaticScript(origin);
  const tokens = await createSignedInUsers(app.query, settings.organizationSlug, settings.signedIn);
  const virtualUsers = Array.from({ length: settings.users }, (_, index) =>
    createVirtualUser({
      index,
      target,
      sessionToken: tokens[index],
      organizationSlug: settings.organizationSlug,
      staticPath,
      submitVia,
      bank,
    }),
  );
  console.log(
    `app ${origin} (build ${buildId}); users connect from ${loopbackAddress(0)}–${loopbackAddress(settings.users - 1)}, ` +
      `one keep-alive connection each; static baseline ${staticPath}; the diagnostic is sent by ${LABELS.submit}`,
  );

  const submissions = [];
  // One round of every page by a signed-in user (or an anonymous one), untimed: it loads each
  // route once and shows at once whether the setup works.
  const warmUp = createRecorder();
  await virtualUsers[0].run({
    deadline: Infinity,
    recorder: warmUp,
    submissions,
    stopped: () => interrupted,
    once: true,
  });
  const warmUpFailures = Object.entries(warmUp.summary(0, KINDS).kinds).filter(
    ([, f]) => f.failed > 0,
  );
  for (const [kind, figures] of warmUpFailures)
    console.log(`warm-up: ${LABELS[kind]} failed: ${formatErrors(figures.errors)}`);

  const think = await runPhase(virtualUsers, {
    seconds: settings.seconds,
    think: settings.thinkTimeMs,
    submissions,
  });
  printPhase(
    `With think time: ${settings.users} users, ${settings.thinkTimeMs.min / 1000}–${settings.thinkTimeMs.max / 1000} s between requests`,
    think,
  );
  const saturation =
    settings.saturationSeconds > 0 && !interrupted
      ? await runPhase(virtualUsers, {
          seconds: settings.saturationSeconds,
          think: null,
          submissions,
        })
      : null;
  if (saturation) {
    printPhase(`Saturation: the same ${settings.users} users, no think time`, saturation, {
      rates: true,
    });
    console.log(
      `throughput: ${saturation.overall.perSecond.toLocaleString("en-US")} requests/s overall, p95 ${saturation.overall.p95?.toLocaleString("en-US")} ms`,
    );
  }

  // After Ctrl-C in a terminal the app has had the signal too, and the database may be gone.
  let check = null;
  let seen = null;
  try {
    check = await checkSubmissions(app.query, submissions);
    [seen] = await app.query(
      `select count(distinct key)::int as n from "RateLimitWindow" where key like 'diagnosticPerClient:%'`,
    );
  } catch (error) {
    console.log(`\nsubmissions could not be checked: ${error.message}`);
  }
  if (check) {
    console.log(
      `\nsubmissions: acknowledged ${check.acknowledged}, stored ${check.stored}, lost ${check.lost}` +
        (check.unacknowledged
          ? ` (${check.unacknowledged} not acknowledged, of which ${check.unacknowledgedButStored} stored anyway)`
          : ""),
    );
    if (check.lost)
      console.log(
        `lost submission ids (first ${check.lostIds.length}): ${check.lostIds.join(", ")}`,
      );
    console.log(
      `client addresses counted by the per-client limit: ${seen?.n ?? 0} (users: ${settings.users})`,
    );
  }
  for (const vu of virtualUsers) vu.close();

  return {
    startedAt,
    machine: { ...host, loadAverage: { atStart: host.loadAverage, atEnd: machine().loadAverage } },
    settings: { ...settings, limits: LIMITS, buildId, staticPath, submitVia },
    interrupted,
    warmUpFailures: Object.fromEntries(warmUpFailures.map(([kind, f]) => [kind, f.errors])),
    phases: { thinkTime: think, saturation },
    submissions: check,
    clientAddressesSeen: seen?.n ?? 0,
  };
}

mkdirSync(outDir, { recursive: true });
let results;
let stoppingAt;
try {
  results = await benchmark();
} catch (error) {
  console.error(`bench:load could not run: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
} finally {
  stoppingAt = Date.now();
  await stopApp();
}
if (results) {
  const serverLog = summarizeServerLog(logFile, stoppingAt);
  console.log(
    `server log: ${serverLog.warnings} warnings and ${serverLog.errors} errors during the run, ` +
      `${serverLog.whileStopping} more while stopping (${logFile})`,
  );
  for (const { message, count } of serverLog.messages.slice(0, 10))
    console.log(`  ${count} × ${message}`);
  writeFileSync(jsonFile, `${JSON.stringify({ ...results, serverLog }, null, 2)}\n`);
  console.log(`written: ${jsonFile}`);
  if (interrupted) process.exitCode = 130;
}
// Explicitly: the same exit hook would otherwise end the process with 0 whatever happened.
process.exit(process.exitCode ?? 0);
