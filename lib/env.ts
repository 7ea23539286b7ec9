import { z } from "zod";

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
  APP_URL: z.url("APP_URL must be an absolute URL such as https://app.example.com.").optional(),
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
});

export type ServerEnv = z.infer<typeof ZServerEnv>;

let cached: ServerEnv | undefined;

export function parseServerEnv(source: Record<string, string | undefined>): ServerEnv {
  const result = ZServerEnv.safeParse(source);
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
