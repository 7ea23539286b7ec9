import { clientAddress } from "@/lib/http/client-address";
import { errorResponse } from "@/lib/http/error-response";
import { readJsonBody } from "@/lib/http/read-limited-body";
import { crossSiteRefusal, isCrossSiteRequest } from "@/lib/http/same-origin";
import { repriceDiagnosticResult } from "@/lib/services/diagnostic/reprice-diagnostic-result";

/** One revenue band: a few dozen bytes. */
const BODY_LIMIT = 1024;

/**
 * Public, for whoever holds the result's private link: the revenue band a result was taken
 * without. 200 with the result's pricing, 400 with a sentence for anything but a known band,
 * 404 for a link we did not issue, 409 for a result that cannot take one, 429 past the limits,
 * 403 from another site.
 */
export async function POST(
  request: Request,
  { params }: RouteContext<"/api/diagnostic/results/[token]/revenue-band">,
) {
  if (isCrossSiteRequest(request)) return crossSiteRefusal();
  try {
    const { token } = await params;
    const pricing = await repriceDiagnosticResult(token, await readJsonBody(request, BODY_LIMIT), {
      clientAddress: clientAddress(request.headers),
    });
    return Response.json({ pricing }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    const response = errorResponse(error);
    if (response) return response;
    throw error;
  }
}
