import type { AsyncLocalStorage } from "node:async_hooks";

/**
 * What the app's server (scripts/serve.mjs) knows of the request being handled, shared with
 * the bundled app through one global: the request id for logs, the organization once the guard
 * has resolved it, and whether the request failed because Postgres was unreachable (the server
 * then answers 503). Absent under `next dev` and in tests: every function here is then a no-op.
 */
export type RequestContext = {
  requestId: string;
  organizationId?: string;
  databaseUnavailable: boolean;
};

function storage(): AsyncLocalStorage<RequestContext> | undefined {
  return (globalThis as Record<symbol, AsyncLocalStorage<RequestContext> | undefined>)[
    Symbol.for("revenue-chain.request-context")
  ];
}

export function currentRequest(): RequestContext | undefined {
  return storage()?.getStore();
}

/** Name the organization the request works on, for its log lines. */
export function noteRequestOrganization(organizationId: string) {
  const context = currentRequest();
  if (context) context.organizationId = organizationId;
}

/** The request failed for want of a database: the server answers 503, not 500. */
export function noteDatabaseUnavailable() {
  const context = currentRequest();
  if (context) context.databaseUnavailable = true;
}
