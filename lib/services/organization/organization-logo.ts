import { createHash } from "node:crypto";
import type { OrgContext } from "@/lib/auth/guard";
import { removeOrganizationLogo } from "@/lib/data/organization/remove-organization-logo";
import { setOrganizationLogo } from "@/lib/data/organization/set-organization-logo";
import { inspectLogoImage } from "@/lib/domain/organization/logo-image";
import { logoPath } from "@/lib/domain/organization/report-brand";
import { AppError } from "@/lib/errors";
import { canEmbedImage } from "@/lib/reports/pdf/can-embed-image";

const actorOf = (ctx: OrgContext) => ({ userId: ctx.user.id, email: ctx.user.email });

/**
 * Store an uploaded logo once its bytes prove it a PNG or JPEG of a sane size that the PDF can
 * draw; anything else is refused with a sentence saying why.
 */
export async function uploadOrganizationLogo(ctx: OrgContext, bytes: Uint8Array) {
  const image = inspectLogoImage(bytes);
  if (!image.ok) {
    const tooBig = image.problem.startsWith("The image is larger");
    throw new AppError(tooBig ? "PAYLOAD_TOO_LARGE" : "UNSUPPORTED_MEDIA_TYPE", image.problem);
  }
  if (!(await canEmbedImage(bytes)))
    throw new AppError(
      "UNSUPPORTED_MEDIA_TYPE",
      "This image cannot be drawn on the PDF: save it again as an ordinary PNG or JPEG and upload that.",
    );
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const { version } = await setOrganizationLogo({
    organizationId: ctx.organization.id,
    image: {
      contentType: image.contentType,
      width: image.width,
      height: image.height,
      bytes,
      sha256,
    },
    actor: actorOf(ctx),
  });
  return {
    url: logoPath(ctx.organization.id, version),
    width: image.width,
    height: image.height,
  };
}

/** Remove the uploaded logo: the reports fall back to no logo, the web to the logo address. */
export function removeLogo(ctx: OrgContext) {
  return removeOrganizationLogo({ organizationId: ctx.organization.id, actor: actorOf(ctx) });
}
