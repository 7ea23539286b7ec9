import type { Logger } from "pino";
import type { AsyncLocalStorage } from "node:async_hooks";

export function loggablePath(url: string | undefined): string;
export function createServerLog(options: {
  level: string;
  requestContext: AsyncLocalStorage<{ requestId: string; organizationId?: string }>;
}): Logger;
