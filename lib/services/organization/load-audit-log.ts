import type { OrgContext } from "@/lib/auth/guard";
import { listAuditEvents } from "@/lib/data/audit/list-audit-events";

/** The organization's audit log, newest first. */
export function loadAuditLog(ctx: OrgContext) {
  return listAuditEvents(ctx.organization.id);
}
