import { scoped } from "@/lib/db";
import { recordAuditEvent } from "./record-audit-event";

export async function recordSignIn(userId: string, email: string, provider: string) {
  await scoped({ userId }, (tx) =>
    recordAuditEvent(tx, {
      organizationId: null,
      actor: { userId, email },
      action: "user.signed_in",
      targetType: "user",
      targetId: userId,
      details: { provider },
    }),
  );
}
