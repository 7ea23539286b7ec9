import { appBaseUrl } from "./base-url";

/**
 * The cookie that carries a diagnostic result from its page to the Snapshot bought next. It holds
 * a sealed reference (lib/services/diagnostic/diagnostic-reference.ts), never the result's link.
 * HttpOnly, so no script reads it; SameSite=Lax, so it survives the top-level return from an
 * emailed sign-in link; Secure whenever the app is served over https.
 */
export const DIAGNOSTIC_REFERENCE_COOKIE = "rc-diagnostic-result";

function diagnosticReferenceCookie(value: string, maxAgeSeconds: number) {
  return {
    name: DIAGNOSTIC_REFERENCE_COOKIE,
    value,
    httpOnly: true,
    sameSite: "lax" as const,
    secure: appBaseUrl().startsWith("https://"),
    path: "/",
    maxAge: maxAgeSeconds,
  };
}

/** The Set-Cookie header of the same cookie, for a route handler's own Response. */
export function diagnosticReferenceSetCookie(value: string, maxAgeSeconds: number): string {
  const c = diagnosticReferenceCookie(value, maxAgeSeconds);
  return [
    `${c.name}=${c.value}`,
    `Path=${c.path}`,
    `Max-Age=${c.maxAge}`,
    "HttpOnly",
    "SameSite=Lax",
    ...(c.secure ? ["Secure"] : []),
  ].join("; ");
}
