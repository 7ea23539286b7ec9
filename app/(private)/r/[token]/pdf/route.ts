import { clientAddress } from "@/lib/http/client-address";
import { errorResponse } from "@/lib/http/error-response";
import { pdfResponse, sharedPdf } from "@/lib/services/snapshot/assessment-pdf";

/** Public: the share link's token is the authorization; an unknown one is not found. */
export async function GET(request: Request, context: { params: Promise<{ token: string }> }) {
  const { token } = await context.params;
  try {
    return pdfResponse(await sharedPdf(token, clientAddress(request.headers)));
  } catch (error) {
    const response = errorResponse(error);
    if (response) return response;
    throw error;
  }
}
