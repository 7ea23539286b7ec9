import type { LoggerOptions } from "pino";

export function loggableError(error: unknown): unknown;
export function logOptions(options: {
  level: string;
  context: () => { requestId: string; organizationId?: string } | undefined;
}): LoggerOptions;
