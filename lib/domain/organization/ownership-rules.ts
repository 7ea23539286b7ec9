import type { Role } from "./permissions";
import type { RuleViolation } from "./rule-violation";

/**
 * The rules around owners, in one place: only an owner makes or unmakes owners, and an
 * organization always keeps at least one. `newRole` null means the membership ends.
 */
export function ownershipRuleViolation(options: {
  members: { userId: string; role: Role }[];
  target: { userId: string; role: Role };
  actorRole: Role;
  newRole: Role | null;
  leaving?: boolean;
}): RuleViolation | null {
  const { members, target, actorRole, newRole, leaving = false } = options;
  const touchesOwnership = target.role === "OWNER" || newRole === "OWNER";
  if (touchesOwnership && actorRole !== "OWNER") {
    return {
      code: "FORBIDDEN",
      message: "Only an owner can grant, change or remove the owner role.",
    };
  }
  const owners = members.filter((m) => m.role === "OWNER").length;
  if (target.role === "OWNER" && newRole !== "OWNER" && owners <= 1) {
    return {
      code: "CONFLICT",
      message: leaving
        ? "You are the last owner. Make someone else an owner before you leave."
        : "An organization needs at least one owner. Make someone else an owner first.",
    };
  }
  return null;
}
