import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, type Prisma } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

/**
 * The one Prisma client. Only lib/data/ imports it (enforced by ESLint), so tenant scoping lives
 * in one layer. Created on first use, not on import, so `next build` can load modules without a
 * database; kept on globalThis in development so hot reloads do not open new pools.
 */
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function client(): PrismaClient {
  if (!globalForPrisma.prisma) {
    globalForPrisma.prisma = new PrismaClient({
      adapter: new PrismaPg({ connectionString: env().DATABASE_URL }),
    });
  }
  return globalForPrisma.prisma;
}

/** For tables outside row-level security: users, sessions, organizations, mail. */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const instance = client();
    const value: unknown = Reflect.get(instance, property, instance);
    return typeof value === "function" ? value.bind(instance) : value;
  },
});

export type Tx = Prisma.TransactionClient;

/** What one transaction may see of the tables under row-level security. */
export type Scope = { organizationId?: string; userId?: string; accessToken?: string };

/**
 * Run `fn` in a transaction whose row-level-security settings are `scope`. The settings are
 * transaction-local, so a pooled connection never carries one request's tenant into the next.
 */
export async function scoped<T>(
  scope: Scope,
  fn: (tx: Tx) => Promise<T>,
  options: { timeoutMs?: number } = {},
): Promise<T> {
  return db.$transaction(
    async (tx) => {
      await tx.$queryRaw`select
      set_config('app.organization_id', ${scope.organizationId ?? ""}, true),
      set_config('app.user_id', ${scope.userId ?? ""}, true),
      set_config('app.access_token', ${scope.accessToken ?? ""}, true)`;
      return fn(tx);
    },
    { timeout: options.timeoutMs ?? 5_000 },
  );
}

/** Within a scoped transaction, switch the tenant (after a token lookup has named it, say). */
export async function setTenant(tx: Tx, organizationId: string) {
  await tx.$queryRaw`select set_config('app.organization_id', ${organizationId}, true)`;
}

/** Run `fn` with one organization's rows visible, and only those. */
export function withTenant<T>(
  organizationId: string,
  fn: (tx: Tx) => Promise<T>,
  options: { timeoutMs?: number } = {},
): Promise<T> {
  return scoped({ organizationId }, fn, options);
}
