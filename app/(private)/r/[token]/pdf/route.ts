import { isAppError } from "@/lib/errors";
import { pdfResponse, sharedPdf } from "@/lib/services/snapshot/assessment-pdf";

/** Public: the share link's token is the authorization; an unknown one is not found. */
export async function GET(_request: Request, context: { params: Promise<{ token: string }> }) {
  const { token } = await context.params;
  try {
    return pdfResponse(await sharedPdf(token));
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND")
      return Response.json({ error: error.message }, { status: 404 });
    throw error;
  }
}
