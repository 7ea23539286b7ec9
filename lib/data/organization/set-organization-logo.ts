import { withTenant } from "@/lib/db";
import type { LogoImage } from "@/lib/domain/organization/logo-image";
import { recordAuditEvent, type AuditActor } from "../audit/record-audit-event";

/**
 * Store the organization's logo (replacing any earlier one) and its version on the
 * organization, audited in the same transaction.
 */
export async function setOrganizationLogo(options: {
  organizationId: string;
  image: LogoImage & { bytes: Uint8Array; sha256: string };
  actor: AuditActor;
}): Promise<{ version: string }> {
  const { organizationId, image, actor } = options;
  const row = {
    contentType: image.contentType,
    bytes: new Uint8Array(image.bytes),
    width: image.width,
    height: image.height,
    sha256: image.sha256,
    updatedById: actor.userId,
  };
  return withTenant(
    organizationId,
    async (tx) => {
      await tx.organizationLogo.upsert({
        where: { organizationId },
        create: { organizationId, ...row },
        update: row,
        select: { organizationId: true },
      });
      await tx.organization.update({
        where: { id: organizationId },
        data: { logoVersion: image.sha256 },
        select: { id: true },
      });
      await recordAuditEvent(tx, {
        organizationId,
        actor,
        action: "organization.logo_uploaded",
        targetType: "organization",
        targetId: organizationId,
        details: { width: image.width, height: image.height, bytes: image.bytes.length },
      });
      return { version: image.sha256 };
    },
    { ownTransaction: true },
  );
}
