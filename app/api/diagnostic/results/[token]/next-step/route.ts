import { clientAddress } from "@/lib/http/client-address";
import { appBaseUrl } from "@/lib/http/base-url";
import { errorResponse } from "@/lib/http/error-response";
import { readJsonBody } from "@/lib/http/read-limited-body";
import { crossSiteRefusal, isCrossSiteRequest } from "@/lib/http/same-origin";
import { takeNextStep } from "@/lib/services/diagnostic/take-next-step";

/** Which next step, and perhaps an address: a few hundred bytes. */
const BODY_LIMIT = 1024;

/**
 * Public, for whoever holds the result's private link: the organization's call to action was
 * used. 200 with what became of it (a counted click; a Snapshot request sent, or sent already),
 * 400 with a sentence for anything but a known next step or a usable address, 404 for a link we
 * did not issue, 409 for a next step the organization no longer offers, 413 / 415 for a body
 * too large or not JSON, 429 past the limits, 403 from another site.
 */
export async function POST(
  request: Request,
  { params }: RouteContext<"/api/diagnostic/results/[token]/next-step">,
) {
  if (isCrossSiteRequest(request)) return crossSiteRefusal();
  try {
    const { token } = await params;
    const answer = await takeNextStep(token, await readJsonBody(request, BODY_LIMIT), {
      clientAddress: clientAddress(request.headers),
      baseUrl: appBaseUrl(),
    });
    return Response.json(answer, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    const response = errorResponse(error);
    if (response) return response;
    throw error;
  }
}
