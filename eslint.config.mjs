import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// The layers (docs/architecture.md): entry points → services → data and domain. Infrastructure
// serves all of them and imports no use case; domain code imports nothing of ours.
const INFRASTRUCTURE = [
  "./lib/actions/**",
  "./lib/auth/**",
  "./lib/csv/**",
  "./lib/db.ts",
  "./lib/db-unavailable.ts",
  "./lib/env.ts",
  "./lib/errors.ts",
  "./lib/http/**",
  "./lib/ids/**",
  "./lib/jobs/**",
  "./lib/limits/**",
  "./lib/log.ts",
  "./lib/mail/**",
  "./lib/reports/**",
  "./lib/stripe/**",
];
const ENTRY_POINTS = [
  "./app/**",
  "./components/**",
  "./instrumentation.{ts,js}",
  "./proxy.{ts,js}",
];
const layers = [
  {
    target: "./lib/domain/**",
    from: ["./lib/**", ...ENTRY_POINTS],
    // Exceptions are matched against the absolute path of the imported file.
    except: ["**/lib/domain/**"],
    message:
      "Domain code is pure: it imports other domain code and packages, nothing else of ours.",
  },
  {
    target: "./lib/data/**",
    from: ["./lib/services/**", ...ENTRY_POINTS],
    message: "The data layer never calls a use case; move the combining code to lib/services.",
  },
  {
    target: INFRASTRUCTURE,
    from: ["./lib/services/**", ...ENTRY_POINTS],
    message:
      "Infrastructure never imports a use case; let the use case register with it instead (see lib/jobs/queue.ts).",
  },
  {
    target: "./lib/services/**",
    from: ENTRY_POINTS,
    message: "Use cases are called by entry points, never the other way round.",
  },
  {
    target: ENTRY_POINTS,
    from: ["./lib/data/**", "./lib/generated/**"],
    message: "Entry points call a lib/services function; only services reach lib/data.",
  },
  {
    target: "./components/**",
    from: ["./app/**"],
    message: "Shared components do not import route code.",
  },
];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/ban-ts-comment": "error",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
    },
  },
  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}", "*.ts"],
    rules: { "import/no-restricted-paths": ["error", { zones: layers }] },
  },
  {
    // The data layer is the only code that talks to the database, so tenant scoping has one home.
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}"],
    ignores: ["lib/data/**", "lib/db.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/lib/db", "@/lib/generated/*", "**/generated/prisma/*"],
              message:
                "Only lib/data/ imports the Prisma client; call a lib/data function instead.",
            },
          ],
        },
      ],
    },
  },
  globalIgnores([
    ".next/**",
    "out/**",
    "build/**",
    "next-env.d.ts",
    "lib/generated/**",
    ".data/**",
    "test-results/**",
    "playwright-report/**",
  ]),
]);
