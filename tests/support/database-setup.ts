import { inject } from "vitest";

// Point the app's database module at the suite's database before any test imports it.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.PLATFORM_ORG_SLUG ??= "revenue-chain";
process.env.APP_URL ??= "https://app.revenuechain.test";
delete process.env.SMTP_URL;
process.env.AUTH_SECRET ??= "test-secret-test-secret-test-secret-0123";
process.env.LINK_ENCRYPTION_KEY ??= Buffer.alloc(32, 7).toString("base64");
