import { env } from "@/lib/env";

/**
 * Set by the app's own server (scripts/serve.mjs) in its process: it has already replaced
 * X-Forwarded-For with the one address it determined, from the connection or from the proxies'
 * entries, so that value is the client.
 */
export const OWN_SERVER_FLAG = "REVENUE_CHAIN_OWN_SERVER";

function fromRight(forwardedFor: string, hops: number): string | undefined {
  const entries = forwardedFor
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  // Each trusted proxy appended the address it saw; the entry `hops` from the right was added by
  // the outermost trusted proxy, so nothing a client wrote can land there.
  return entries[entries.length - hops];
}

/**
 * The address a request came from, for per-client limits. It cannot be chosen by the client:
 * behind TRUSTED_PROXY_HOPS proxies it is that many entries from the right of X-Forwarded-For;
 * under the app's own server it is the connection's peer (the server overwrote the header).
 * "unknown" only on a development server started without either.
 */
export function clientAddress(headers: Headers): string {
  const forwardedFor = headers.get("x-forwarded-for") ?? "";
  const hops = env().TRUSTED_PROXY_HOPS;
  const address =
    process.env[OWN_SERVER_FLAG] === "1" || !hops
      ? forwardedFor.split(",")[0]?.trim()
      : fromRight(forwardedFor, hops);
  return normalizeAddress(address) ?? "unknown";
}

/** IPv4-mapped IPv6 addresses ("::ffff:10.0.0.1") count as their IPv4 address. */
export function normalizeAddress(address: string | undefined): string | undefined {
  if (!address) return undefined;
  const trimmed = address.trim().toLowerCase();
  if (!trimmed || trimmed.length > 64 || !/^[0-9a-f:.]+$/.test(trimmed)) return undefined;
  return trimmed.startsWith("::ffff:") && trimmed.includes(".") ? trimmed.slice(7) : trimmed;
}
