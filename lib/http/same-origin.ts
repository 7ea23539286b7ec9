import { appBaseUrl } from "./base-url";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Whether a request that changes state may have come from another site. Browsers send Origin
 * on every cross-origin POST and Sec-Fetch-Site on every request; a page on another origin
 * riding the user's cookies always shows one of them, and either one naming another site is
 * enough to refuse. A request with neither comes from a program, not a browser, and carries no
 * victim's cookies to ride.
 */
export function isCrossSiteRequest(request: Request): boolean {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return false;
  const origin = request.headers.get("origin");
  const site = request.headers.get("sec-fetch-site");
  // A page whose referrer policy is no-referrer (a result page) sends "Origin: null" with its
  // own form posts. Sec-Fetch-Site, which no page can set, still says where the post came from,
  // so such a post passes only when the browser vouches that it is same-origin.
  if (origin === "null") return site !== "same-origin";
  if (origin !== null && origin !== new URL(appBaseUrl()).origin) return true;
  return site !== null && site !== "same-origin" && site !== "none";
}

export function crossSiteRefusal(): Response {
  return Response.json(
    { error: "This request came from another site and was refused." },
    { status: 403 },
  );
}
