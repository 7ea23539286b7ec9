import { appBaseUrl } from "@/lib/http/base-url";
import { clientAddress } from "@/lib/http/client-address";
import { diagnosticReferenceSetCookie } from "@/lib/http/diagnostic-reference-cookie";
import { errorPageResponse, isPageNavigation } from "@/lib/http/error-page-response";
import { errorResponse } from "@/lib/http/error-response";
import { readFormBody } from "@/lib/http/read-limited-body";
import { crossSiteRefusal, isCrossSiteRequest } from "@/lib/http/same-origin";
import { referResultToSnapshot } from "@/lib/services/diagnostic/refer-result-to-snapshot";

/** One result token in a form: well under a kilobyte. */
const BODY_LIMIT = 1024;

/**
 * Public, for whoever holds the result's private link: "Get the Snapshot" on a result of the
 * platform's diagnostic. The token arrives in the form body, never in an address; the answer is a
 * short-lived cookie holding a sealed reference to the result, and 303 to /get-snapshot (sign-in,
 * then the company's Snapshots page). 400 with a sentence for a malformed token or another
 * organization's result, 404 for a link we did not issue, 429 past the limits, 403 from another
 * site; a browser's form post gets the same status and sentence as a page.
 */
export async function POST(request: Request) {
  if (isCrossSiteRequest(request)) return crossSiteRefusal();
  try {
    const { reference, maxAgeSeconds } = await referResultToSnapshot(
      await readFormBody(request, BODY_LIMIT),
      { clientAddress: clientAddress(request.headers) },
    );
    return new Response(null, {
      status: 303,
      headers: {
        Location: `${appBaseUrl()}/get-snapshot`,
        "Set-Cookie": diagnosticReferenceSetCookie(reference, maxAgeSeconds),
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    // The button is a native form: a person whose result was deleted in another tab reads a
    // page, not JSON.
    const response = isPageNavigation(request)
      ? errorPageResponse(error, { href: "/diagnostic", label: "Take the diagnostic" })
      : errorResponse(error);
    if (response) return response;
    throw error;
  }
}
