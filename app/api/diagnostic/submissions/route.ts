import { appBaseUrl } from "@/lib/http/base-url";
import { clientAddress } from "@/lib/http/client-address";
import { errorResponse } from "@/lib/http/error-response";
import { readJsonBody } from "@/lib/http/read-limited-body";
import { crossSiteRefusal, isCrossSiteRequest } from "@/lib/http/same-origin";
import { submitPublicDiagnostic } from "@/lib/services/diagnostic/submit-diagnostic";

/** Twelve answers and a little context: a few kilobytes at most. */
const BODY_LIMIT = 64 * 1024;

/**
 * Public: a completed diagnostic, sent without signing in. 201 with the private link's token
 * (200 for a retry of a stored submission), 400 with field errors, 429 with Retry-After past the
 * limits, 403 from another site.
 */
export async function POST(request: Request) {
  if (isCrossSiteRequest(request)) return crossSiteRefusal();
  try {
    const stored = await submitPublicDiagnostic(await readJsonBody(request, BODY_LIMIT), {
      clientAddress: clientAddress(request.headers),
      baseUrl: appBaseUrl(),
    });
    return Response.json(
      { accessToken: stored.accessToken, copy: stored.copy },
      { status: stored.created ? 201 : 200, headers: { "Cache-Control": "no-store" } },
    );
  } catch (error) {
    const response = errorResponse(error);
    if (response) return response;
    throw error;
  }
}
