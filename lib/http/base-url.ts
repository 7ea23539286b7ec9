import { env } from "@/lib/env";

/**
 * The app's public origin, for every link it sends out and every request it makes to itself:
 * APP_URL (required in production, set by npm run dev / npm start locally). Never the request's
 * Host header, which whoever sends the request chooses.
 */
export function appBaseUrl(): string {
  const { APP_URL } = env();
  if (APP_URL) return APP_URL.replace(/\/+$/, "");
  return `http://localhost:${process.env.PORT ?? "3000"}`;
}
