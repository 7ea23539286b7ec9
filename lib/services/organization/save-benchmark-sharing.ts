import type { OrgContext } from "@/lib/auth/guard";
import { setBenchmarkOptOut } from "@/lib/data/organization/set-benchmark-opt-out";

/** Whether the organization's branded link feeds the anonymous benchmarks (already parsed). */
export function saveBenchmarkSharing(ctx: OrgContext, input: { shareBenchmarks: boolean }) {
  return setBenchmarkOptOut({
    organizationId: ctx.organization.id,
    optOut: !input.shareBenchmarks,
    actor: { userId: ctx.user.id, email: ctx.user.email },
  });
}
