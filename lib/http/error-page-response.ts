import { asServiceUnavailable } from "@/lib/db-unavailable";
import { isAppError } from "@/lib/errors";
import { escapeHtml } from "@/lib/mail/escape-html";
import { errorResponse } from "./error-response";

/** Whether the request is a person's browser loading a page (a form post), not a script's fetch. */
export function isPageNavigation(request: Request): boolean {
  return request.headers.get("sec-fetch-mode") === "navigate";
}

/**
 * errorResponse for a native form post: the same status and sentence, as a small page a person
 * can read and leave, instead of JSON. Self-contained (no stylesheet or script), so it carries no
 * asset the strict content policy would need to allow.
 */
export function errorPageResponse(thrown: unknown, back: { href: string; label: string }) {
  const json = errorResponse(thrown);
  if (!json) return null;
  const error = asServiceUnavailable(thrown);
  const sentence = isAppError(error)
    ? error.message
    : "Some of what was sent is missing or not recognised. Go back and try again.";
  const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>Revenue Chain</title></head>
<body style="margin:0;font-family:system-ui,sans-serif;color:#0f172a;background:#f8fafc"><main style="max-width:32rem;margin:0 auto;padding:5rem 1rem;text-align:center">
<p style="color:#4338ca;font-weight:600;font-size:.875rem;margin:0">Revenue Chain</p>
<h1 style="font-size:1.5rem;margin:.5rem 0 1rem">That did not go through</h1>
<p style="color:#475569;line-height:1.5">${escapeHtml(sentence)}</p>
<p style="margin-top:2rem"><a href="${escapeHtml(back.href)}" style="color:#4338ca;font-weight:600">${escapeHtml(back.label)}</a></p>
</main></body></html>`;
  const headers = new Headers(json.headers);
  headers.set("content-type", "text/html; charset=utf-8");
  return new Response(body, { status: json.status, headers });
}
