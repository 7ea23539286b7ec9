import type { OrgContext, SessionUser } from "@/lib/auth/guard";

/** Who did it, as the audit log records it. */
export function auditActor(user: SessionUser) {
  return { userId: user.id, email: user.email };
}

/** Who did it, with the role the ownership rules check. */
export function roleActor(ctx: OrgContext) {
  return { ...auditActor(ctx.user), role: ctx.role };
}
