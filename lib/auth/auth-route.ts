import { errorResponse } from "@/lib/http/error-response";
import { readLimitedBody } from "@/lib/http/read-limited-body";
import { crossSiteRefusal, isCrossSiteRequest } from "@/lib/http/same-origin";

/** Auth.js' own forms (sign-out, provider buttons) post a few hundred bytes. */
const AUTH_BODY_LIMIT = 64 * 1024;

function badRequest(message: string) {
  return Response.json({ error: message }, { status: 400 });
}

/**
 * Auth.js' endpoints behind the checks they lack: a post from another site is refused (403), a
 * body over 64 KB is refused (413), and one Auth.js cannot parse is a 400 with a sentence instead
 * of the 500 it would give. Every provider this app offers calls back with GET.
 */
export function guardAuthRoute<R extends Request, C>(
  handler: (request: R, context: C) => Promise<Response>,
) {
  return async (request: R, context: C): Promise<Response> => {
    if (request.method === "POST") {
      if (isCrossSiteRequest(request)) return crossSiteRefusal();
      let text: string;
      try {
        const bytes = await readLimitedBody(request.clone(), AUTH_BODY_LIMIT);
        text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
      } catch (error) {
        return errorResponse(error) ?? badRequest("The request body is not valid text.");
      }
      const type = request.headers.get("content-type") ?? "";
      if (/application\/json/i.test(type)) {
        try {
          JSON.parse(text);
        } catch {
          return badRequest("The request body is not valid JSON.");
        }
      } else if (!/application\/x-www-form-urlencoded/i.test(type) && text.length > 0) {
        return badRequest("Send this form as application/x-www-form-urlencoded.");
      }
    }
    try {
      return await handler(request, context);
    } catch (error) {
      const response = errorResponse(error);
      if (response) return response;
      throw error;
    }
  };
}
