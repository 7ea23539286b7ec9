import { z } from "zod";
import { zLimitSpec } from "@/lib/limits/limit-spec";

/**
 * Every environment variable the server reads, validated once at boot (instrumentation.ts) so a
 * missing or malformed value stops the server with a sentence instead of failing a request later.
 * .env.example documents each one.
 */
const ZServerEnv = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: z
    .string({
      error: "DATABASE_URL is required (npm run dev / npm start set it for the embedded database).",
    })
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// connection string."),
  APP_URL: z
    .url("APP_URL must be an absolute URL such as https://app.example.com.")
    .regex(/^https?:\/\//, "APP_URL must start with https:// (or http:// for a local server).")
    .optional(),
  /**
   * How many proxies in front of the app append to X-Forwarded-For. Unset: the app's own server
   * (npm start) takes the client address from the connection itself.
   */
  TRUSTED_PROXY_HOPS: z.coerce
    .number()
    .int()
    .min(1, "TRUSTED_PROXY_HOPS counts proxies: 1 or more, or leave it unset.")
    .max(10)
    .optional(),
  /** Connections each app instance keeps to Postgres for requests (jobs have their own). */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(20),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "silent"]).default("info"),
  PLATFORM_ORG_SLUG: z
    .string()
    .regex(
      /^[a-z0-9-]{2,48}$/,
      "PLATFORM_ORG_SLUG must be 2–48 lowercase letters, digits or dashes.",
    )
    .default("revenue-chain"),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "SMTP_URL must look like smtp://user:pass@host:587 or smtps://…")
    .optional(),
  EMAIL_FROM: z.string().min(3).default("Revenue Chain <no-reply@revenuechain.local>"),
  AUTH_SECRET: z
    .string({
      error:
        "AUTH_SECRET is required: a random string of 32+ characters (openssl rand -base64 32).",
    })
    .min(32, "AUTH_SECRET must be at least 32 characters."),
  /**
   * Encrypts the link tokens kept so they can be shown or sent again (share links, respondents'
   * links): 32 random bytes in base64. Changing it leaves those links working by their hash, but
   * they can no longer be shown until replaced.
   */
  LINK_ENCRYPTION_KEY: z
    .string({
      error:
        "LINK_ENCRYPTION_KEY is required: 32 random bytes in base64 (openssl rand -base64 32).",
    })
    .refine(
      (value) =>
        /^[A-Za-z0-9+/_-]+={0,2}$/.test(value) && Buffer.from(value, "base64").length === 32,
      "LINK_ENCRYPTION_KEY must be 32 bytes in base64 (openssl rand -base64 32).",
    ),
  /** Days between automatic reminders to a leader who has not sent answers; 0 turns them off. */
  SNAPSHOT_REMINDER_DAYS: z.coerce.number().int().min(0).max(60).default(3),
  /** Automatic reminders a leader gets at most. */
  SNAPSHOT_REMINDER_MAX: z.coerce.number().int().min(0).max(10).default(3),
  /** "off" on app instances that should not work background jobs (CRM imports). */
  JOB_WORKER: z.enum(["on", "off"]).default("on"),
  /** Largest CRM export accepted for import, in megabytes. */
  IMPORT_MAX_MB: z.coerce.number().int().min(1).max(4096).default(512),
  /** Stripe: all three set for real payments; none set for the local test-mode checkout. */
  STRIPE_SECRET_KEY: z
    .string()
    .regex(/^(sk|rk)_(test|live)_\w+$/, "STRIPE_SECRET_KEY must be a Stripe secret key (sk_…).")
    .optional(),
  STRIPE_WEBHOOK_SECRET: z
    .string()
    .regex(/^whsec_\w+$/, "STRIPE_WEBHOOK_SECRET must be a webhook signing secret (whsec_…).")
    .optional(),
  STRIPE_PRICE_SNAPSHOT: z
    .string()
    .regex(/^price_\w+$/, "STRIPE_PRICE_SNAPSHOT must be a Stripe price id (price_…).")
    .optional(),
  /** Another address for Stripe's API, such as a local server in tests. */
  STRIPE_API_BASE: z.url("STRIPE_API_BASE must be an absolute URL.").optional(),
  /** The Snapshot's price in US dollars, shown before checkout and charged in test mode. */
  SNAPSHOT_PRICE_USD: z.coerce.number().int().min(1).max(1_000_000).default(4900),
  /** Abuse limits: "<count>/<window>", window in s, m, h or d. */
  RATE_LIMIT_SIGN_IN_PER_ADDRESS: zLimitSpec("RATE_LIMIT_SIGN_IN_PER_ADDRESS", "5/15m"),
  RATE_LIMIT_SIGN_IN_PER_CLIENT: zLimitSpec("RATE_LIMIT_SIGN_IN_PER_CLIENT", "20/15m"),
  RATE_LIMIT_DIAGNOSTIC_PER_CLIENT: zLimitSpec("RATE_LIMIT_DIAGNOSTIC_PER_CLIENT", "10/10m"),
  RATE_LIMIT_DIAGNOSTIC_PER_LINK: zLimitSpec("RATE_LIMIT_DIAGNOSTIC_PER_LINK", "600/1h"),
  RATE_LIMIT_RESULT_COPY_PER_RECIPIENT: zLimitSpec("RATE_LIMIT_RESULT_COPY_PER_RECIPIENT", "3/1d"),
  RATE_LIMIT_RESULT_COPY_PER_RESULT: zLimitSpec("RATE_LIMIT_RESULT_COPY_PER_RESULT", "2/366d"),
  RATE_LIMIT_RESULT_LINK_PER_CLIENT: zLimitSpec("RATE_LIMIT_RESULT_LINK_PER_CLIENT", "20/10m"),
  RATE_LIMIT_RESPONDENT_PER_LINK: zLimitSpec("RATE_LIMIT_RESPONDENT_PER_LINK", "600/1h"),
  RATE_LIMIT_PDF_PER_CLIENT: zLimitSpec("RATE_LIMIT_PDF_PER_CLIENT", "30/10m"),
  RATE_LIMIT_RESULT_PDF_PER_CLIENT: zLimitSpec("RATE_LIMIT_RESULT_PDF_PER_CLIENT", "20/10m"),
  RATE_LIMIT_RESULT_IMAGE_PER_CLIENT: zLimitSpec("RATE_LIMIT_RESULT_IMAGE_PER_CLIENT", "120/10m"),
  RATE_LIMIT_REPRICE_PER_CLIENT: zLimitSpec("RATE_LIMIT_REPRICE_PER_CLIENT", "20/10m"),
  RATE_LIMIT_REPRICE_PER_RESULT: zLimitSpec("RATE_LIMIT_REPRICE_PER_RESULT", "5/1h"),
  RATE_LIMIT_NEXT_STEP_PER_CLIENT: zLimitSpec("RATE_LIMIT_NEXT_STEP_PER_CLIENT", "30/10m"),
  RATE_LIMIT_NEXT_STEP_PER_RESULT: zLimitSpec("RATE_LIMIT_NEXT_STEP_PER_RESULT", "20/1h"),
  RATE_LIMIT_UNSUBSCRIBE_PER_CLIENT: zLimitSpec("RATE_LIMIT_UNSUBSCRIBE_PER_CLIENT", "30/10m"),
  AUTH_GOOGLE_ID: z.string().min(1).optional(),
  AUTH_GOOGLE_SECRET: z.string().min(1).optional(),
  AUTH_MICROSOFT_ENTRA_ID_ID: z.string().min(1).optional(),
  AUTH_MICROSOFT_ENTRA_ID_SECRET: z.string().min(1).optional(),
  AUTH_MICROSOFT_ENTRA_ID_ISSUER: z.url().optional(),
});

const ZServerEnvChecked = ZServerEnv.superRefine((value, ctx) => {
  if (value.NODE_ENV === "production" && !value.APP_URL) {
    ctx.addIssue({
      code: "custom",
      path: ["APP_URL"],
      message:
        "APP_URL is required in production: every link the app sends is built from it, never from a request's Host header.",
    });
  }
  const pairs: [string, string | undefined, string, string | undefined][] = [
    ["AUTH_GOOGLE_ID", value.AUTH_GOOGLE_ID, "AUTH_GOOGLE_SECRET", value.AUTH_GOOGLE_SECRET],
    [
      "AUTH_MICROSOFT_ENTRA_ID_ID",
      value.AUTH_MICROSOFT_ENTRA_ID_ID,
      "AUTH_MICROSOFT_ENTRA_ID_SECRET",
      value.AUTH_MICROSOFT_ENTRA_ID_SECRET,
    ],
  ];
  const stripe = [
    ["STRIPE_SECRET_KEY", value.STRIPE_SECRET_KEY],
    ["STRIPE_WEBHOOK_SECRET", value.STRIPE_WEBHOOK_SECRET],
    ["STRIPE_PRICE_SNAPSHOT", value.STRIPE_PRICE_SNAPSHOT],
  ] as const;
  if (value.STRIPE_SECRET_KEY) {
    for (const [name, set] of stripe) {
      if (!set)
        ctx.addIssue({
          code: "custom",
          path: [name],
          message: `${name} is required when STRIPE_SECRET_KEY is set.`,
        });
    }
  }
  for (const [idName, id, secretName, secret] of pairs) {
    if (Boolean(id) !== Boolean(secret)) {
      ctx.addIssue({
        code: "custom",
        path: [id ? secretName : idName],
        message: `${idName} and ${secretName} must be set together.`,
      });
    }
  }
});

export type ServerEnv = z.infer<typeof ZServerEnv>;

let cached: ServerEnv | undefined;

export function parseServerEnv(source: Record<string, string | undefined>): ServerEnv {
  const result = ZServerEnvChecked.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map(
      (issue) => `  - ${issue.path.join(".")}: ${issue.message}`,
    );
    throw new Error(`Invalid environment:\n${problems.join("\n")}`);
  }
  return result.data;
}

/** The validated server environment. Throws on first use when it is invalid. */
export function env(): ServerEnv {
  cached ??= parseServerEnv(process.env);
  return cached;
}
