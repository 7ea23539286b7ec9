import { z } from "zod";
import { loadLogoFile } from "@/lib/services/organization/logo-file";
import { errorResponse } from "@/lib/http/error-response";

const ZLogoParams = z.object({
  organizationId: z.uuid(),
  version: z.string().regex(/^[0-9a-f]{64}$/),
});

const notFound = () => Response.json({ error: "That logo was not found." }, { status: 404 });

/**
 * Public: a logo is what an organization shows of itself on its reports and branded pages. The
 * version is the image's hash, so one URL is one image for good and may be cached for a year;
 * a replaced or removed logo's old URL is not found.
 */
export async function GET(
  request: Request,
  context: { params: Promise<{ organizationId: string; version: string }> },
) {
  const params = ZLogoParams.safeParse(await context.params);
  if (!params.success) return notFound();
  const { organizationId, version } = params.data;
  const etag = `"${version}"`;
  const caching = {
    "Cache-Control": "public, max-age=31536000, immutable",
    ETag: etag,
  };
  try {
    const logo = await loadLogoFile(organizationId, version);
    if (request.headers.get("if-none-match") === etag)
      return new Response(null, { status: 304, headers: caching });
    return new Response(new Uint8Array(logo.bytes), {
      headers: {
        ...caching,
        "Content-Type": logo.contentType,
        "Content-Length": String(logo.bytes.length),
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": "default-src 'none'",
      },
    });
  } catch (error) {
    const response = errorResponse(error);
    if (response) return response;
    throw error;
  }
}
