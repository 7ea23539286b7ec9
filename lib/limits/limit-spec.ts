import { z } from "zod";

/** A limit as configured: at most `count` requests per `windowSeconds`, e.g. "5/15m". */
export type LimitSpec = { count: number; windowSeconds: number };

const UNIT_SECONDS = { s: 1, m: 60, h: 3600, d: 86_400 } as const;

/** Reads "<count>/<n><s|m|h|d>" (or "<count>/<unit>" for one unit): "3/1d", "20/h", "300/10m". */
export function parseLimitSpec(text: string): LimitSpec | null {
  const match = /^\s*(\d{1,7})\s*\/\s*(\d{0,6})\s*([smhd])\s*$/.exec(text);
  if (!match) return null;
  const count = Number(match[1]);
  const amount = match[2] === "" ? 1 : Number(match[2]);
  const windowSeconds = amount * UNIT_SECONDS[match[3] as keyof typeof UNIT_SECONDS];
  if (count < 1 || windowSeconds < 1 || windowSeconds > 366 * 86_400) return null;
  return { count, windowSeconds };
}

/** An environment variable holding a limit, with its default. */
export function zLimitSpec(name: string, fallback: string) {
  return z
    .string()
    .default(fallback)
    .transform((text, ctx) => {
      const spec = parseLimitSpec(text);
      if (!spec) {
        ctx.addIssue({
          code: "custom",
          message: `${name} must look like "5/15m": a count, a slash, and a window in s, m, h or d (at most 366d).`,
        });
        return z.NEVER;
      }
      return spec;
    });
}

/** "15 minutes", "1 hour", "1 day": a window as a person says it. */
export function describeWindow(seconds: number): string {
  const units: [number, string][] = [
    [86_400, "day"],
    [3600, "hour"],
    [60, "minute"],
    [1, "second"],
  ];
  for (const [size, unit] of units) {
    if (seconds % size === 0) {
      const n = seconds / size;
      return `${n} ${unit}${n === 1 ? "" : "s"}`;
    }
  }
  return `${seconds} seconds`;
}

export { describeWait } from "./describe-wait";
