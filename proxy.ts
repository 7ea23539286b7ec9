import { NextResponse, type NextRequest } from "next/server";
import { checkServerActionBody } from "@/lib/http/server-action-body";
import { isCrossSiteRequest } from "@/lib/http/same-origin";

/** Next.js' own limit for a server action body (serverActions.bodySizeLimit), enforced first. */
const ACTION_BODY_LIMIT = 1024 * 1024;

function refusal(status: number, message: string) {
  return new NextResponse(message, {
    status,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });
}

/**
 * Server actions only (see `config`): refused before Next.js decodes them when they come from
 * another site (403), are too large (413) or cannot be decoded (400). Next.js would answer each of
 * these with a 500. Nothing else passes through here: a request this proxy matches has its body
 * buffered, so uploads and webhooks, which enforce their own limits while streaming, never do.
 */
export async function proxy(request: NextRequest) {
  if (request.method !== "POST") return NextResponse.next();
  if (isCrossSiteRequest(request)) {
    return refusal(403, "This request came from another site and was refused.");
  }
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > ACTION_BODY_LIMIT) return refusal(413, "The form sent more than 1 MB.");
  const bytes = new Uint8Array(await request.arrayBuffer());
  if (bytes.byteLength > ACTION_BODY_LIMIT) return refusal(413, "The form sent more than 1 MB.");
  const verdict = await checkServerActionBody(
    bytes,
    request.headers.get("content-type") ?? "",
    request.headers.has("next-action"),
  );
  if (!verdict.ok) return refusal(400, verdict.message);
  return NextResponse.next();
}

export const config = {
  matcher: [
    // Calls from JavaScript name their action in this header.
    { source: "/((?!api/|_next/).*)", has: [{ type: "header", key: "next-action" }] },
    // Forms posted before the page's JavaScript has loaded: multipart to a page.
    {
      source: "/((?!api/|_next/|.*/upload$).*)",
      has: [{ type: "header", key: "content-type", value: "multipart/form-data.*" }],
    },
  ],
};
