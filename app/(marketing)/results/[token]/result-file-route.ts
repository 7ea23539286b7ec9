import { z } from "zod";
import { AppError } from "@/lib/errors";
import { clientAddress } from "@/lib/http/client-address";
import { errorResponse } from "@/lib/http/error-response";
import { immutableFileResponse } from "@/lib/http/immutable-file-response";
import { ZAccessToken } from "@/lib/services/diagnostic/get-diagnostic-result";
import { diagnosticResultFile, type ResultFileKind } from "@/lib/services/diagnostic/result-files";

const ZResultFileParams = z.object({ token: ZAccessToken });

/**
 * GET for one of a result's files. Public: the private link's token is the authorization; a
 * token we could not have issued, like one we did not, is not found.
 */
export function resultFileRoute(kind: ResultFileKind) {
  return async function GET(request: Request, context: { params: Promise<{ token: string }> }) {
    try {
      const params = ZResultFileParams.safeParse(await context.params);
      if (!params.success) {
        throw new AppError("NOT_FOUND", "This result does not exist or the link is incomplete.");
      }
      const file = await diagnosticResultFile(kind, params.data.token, {
        clientAddress: clientAddress(request.headers),
        ifNoneMatch: request.headers.get("if-none-match"),
      });
      return immutableFileResponse(file);
    } catch (error) {
      const response = errorResponse(error);
      if (response) return response;
      throw error;
    }
  };
}
