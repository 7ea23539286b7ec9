import { headers } from "next/headers";
import { env } from "@/lib/env";

/**
 * The app's public origin for links in emails: APP_URL when set (production should set it),
 * otherwise the origin of the current request.
 */
export async function resolveBaseUrl(): Promise<string> {
  const configured = env().APP_URL;
  if (configured) return configured.replace(/\/+$/, "");
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const proto =
    h.get("x-forwarded-proto") ??
    (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  return `${proto}://${host}`;
}
