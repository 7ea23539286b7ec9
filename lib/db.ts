import { AsyncLocalStorage } from "node:async_hooks";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, type Prisma } from "@/lib/generated/prisma/client";
import { asServiceUnavailable } from "@/lib/db-unavailable";
import { asUnstorableInput } from "@/lib/db-unstorable-input";
import { env } from "@/lib/env";

/**
 * The one Prisma client. Only lib/data/ imports it (enforced by ESLint), so tenant scoping lives
 * in one layer. Created on first use, not on import, so `next build` can load modules without a
 * database; kept on globalThis in development so hot reloads do not open new pools.
 */
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function client(): PrismaClient {
  if (!globalForPrisma.prisma) {
    const { DATABASE_URL, DATABASE_POOL_SIZE } = env();
    const base = new PrismaClient({
      adapter: new PrismaPg({
        connectionString: DATABASE_URL,
        max: DATABASE_POOL_SIZE,
        // Waiting for a connection ends with an error a person can be told about, not a hang.
        connectionTimeoutMillis: 5_000,
        idleTimeoutMillis: 30_000,
      }),
    });
    // An unreachable database surfaces as the app's UNAVAILABLE error wherever it is met.
    globalForPrisma.prisma = base.$extends({
      query: {
        async $allOperations({ args, query }) {
          try {
            return await query(args);
          } catch (error) {
            throw asUnstorableInput(asServiceUnavailable(error));
          }
        },
      },
    }) as unknown as PrismaClient;
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

type OpenScope = { key: string; tx: Tx };
/** The read transaction a page loader opened (withSharedScope), if any. */
const sharedScopes = new AsyncLocalStorage<OpenScope>();

function keyOf(scope: Scope): string {
  return JSON.stringify([scope.organizationId ?? "", scope.userId ?? "", scope.accessToken ?? ""]);
}

async function openTransaction<T>(
  scope: Scope,
  fn: (tx: Tx) => Promise<T>,
  timeoutMs: number,
): Promise<T> {
  try {
    return await db.$transaction(
      async (tx) => {
        await tx.$queryRaw`select
      set_config('app.organization_id', ${scope.organizationId ?? ""}, true),
      set_config('app.user_id', ${scope.userId ?? ""}, true),
      set_config('app.access_token', ${scope.accessToken ?? ""}, true)`;
        return fn(tx);
      },
      { timeout: timeoutMs },
    );
  } catch (error) {
    throw asUnstorableInput(asServiceUnavailable(error));
  }
}

/**
 * Run `fn` in a transaction whose row-level-security settings are `scope`. The settings are
 * transaction-local, so a pooled connection never carries one request's tenant into the next.
 * Inside withSharedScope for the same scope, the loader's open transaction is used instead of a
 * new one, unless `ownTransaction` asks for one (a write that must commit or fail on its own).
 */
export async function scoped<T>(
  scope: Scope,
  fn: (tx: Tx) => Promise<T>,
  options: { timeoutMs?: number; ownTransaction?: boolean } = {},
): Promise<T> {
  const open = sharedScopes.getStore();
  if (open && open.key === keyOf(scope) && !options.ownTransaction) return fn(open.tx);
  return openTransaction(scope, fn, options.timeoutMs ?? 5_000);
}

/**
 * Run a page loader's reads in one transaction: every scoped() call inside `fn` for the same
 * scope shares it, so a page holds one pooled connection however many queries it makes (they
 * queue on that connection instead of each waiting for one of their own). Reads only: a data
 * function that recovers from a failed write inside it would find the transaction aborted.
 */
export function withSharedScope<T>(
  scope: Scope,
  fn: () => Promise<T>,
  options: { timeoutMs?: number } = {},
): Promise<T> {
  if (sharedScopes.getStore()) return fn();
  return openTransaction(
    scope,
    (tx) => sharedScopes.run({ key: keyOf(scope), tx }, fn),
    options.timeoutMs ?? 20_000,
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
  options: { timeoutMs?: number; ownTransaction?: boolean } = {},
): Promise<T> {
  return scoped({ organizationId }, fn, options);
}
