import { z } from "zod";
import { orgRoute } from "@/lib/auth/guard";
import { LOGO_MAX_BYTES } from "@/lib/domain/organization/logo-image";
import { AppError } from "@/lib/errors";
import { uploadOrganizationLogo } from "@/lib/services/organization/organization-logo";

const tooBig = () =>
  new AppError(
    "PAYLOAD_TOO_LARGE",
    `The image is larger than ${LOGO_MAX_BYTES / 1024} KB: upload a smaller file.`,
  );

const ZUploadHeaders = z.object({
  contentLength: z.coerce.number().int().min(0).optional(),
});

/** The body, read up to one byte past the limit: a larger upload is refused without holding it. */
async function bodyOf(request: Request): Promise<Uint8Array> {
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > LOGO_MAX_BYTES) {
      await reader.cancel();
      throw tooBig();
    }
    parts.push(value);
  }
  return new Uint8Array(Buffer.concat(parts));
}

/**
 * Receive the organization's logo as the raw request body (owners and admins). What it is comes
 * from its bytes, not from its name or Content-Type.
 */
export const POST = orgRoute(
  "organization.logo-upload",
  "organization:update",
  async (ctx, request) => {
    const { contentLength } = ZUploadHeaders.parse({
      contentLength: request.headers.get("content-length") ?? undefined,
    });
    if (contentLength !== undefined && contentLength > LOGO_MAX_BYTES) throw tooBig();
    const logo = await uploadOrganizationLogo(ctx, await bodyOf(request));
    return Response.json(logo, { status: 201 });
  },
);
