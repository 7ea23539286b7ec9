import { clientAddress } from "@/lib/http/client-address";
import { errorResponse } from "@/lib/http/error-response";
import { appBaseUrl } from "@/lib/http/base-url";
import { applyUnsubscribe } from "@/lib/services/mail/unsubscribe";

/**
 * Public, the one-click unsubscribe address of our reminder and alert emails (RFC 8058): a mail
 * client POSTs "List-Unsubscribe=One-Click" here. The sealed token is the whole authority, so a
 * POST from another site is accepted: that is how mail clients send it. 200 with what stopped,
 * 400 with a sentence for a token we did not seal, 404 when what it named is gone, 429 past the
 * limit.
 */
export async function POST(request: Request, { params }: RouteContext<"/api/unsubscribe/[token]">) {
  try {
    const { token } = await params;
    const { stopped } = await applyUnsubscribe(token, {
      clientAddress: clientAddress(request.headers),
    });
    return Response.json(
      { stopped: `You will get no more ${stopped}.` },
      { headers: { "Cache-Control": "no-store" } },
    );
  } catch (error) {
    const response = errorResponse(error);
    if (response) return response;
    throw error;
  }
}

/** A link followed here (by a person or a mail scanner) changes nothing: it opens the page that asks. */
export async function GET(_request: Request, { params }: RouteContext<"/api/unsubscribe/[token]">) {
  const { token } = await params;
  return Response.redirect(`${appBaseUrl()}/unsubscribe/${encodeURIComponent(token)}`, 303);
}
